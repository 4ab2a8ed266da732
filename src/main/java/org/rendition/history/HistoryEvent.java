package org.rendition.history;

import org.rendition.arch.ValueType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one history row says happened. Job-level fields (document, languages, model) are
 * repeated on every row so each row can be read, and verified, on its own.
 *
 * @param user           the OS user who did it (a supervisor's edit carries the supervisor's name)
 * @param modelHash      the hash of the model pack's manifest, or null when no model was used
 * @param segmentIndex   the segment's position in the document, or null for job events
 * @param machineOutput  what the engine produced, or null
 * @param finalText      the target as it stands after this event, or null
 * @param tmHits         translation-memory matches offered, e.g. {@code "tm#42 92%"}
 * @param glossaryHits   glossary terms found, e.g. {@code "Министерство обороны → Ministry of Defence"}
 * @param role           the role the user acted in ({@code "supervisor"}), or null on rows written
 *                       before roles existed
 * @param classification the document's classification marking after this event, or null
 * @param comment        a reviewer's comment, what a refused attempt tried, or a setting change
 */
@ValueType
public record HistoryEvent(EventKind kind, String jobId, Instant at, String user, String document,
                           String sourceLang, String targetLang, String modelName, String modelHash,
                           Integer segmentIndex, String source, String machineOutput, String finalText,
                           List<String> tmHits, List<String> glossaryHits, String role, String classification,
                           String comment) {
    public HistoryEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        tmHits = List.copyOf(tmHits);
        glossaryHits = List.copyOf(glossaryHits);
    }

    /** A translation event without role, marking or comment, as rows were before review existed. */
    public HistoryEvent(EventKind kind, String jobId, Instant at, String user, String document,
                        String sourceLang, String targetLang, String modelName, String modelHash,
                        Integer segmentIndex, String source, String machineOutput, String finalText,
                        List<String> tmHits, List<String> glossaryHits) {
        this(kind, jobId, at, user, document, sourceLang, targetLang, modelName, modelHash, segmentIndex, source,
                machineOutput, finalText, tmHits, glossaryHits, null, null, null);
    }

    /** True when the row carries any of the review fields (role, classification, comment). */
    public boolean hasReviewFields() {
        return role != null || classification != null || comment != null;
    }
}
