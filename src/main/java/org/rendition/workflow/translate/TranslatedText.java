package org.rendition.workflow.translate;

import java.util.List;
import java.util.Optional;
import org.rendition.documents.SegmentStatus;
import org.rendition.text.Language;

/**
 * The result of translating a text.
 *
 * @param text the translation, with the source's paragraphs and line breaks
 * @param source the source language, given or detected
 * @param sourceDetected whether {@code source} was detected rather than given
 * @param modelName the pack that translated it
 * @param manifestHash SHA-256 of that pack's manifest, for the record
 * @param segments every sentence with its translation, its status and what the profile offered
 * @param historyJob the history job that recorded it, when a profile database was used
 * @param notes what the reader should know of the run, one sentence each: sentences found in
 *     another language than {@code source}, and what was done with them
 */
public record TranslatedText(String text, Language source, boolean sourceDetected, String modelName,
        String manifestHash, List<TranslatedSegment> segments, Optional<String> historyJob, List<String> notes) {
    public TranslatedText {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** How many sentences were translated. */
    public int sentences() {
        return segments.size();
    }

    /** How many segments have {@code status}. */
    public long count(SegmentStatus status) {
        return segments.stream().filter(s -> s.segment().status() == status).count();
    }
}
