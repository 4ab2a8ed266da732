package org.rendition.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the translation as UTF-8 plain text. A text file keeps its lines, indentation and
 * blank lines, each line's text replaced by its translation; other formats become paragraphs
 * separated by blank lines, an e-mail's headers and attachment list first.
 */
public final class TextWriter implements DocumentWriter {
    @Override
    public void write(TranslatedDocument translation, Marking marking, Path target) throws DocumentException {
        String text = text(translation, marking);
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(TranslatedDocument translation, Marking marking) {
        SourceDocument source = translation.source();
        List<String> paragraphs = translation.targetParagraphs();
        StringBuilder body = new StringBuilder();
        String lineBreak = "\n";
        if (source.format() == DocumentFormat.TXT && source.original().isPresent()) {
            String original = new String(source.original().get(), StandardCharsets.UTF_8);
            lineBreak = relayLines(original, source.blocks(), paragraphs, body);
        } else {
            if (source.format() == DocumentFormat.EML) {
                source.notes().forEach(note -> body.append(note).append('\n'));
                body.append('\n');
            }
            body.append(String.join("\n\n", paragraphs)).append('\n');
        }
        StringBuilder text = new StringBuilder();
        if (marking.hasHeader()) {
            text.append(marking.header()).append(lineBreak);
        }
        text.append(body);
        if (marking.hasFooter()) {
            if (text.length() > 0 && !endsWithLineBreak(text)) {
                text.append(lineBreak);
            }
            text.append(marking.footer()).append(lineBreak);
        }
        return text.toString();
    }

    /** Rebuilds {@code original} line by line into {@code out}; returns the file's line break. */
    private static String relayLines(String original, List<DocumentBlock> blocks, List<String> paragraphs,
                                     StringBuilder out) {
        Map<Integer, String> byLine = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            byLine.put(blocks.get(i).position(), paragraphs.get(i));
        }
        String lineBreak = null;
        List<TextLines.Line> lines = TextLines.split(original);
        for (int number = 0; number < lines.size(); number++) {
            TextLines.Line line = lines.get(number);
            String translated = byLine.get(number);
            if (translated == null) {
                out.append(line.content());
            } else {
                String content = line.content();
                int start = 0;
                int end = content.length();
                while (start < end && Character.isWhitespace(content.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                    end--;
                }
                out.append(content, 0, start).append(translated).append(content, end, content.length());
            }
            out.append(line.lineBreak());
            if (lineBreak == null && !line.lineBreak().isEmpty()) {
                lineBreak = line.lineBreak();
            }
        }
        return lineBreak == null ? "\n" : lineBreak;
    }

    private static boolean endsWithLineBreak(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '\n' || last == '\r';
    }
}
