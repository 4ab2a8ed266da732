package org.rendition.workflow.translate;

import org.rendition.workflow.translate.SegmentOrigin;
import org.rendition.workflow.translate.SegmentOutcome;
import java.util.List;
import java.util.Optional;
import org.rendition.text.Language;

/**
 * The result of translating a text.
 *
 * @param text the translation, with the source's paragraphs and line breaks
 * @param source the source language, given or detected
 * @param sourceDetected whether {@code source} was detected rather than given
 * @param modelName the pack that translated it
 * @param manifestHash SHA-256 of that pack's manifest, for the record
 * @param segments every sentence with its translation and what was used for it
 * @param historyJob the history job that recorded it, when a profile database was used
 */
public record TranslatedText(String text, Language source, boolean sourceDetected, String modelName,
        String manifestHash, List<SegmentOutcome> segments, Optional<String> historyJob) {
    public TranslatedText {
        segments = List.copyOf(segments);
    }

    /** How many sentences were translated. */
    public int sentences() {
        return segments.size();
    }

    /** How many segments came from each origin. */
    public long count(SegmentOrigin origin) {
        return segments.stream().filter(s -> s.origin() == origin).count();
    }
}
