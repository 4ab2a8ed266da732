package org.rendition.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rendition.engine.confidence.ScoredWord;

/**
 * The editable target: Enter keeps the edit, Ctrl+Enter keeps it and confirms the segment,
 * Escape drops it. While editing, the cell and its row are marked for the style sheet (a strong
 * frame and tint), so the analyst always sees where her typing goes. Find's hits are marked; else
 * a scored target shows its unsure words underlined; else the plain text.
 */
final class TargetCell extends TableCell<SegmentRow, String> {
    static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing-target");
    private static final double PADDING = 12;
    private final Consumer<SegmentRow> confirmAndAdvance;
    private final FindHighlight highlight;
    /**
     * The text when neither Find nor the model's scores mark anything: one wrapped text node reused,
     * so rows filling in during a translation cost the window no new nodes and no flow layout.
     */
    private final Text plain = FindHighlight.text("");
    private TextField editor;
    private BiConsumer<SegmentRow, ScoredWord> wordClicked = (row, word) -> { };
    /** A score arrives after its target: the cell redraws itself then, unless the analyst is typing. */
    private final javafx.beans.value.ChangeListener<Object> scoreArrived = (o, was, now) -> {
        if (!isEditing()) {
            showText();
        }
    };
    private SegmentRow watched;

    TargetCell(Consumer<SegmentRow> confirmAndAdvance, FindHighlight highlight) {
        this.confirmAndAdvance = confirmAndAdvance;
        this.highlight = highlight;
        plain.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
    }

    /** Who hears of a click on a word of a scored target (the source words it came from are shown). */
    TargetCell onWordClicked(BiConsumer<SegmentRow, ScoredWord> handler) {
        this.wordClicked = handler;
        return this;
    }

    /**
     * A flow's height must be asked at the cell's width: asked without one before the first layout,
     * it would make the row as tall as the table (as in SourceCell).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (!isEditing() && getGraphic() instanceof TextFlow flow) {
            double available = (width > 0 ? width : getWidth()) - PADDING;
            return snappedTopInset() + flow.prefHeight(available > 0 ? available : -1) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
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
        SegmentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row != watched) {
            if (watched != null) {
                watched.confidenceProperty().removeListener(scoreArrived);
            }
            watched = row;
            if (row != null) {
                row.confidenceProperty().addListener(scoreArrived);
            }
        }
        if (!isEditing()) {
            showText();
        }
    }

    private void showText() {
        editor = null;
        markEditing(false);
        setGraphic(isEmpty() ? null : shown(isEmpty() || getItem() == null ? "" : getItem()));
    }

    /** Find's hits marked; else the target with its unsure words underlined once scored; else plain. */
    private Node shown(String content) {
        if (highlight.marks(content)) {
            return flow(new TextFlow(highlight.texts(content).toArray(Node[]::new)));
        }
        SegmentRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && row.confidence().isPresent() && row.target().equals(content)) {
            return flow(ConfidenceText.of(content, row.confidence().get(), word -> wordClicked.accept(row, word)));
        }
        plain.setText(content);
        return plain;
    }

    private TextFlow flow(TextFlow flow) {
        // Until the cell has a width, the flow sizes itself: a width of zero would wrap every letter.
        flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() > PADDING ? getWidth() - PADDING : USE_COMPUTED_SIZE, widthProperty()));
        flow.setMaxHeight(USE_PREF_SIZE);
        return flow;
    }

    private void markEditing(boolean editing) {
        pseudoClassStateChanged(EDITING, editing);
        if (getTableRow() != null) {
            getTableRow().pseudoClassStateChanged(EDITING, editing);
        }
    }
}
