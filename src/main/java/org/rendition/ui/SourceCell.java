package org.rendition.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Callback;
import javafx.util.Duration;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.glossary.GlossaryHit;

/**
 * A wrapped, read-only source sentence, laid out right to left for Arabic, Persian, Urdu, Hebrew
 * (row by row: a document may mix Arabic and Russian paragraphs);
 * glossary terms are highlighted and show their approved translation on hover; inline tags (bold,
 * links, footnote references) are drawn as numbered marks ({@link TagMarks}).
 */
final class SourceCell extends TableCell<SegmentRow, SourceText> {
    static final String TERM_STYLE = "glossary-term";
    /** The source words the clicked target word came from, by the model's alignment. */
    static final String ALIGNED_STYLE = "aligned-source";
    private static final double PADDING = 12;
    private static final Duration TOOLTIP_DELAY = Duration.millis(250);
    private final Predicate<SegmentRow> rightToLeft;
    private final FindHighlight highlight;
    private final TextFlow flow = new TextFlow();

    SourceCell(Predicate<SegmentRow> rightToLeft, FindHighlight highlight) {
        this.rightToLeft = rightToLeft;
        this.highlight = highlight;
        // Until the cell has a width, the flow sizes itself: a width of zero would wrap every letter.
        flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() > PADDING ? getWidth() - PADDING : USE_COMPUTED_SIZE, widthProperty()));
        setGraphic(flow);
        // Not stretched to the row's height, so a short sentence sits level with its translation.
        flow.setMaxHeight(USE_PREF_SIZE);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    static Callback<TableColumn<SegmentRow, SourceText>, TableCell<SegmentRow, SourceText>> factory(
            Predicate<SegmentRow> rtl, FindHighlight highlight) {
        return column -> new SourceCell(rtl, highlight);
    }

    /**
     * The height of the wrapped sentence at the cell's width. A flow asked for its height without a
     * width answers for the width it last had, which before the first layout makes a row as tall
     * as the table.
     */
    @Override
    protected double computePrefHeight(double width) {
        double available = (width > 0 ? width : getWidth()) - PADDING;
        return snappedTopInset() + flow.prefHeight(available > 0 ? available : -1) + snappedBottomInset();
    }

    @Override
    protected void updateItem(SourceText item, boolean empty) {
        super.updateItem(item, empty);
        flow.getChildren().setAll(empty || item == null ? List.of() : spans(item));
        SegmentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setNodeOrientation(row != null && rightToLeft.test(row) ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /**
     * Plain text between the terms, a highlighted span with a tooltip for each term; the words a
     * clicked target word came from, and Find's hits, are marked on top of either.
     */
    private List<javafx.scene.Node> spans(SourceText source) {
        List<int[]> hits = highlight.ranges(source.text());
        List<Text> spans = new java.util.ArrayList<>();
        List<Integer> starts = new java.util.ArrayList<>();
        List<TagMarks.Placed> marks = source.tags().isEmpty() ? List.of()
                : TagMarks.marks(source.tags(), source.tags(), source.text().length());
        List<Integer> tagEdges = TagMarks.offsets(marks);
        int at = 0;
        for (GlossaryHit hit : source.hits().stream().sorted(Comparator.comparingInt(GlossaryHit::start)).toList()) {
            if (hit.start() < at || hit.end() > source.text().length()) {
                continue; // overlaps a term already shown, or belongs to another text
            }
            addPieces(spans, starts, tagEdges, source, hits, at, hit.start(), plain -> { });
            Tooltip tooltip = new Tooltip(Messages.get("grid.termTooltip", hit.matchedText(), hit.term().target()));
            tooltip.setShowDelay(TOOLTIP_DELAY);
            addPieces(spans, starts, tagEdges, source, hits, hit.start(), hit.end(), term -> {
                term.getStyleClass().add(TERM_STYLE);
                Tooltip.install(term, tooltip);
            });
            at = hit.end();
        }
        addPieces(spans, starts, tagEdges, source, hits, at, source.text().length(), plain -> { });
        if (spans.isEmpty()) {
            spans.add(text(""));
            starts.add(0);
        }
        return marks.isEmpty() ? List.copyOf(spans) : TagMarks.interleave(spans, starts, marks, source.text().length());
    }

    /**
     * The text from {@code from} to {@code to}, cut where a tag mark stands and where an aligned word
     * or one of Find's hits starts or ends; each piece's offset goes to {@code starts}.
     */
    private static void addPieces(List<Text> spans, List<Integer> starts, List<Integer> tagEdges, SourceText source,
            List<int[]> hits, int from, int to, java.util.function.Consumer<Text> decorate) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(from, to));
        for (int edge : tagEdges) {
            cuts.add(Math.max(from, Math.min(to, edge)));
        }
        for (int[] hit : hits) {
            cuts.add(Math.max(from, Math.min(to, hit[0])));
            cuts.add(Math.max(from, Math.min(to, hit[1])));
        }
        for (SourceWord word : source.aligned()) {
            if (word.start() >= 0) {
                cuts.add(Math.max(from, Math.min(to, word.start())));
                cuts.add(Math.max(from, Math.min(to, word.end())));
            }
        }
        if (from == to) {
            return;
        }
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            Text piece = text(source.text().substring(start, end));
            int pieceStart = start;
            if (source.aligned().stream().anyMatch(w -> w.start() >= 0 && w.start() <= pieceStart
                    && pieceStart < w.end())) {
                piece.getStyleClass().add(ALIGNED_STYLE);
            }
            if (hits.stream().anyMatch(h -> h[0] <= pieceStart && pieceStart < h[1])) {
                piece.getStyleClass().add(FindHighlight.HIT_STYLE);
            }
            decorate.accept(piece);
            spans.add(piece);
            starts.add(pieceStart);
        }
    }

    private static Text text(String content) {
        return FindHighlight.text(content);
    }
}
