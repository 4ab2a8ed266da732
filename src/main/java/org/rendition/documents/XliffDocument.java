package org.rendition.documents;

import java.util.List;
import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * A whole document as XLIFF carries it between CAT tools: its segments (source, target, status,
 * the paragraph each belongs to) and the document's classification marking.
 *
 * @param original   the file the segments came from, as the {@code original} attribute names it
 * @param sourceLang BCP 47 tag of the sources
 * @param targetLang BCP 47 tag of the targets
 * @param marking    the classification marking, or null when the document carries none
 * @param sourceTags each segment's inline tags, offsets into its source; empty when the
 *                   document has none, else one list per segment
 */
@ValueType
public record XliffDocument(XliffVersion version, String original, String sourceLang, String targetLang,
                            String marking, List<Segment> segments, List<List<InlineTag>> sourceTags) {
    /** A document without inline tags. */
    public XliffDocument(XliffVersion version, String original, String sourceLang, String targetLang, String marking,
                         List<Segment> segments) {
        this(version, original, sourceLang, targetLang, marking, segments, List.of());
    }

    public XliffDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        segments = List.copyOf(segments);
        sourceTags = sourceTags.stream().map(List::copyOf).toList();
        if (!sourceTags.isEmpty() && sourceTags.size() != segments.size()) {
            throw new IllegalArgumentException("Tags for " + sourceTags.size() + " segments, but " + segments.size()
                    + " segments");
        }
    }

    /** The inline tags of segment {@code i}'s source; empty when it has none. */
    public List<InlineTag> tagsOf(int i) {
        return sourceTags.isEmpty() ? List.of() : sourceTags.get(i);
    }

    /**
     * {@code document}'s segments with the targets of this (translated) file filled in, matched
     * by position: segments the colleague left untranslated keep what they had.
     */
    public List<Segment> mergeInto(List<Segment> document) {
        return merge(document).segments();
    }

    /** What became of one segment of the document when a returned XLIFF file was merged into it. */
    @ValueType
    public enum MergeOutcome {
        /** The colleague's target (and status) went in. */
        FILLED,
        /** The colleague left the target empty: the segment keeps what it had. */
        LEFT_EMPTY,
        /** The segment already had this target, with this status. */
        UNCHANGED,
        /** The segment's source in the XLIFF file is not the document's: the target may not fit it. */
        SOURCE_DIFFERS,
        /** The analyst confirmed another target here meanwhile: a person's approval is not overwritten. */
        KEPT_CONFIRMED
    }

    /**
     * A merge: every segment of the document, and what became of each.
     *
     * @param segments the document's segments, those {@link MergeOutcome#FILLED} with the colleague's targets
     * @param outcomes one per segment, in document order
     */
    @ValueType
    public record Merge(List<Segment> segments, List<MergeOutcome> outcomes) {
        public Merge {
            segments = List.copyOf(segments);
            outcomes = List.copyOf(outcomes);
        }

        /** How many segments had this outcome. */
        public int count(MergeOutcome outcome) {
            return (int) outcomes.stream().filter(outcome::equals).count();
        }
    }

    /**
     * Merges this (translated) file into {@code document}'s segments as they are now, matched by
     * position. A segment takes the colleague's target and status unless the colleague left it
     * empty, its source in the file differs from the document's (spaces aside), or the analyst
     * confirmed another target meanwhile. A target the file still calls the machine's or the
     * memory's, but that is not the one the document has, is a person's edit: a later
     * translation run must not replace it.
     *
     * @throws IllegalArgumentException if the file has another number of segments than the
     *     document (it was made from another version of it)
     */
    public Merge merge(List<Segment> document) {
        if (document.size() != segments.size()) {
            throw new IllegalArgumentException("The XLIFF file has " + segments.size() + " segments, the document "
                    + document.size() + "; it was made from another version of the document.");
        }
        List<Segment> merged = new java.util.ArrayList<>(document.size());
        List<MergeOutcome> outcomes = new java.util.ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
            Segment mine = document.get(i);
            Segment theirs = segments.get(i);
            MergeOutcome outcome;
            if (theirs.target().isBlank()) {
                outcome = MergeOutcome.LEFT_EMPTY;
            } else if (!comparable(theirs.source()).equals(comparable(mine.source()))) {
                outcome = MergeOutcome.SOURCE_DIFFERS;
            } else if (theirs.target().equals(mine.target()) && theirs.status() == mine.status()
                    && (theirs.targetTags().isEmpty() || theirs.targetTags().equals(mine.targetTags()))) {
                outcome = MergeOutcome.UNCHANGED;
            } else if (mine.status() == SegmentStatus.CONFIRMED && !theirs.target().equals(mine.target())) {
                outcome = MergeOutcome.KEPT_CONFIRMED;
            } else {
                outcome = MergeOutcome.FILLED;
            }
            outcomes.add(outcome);
            if (outcome != MergeOutcome.FILLED) {
                merged.add(mine);
            } else if (changedByThem(mine, theirs)) {
                // A tool that keeps Rendition's sub-state still says "machine" of a target a person rewrote.
                merged.add(new Segment(mine.index(), mine.paragraph(), mine.source(), theirs.target(),
                        SegmentStatus.EDITED, 0, theirs.targetTags()));
            } else {
                merged.add(new Segment(mine.index(), mine.paragraph(), mine.source(), theirs.target(), theirs.status(),
                        theirs.tmScore(), theirs.targetTags()));
            }
        }
        return new Merge(merged, outcomes);
    }

    /**
     * Whether the colleague rewrote a target the file still calls the machine's or the memory's:
     * the document had another target of that kind (the one sent) and the file brings a new one.
     */
    private static boolean changedByThem(Segment mine, Segment theirs) {
        boolean notAPersons = theirs.status().isMachineOutput() || theirs.status().isFromMemory();
        return notAPersons && !mine.target().isBlank() && !mine.target().equals(theirs.target());
    }

    /** A source as compared: Unicode-normalised, runs of spaces (no-break ones too) as one space, trimmed. */
    private static String comparable(String source) {
        return java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
