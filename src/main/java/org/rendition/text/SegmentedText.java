package org.rendition.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain text cut into sentences for translation, with everything between them kept as
 * layout, so the translated sentences can be put back into the same paragraphs and lines.
 *
 * <p>Paragraphs (separated by blank lines) and lines (single line breaks) are never joined:
 * each line is split into sentences on its own. The spaces around a sentence, the line
 * breaks (whether {@code \n}, {@code \r\n} or {@code \r}) and blank lines stay as they were, and
 * pieces with nothing but white space in them are layout, not sentences. Immutable.
 */
public final class SegmentedText {
    /** The text around the sentences: one more entry than there are sentences. */
    private final List<String> layout;
    private final List<String> sentences;

    private SegmentedText(List<String> layout, List<String> sentences) {
        this.layout = List.copyOf(layout);
        this.sentences = List.copyOf(sentences);
    }

    /** Cuts {@code text}, written in {@code language}, into sentences and layout. */
    public static SegmentedText of(String text, Language language, SentenceSegmenter segmenter) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(segmenter, "segmenter");
        Builder builder = new Builder();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int contentEnd = lineStart;
            while (contentEnd < text.length() && !isLineBreak(text.charAt(contentEnd))) {
                contentEnd++;
            }
            int lineEnd = endOfLineBreak(text, contentEnd);
            String content = text.substring(lineStart, contentEnd);
            if (isBlank(content)) {
                builder.layout(content);
            } else {
                segmenter.split(content, language).forEach(builder::piece);
            }
            builder.layout(text.substring(contentEnd, lineEnd));
            lineStart = lineEnd;
        }
        return builder.build();
    }

    /** The sentences to translate, in order, without the white space around them. */
    public List<String> sentences() {
        return sentences;
    }

    /**
     * Puts {@code translated} in place of the sentences, in order, keeping all layout.
     * {@code reassemble(sentences())} gives back the original text exactly.
     *
     * @throws IllegalArgumentException if there is not one translation per sentence
     */
    public String reassemble(List<String> translated) {
        Objects.requireNonNull(translated, "translated");
        if (translated.size() != sentences.size()) {
            throw new IllegalArgumentException("Expected " + sentences.size()
                + " translated sentences, got " + translated.size());
        }
        StringBuilder text = new StringBuilder(layout.get(0));
        for (int i = 0; i < translated.size(); i++) {
            text.append(translated.get(i)).append(layout.get(i + 1));
        }
        return text.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Where the line break starting at {@code at} ends; {@code \r\n} counts as one break. */
    private static int endOfLineBreak(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        boolean crlf = text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n';
        return at + (crlf ? 2 : 1);
    }

    /** Spaces of every kind, including no-break and ideographic ones, are layout. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isBlank(String text) {
        return text.chars().allMatch(c -> isSpace((char) c));
    }

    /** Collects layout until a sentence arrives, so layout and sentences alternate. */
    private static final class Builder {
        private final List<String> layout = new ArrayList<>();
        private final List<String> sentences = new ArrayList<>();
        private final StringBuilder pendingLayout = new StringBuilder();

        void layout(String text) {
            pendingLayout.append(text);
        }

        /** Takes one piece from the segmenter: leading spaces, the sentence, trailing spaces. */
        void piece(String piece) {
            int start = 0;
            int end = piece.length();
            while (start < end && isSpace(piece.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(piece.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                layout(piece);
                return;
            }
            layout(piece.substring(0, start));
            layout.add(pendingLayout.toString());
            pendingLayout.setLength(0);
            sentences.add(piece.substring(start, end));
            layout(piece.substring(end));
        }

        SegmentedText build() {
            layout.add(pendingLayout.toString());
            return new SegmentedText(layout, sentences);
        }
    }
}
