package org.rendition.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
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
 * A wrapped, read-only source sentence, laid out right to left for Arabic, Persian, Urdu, Hebrew;
 * glossary terms are highlighted and show their approved translation on hover.
 */
final class SourceCell extends TableCell<SegmentRow, SourceText> {
    static final String TERM_STYLE = "glossary-term";
    /** The source words the clicked target word came from, by the model's alignment. */
    static final String ALIGNED_STYLE = "aligned-source";
    private static final double PADDING = 12;
    private static final Duration TOOLTIP_DELAY = Duration.millis(250);
    private final BooleanSupplier rightToLeft;
    private final TextFlow flow = new TextFlow();

    SourceCell(BooleanSupplier rightToLeft) {
        this.rightToLeft = rightToLeft;
        // Until the cell has a width, the flow sizes itself: a width of zero would wrap every letter.
        flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() > PADDING ? getWidth() - PADDING : USE_COMPUTED_SIZE, widthProperty()));
        setGraphic(flow);
        // Not stretched to the row's height, so a short sentence sits level with its translation.
        flow.setMaxHeight(USE_PREF_SIZE);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    static Callback<TableColumn<SegmentRow, SourceText>, TableCell<SegmentRow, SourceText>> factory(
            BooleanSupplier rtl) {
        return column -> new SourceCell(rtl);
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
        setNodeOrientation(rightToLeft.getAsBoolean() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /**
     * Plain text between the terms, a highlighted span with a tooltip for each term; the words a
     * clicked target word came from are marked on top of either.
     */
    private static List<Text> spans(SourceText source) {
        List<Text> spans = new java.util.ArrayList<>();
        int at = 0;
        for (GlossaryHit hit : source.hits().stream().sorted(Comparator.comparingInt(GlossaryHit::start)).toList()) {
            if (hit.start() < at || hit.end() > source.text().length()) {
                continue; // overlaps a term already shown, or belongs to another text
            }
            addPieces(spans, source, at, hit.start(), plain -> { });
            Tooltip tooltip = new Tooltip(Messages.get("grid.termTooltip", hit.matchedText(), hit.term().target()));
            tooltip.setShowDelay(TOOLTIP_DELAY);
            addPieces(spans, source, hit.start(), hit.end(), term -> {
                term.getStyleClass().add(TERM_STYLE);
                Tooltip.install(term, tooltip);
            });
            at = hit.end();
        }
        addPieces(spans, source, at, source.text().length(), plain -> { });
        if (spans.isEmpty()) {
            spans.add(text(""));
        }
        return spans;
    }

    /** The text from {@code from} to {@code to}, cut where an aligned word starts or ends. */
    private static void addPieces(List<Text> spans, SourceText source, int from, int to,
            java.util.function.Consumer<Text> decorate) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(from, to));
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
            decorate.accept(piece);
            spans.add(piece);
        }
    }

    private static Text text(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("segment-text");
        return text;
    }
}
