package org.rendition.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one history row says happened. Job-level fields (document, languages, model) are
 * repeated on every row so each row can be read, and verified, on its own.
 *
 * @param user          the OS user
 * @param modelHash     the hash of the model pack's manifest, or null when no model was used
 * @param segmentIndex  the segment's position in the document, or null for job events
 * @param machineOutput what the engine produced, or null
 * @param finalText     the target as it stands after this event, or null
 * @param tmHits        translation-memory matches offered, e.g. {@code "tm#42 92%"}
 * @param glossaryHits  glossary terms found, e.g. {@code "Министерство обороны → Ministry of Defence"}
 */
public record HistoryEvent(EventKind kind, String jobId, Instant at, String user, String document,
                           String sourceLang, String targetLang, String modelName, String modelHash,
                           Integer segmentIndex, String source, String machineOutput, String finalText,
                           List<String> tmHits, List<String> glossaryHits) {
    public HistoryEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        tmHits = List.copyOf(tmHits);
        glossaryHits = List.copyOf(glossaryHits);
    }
}
