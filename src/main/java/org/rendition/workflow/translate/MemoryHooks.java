package org.rendition.workflow.translate;

import org.rendition.workflow.translate.Glossary;
import org.rendition.workflow.translate.SegmentHistory;
import org.rendition.workflow.translate.TranslationMemory;
import java.util.Objects;

/**
 * The translation memory, glossary and history a document workflow reports to; all three do
 * nothing until the memory module is merged.
 *
 * @param memory translation memory
 * @param glossary glossary
 * @param history segment history
 */
public record MemoryHooks(TranslationMemory memory, Glossary glossary, SegmentHistory history) {
    public MemoryHooks {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(history, "history");
    }

    public static MemoryHooks none() {
        return new MemoryHooks(TranslationMemory.NONE, Glossary.NONE, SegmentHistory.NONE);
    }
}
