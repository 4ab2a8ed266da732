package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;

/** A text cut into lines with each line's own break kept, so the text can be rebuilt exactly. */
final class TextLines {
    record Line(String content, String lineBreak) {
    }

    private TextLines() {
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                int end = c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
                lines.add(new Line(text.substring(start, at), text.substring(at, end)));
                start = end;
                at = end;
            } else {
                at++;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(text.substring(start), ""));
        }
        return lines;
    }

    /** One block per line that holds text; the block's position is the line's number from 0. */
    static List<DocumentBlock> blocks(String text) {
        List<DocumentBlock> blocks = new ArrayList<>();
        List<Line> lines = split(text);
        for (int number = 0; number < lines.size(); number++) {
            String content = lines.get(number).content().strip();
            if (!content.isEmpty()) {
                blocks.add(new DocumentBlock(number, content));
            }
        }
        return blocks;
    }
}
