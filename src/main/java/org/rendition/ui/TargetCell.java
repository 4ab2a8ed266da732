package org.rendition.ui;

import java.util.function.Consumer;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/**
 * The editable target: Enter keeps the edit, Ctrl+Enter keeps it and confirms the segment,
 * Escape drops it.
 */
final class TargetCell extends TableCell<SegmentRow, String> {
    private final Consumer<SegmentRow> confirmAndAdvance;
    private final Text text = new Text();
    private TextField editor;

    TargetCell(Consumer<SegmentRow> confirmAndAdvance) {
        this.confirmAndAdvance = confirmAndAdvance;
        text.getStyleClass().add("segment-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
    }

    @Override
    public void startEdit() {
        if (isEmpty()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(getItem());
        editor.setOnKeyPressed(this::onEditorKey);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void onEditorKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            SegmentRow row = getTableRow().getItem();
            commitEdit(editor.getText());
            if (event.isShortcutDown() && row != null) {
                confirmAndAdvance.accept(row);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
            event.consume();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showText();
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        showText();
        getTableView().requestFocus();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (!isEditing()) {
            showText();
        }
    }

    private void showText() {
        editor = null;
        text.setText(isEmpty() || getItem() == null ? "" : getItem());
        setGraphic(isEmpty() ? null : text);
    }
}
