package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import org.rendition.documents.Segment;
import org.rendition.documents.XliffDocument.MergeOutcome;
import org.rendition.documents.XliffVersion;
import org.rendition.text.Language;

/**
 * What merging an XLIFF file a colleague returned did to a document: the window's Merge XLIFF and
 * {@code translate --merge} both get this from {@link DocumentTranslation#mergeXliff}.
 *
 * @param file     the XLIFF file's name
 * @param version  its XLIFF version
 * @param source   the language of the sources
 * @param target   the language of its targets
 * @param segments the document's segments after the merge, in document order
 * @param outcomes what became of each segment, in document order
 */
public record XliffMerge(String file, XliffVersion version, Language source, Language target, List<Segment> segments,
                         List<MergeOutcome> outcomes) {
    public XliffMerge {
        segments = List.copyOf(segments);
        outcomes = List.copyOf(outcomes);
    }

    /** How many segments took the colleague's target. */
    public int filled() {
        return count(MergeOutcome.FILLED);
    }

    /** Whether the segment at {@code position} (in document order) took the colleague's target. */
    public boolean wasFilled(int position) {
        return outcomes.get(position) == MergeOutcome.FILLED;
    }

    /** How many segments had {@code outcome}. */
    public int count(MergeOutcome outcome) {
        return (int) outcomes.stream().filter(outcome::equals).count();
    }

    /** The segments that did not take the colleague's target (the unchanged ones aside). */
    public int skipped() {
        return outcomes.size() - filled() - count(MergeOutcome.UNCHANGED);
    }

    /** The indexes of the segments with {@code outcome}, in document order. */
    public List<Integer> indexesOf(MergeOutcome outcome) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == outcome) {
                found.add(segments.get(i).index());
            }
        }
        return found;
    }

    /**
     * Why segments were skipped, in one clause each, such as {@code 2 left empty in the XLIFF
     * file}; empty when none was.
     */
    public List<String> skipReasons() {
        List<String> reasons = new ArrayList<>();
        add(reasons, MergeOutcome.LEFT_EMPTY, "left empty in the XLIFF file");
        add(reasons, MergeOutcome.SOURCE_DIFFERS, "whose source in the XLIFF file differs from the document's");
        add(reasons, MergeOutcome.KEPT_CONFIRMED, "confirmed here with another translation, which was kept");
        return reasons;
    }

    private void add(List<String> reasons, MergeOutcome outcome, String why) {
        List<Integer> indexes = indexesOf(outcome);
        if (!indexes.isEmpty()) {
            reasons.add(indexes.size() + " " + why + " (" + rows(indexes) + ")");
        }
    }

    /** "row 3" or "rows 3, 5, 9" (numbered from 1), the first ten. */
    private static String rows(List<Integer> indexes) {
        StringBuilder out = new StringBuilder(indexes.size() == 1 ? "row " : "rows ");
        for (int i = 0; i < Math.min(10, indexes.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(indexes.get(i) + 1);
        }
        return out.append(indexes.size() > 10 ? ", …" : "").toString();
    }

    /**
     * The merge in one sentence, for the status line and the command line: {@code Merged
     * 'report.en.xlf': 5 segments filled, 1 already the same; 2 skipped: 2 left empty in the
     * XLIFF file (rows 3, 4).}
     */
    public String summary() {
        StringBuilder out = new StringBuilder("Merged '").append(file).append("': ").append(filled())
                .append(filled() == 1 ? " segment" : " segments").append(" filled");
        int same = count(MergeOutcome.UNCHANGED);
        if (same > 0) {
            out.append(", ").append(same).append(" already the same");
        }
        if (skipped() > 0) {
            out.append("; ").append(skipped()).append(" skipped: ").append(String.join("; ", skipReasons()));
        }
        return out.append('.').toString();
    }
}
