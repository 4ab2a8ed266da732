package org.rendition.documents;

import java.util.List;

/**
 * Undoes RFC 3676 {@code format=flowed}: Thunderbird and Apple Mail wrap plain text at about 72
 * characters and mark each soft break with a trailing space. Joined again, a sentence is one
 * line, as the sender typed it, instead of fragments translated apart. Quoted lines join only
 * with lines of the same quote depth; the signature separator {@code "-- "} never joins.
 */
final class FlowedText {
    private FlowedText() {
    }

    static String unflow(String text, boolean deleteSpace) {
        List<TextLines.Line> lines = TextLines.split(text);
        StringBuilder out = new StringBuilder(text.length());
        int open = -1;
        for (TextLines.Line line : lines) {
            String content = line.content();
            int depth = 0;
            while (depth < content.length() && content.charAt(depth) == '>') {
                depth++;
            }
            String rest = content.substring(depth);
            if (rest.startsWith(" ")) {
                rest = rest.substring(1);
            }
            if (open >= 0 && open != depth) {
                // A soft break before a change of quote depth is a hard one after all.
                out.append('\n');
                open = -1;
            }
            if (open < 0 && depth > 0) {
                out.append(">".repeat(depth)).append(' ');
            }
            boolean flowed = rest.endsWith(" ") && !rest.equals("-- ");
            out.append(flowed && deleteSpace ? rest.substring(0, rest.length() - 1) : rest);
            if (flowed) {
                open = depth;
            } else {
                out.append(line.lineBreak().isEmpty() ? "" : "\n");
                open = -1;
            }
        }
        return out.toString();
    }
}
