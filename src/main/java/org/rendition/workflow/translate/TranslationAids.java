package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.LanguagePair;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;
import org.rendition.text.FixedRendering;
import org.rendition.text.InvariantSpans;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.UserProfile;

/**
 * The one seam between translation and the user's profile: memory matches and glossary terms for
 * a sentence, the renderings they fix, and storing a confirmed segment. Text translation (the
 * command line, Quick translate) and document translation (the workstation) both go through it,
 * so the same sentence gets the same treatment whichever face starts it. Without a profile it
 * offers nothing and stores nothing, and numbers, dates and URLs are still kept.
 */
public final class TranslationAids {
    private final UserProfile profile;

    private TranslationAids(UserProfile profile) {
        this.profile = profile;
    }

    /** Aids from {@code profile}, which the caller keeps open while they are used. */
    public static TranslationAids of(UserProfile profile) {
        return new TranslationAids(profile);
    }

    /** The model alone: no memory, no glossary, no history. */
    public static TranslationAids modelAlone() {
        return new TranslationAids(null);
    }

    /** The profile behind these aids, if any. */
    Optional<UserProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * Memory matches at the profile's fuzzy threshold and glossary terms for {@code source}. The
     * first call for a pair builds its term index: call off the window's thread.
     */
    public SegmentAids lookup(String source, LanguagePair pair) {
        if (profile == null) {
            return SegmentAids.NONE;
        }
        String from = pair.source().iso1();
        String to = pair.target().iso1();
        TmLookup memory = profile.memory().lookup(from, to, source, profile.settings().tmThreshold());
        return new SegmentAids(memory.exact(), memory.fuzzy(), profile.glossary().findTerms(from, to, source));
    }

    /** The glossary terms in {@code source}, for highlighting; none without a profile. */
    public List<GlossaryHit> glossaryHits(String source, LanguagePair pair) {
        return profile == null ? List.of()
                : profile.glossary().findTerms(pair.source().iso1(), pair.target().iso1(), source);
    }

    /**
     * The spans of {@code source} whose rendering is fixed: approved terms and do-not-translate
     * names from {@code hits}, and always numbers, dates, URLs and e-mail addresses.
     */
    static List<FixedRendering> fixedRenderings(String source, List<GlossaryHit> hits) {
        List<FixedRendering> fixed = new ArrayList<>();
        for (GlossaryHit hit : hits) {
            boolean keep = hit.term().doNotTranslate();
            fixed.add(new FixedRendering(hit.start(), hit.end(), keep ? hit.matchedText() : hit.term().target(),
                    keep ? FixedRendering.Kind.DO_NOT_TRANSLATE : FixedRendering.Kind.GLOSSARY_TERM));
        }
        fixed.addAll(InvariantSpans.find(source));
        return fixed;
    }

    /** Keeps a confirmed source and target in the memory, as the analyst's own translation; the entry stored, if any. */
    Optional<TmEntry> remember(String source, String target, LanguagePair pair, String document) {
        return remember(new org.rendition.memory.TaggedText(source, List.of()),
                new org.rendition.memory.TaggedText(target, List.of()), pair, document);
    }

    /** The same with their inline tags (TMX codes over both sides); the entry stored, if any. */
    Optional<TmEntry> remember(org.rendition.memory.TaggedText source, org.rendition.memory.TaggedText target,
            LanguagePair pair, String document) {
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(profile.memory().confirm(pair.source().iso1(), pair.target().iso1(), source, target,
                document, Origin.HUMAN));
    }

    /** Takes an entry {@link #remember} stored back out of the memory (a confirmation undone). */
    void forget(TmEntry entry) {
        if (profile != null) {
            profile.memory().forget(entry);
        }
    }
}
