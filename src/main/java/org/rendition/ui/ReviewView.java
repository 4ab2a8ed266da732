package org.rendition.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.rendition.workflow.ReadableTime;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;

/**
 * The review window: filters on top, the documents they select on the left, the chosen
 * document's segments (machine output, final text, word diff, edit ratio) on the right, with
 * approve / return for supervisors and the history check and audit report for everyone allowed.
 */
public final class ReviewView {
    private final ReviewViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("reviewView");
        root.getStylesheets().add(ReviewView.class.getResource("workstation.css").toExternalForm());
        Label actingAs = new Label(viewModel.actingAs());
        actingAs.setId("reviewActingAs");
        actingAs.setWrapText(true);
        actingAs.getStyleClass().add("key-help");
        VBox top = new VBox(4, actingAs, filters());
        top.setPadding(new Insets(4, 8, 0, 8));
        root.setTop(top);
        SplitPane split = new SplitPane(documentTable(), detail());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);
        root.setCenter(split);
        Label message = new Label();
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        BorderPane.setMargin(message, new Insets(4, 8, 4, 8));
        root.setBottom(message);
    }

    public Parent root() {
        return root;
    }

    private FlowPane filters() {
        TextField analyst = field("reviewAnalyst", 90);
        analyst.textProperty().bindBidirectional(viewModel.analystProperty());
        DatePicker from = new DatePicker();
        from.setId("reviewFrom");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reviewTo");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        TextField source = field("reviewSource", 40);
        source.textProperty().bindBidirectional(viewModel.sourceLanguageProperty());
        TextField target = field("reviewTarget", 40);
        target.textProperty().bindBidirectional(viewModel.targetLanguageProperty());
        TextField model = field("reviewModel", 110);
        model.textProperty().bindBidirectional(viewModel.modelProperty());
        ComboBox<ReviewStatus> status = new ComboBox<>();
        status.setId("reviewStatus");
        status.getItems().add(null);
        status.getItems().addAll(ReviewStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        ComboBox<String> marking = new ComboBox<>();
        marking.setId("reviewClassification");
        marking.getItems().add("");
        marking.getItems().addAll(viewModel.classifications());
        marking.valueProperty().bindBidirectional(viewModel.classificationProperty());
        TextField text = field("reviewText", 140);
        text.textProperty().bindBidirectional(viewModel.textProperty());
        text.setOnAction(e -> viewModel.search());
        Button search = button("reviewSearch", "review.search", viewModel::search);
        FlowPane bar = new FlowPane(6, 4, labelled("review.analyst", analyst), labelled("review.from", from),
                labelled("review.to", to), labelled("review.source", source), labelled("review.target", target),
                labelled("review.model", model), labelled("review.status", status),
                labelled("review.classification", marking), labelled("review.text", text), search);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private TableView<ReviewSummary> documentTable() {
        TableView<ReviewSummary> table = new TableView<>(viewModel.documents());
        table.setId("reviewDocuments");
        table.getColumns().add(column("review.document", ReviewSummary::document));
        table.getColumns().add(column("review.analyst", ReviewSummary::analyst));
        table.getColumns().add(column("review.started", s -> ReadableTime.of(s.started())));
        table.getColumns().add(column("review.languages", ReviewSummary::languagePair));
        table.getColumns().add(column("review.classification", ReviewSummary::classification));
        table.getColumns().add(column("review.status", s -> s.status().label()));
        table.getColumns().add(column("review.editRatio", s -> percent(s.editRatio())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, chosen) -> viewModel.open(chosen));
        return table;
    }

    private BorderPane detail() {
        Label header = new Label(Messages.get("review.pick"));
        header.setId("reviewHeader");
        header.setWrapText(true);
        TableView<ReviewSegment> segments = new TableView<>(viewModel.segments());
        segments.setId("reviewSegments");
        // One line per segment, so a supervisor sees a page of them; the pane below shows one whole.
        segments.setFixedCellSize(26);
        segments.getColumns().add(segmentColumn("review.segment", s -> String.valueOf(s.number()), 40));
        segments.getColumns().add(segmentColumn("review.sourceColumn", ReviewSegment::source, 200));
        segments.getColumns().add(segmentColumn("review.machine", ReviewSegment::machineOutput, 180));
        segments.getColumns().add(segmentColumn("review.final", ReviewSegment::finalText, 180));
        segments.getColumns().add(diffColumn());
        segments.getColumns().add(segmentColumn("review.editRatio", s -> percent(s.editRatio()), 60));
        segments.getColumns().add(segmentColumn("review.editedBy", ReviewSegment::editedBy, 70));
        segments.getColumns().add(segmentColumn("review.changed", s -> s.changedSinceReturn() ? "\u2713" : "", 60));
        segments.getColumns().add(segmentColumn("review.comments",
                s -> s.notes().isEmpty() ? "" : String.valueOf(s.notes().size()), 70));
        segments.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || segments.getItems().isEmpty()) {
                viewModel.selectedSegmentProperty().set(now);
            }
        });
        viewModel.selectedSegmentProperty().addListener((o, was, now) -> {
            if (now != null && segments.getSelectionModel().getSelectedItem() != now) {
                segments.getSelectionModel().select(now);
            }
        });
        CheckBox onlyChanged = new CheckBox(Messages.get("review.onlyChanged"));
        onlyChanged.setId("reviewOnlyChanged");
        onlyChanged.selectedProperty().bindBidirectional(viewModel.onlyChangedProperty());
        ListView<String> steps = new ListView<>();
        steps.setId("reviewSteps");
        steps.setPrefHeight(70);
        viewModel.openedProperty().addListener((o, was, now) -> show(now, header, steps));
        TextArea comment = new TextArea();
        comment.setId("reviewComment");
        comment.setPromptText(Messages.get("review.comment"));
        comment.setPrefRowCount(2);
        comment.textProperty().bindBidirectional(viewModel.commentProperty());
        Button approve = button("approveButton", "review.approve", viewModel::approve);
        Button giveBack = button("returnButton", "review.return", viewModel::returnToAnalyst);
        for (Button decision : new Button[] {approve, giveBack}) {
            decision.setVisible(viewModel.canDecide());
            decision.managedProperty().bind(decision.visibleProperty());
            decision.disableProperty().bind(viewModel.busyProperty()
                    .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> viewModel.openedProperty().get()
                            .isEmpty(), viewModel.openedProperty())));
        }
        comment.setVisible(viewModel.canDecide());
        comment.managedProperty().bind(comment.visibleProperty());
        Button verify = button("verifyButton", "review.verify", viewModel::verify);
        Button report = button("reportButton", "review.report", this::report);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, approve, giveBack, spacer, verify, report);
        VBox bottom = new VBox(4, steps, comment, actions);
        bottom.setPadding(new Insets(4));
        SplitPane gridAndSegment = new SplitPane(segments, new ReviewSegmentPane(viewModel).root());
        gridAndSegment.setOrientation(Orientation.VERTICAL);
        gridAndSegment.setDividerPositions(0.6);
        BorderPane detail = new BorderPane(gridAndSegment);
        VBox top = new VBox(2, header, onlyChanged);
        detail.setTop(top);
        BorderPane.setMargin(top, new Insets(4));
        detail.setBottom(bottom);
        return detail;
    }

    private void show(Optional<ReviewDocument> opened, Label header, ListView<String> steps) {
        if (opened.isEmpty()) {
            header.setText(Messages.get("review.pick"));
            steps.getItems().clear();
            return;
        }
        ReviewDocument d = opened.get();
        ReviewSummary s = d.summary();
        header.setText(Messages.get("review.header", s.document(), s.analyst(), s.languagePair(),
                s.model(), s.classification(), s.status().label()));
        List<String> lines = new java.util.ArrayList<>(d.reviewSteps().stream().map(c -> Messages.get("review.step",
                c.outcome().label(), c.user(), ReadableTime.of(c.at()), c.comment())).toList());
        d.notes().forEach(n -> lines.add(Messages.get("review.noteLine", n.user(), ReadableTime.of(n.at()), n.text())));
        steps.getItems().setAll(lines);
    }

    private void report() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("audit-report.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.writeReport(file.toPath());
        }
    }

    private static TableColumn<ReviewSegment, ReviewSegment> diffColumn() {
        TableColumn<ReviewSegment, ReviewSegment> column = new TableColumn<>(Messages.get("review.diff"));
        column.setPrefWidth(240);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            {
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            }

            @Override
            protected void updateItem(ReviewSegment segment, boolean empty) {
                super.updateItem(segment, empty);
                setGraphic(empty || segment == null ? null : diff(segment));
            }
        });
        return column;
    }

    /** The diff on one line of the grid, clipped to the cell; the segment pane shows it whole. */
    private static Node diff(ReviewSegment segment) {
        HBox line = new HBox();
        line.getChildren().addAll(DiffText.texts(segment.diff()));
        line.setMinWidth(0);
        return line;
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<ReviewSegment, String> segmentColumn(String key, Function<ReviewSegment, String> value,
                                                                   double width) {
        TableColumn<ReviewSegment, String> column = column(key, value);
        column.setPrefWidth(width);
        return column;
    }

    private static TextField field(String id, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount((int) (width / 8));
        return field;
    }

    private static HBox labelled(String key, javafx.scene.Node control) {
        HBox box = new HBox(3, new Label(Messages.get(key)), control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A button with an id for tests, a label from the messages and an action. */
    static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
