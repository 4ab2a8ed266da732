package org.rendition.ui;

import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The bar above the grid for Find (Ctrl+F) and Replace (Ctrl+H); Escape closes it. */
final class FindBar {
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final FindReplaceViewModel viewModel;
    private final TableView<SegmentRow> table;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final VBox root;

    FindBar(FindReplaceViewModel viewModel, TableView<SegmentRow> table) {
        this.viewModel = viewModel;
        this.table = table;
        find.setId("findField");
        find.textProperty().bindBidirectional(viewModel.queryProperty());
        find.setOnAction(e -> findNext());
        ComboBox<SearchScope> scope = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                SearchScope.values()));
        scope.setId("findScope");
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        scope.setConverter(MainView.converter(SearchScope::label));
        javafx.scene.control.CheckBox matchCase = new javafx.scene.control.CheckBox(Messages.get("find.matchCase"));
        matchCase.setId("findMatchCase");
        matchCase.selectedProperty().bindBidirectional(viewModel.matchCaseProperty());
        javafx.scene.control.CheckBox regex = new javafx.scene.control.CheckBox(Messages.get("find.regex"));
        regex.setId("findRegex");
        regex.selectedProperty().bindBidirectional(viewModel.regularExpressionProperty());
        Label count = new Label();
        count.setId("findCount");
        count.textProperty().bind(viewModel.countProperty());
        Button next = button("findNextButton", "find.next", this::findNext);
        Button close = button("findCloseButton", "find.close", this::close);
        HBox findRow = row(new Label(Messages.get("find.label")), find, scope, matchCase, regex, next, count, close);

        replace.setId("replaceField");
        replace.textProperty().bindBidirectional(viewModel.replacementProperty());
        Button one = button("replaceButton", "find.replace",
                () -> viewModel.replaceIn(table.getSelectionModel().getSelectedItem(), this::findNext));
        Button all = button("replaceAllButton", "find.replaceAll", () -> viewModel.replaceAll(() -> { }));
        HBox replaceRow = row(new Label(Messages.get("find.replaceLabel")), replace, one, all);
        replaceRow.visibleProperty().bind(viewModel.replacingProperty());
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());

        root = new VBox(4, findRow, replaceRow);
        root.setId("findBar");
        root.setPadding(new Insets(4, 6, 4, 6));
        root.visibleProperty().bind(viewModel.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    Node root() {
        return root;
    }

    void showFind() {
        viewModel.showFind();
        focus(find);
    }

    void showReplace() {
        viewModel.showReplace();
        focus(find.getText().isEmpty() ? find : replace);
    }

    private static void focus(TextField field) {
        field.requestFocus();
        field.selectAll();
    }

    private void findNext() {
        OptionalInt next = viewModel.findNext(table.getItems(), table.getSelectionModel().getSelectedIndex());
        next.ifPresent(index -> {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            table.scrollTo(Math.max(0, index - 3));
        });
    }

    private void close() {
        viewModel.shownProperty().set(false);
        table.requestFocus();
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(6, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
