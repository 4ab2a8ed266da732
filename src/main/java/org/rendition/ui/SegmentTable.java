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

/**
 * The segment grid: #, source, editable target, the model's confidence, status, and for scans
 * OCR's confidence; a thin rule where a paragraph starts.
 */
final class SegmentTable {
    static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_SOURCE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination BACK_TO_MACHINE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Ctrl+1 to Ctrl+3 insert the side pane's first three translation-memory matches. */
    static final int INSERTABLE_MATCHES = 3;
    private static final KeyCode[] MATCH_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
    private static final KeyCombination START_EDIT = new KeyCodeCombination(KeyCode.ENTER);
    private static final int TARGET_COLUMN = 3;
    private static final PseudoClass PARAGRAPH_START = PseudoClass.getPseudoClass("paragraph-start");
    private static final PseudoClass CONFIRMED = PseudoClass.getPseudoClass("confirmed");
    private static final PseudoClass LOW_OCR = PseudoClass.getPseudoClass("low-ocr");

    private SegmentTable() {
    }

    static TableView<SegmentRow> create(DocumentViewModel document, LanguageSettings languages,
            javafx.collections.ObservableList<SegmentRow> shownRows, FindHighlight highlight) {
        // Sorted through a view, so sorting the grid (by confidence, say) leaves the document's order alone;
        // the rows it sorts are those the filter lets through.
        javafx.collections.transformation.SortedList<SegmentRow> sorted =
                new javafx.collections.transformation.SortedList<>(shownRows);
        TableView<SegmentRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
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
        source.setCellFactory(SourceCell.factory(languages::isRightToLeft, highlight));
        source.setEditable(false);
        source.setPrefWidth(440);

        TableColumn<SegmentRow, String> target = new TableColumn<>(Messages.get("grid.target"));
        target.setId("targetColumn");
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(c -> new TargetCell(row -> confirmAndAdvance(table, document, row), highlight)
                .onWordClicked(document.quality()::showOrigin).withTags(document::tagsToEdit, document::editTarget));
        target.setOnEditCommit(e -> document.editTarget(e.getRowValue(), e.getNewValue()));
        target.setPrefWidth(440);

        TableColumn<SegmentRow, String> status = new TableColumn<>(Messages.get("grid.status"));
        status.setCellValueFactory(c -> c.getValue().statusLabel());
        status.setEditable(false);
        status.setPrefWidth(110);
        status.setMaxWidth(140);

        // Scans get a column with OCR's confidence, low values marked, sortable to bring them together.
        TableColumn<SegmentRow, String> ocr = new TableColumn<>(Messages.get("grid.ocr"));
        ocr.setId("ocrColumn");
        ocr.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ocrLabel()));
        ocr.setComparator(java.util.Comparator.comparingInt(SegmentTable::percent));
        ocr.setCellFactory(c -> new OcrCell());
        ocr.setEditable(false);
        ocr.setPrefWidth(60);
        ocr.setMaxWidth(80);
        ocr.visibleProperty().bind(document.scanProperty());

        // A document in several languages marks the segments not in its own, by their ISO code.
        TableColumn<SegmentRow, String> language = new TableColumn<>(Messages.get("grid.language"));
        language.setId("languageColumn");
        language.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().languageLabel()));
        language.setCellFactory(c -> new LanguageCell());
        language.setEditable(false);
        language.setPrefWidth(48);
        language.setMaxWidth(60);
        language.visibleProperty().bind(document.mixedLanguagesProperty());

        // Status stays last: the resize policy flexes the last column, which must be a visible one.
        table.getColumns().setAll(java.util.List.of(number, language, source, target, ocr, ConfidenceColumn.create(),
                status));
        table.setRowFactory(t -> new SegmentTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> document.select(now));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(table, document, e));
        // Orientation depends on the source language, which a new document or the From box may change.
        // Rebuilding every cell costs the window a frame or two, so only when the language changes:
        // a new document's rows already lay themselves out fresh.
        languages.sourceProperty().addListener((o, was, now) -> table.refresh());
        highlight.patternProperty().addListener((o, was, now) -> table.refresh());
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
        } else if (UNDO.match(event)) {
            document.undo(row);
            event.consume();
        } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
            document.redo(row);
            event.consume();
        } else if (BACK_TO_MACHINE.match(event)) {
            document.backToMachineOutput(row);
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

    /**
     * Confirms the row, moves to the next one and opens its target for typing, as translators
     * expect from Ctrl+Enter. The next row is taken before confirming: under a filter such as
     * "unconfirmed" the confirmed row may leave the list.
     */
    @SuppressWarnings("unchecked")
    private static void confirmAndAdvance(TableView<SegmentRow> table, DocumentViewModel document, SegmentRow row) {
        int at = table.getItems().indexOf(row);
        SegmentRow nextRow = at >= 0 && at + 1 < table.getItems().size() ? table.getItems().get(at + 1) : null;
        document.confirm(row);
        int next = nextRow != null ? table.getItems().indexOf(nextRow) : table.getItems().indexOf(row);
        if (next < 0) {
            return;
        }
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
        table.requestFocus();
        if (nextRow != null) {
            // After the scroll has laid the row out, or the cell to edit may not exist yet.
            javafx.application.Platform.runLater(() -> {
                int now = table.getItems().indexOf(nextRow);
                if (now >= 0 && table.getEditingCell() == null) {
                    table.layout();
                    table.edit(now, (TableColumn<SegmentRow, ?>) table.getColumns().get(TARGET_COLUMN));
                }
            });
        }
    }

    private static int percent(String label) {
        return label.isEmpty() ? 101 : Integer.parseInt(label.substring(0, label.length() - 1));
    }

    /** OCR's confidence, marked for the style sheet where a person should compare the text with the page. */
    private static final class OcrCell extends javafx.scene.control.TableCell<SegmentRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            SegmentRow row = empty ? null : getTableRow().getItem();
            setText(empty || item == null ? null : item);
            pseudoClassStateChanged(LOW_OCR, row != null && row.ocrNeedsChecking());
            setTooltip(row == null || row.ocr().isEmpty() ? null : new javafx.scene.control.Tooltip(
                    Messages.get("grid.ocr.tooltip", row.ocr().get().page(), item)));
        }
    }

    /** The language mark, with the language's name on hover. */
    private static final class LanguageCell extends javafx.scene.control.TableCell<SegmentRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            SegmentRow row = empty ? null : getTableRow().getItem();
            setText(empty || item == null ? null : item);
            setTooltip(row == null || !row.inOtherLanguage() || row.language().isEmpty() ? null
                    : new javafx.scene.control.Tooltip(Messages.get("grid.language.tooltip",
                            row.language().get().displayName())));
        }
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
