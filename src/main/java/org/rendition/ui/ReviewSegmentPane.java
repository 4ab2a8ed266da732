package org.rendition.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rendition.workflow.ReadableTime;
import org.rendition.workflow.review.ReviewSegment;

/**
 * The selected segment of the review grid, whole: the grid keeps one line per segment so a
 * supervisor sees many at once, and this pane "expands" the one in hand with its source, machine
 * output, final text, both diffs, its comments, a field for a new comment and the final text to
 * change.
 */
final class ReviewSegmentPane {
    private final ReviewViewModel viewModel;
    private final VBox root = new VBox(4);
    private final Label header = new Label(Messages.get("review.segmentPick"));
    private final TextFlow source = wrapped("reviewSegmentSource");
    private final TextFlow machine = wrapped("reviewSegmentMachine");
    private final TextFlow diff = wrapped("reviewSegmentDiff");
    private final TextFlow sinceReturn = wrapped("reviewSegmentSinceReturn");
    private final TextArea finalText = new TextArea();
    private final ListView<String> notes = new ListView<>();

    ReviewSegmentPane(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("reviewSegmentPane");
        root.setPadding(new Insets(4));
        header.setId("reviewSegmentHeader");
        header.getStyleClass().add("key-help");
        finalText.setId("reviewSegmentFinal");
        finalText.setWrapText(true);
        finalText.setPrefRowCount(2);
        notes.setId("reviewSegmentNotes");
        notes.setPrefHeight(60);
        TextArea comment = new TextArea();
        comment.setId("reviewSegmentComment");
        comment.setPromptText(Messages.get("review.segmentComment"));
        comment.setPrefRowCount(1);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(viewModel.segmentCommentProperty());
        Button add = ReviewView.button("reviewAddComment", "review.addComment", viewModel::commentOnSegment);
        Button save = ReviewView.button("reviewSaveEdit", "review.saveEdit", () -> viewModel.editSegment(finalText.getText()));
        HBox.setHgrow(comment, Priority.ALWAYS);
        HBox commentRow = new HBox(6, comment, add);
        GridPane fields = new GridPane();
        fields.setHgap(6);
        fields.setVgap(2);
        fields.addRow(0, caption("review.sourceColumn"), source);
        fields.addRow(1, caption("review.machine"), machine);
        fields.addRow(2, caption("review.diff"), diff);
        fields.addRow(3, caption("review.sinceReturn"), sinceReturn);
        fields.addRow(4, caption("review.final"), new HBox(6, finalText, save));
        HBox.setHgrow(finalText, Priority.ALWAYS);
        root.getChildren().addAll(header, fields, notes, commentRow);
        for (Node control : new Node[] {add, save, comment, finalText}) {
            control.disableProperty().bind(viewModel.selectedSegmentProperty().isNull().or(viewModel.busyProperty()));
        }
        viewModel.selectedSegmentProperty().addListener((o, was, now) -> show(now));
    }

    Node root() {
        return root;
    }

    private void show(ReviewSegment segment) {
        if (segment == null) {
            header.setText(Messages.get("review.segmentPick"));
            for (TextFlow flow : new TextFlow[] {source, machine, diff, sinceReturn}) {
                flow.getChildren().clear();
            }
            finalText.clear();
            notes.getItems().clear();
            return;
        }
        header.setText(Messages.get("review.segmentHeader", segment.number(),
                segment.changedSinceReturn() ? Messages.get("review.segmentChanged") : ""));
        source.getChildren().setAll(new Text(segment.source()));
        machine.getChildren().setAll(new Text(segment.machineOutput()));
        diff.getChildren().setAll(DiffText.texts(segment.diff()));
        sinceReturn.getChildren().setAll(segment.sinceReturn().map(r -> DiffText.texts(r.diff()))
                .orElse(java.util.List.of()));
        finalText.setText(segment.finalText());
        notes.getItems().setAll(segment.notes().stream().map(n -> Messages.get("review.noteLine", n.user(),
                ReadableTime.of(n.at()), n.text())).toList());
    }

    private static TextFlow wrapped(String id) {
        TextFlow flow = new TextFlow();
        flow.setId(id);
        flow.setPrefWidth(600);
        GridPane.setHgrow(flow, Priority.ALWAYS);
        return flow;
    }

    private static Label caption(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("key-help");
        return label;
    }
}
