package org.rendition.ui;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.TextFlow;

/**
 * The editable target: Enter keeps the edit, Ctrl+Enter keeps it and confirms the segment,
 * Escape drops it. While editing, the cell and its row are marked for the style sheet (a strong
 * frame and tint), so the analyst always sees where her typing goes; Find's hits are marked.
 */
final class TargetCell extends TableCell<SegmentRow, String> {
    static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing-target");
    private static final double PADDING = 12;
    private final Consumer<SegmentRow> confirmAndAdvance;
    private final FindHighlight highlight;
    /** Shown when Find marks hits in the text. */
    private final TextFlow flow = new TextFlow();
    /**
     * Shown otherwise, as before Find marked anything: one wrapped text node reused, so rows filling
     * in during a translation cost the window no new nodes and no flow layout.
     */
    private final javafx.scene.text.Text plain = FindHighlight.text("");
    private TextField editor;

    TargetCell(Consumer<SegmentRow> confirmAndAdvance, FindHighlight highlight) {
        this.confirmAndAdvance = confirmAndAdvance;
        this.highlight = highlight;
        // As in SourceCell: until the cell has a width, the flow sizes itself.
        flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() > PADDING ? getWidth() - PADDING : USE_COMPUTED_SIZE, widthProperty()));
        flow.setMaxHeight(USE_PREF_SIZE);
        plain.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
    }

    @Override
    protected double computePrefHeight(double width) {
        if (isEditing() || getGraphic() != flow) {
            return super.computePrefHeight(width);
        }
        double available = (width > 0 ? width : getWidth()) - PADDING;
        return snappedTopInset() + flow.prefHeight(available > 0 ? available : -1) + snappedBottomInset();
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
        editor.setId("targetEditor");
        editor.getStyleClass().add("target-editor");
        editor.setOnKeyPressed(this::onEditorKey);
        setGraphic(editor);
        markEditing(true);
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
        markEditing(false);
        String content = isEmpty() || getItem() == null ? "" : getItem();
        if (highlight.marks(content)) {
            flow.getChildren().setAll(highlight.texts(content));
            setGraphic(isEmpty() ? null : flow);
        } else {
            plain.setText(content);
            setGraphic(isEmpty() ? null : plain);
        }
    }

    private void markEditing(boolean editing) {
        pseudoClassStateChanged(EDITING, editing);
        if (getTableRow() != null) {
            getTableRow().pseudoClassStateChanged(EDITING, editing);
        }
    }
}
