package org.rendition.ui;

import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The concordance window (Ctrl+K): a phrase, and each sentence of the memory and the document that
 * holds it with its translation; double-click or Enter on a document hit goes to its row.
 */
final class ConcordanceView {
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final double PADDING = 28;

    private final Stage stage = new Stage();

    ConcordanceView(Window owner, ConcordanceViewModel viewModel, IntConsumer goToRow) {
        TextField phrase = new TextField();
        phrase.setId("concordanceField");
        phrase.setPromptText(Messages.get("concordance.prompt"));
        phrase.textProperty().bindBidirectional(viewModel.queryProperty());
        phrase.setOnAction(e -> viewModel.search());
        Button search = new Button(Messages.get("concordance.search"));
        search.setId("concordanceSearch");
        search.setOnAction(e -> viewModel.search());
        HBox.setHgrow(phrase, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("concordanceSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<ConcordanceViewModel.Hit> hits = new ListView<>(viewModel.hits());
        hits.setId("concordanceHits");
        hits.setPlaceholder(new Label(Messages.get("concordance.empty")));
        hits.setCellFactory(list -> new HitCell(list));
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                go(hits, goToRow);
            }
        });
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go(hits, goToRow);
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        VBox root = new VBox(8, new HBox(6, phrase, search), summary, hits);
        root.setPadding(new Insets(8));
        root.getStylesheets().add(MainView.class.getResource("workstation.css").toExternalForm());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setTitle(Messages.get("concordance.title"));
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 720, 480));
        stage.setOnShown(e -> {
            phrase.requestFocus();
            phrase.selectAll();
        });
    }

    /** Shows the window, searching at once when a phrase is given (the selected text). */
    void show(String phrase, ConcordanceViewModel viewModel) {
        if (phrase != null && !phrase.isBlank()) {
            viewModel.queryProperty().set(phrase.strip());
            viewModel.search();
        }
        stage.show();
        stage.toFront();
    }

    private static void go(ListView<ConcordanceViewModel.Hit> hits, IntConsumer goToRow) {
        ConcordanceViewModel.Hit hit = hits.getSelectionModel().getSelectedItem();
        if (hit != null && hit.row() >= 0) {
            goToRow.accept(hit.row());
        }
    }

    /** Source, translation and origin, wrapped to the list's width. */
    private static final class HitCell extends ListCell<ConcordanceViewModel.Hit> {
        private final TextFlow flow = new TextFlow();

        HitCell(ListView<ConcordanceViewModel.Hit> list) {
            flow.prefWidthProperty().bind(list.widthProperty().subtract(PADDING));
            flow.maxWidthProperty().bind(list.widthProperty().subtract(PADDING));
        }

        @Override
        protected void updateItem(ConcordanceViewModel.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Text origin = new Text(hit.origin() + "\n");
            origin.getStyleClass().add("concordance-origin");
            Text target = new Text("\n\u2192 " + hit.target());
            flow.getChildren().setAll(origin, new Text(hit.source()), target);
            setGraphic(flow);
        }
    }
}
