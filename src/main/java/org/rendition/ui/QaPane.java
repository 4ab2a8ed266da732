package org.rendition.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;

/**
 * The side pane's QA section: a switch per check, a button that runs them, and the issues found;
 * choosing an issue brings its segment into view in the grid.
 */
final class QaPane {
    static final ButtonType EXPORT_ANYWAY = new ButtonType(Messages.get("qa.exportAnyway"), ButtonBar.ButtonData.OK_DONE);

    private QaPane() {
    }

    static VBox create(QualityViewModel quality, TableView<SegmentRow> table) {
        Label title = new Label(Messages.get("qa.title"));
        title.getStyleClass().add("side-pane-title");
        FlowPane switches = new FlowPane(8, 4);
        for (QaCheck check : QaCheck.values()) {
            CheckBox box = new CheckBox(check.title());
            box.setId("qaCheck-" + check.key());
            box.selectedProperty().bindBidirectional(quality.enabledProperty(check));
            switches.getChildren().add(box);
        }
        Button run = new Button(Messages.get("qa.run"));
        run.setId("qaButton");
        run.setOnAction(e -> quality.runQa());
        ListView<QaIssue> list = new ListView<>(quality.issues());
        list.setId("qaList");
        list.setPlaceholder(new Label(Messages.get("qa.empty")));
        list.setCellFactory(l -> new IssueCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, issue) -> {
            if (issue != null) {
                jumpTo(table, quality.rowOf(issue));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(6, title, switches, run, list);
        pane.setPadding(new Insets(6, 0, 0, 0));
        return pane;
    }

    /** Selects the issue's row in the grid, wherever sorting has put it, and scrolls it into view. */
    private static void jumpTo(TableView<SegmentRow> table, SegmentRow row) {
        int at = table.getItems().indexOf(row);
        if (at >= 0) {
            table.getSelectionModel().clearAndSelect(at);
            table.scrollTo(Math.max(0, at - 3));
            table.requestFocus();
        }
    }

    /**
     * Asks whether to export although QA found {@code issues}; true to go on. Counted by check, so
     * the analyst sees at once whether it is a wrong number or only unconfirmed segments.
     */
    static boolean exportAnyway(Window owner, List<QaIssue> issues) {
        StringBuilder counts = new StringBuilder();
        for (QaCheck check : QaCheck.values()) {
            long found = issues.stream().filter(i -> i.check() == check).count();
            if (found > 0) {
                counts.append("\n").append(Messages.get("qa.count", check.title(), found));
            }
        }
        Alert ask = new Alert(Alert.AlertType.WARNING, Messages.get("qa.beforeExport", issues.size()) + counts,
                EXPORT_ANYWAY, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setHeaderText(Messages.get("qa.beforeExport.header"));
        return ask.showAndWait().filter(EXPORT_ANYWAY::equals).isPresent();
    }

    /** "#3  Number mismatch: …" */
    private static final class IssueCell extends ListCell<QaIssue> {
        @Override
        protected void updateItem(QaIssue issue, boolean empty) {
            super.updateItem(issue, empty);
            setText(empty || issue == null ? null : Messages.get("qa.issue", issue.segment() + 1, issue.message()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
