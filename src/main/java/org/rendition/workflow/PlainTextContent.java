package org.rendition.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rendition.text.Language;
import org.rendition.text.SegmentedText;
import org.rendition.text.SentenceSegmenter;

/** A UTF-8 plain-text document; its translation keeps every paragraph and line break. */
final class PlainTextContent implements DocumentContent {
    private final String text;
    private final SegmentedText segmented;

    PlainTextContent(String text, Language language, SentenceSegmenter segmenter) {
        this.text = text;
        this.segmented = SegmentedText.of(text, language, segmenter);
    }

    @Override
    public List<String> sentences() {
        return segmented.sentences();
    }

    @Override
    public List<Integer> paragraphs() {
        return segmented.paragraphIndices();
    }

    @Override
    public void write(List<String> targets, Path out) throws IOException {
        Files.writeString(out, segmented.reassemble(targets), StandardCharsets.UTF_8);
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String sample() {
        return text;
    }
}
