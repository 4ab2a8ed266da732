package org.rendition.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.InlineTag;

/**
 * A target's placed tags in one text column: a line per tag, {@code KIND start end detail}, the
 * detail with backslashes and line breaks escaped. Text rather than a child table because the tags
 * are read and written only with their segment, and a line a person can read in the database
 * explains itself. NULL stands for "nobody placed tags", the empty text for "placed, none kept".
 */
final class TagColumn {
    private TagColumn() {
    }

    static String encode(Optional<List<InlineTag>> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (InlineTag tag : tags.get()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(tag.kind().name()).append(' ').append(tag.start()).append(' ').append(tag.end()).append(' ')
                .append(tag.detail().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return text.toString();
    }

    /** The tags {@link #encode} wrote; a line this version cannot read is left out rather than failing the document. */
    static Optional<List<InlineTag>> decode(String column) {
        if (column == null) {
            return Optional.empty();
        }
        List<InlineTag> tags = new ArrayList<>();
        for (String line : column.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (parts.length < 3) {
                continue;
            }
            try {
                tags.add(new InlineTag(InlineTag.Kind.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), parts.length < 4 ? "" : unescape(parts[3])));
            } catch (IllegalArgumentException e) {
                // A kind a newer version wrote, or a damaged line: that tag is lost, not the document.
            }
        }
        return Optional.of(List.copyOf(tags));
    }

    private static String unescape(String detail) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < detail.length(); i++) {
            char c = detail.charAt(i);
            if (c == '\\' && i + 1 < detail.length()) {
                char next = detail.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
