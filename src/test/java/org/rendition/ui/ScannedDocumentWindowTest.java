package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.file.Path;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.ocr.RenderedPage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A scanned Russian page (a PDF holding only its picture) opened in the window and translated. */
class ScannedDocumentWindowTest extends WorkstationTestBase {
    private static final String PAGE = "Министерство обороны сообщило о начале учений на юге страны. Они продлятся "
        + "неделю. В учениях участвуют тысячи военнослужащих и сотни единиц техники.";

    @Start
    void start(Stage stage) {
        app.start(stage, models);
    }

    @Test
    void scannedPdfOpensWithOcrConfidenceBesideEachSegmentAndTranslates(FxRobot robot) throws Exception {
        app.documentToOpen.set(scannedPdf());
        robot.clickOn("#openButton");
        awaitFx(60, () -> app.idleWithRows(3));

        @SuppressWarnings("unchecked")
        TableView<SegmentRow> table = robot.lookup("#segmentTable").queryAs(TableView.class);
        TableColumn<SegmentRow, ?> ocr = table.getColumns().stream()
            .filter(column -> "ocrColumn".equals(column.getId())).findFirst().orElseThrow();
        assertTrue(ocr.isVisible(), "the OCR column shows for a scan");
        for (SegmentRow row : app.viewModel.document().rows()) {
            assertTrue(row.ocrLabel().matches("\\d{1,3}%"), row.ocrLabel());
            assertTrue(row.ocr().orElseThrow().page() == 1 && !row.ocrNeedsChecking(), row.ocrLabel());
        }

        robot.interact(() -> table.getSelectionModel().select(0));
        awaitFx(10, () -> robot.lookup("#showScanButton").query().isVisible());
        robot.clickOn("#showScanButton");
        javafx.scene.image.ImageView region = robot.lookup("#scanRegion").queryAs(javafx.scene.image.ImageView.class);
        awaitFx(10, () -> region.isVisible() || region.getParent() != null);
        assertTrue(region.getImage() != null && region.getImage().getWidth() > 20,
            "the page region the segment was read from is shown beside it");

        robot.interact(() -> app.viewModel.findReplace().filterProperty().set(RowFilter.LOW_OCR));
        awaitFx(10, () -> app.viewModel.findReplace().shownRows().isEmpty());
        robot.interact(() -> app.viewModel.findReplace().filterProperty().set(RowFilter.ALL));
        awaitFx(10, () -> app.viewModel.findReplace().shownRows().size() == 3);

        awaitFx(30, () -> app.viewModel.languages().modelProperty().get().isPresent());
        robot.clickOn("#translateButton");
        awaitFx(120, () -> !app.viewModel.document().busyProperty().get()
            && app.viewModel.document().rows().stream().allMatch(r -> r.status() == SegmentStatus.MACHINE));
        assertTrue(app.viewModel.document().rows().stream().allMatch(r -> r.target().matches("[^А-я]*[A-Za-z].*")),
            "English targets");
    }

    private Path scannedPdf() throws Exception {
        Path file = temp.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            RenderedPage.addScannedPage(pdf, RenderedPage.clean(PAGE, false));
            pdf.save(file.toFile());
        }
        return file;
    }
}
