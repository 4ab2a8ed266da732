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
import org.rendition.glossary.GlossaryHit;

/**
 * A wrapped, read-only source sentence, laid out right to left for Arabic, Persian, Urdu, Hebrew;
 * glossary terms are highlighted and show their approved translation on hover.
 */
final class SourceCell extends TableCell<SegmentRow, SourceText> {
    static final String TERM_STYLE = "glossary-term";
    private static final double PADDING = 12;
    private static final Duration TOOLTIP_DELAY = Duration.millis(250);
    private final BooleanSupplier rightToLeft;
    private final FindHighlight highlight;
    private final TextFlow flow = new TextFlow();

    SourceCell(BooleanSupplier rightToLeft, FindHighlight highlight) {
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
            BooleanSupplier rtl, FindHighlight highlight) {
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
        setNodeOrientation(rightToLeft.getAsBoolean() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /** Plain text between the terms (Find's hits marked), a highlighted span with a tooltip for each term. */
    private List<Text> spans(SourceText source) {
        List<Text> spans = new java.util.ArrayList<>();
        int at = 0;
        for (GlossaryHit hit : source.hits().stream().sorted(Comparator.comparingInt(GlossaryHit::start)).toList()) {
            if (hit.start() < at || hit.end() > source.text().length()) {
                continue; // overlaps a term already shown, or belongs to another text
            }
            if (hit.start() > at) {
                spans.addAll(highlight.texts(source.text().substring(at, hit.start())));
            }
            Text term = text(source.text().substring(hit.start(), hit.end()));
            term.getStyleClass().add(TERM_STYLE);
            Tooltip tooltip = new Tooltip(Messages.get("grid.termTooltip", hit.matchedText(), hit.term().target()));
            tooltip.setShowDelay(TOOLTIP_DELAY);
            Tooltip.install(term, tooltip);
            spans.add(term);
            at = hit.end();
        }
        if (at < source.text().length() || spans.isEmpty()) {
            spans.addAll(highlight.texts(source.text().substring(at)));
        }
        return spans;
    }

    private static Text text(String content) {
        return FindHighlight.text(content);
    }
}
