package org.rendition.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;

/** Runs the chosen checks over a segment; the one entry to this package. */
public final class QualityChecks {
    private static final Map<QaCheck, SegmentCheck> CHECKS = new EnumMap<>(Map.of(
            QaCheck.NUMBERS, new NumberCheck(),
            QaCheck.NAMES, new NameCheck(),
            QaCheck.GLOSSARY, new GlossaryCheck(),
            QaCheck.TAGS, new TagCheck(),
            QaCheck.UNTRANSLATED, new UntranslatedCheck(),
            QaCheck.UNCONFIRMED, new UnconfirmedCheck(),
            QaCheck.DOUBLED, new DoubledCheck()));

    private QualityChecks() {
    }

    /**
     * What the {@code enabled} checks find in {@code segment}, in the order of {@link QaCheck}.
     *
     * @param hits the glossary terms found in the segment's source
     */
    public static List<QaIssue> check(Segment segment, List<GlossaryHit> hits, Set<QaCheck> enabled) {
        return check(segment, hits, enabled, SegmentFormatting.NONE);
    }

    /**
     * As above, for a segment with inline formatting: the tag check also compares the source's
     * tags with those placed in the target.
     */
    public static List<QaIssue> check(Segment segment, List<GlossaryHit> hits, Set<QaCheck> enabled,
            SegmentFormatting formatting) {
        List<QaIssue> issues = new ArrayList<>();
        CHECKS.forEach((check, rule) -> {
            if (enabled.contains(check)) {
                rule.messages(segment, hits, formatting)
                        .forEach(m -> issues.add(new QaIssue(segment.index(), check, m)));
            }
        });
        return issues;
    }
}
