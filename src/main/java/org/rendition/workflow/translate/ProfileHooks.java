package org.rendition.workflow.translate;

import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.Glossary;
import org.rendition.workflow.translate.GlossaryHit;
import org.rendition.workflow.translate.MemoryAssist;
import org.rendition.workflow.translate.MemoryHooks;
import org.rendition.workflow.translate.SegmentEvent;
import org.rendition.workflow.translate.SegmentHistory;
import org.rendition.workflow.translate.TmMatch;
import org.rendition.workflow.translate.TranslationMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rendition.engine.LanguagePair;
import org.rendition.memory.Origin;
import org.rendition.text.FixedRendering;

/**
 * Connects the document workflow to a user's profile database: matches come from its translation
 * memory, terms from its glossaries, and every segment event goes into its hash-chained history,
 * one job per document and language pair.
 */
public final class ProfileHooks {
    private ProfileHooks() {
    }

    /** Hooks backed by {@code profile}; the caller keeps it open while they are used. */
    public static MemoryHooks of(UserProfile profile) {
        return new MemoryHooks(new Memory(profile), new Terms(profile), new History(profile));
    }

    private static final class Memory implements TranslationMemory {
        private final UserProfile profile;

        Memory(UserProfile profile) {
            this.profile = profile;
        }

        @Override
        public List<TmMatch> lookup(String source, LanguagePair pair) {
            TmLookup lookup = profile.memory().lookup(pair.source().iso1(), pair.target().iso1(), source,
                    profile.settings().tmThreshold());
            List<TmMatch> matches = new ArrayList<>();
            lookup.exact().forEach(m -> matches.add(new TmMatch(m.entry().source(), m.entry().target(), 100)));
            lookup.fuzzy().forEach(m -> matches.add(new TmMatch(m.entry().source(), m.entry().target(), m.score())));
            return matches;
        }

        @Override
        public void store(String source, String target, LanguagePair pair) {
            profile.memory().confirm(pair.source().iso1(), pair.target().iso1(), source, target, "workstation",
                    Origin.HUMAN);
        }
    }

    private static final class Terms implements Glossary {
        private final UserProfile profile;

        Terms(UserProfile profile) {
            this.profile = profile;
        }

        @Override
        public List<GlossaryHit> hits(String source, LanguagePair pair) {
            return profile.glossary().findTerms(pair.source().iso1(), pair.target().iso1(), source).stream()
                    .map(hit -> new GlossaryHit(hit.matchedText(), hit.term().target(), hit.start(), hit.end()))
                    .toList();
        }

        @Override
        public List<FixedRendering> fixedRenderings(String source, LanguagePair pair) {
            return MemoryAssist.fixedRenderings(source,
                    profile.glossary().findTerms(pair.source().iso1(), pair.target().iso1(), source));
        }
    }

    private static final class History implements SegmentHistory {
        private final UserProfile profile;
        private final Map<String, TranslationJob> jobs = new ConcurrentHashMap<>();
        /** The marking last recorded for each job, so a change of marking is recorded once. */
        private final Map<String, String> markings = new ConcurrentHashMap<>();
        /** The machine output of each segment, so an edit records what it changed. */
        private final Map<String, String> machineOutputs = new ConcurrentHashMap<>();

        History(UserProfile profile) {
            this.profile = profile;
        }

        @Override
        public void record(SegmentEvent event) {
            String key = key(event.document(), event.pair());
            TranslationJob job = job(key, event.document(), event.pair(), event.model(), event.modelHash(),
                    event.classification());
            classified(event.document(), event.pair(), event.classification());
            Segment segment = event.segment();
            String segmentKey = key + "|" + segment.index();
            switch (segment.status()) {
                case MACHINE -> {
                    machineOutputs.put(segmentKey, segment.target());
                    job.segmentTranslated(segment.index(), segment.source(), segment.target(), List.of(), List.of());
                }
                case TM_EXACT, TM_FUZZY -> {
                    // A match put over the machine's output is the analyst's choice: an edit, so the
                    // review still compares against what the machine said.
                    if (machineOutputs.containsKey(segmentKey)) {
                        job.segmentEdited(segment.index(), segment.source(), machineOutputs.get(segmentKey),
                                segment.target());
                    } else {
                        machineOutputs.put(segmentKey, segment.target());
                        job.segmentTranslated(segment.index(), segment.source(), segment.target(),
                                List.of(segment.status() == SegmentStatus.TM_EXACT ? "exact 100%"
                                        : "fuzzy " + segment.tmScore() + "%"), List.of());
                    }
                }
                case EDITED, UNTRANSLATED -> job.segmentEdited(segment.index(), segment.source(),
                        machineOutputs.getOrDefault(segmentKey, ""), segment.target());
                case CONFIRMED -> job.segmentConfirmed(segment.index(), segment.source(),
                        machineOutputs.getOrDefault(segmentKey, ""), segment.target());
                default -> { }
            }
        }

        @Override
        public void classified(String document, LanguagePair pair, String classification) {
            String key = key(document, pair);
            TranslationJob job = job(key, document, pair, "", "", classification);
            if (!classification.equals(markings.put(key, classification))) {
                job.classified(classification);
            }
        }

        private TranslationJob job(String key, String document, LanguagePair pair, String model, String modelHash,
                                   String classification) {
            return jobs.computeIfAbsent(key, k -> {
                markings.put(k, classification);
                return profile.history().startJob(document, pair.source().iso1(), pair.target().iso1(),
                        model.isEmpty() ? null : model, modelHash.isEmpty() ? null : modelHash, classification);
            });
        }

        private static String key(String document, LanguagePair pair) {
            return document + "|" + pair.source().iso1() + "|" + pair.target().iso1();
        }
    }
}
