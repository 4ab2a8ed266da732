package org.rendition.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.rendition.documents.SegmentStatus;

/** The segment grid: #, source, editable target, status; a thin rule where a paragraph starts. */
final class SegmentTable {
    static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_SOURCE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Ctrl+1 to Ctrl+3 insert the side pane's first three translation-memory matches. */
    static final int INSERTABLE_MATCHES = 3;
    private static final KeyCode[] MATCH_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
    private static final KeyCombination START_EDIT = new KeyCodeCombination(KeyCode.ENTER);
    private static final int TARGET_COLUMN = 2;
    private static final PseudoClass PARAGRAPH_START = PseudoClass.getPseudoClass("paragraph-start");
    private static final PseudoClass CONFIRMED = PseudoClass.getPseudoClass("confirmed");

    private SegmentTable() {
    }

    static TableView<SegmentRow> create(DocumentViewModel document, LanguageSettings languages) {
        TableView<SegmentRow> table = new TableView<>(document.rows());
        table.setId("segmentTable");
        table.setEditable(true);
        Label empty = new Label(Messages.get("grid.empty"));
        empty.setId("emptyState");
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<SegmentRow, Number> number = new TableColumn<>(Messages.get("grid.number"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setMaxWidth(60);
        number.setMinWidth(40);
        number.setEditable(false);

        TableColumn<SegmentRow, SourceText> source = new TableColumn<>(Messages.get("grid.source"));
        source.setId("sourceColumn");
        source.setCellValueFactory(c -> c.getValue().sourceTextProperty());
        source.setCellFactory(SourceCell.factory(languages::sourceIsRightToLeft));
        source.setEditable(false);
        source.setPrefWidth(440);

        TableColumn<SegmentRow, String> target = new TableColumn<>(Messages.get("grid.target"));
        target.setId("targetColumn");
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(c -> new TargetCell(row -> confirmAndAdvance(table, document, row)));
        target.setOnEditCommit(e -> document.editTarget(e.getRowValue(), e.getNewValue()));
        target.setPrefWidth(440);

        TableColumn<SegmentRow, String> status = new TableColumn<>(Messages.get("grid.status"));
        status.setCellValueFactory(c -> c.getValue().statusLabel());
        status.setEditable(false);
        status.setPrefWidth(110);
        status.setMaxWidth(140);

        table.getColumns().setAll(java.util.List.of(number, source, target, status));
        table.setRowFactory(t -> new SegmentTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> document.select(now));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(table, document, e));
        // Orientation depends on the source language, which a new document or the From box may change.
        // Rebuilding every cell costs the window a frame or two, so only when the language changes:
        // a new document's rows already lay themselves out fresh.
        languages.sourceProperty().addListener((o, was, now) -> table.refresh());
        return table;
    }

    @SuppressWarnings("unchecked")
    private static void onKey(TableView<SegmentRow> table, DocumentViewModel document, KeyEvent event) {
        SegmentRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || table.getEditingCell() != null) {
            return;
        }
        if (START_EDIT.match(event) || event.getCode() == KeyCode.F2) {
            table.edit(table.getSelectionModel().getSelectedIndex(),
                    (TableColumn<SegmentRow, ?>) table.getColumns().get(TARGET_COLUMN));
            event.consume();
        } else if (CONFIRM.match(event)) {
            confirmAndAdvance(table, document, row);
            event.consume();
        } else if (COPY_SOURCE.match(event)) {
            document.copySourceToTarget(row);
            event.consume();
        } else if (event.isShortcutDown() && !event.isShiftDown() && !event.isAltDown()) {
            for (int i = 0; i < INSERTABLE_MATCHES; i++) {
                if (event.getCode() == MATCH_KEYS[i]) {
                    document.insertMatch(row, i + 1);
                    event.consume();
                }
            }
        }
    }

    private static void confirmAndAdvance(TableView<SegmentRow> table, DocumentViewModel document, SegmentRow row) {
        document.confirm(row);
        int next = Math.min(row.index() + 1, table.getItems().size() - 1);
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
        table.requestFocus();
    }

    /** Marks rows that open a paragraph and rows already confirmed, for the style sheet. */
    private static final class SegmentTableRow extends TableRow<SegmentRow> {
        private final javafx.beans.value.ChangeListener<SegmentStatus> statusListener =
                (o, was, now) -> pseudoClassStateChanged(CONFIRMED, now == SegmentStatus.CONFIRMED);
        private SegmentRow watched;

        @Override
        protected void updateItem(SegmentRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.statusProperty().removeListener(statusListener);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.statusProperty().addListener(statusListener);
            }
            pseudoClassStateChanged(PARAGRAPH_START, watched != null && watched.startsParagraph());
            pseudoClassStateChanged(CONFIRMED, watched != null && watched.status() == SegmentStatus.CONFIRMED);
        }
    }
}
