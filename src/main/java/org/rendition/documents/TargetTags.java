package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the tags placed in a target relate to the source's. A target carries a subsequence of its
 * source's tags, in the source's order: all of them where the model's alignment placed them, fewer
 * where the analyst deleted one or a colleague's XLIFF lost it. Tags of one kind and detail stand
 * for the same formatting, so the k-th of them in the target is the k-th in the source that the
 * target still has: two bold spans are interchangeable to the writers and to QA.
 */
public final class TargetTags {
    private TargetTags() {
    }

    /** For each of {@code source}, the tag standing for it in {@code target}, or empty where the target lacks it. */
    public static List<Optional<InlineTag>> perSourceTag(List<InlineTag> source, List<InlineTag> target) {
        List<Optional<InlineTag>> matched = new ArrayList<>();
        int next = 0;
        for (InlineTag tag : source) {
            int found = -1;
            for (int t = next; t < target.size(); t++) {
                if (sameFormatting(tag, target.get(t))) {
                    found = t;
                    break;
                }
            }
            if (found < 0) {
                matched.add(Optional.empty());
            } else {
                matched.add(Optional.of(target.get(found)));
                next = found + 1;
            }
        }
        return matched;
    }

    private static boolean sameFormatting(InlineTag source, InlineTag target) {
        return source.kind() == target.kind() && source.detail().equals(target.detail());
    }

    /**
     * A target's tags as an earlier version saved them, read as tags of {@code source}. Earlier
     * versions read a Word hyperlink as the id of its relationship ({@code rId2}) where the reader
     * now gives the address it points to, so a saved link that names no link of the source takes
     * the address of the next source link in order, the one it stands for; every other tag, and a
     * target saved since, is returned as it is.
     */
    public static List<InlineTag> savedEarlier(List<InlineTag> source, List<InlineTag> saved) {
        List<String> links = source.stream().filter(tag -> tag.kind() == InlineTag.Kind.LINK)
                .map(InlineTag::detail).toList();
        if (saved.stream().noneMatch(tag -> namesNoLinkOf(links, tag))) {
            return saved;
        }
        List<InlineTag> read = new ArrayList<>();
        int next = 0;
        for (InlineTag tag : saved) {
            boolean earlier = namesNoLinkOf(links, tag);
            int found = -1;
            for (int s = next; s < source.size() && found < 0; s++) {
                InlineTag own = source.get(s);
                if (earlier ? own.kind() == InlineTag.Kind.LINK : sameFormatting(own, tag)) {
                    found = s;
                }
            }
            if (found < 0) {
                read.add(tag);
            } else {
                read.add(earlier ? new InlineTag(tag.kind(), tag.start(), tag.end(), source.get(found).detail()) : tag);
                next = found + 1;
            }
        }
        return read;
    }

    private static boolean namesNoLinkOf(List<String> links, InlineTag tag) {
        return tag.kind() == InlineTag.Kind.LINK && !links.contains(tag.detail());
    }

    /** The tags of {@code target} that stand for none of {@code source}'s. */
    public static List<InlineTag> extra(List<InlineTag> source, List<InlineTag> target) {
        List<InlineTag> unmatched = new ArrayList<>(target);
        for (Optional<InlineTag> tag : perSourceTag(source, target)) {
            tag.ifPresent(t -> unmatched.remove(indexOfSame(unmatched, t)));
        }
        return unmatched;
    }

    private static int indexOfSame(List<InlineTag> tags, InlineTag tag) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == tag) {
                return i;
            }
        }
        return tags.indexOf(tag);
    }

    /**
     * Tags placed in a target over {@code fileSource}'s tags (a returned XLIFF file's, whose kinds
     * are what another tool wrote: OmegaT's {@code <bpt>} names none) as tags of {@code ownSource},
     * the same sentence's tags as Rendition read them, matched by their order in the sentence.
     */
    public static List<InlineTag> renamed(List<InlineTag> fileSource, List<InlineTag> ownSource, List<InlineTag> placed) {
        List<Optional<InlineTag>> matched = perSourceTag(fileSource, placed);
        List<InlineTag> renamed = new ArrayList<>();
        for (int k = 0; k < matched.size() && k < ownSource.size(); k++) {
            InlineTag own = ownSource.get(k);
            matched.get(k).filter(tag -> tag.kind().paired() == own.kind().paired())
                .ifPresent(tag -> renamed.add(new InlineTag(own.kind(), tag.start(), tag.end(), own.detail())));
        }
        return renamed;
    }

    /**
     * The tags of a target after its text changed from {@code before} to {@code after} without the
     * tags being touched (Replace, a change on the command line): the text before the changed stretch
     * keeps its tags where they were, the text after it carries them along, and an edge inside the
     * stretch moves to the stretch's end, so a tag over a replaced word covers its replacement.
     */
    public static List<InlineTag> follow(String before, List<InlineTag> tags, String after) {
        int prefix = 0;
        int shortest = Math.min(before.length(), after.length());
        while (prefix < shortest && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int changedEnd = before.length() - suffix;
        int shift = after.length() - before.length();
        List<InlineTag> moved = new ArrayList<>();
        for (InlineTag tag : tags) {
            int start = moved(tag.start(), prefix, changedEnd, shift, !tag.kind().paired() || tag.start() == tag.end());
            int end = Math.max(start, moved(tag.end(), prefix, changedEnd, shift, true));
            moved.add(new InlineTag(tag.kind(), Math.min(start, after.length()), Math.min(end, after.length()),
                tag.detail()));
        }
        return moved;
    }

    private static int moved(int offset, int prefix, int changedEnd, int shift, boolean toEnd) {
        if (offset <= prefix) {
            return offset;
        }
        if (offset >= changedEnd) {
            return offset + shift;
        }
        return toEnd ? changedEnd + shift : prefix;
    }
}
