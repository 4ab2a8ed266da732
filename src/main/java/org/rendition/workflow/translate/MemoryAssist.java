package org.rendition.workflow.translate;

import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;
import org.rendition.text.FixedRendering;
import org.rendition.text.InvariantSpans;
import org.rendition.text.Language;

/**
 * What the profile database contributes to translating one sentence: an exact memory match to use
 * instead of the model, the best fuzzy match to offer, and the renderings fixed by glossary terms
 * (with numbers, dates and URLs, which are always fixed).
 */
final class MemoryAssist {
    private final UserProfile profile;

    /** @param profile the profile database, or null to translate with the model alone */
    MemoryAssist(UserProfile profile) {
        this.profile = profile;
    }

    Optional<TmLookup> lookup(String sentence, Language from, Language to) {
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(profile.memory().lookup(from.iso1(), to.iso1(), sentence,
                profile.settings().tmThreshold()));
    }

    List<GlossaryHit> glossaryHits(String sentence, Language from, Language to) {
        return profile == null ? List.of() : profile.glossary().findTerms(from.iso1(), to.iso1(), sentence);
    }

    static List<FixedRendering> fixedRenderings(String sentence, List<GlossaryHit> hits) {
        List<FixedRendering> fixed = new ArrayList<>();
        for (GlossaryHit hit : hits) {
            boolean keep = hit.term().doNotTranslate();
            fixed.add(new FixedRendering(hit.start(), hit.end(), keep ? hit.matchedText() : hit.term().target(),
                    keep ? FixedRendering.Kind.DO_NOT_TRANSLATE : FixedRendering.Kind.GLOSSARY_TERM));
        }
        fixed.addAll(InvariantSpans.find(sentence));
        return fixed;
    }

    static Optional<TmMatch> exact(Optional<TmLookup> lookup) {
        return lookup.flatMap(l -> l.exact().stream().findFirst());
    }

    static Optional<TmMatch> bestFuzzy(Optional<TmLookup> lookup) {
        return lookup.flatMap(l -> l.fuzzy().stream().findFirst());
    }
}
