package org.rendition.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.rendition.documents.ocr.RegionImage;
import org.rendition.workflow.ReadableTime;
import org.rendition.workflow.review.ReviewNote;

/**
 * What the side pane shows about the chosen segment beyond memory and glossary: the reviewers'
 * comments on it (a returned document's), and, on request, the part of the scanned page it was
 * read from, so a doubtful OCR reading can be checked against the paper. Each part shows only
 * when there is something to show.
 */
final class SegmentEvidencePane {
    private final VBox root = new VBox(4);
    private final Label commentsTitle = new Label(Messages.get("evidence.comments"));
    private final ListView<String> comments = new ListView<>();
    private final ToggleButton showScan = new ToggleButton(Messages.get("evidence.showScan"));
    private final ImageView scan = new ImageView();
    private final ScrollPane scanView = new ScrollPane(scan);
    private final DocumentViewModel document;

    private SegmentEvidencePane(DocumentViewModel document, TableView<SegmentRow> table) {
        this.document = document;
        root.setId("segmentEvidence");
        commentsTitle.getStyleClass().add("side-pane-title");
        comments.setId("segmentComments");
        comments.setPrefHeight(80);
        showScan.setId("showScanButton");
        scan.setId("scanRegion");
        scan.setPreserveRatio(true);
        scan.setFitWidth(320);
        scanView.setPrefViewportHeight(140);
        scanView.visibleProperty().bind(showScan.selectedProperty());
        for (Node part : new Node[] {commentsTitle, comments, showScan, scanView}) {
            part.managedProperty().bind(part.visibleProperty());
        }
        root.getChildren().addAll(commentsTitle, comments, showScan, scanView);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        document.documentProperty().addListener((o, was, now) -> show(null));
        show(null);
    }

    static Node create(DocumentViewModel document, TableView<SegmentRow> table) {
        return new SegmentEvidencePane(document, table).root;
    }

    private void show(SegmentRow row) {
        List<ReviewNote> notes = row == null ? List.of()
                : document.documentProperty().get().map(d -> d.comments(row.index())).orElse(List.of());
        comments.getItems().setAll(notes.stream().map(n -> Messages.get("review.noteLine", n.user(),
                ReadableTime.of(n.at()), n.text())).toList());
        commentsTitle.setVisible(!notes.isEmpty());
        comments.setVisible(!notes.isEmpty());
        Optional<RegionImage> region = row == null ? Optional.empty()
                : row.ocr().flatMap(evidence -> evidence.region());
        showScan.setVisible(region.isPresent());
        scan.setImage(region.map(r -> new Image(new ByteArrayInputStream(r.png()))).orElse(null));
    }
}
