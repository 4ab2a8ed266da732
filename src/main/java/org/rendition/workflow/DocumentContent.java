package org.rendition.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A document as a reader left it: its sentences in order, and how to write a translation back in
 * the same format and layout. One implementation per format.
 */
interface DocumentContent {
    /** Source sentences in reading order. */
    List<String> sentences();

    /** The paragraph of each sentence, one entry per sentence. */
    List<Integer> paragraphs();

    /** Writes the document with {@code targets} in place of its sentences. */
    void write(List<String> targets, Path out) throws IOException;

    /** The file extension an export gets by default, without the dot. */
    String extension();

    /** Text to detect the source language on. */
    String sample();
}
