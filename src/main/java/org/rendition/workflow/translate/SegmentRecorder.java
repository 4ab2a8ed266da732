package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.pack.ModelPack;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.OpenJob;
import org.rendition.workflow.review.ReviewService;

/**
 * Writes what happens to segments into the profile's hash-chained history, one job per document
 * and language pair: the machine's output with the matches and terms it was given, and every
 * change a person makes after it. Without a profile it records nothing.
 */
final class SegmentRecorder {
    private final UserProfile profile;
    private final Map<String, TranslationJob> jobs = new ConcurrentHashMap<>();
    /** The marking last recorded for each job, so a change of marking is recorded once. */
    private final Map<String, String> markings = new ConcurrentHashMap<>();
    /** The machine output of each segment, so an edit records what it changed. */
    private final Map<String, String> machineOutputs = new ConcurrentHashMap<>();

    /** Finds the job a document's work continues, if any (the workstation's reopened documents). */
    private final BiFunction<String, LanguagePair, Optional<OpenJob>> openJobs;

    /** A recorder that starts a new job for each document (a text translated in one go). */
    SegmentRecorder(Optional<UserProfile> profile) {
        this(profile, (document, pair) -> Optional.empty());
    }

    /**
     * A recorder that continues a document's open job (in progress, submitted or returned) when
     * there is one, so a returned document's fixes land in the job the supervisor returned.
     */
    static SegmentRecorder continuingOpenJobs(UserProfile profile) {
        return new SegmentRecorder(Optional.of(profile), (document, pair) -> ReviewService.of(profile)
                .openJob(document, pair.source().iso1(), pair.target().iso1()));
    }

    private SegmentRecorder(Optional<UserProfile> profile, BiFunction<String, LanguagePair, Optional<OpenJob>> openJobs) {
        this.profile = profile.orElse(null);
        this.openJobs = openJobs;
    }

    /** A segment a translation run filled in, by the model ({@code pack}) or from the memory. */
    void translated(String document, LanguagePair pair, ModelPack pack, String classification,
            TranslatedSegment translated) {
        if (profile == null) {
            return;
        }
        Segment segment = translated.segment();
        String key = key(document, pair);
        machineOutputs.put(key + "|" + segment.index(), segment.target());
        job(key, document, pair, pack, classification).segmentTranslated(segment.index(), segment.source(),
                segment.target(), memoryHits(translated), glossaryHits(translated.aids()));
    }

    /**
     * A change a person made: an edit, a confirmation, a memory match put in. A match put over the
     * machine's output is an edit, so the review still compares against what the machine said.
     */
    void changed(String document, LanguagePair pair, String classification, Segment segment) {
        if (profile == null) {
            return;
        }
        String key = key(document, pair);
        // The job first: continuing a reopened document's job brings back its machine outputs.
        TranslationJob job = job(key, document, pair, null, classification);
        String machineOutput = machineOutputs.get(key + "|" + segment.index());
        if (machineOutput == null && segment.status().isFromMemory()) {
            translated(document, pair, null, classification, new TranslatedSegment(segment, SegmentAids.NONE));
            return;
        }
        String before = machineOutput == null ? "" : machineOutput;
        switch (segment.status()) {
            case CONFIRMED -> job.segmentConfirmed(segment.index(), segment.source(), before, segment.target());
            default -> job.segmentEdited(segment.index(), segment.source(), before, segment.target());
        }
    }

    /** The document's marking is now {@code classification}; recorded when it changed. */
    void classified(String document, LanguagePair pair, String classification) {
        if (profile == null) {
            return;
        }
        String key = key(document, pair);
        TranslationJob job = job(key, document, pair, null, classification);
        if (!classification.equals(markings.put(key, classification))) {
            job.classified(classification);
        }
    }

    /** Closes the document's job (a text translated in one go); its id, when one was recorded. */
    Optional<String> finish(String document, LanguagePair pair) {
        TranslationJob job = jobs.remove(key(document, pair));
        if (job == null) {
            return Optional.empty();
        }
        job.finish();
        return Optional.of(job.id());
    }

    private TranslationJob job(String key, String document, LanguagePair pair, ModelPack pack,
            String classification) {
        return jobs.computeIfAbsent(key, k -> {
            markings.put(k, classification);
            Optional<OpenJob> open = openJobs.apply(document, pair);
            if (open.isPresent()) {
                open.get().machineOutputs().forEach((index, output) -> machineOutputs.putIfAbsent(k + "|" + index,
                        output));
                return profile.history().resumeJob(open.get().jobId());
            }
            return profile.history().startJob(document, pair.source().iso1(), pair.target().iso1(),
                    pack == null ? null : pack.name(), pack == null ? null : pack.manifestHash(), classification);
        });
    }

    private static List<String> memoryHits(TranslatedSegment translated) {
        List<String> hits = new ArrayList<>();
        Segment segment = translated.segment();
        if (segment.status().isFromMemory()) {
            hits.add(segment.tmScore() >= 100 ? "exact 100%" : "fuzzy " + segment.tmScore() + "%");
        } else {
            translated.aids().bestFuzzy().ifPresent(m -> hits.add("fuzzy " + m.score() + "%: " + m.entry().target()));
        }
        return hits;
    }

    private static List<String> glossaryHits(SegmentAids aids) {
        return aids.glossaryHits().stream().map(h -> h.matchedText() + " = " + h.term().target()).toList();
    }

    private static String key(String document, LanguagePair pair) {
        return document + "|" + pair.source().iso1() + "|" + pair.target().iso1();
    }
}
