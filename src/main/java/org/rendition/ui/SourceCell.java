package org.rendition.ui;

import java.util.function.BooleanSupplier;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.util.Callback;

/** A wrapped, read-only source sentence, laid out right to left for Arabic, Persian, Urdu, Hebrew. */
final class SourceCell extends TableCell<SegmentRow, String> {
    private final BooleanSupplier rightToLeft;
    private final Text text = new Text();

    SourceCell(BooleanSupplier rightToLeft) {
        this.rightToLeft = rightToLeft;
        text.getStyleClass().add("segment-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        setGraphic(text);
    }

    static Callback<TableColumn<SegmentRow, String>, TableCell<SegmentRow, String>> factory(BooleanSupplier rtl) {
        return column -> new SourceCell(rtl);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setNodeOrientation(rightToLeft.getAsBoolean() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        setPrefHeight(USE_COMPUTED_SIZE);
    }
}
