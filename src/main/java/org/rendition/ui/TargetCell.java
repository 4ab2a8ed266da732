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
import java.util.List;
import org.rendition.documents.InlineTag;
import org.rendition.engine.confidence.ScoredWord;

/**
 * The editable target: Enter keeps the edit, Ctrl+Enter keeps it and confirms the segment,
 * Escape drops it. While editing, the cell and its row are marked for the style sheet (a strong
 * frame and tint), so the analyst always sees where her typing goes. Find's hits are marked; else
 * a scored target shows its unsure words underlined; else the plain text. Tags placed in the
 * target are drawn as numbered marks; while editing they are characters of the field
 * ({@link TaggedEditorText}) that typing cannot split, and F9 (memoQ) or Ctrl+T (OmegaT) inserts
 * the source's next missing tag, around the selection for a paired one.
 */
final class TargetCell extends TableCell<SegmentRow, String> {
    static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing-target");
    private static final double PADDING = 12;
    /** OmegaT's key for the next missing tag, beside memoQ's F9. */
    private static final javafx.scene.input.KeyCombination NEXT_TAG_OMEGAT =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+T");
    private final Consumer<SegmentRow> confirmAndAdvance;
    private final FindHighlight highlight;
    /**
     * The text when neither Find nor the model's scores mark anything: one wrapped text node reused,
     * so rows filling in during a translation cost the window no new nodes and no flow layout.
     */
    private final Text plain = FindHighlight.text("");
    private TextField editor;
    private BiConsumer<SegmentRow, ScoredWord> wordClicked = (row, word) -> { };
    private java.util.function.Function<SegmentRow, List<InlineTag>> tagsToEdit = row -> List.of();
    private TagEdit tagEdited = (row, text, tags) -> { };
    /** The field's text when editing began: leaving it unchanged changes nothing. */
    private String editedFrom = "";
    /** Set while F9 puts tag characters into the field, which the filter keeps out of typing and pasting. */
    private boolean insertingTag;

    /** Hears the analyst's target with the tags she kept in it. */
    @FunctionalInterface
    interface TagEdit {
        void edited(SegmentRow row, String target, List<InlineTag> tags);
    }
    /** Tags moved in a target whose text stayed the same: the cell redraws itself, unless the analyst is typing. */
    private final javafx.beans.value.ChangeListener<Object> tagsMoved = (o, was, now) -> {
        if (!isEditing()) {
            showText();
        }
    };
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

    /**
     * Edits the tags of rows whose source has them: {@code toEdit} gives the tags to show in a
     * target when editing begins, {@code edited} hears the target and tags kept.
     */
    TargetCell withTags(java.util.function.Function<SegmentRow, List<InlineTag>> toEdit, TagEdit edited) {
        this.tagsToEdit = toEdit;
        this.tagEdited = edited;
        return this;
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
        SegmentRow row = getTableRow() == null ? null : getTableRow().getItem();
        editedFrom = row != null && TaggedEditorText.canShow(row.sourceTags())
                ? TaggedEditorText.of(getItem(), row.sourceTags(), tagsToEdit.apply(row)) : getItem();
        editor = new TextField(editedFrom);
        editor.setId("targetEditor");
        editor.getStyleClass().add("target-editor");
        if (row != null && TaggedEditorText.canShow(row.sourceTags())) {
            editor.setTextFormatter(new javafx.scene.control.TextFormatter<String>(this::keepTagsWhole));
            editor.setAccessibleHelp(Messages.get("tag.editorHelp"));
        }
        editor.setOnKeyPressed(this::onEditorKey);
        setGraphic(editor);
        markEditing(true);
        editor.requestFocus();
        editor.selectAll();
    }

    /** Typing and pasting bring no tag characters in; only F9 does. */
    private javafx.scene.control.TextFormatter.Change keepTagsWhole(javafx.scene.control.TextFormatter.Change change) {
        if (!insertingTag && !change.getText().isEmpty()) {
            String typed = TaggedEditorText.withoutMarks(change.getText());
            if (!typed.equals(change.getText())) {
                change.setText(typed);
                int caret = change.getRangeStart() + typed.length();
                change.selectRange(caret, caret);
            }
        }
        return change;
    }

    private void onEditorKey(KeyEvent event) {
        SegmentRow row = getTableRow() == null ? null : getTableRow().getItem();
        boolean tagged = row != null && TaggedEditorText.canShow(row.sourceTags());
        if (event.getCode() == KeyCode.ENTER) {
            if (tagged) {
                keepTaggedEdit(row);
            } else {
                commitEdit(editor.getText());
            }
            if (event.isShortcutDown() && row != null) {
                confirmAndAdvance.accept(row);
            }
            event.consume();
        } else if (tagged && (event.getCode() == KeyCode.F9 || NEXT_TAG_OMEGAT.match(event))) {
            TaggedEditorText.insertNextMissing(editor.getText(), row.sourceTags(), editor.getSelection().getStart(),
                    editor.getSelection().getEnd()).ifPresent(inserted -> {
                        insertingTag = true;
                        try {
                            editor.setText(inserted.text());
                        } finally {
                            insertingTag = false;
                        }
                        editor.positionCaret(inserted.caret());
                    });
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
            event.consume();
        }
    }

    /** Hands the target and the tags kept in it to the view model, then leaves the field. */
    private void keepTaggedEdit(SegmentRow row) {
        String field = editor.getText();
        if (!field.equals(editedFrom)) {
            TaggedEditorText.Parsed parsed = TaggedEditorText.parse(field, row.sourceTags());
            tagEdited.edited(row, parsed.text(), parsed.tags());
        }
        super.cancelEdit();
        showText();
        getTableView().requestFocus();
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
                watched.targetTagsProperty().removeListener(tagsMoved);
            }
            watched = row;
            if (row != null) {
                row.confidenceProperty().addListener(scoreArrived);
                row.targetTagsProperty().addListener(tagsMoved);
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

    /**
     * Find's hits marked; else the target with its unsure words underlined once scored; else plain;
     * with the marks of the tags placed in it, if any (a row without tags keeps the one reused node).
     */
    private Node shown(String content) {
        SegmentRow row = getTableRow() == null ? null : getTableRow().getItem();
        List<TagMarks.Placed> marks = row == null || !row.target().equals(content) || row.targetTags().isEmpty()
                || row.targetTags().get().isEmpty() ? List.of()
                : TagMarks.marks(row.sourceTags(), row.targetTags().get(), content.length());
        if (highlight.marks(content)) {
            return flow(TagMarks.into(new TextFlow(highlight.texts(content).toArray(Node[]::new)), marks));
        }
        if (row != null && row.confidence().isPresent() && row.target().equals(content)) {
            return flow(TagMarks.into(ConfidenceText.of(content, row.confidence().get(),
                    word -> wordClicked.accept(row, word)), marks));
        }
        if (!marks.isEmpty()) {
            return flow(TagMarks.into(new TextFlow(FindHighlight.text(content)), marks));
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
