package org.rendition.ui;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.rendition.engine.confidence.HallucinationSign;
import org.rendition.engine.confidence.TranslationConfidence;

/**
 * The grid's confidence column: how sure the model is of each target, in percent, low values and
 * likely hallucinations marked; sorting by it brings the targets to check first together.
 */
final class ConfidenceColumn {
    static final PseudoClass LOW = PseudoClass.getPseudoClass("low-confidence");
    /** Unscored rows sort after every scored one, whichever way the column is sorted. */
    private static final double UNSCORED = 2;

    private ConfidenceColumn() {
    }

    static TableColumn<SegmentRow, Optional<TranslationConfidence>> create() {
        TableColumn<SegmentRow, Optional<TranslationConfidence>> column =
                new TableColumn<>(Messages.get("grid.confidence"));
        column.setId("confidenceColumn");
        column.setCellValueFactory(c -> c.getValue().confidenceProperty());
        column.setComparator(Comparator.comparingDouble(c -> c.map(TranslationConfidence::confidence)
                .orElse(UNSCORED)));
        column.setCellFactory(c -> new ConfidenceCell());
        column.setEditable(false);
        column.setPrefWidth(70);
        column.setMaxWidth(90);
        return column;
    }

    /** "62%", with a warning sign and its reasons when the output looks hallucinated. */
    private static final class ConfidenceCell extends TableCell<SegmentRow, Optional<TranslationConfidence>> {
        @Override
        protected void updateItem(Optional<TranslationConfidence> item, boolean empty) {
            super.updateItem(item, empty);
            Optional<TranslationConfidence> scored = empty || item == null ? Optional.empty() : item;
            setText(scored.map(c -> c.percent() + "%" + (c.signs().isEmpty() ? "" : " \u26a0")).orElse(null));
            pseudoClassStateChanged(LOW, scored.map(TranslationConfidence::isLow).orElse(false));
            setTooltip(scored.map(c -> new Tooltip(c.signs().isEmpty()
                    ? Messages.get("grid.confidence.tooltip", c.percent(), c.lowWords().size())
                    : Messages.get("grid.confidence.hallucination", c.percent(), c.signs().stream().sorted()
                            .map(HallucinationSign::description).collect(Collectors.joining(", "))))).orElse(null));
        }
    }
}
