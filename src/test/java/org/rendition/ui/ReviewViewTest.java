package org.rendition.ui;

import org.rendition.workflow.review.ReviewService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A supervisor approves and returns an analyst's document in the review window. */
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    private static final Actor ALICE = Actor.analyst("alice");
    private static final Actor SUE = new Actor("sue", Set.of(Role.SUPERVISOR));
    private static final AtomicInteger RUN = new AtomicInteger();

    @TempDir
    static Path shared;
    Path db;
    UserProfile supervisor;
    BackgroundTaskExecutor executor;

    @Start
    void start(Stage stage) {
        db = shared.resolve("review-" + RUN.incrementAndGet() + ".db");
        try (UserProfile alice = UserProfile.open(db, ALICE, ClassificationScheme.UK_GSC)) {
            TranslationJob job = alice.history().startJob("report.docx", "ru", "en", "opus-mt-ru-en", "sha256:ab");
            job.segmentTranslated(0, "Министерство обороны сообщило о начале учений.",
                    "The Ministry of Defense reported the start of exercises.", List.of(), List.of());
            job.segmentEdited(0, "Министерство обороны сообщило о начале учений.",
                    "The Ministry of Defense reported the start of exercises.",
                    "The Ministry of Defence announced the start of exercises.");
        }
        supervisor = UserProfile.open(db, SUE, ClassificationScheme.UK_GSC);
        executor = new BackgroundTaskExecutor();
        ReviewViewModel viewModel = new ReviewViewModel(ReviewService.of(supervisor), executor);
        stage.setScene(new Scene(new ReviewView(viewModel).root(), 1200, 700));
        stage.show();
        viewModel.search();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
        supervisor.close();
    }

    @SuppressWarnings("unchecked")
    private void openAlicesDocument(FxRobot robot) throws Exception {
        TableView<ReviewSummary> documents = robot.lookup("#reviewDocuments").queryAs(TableView.class);
        awaitFx(10, () -> documents.getItems().size() == 1);
        robot.clickOn(robot.lookup("#reviewDocuments .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        TableView<?> segments = robot.lookup("#reviewSegments").queryAs(TableView.class);
        awaitFx(10, () -> segments.getItems().size() == 1);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#reviewMessage").queryAs(Label.class).getText();
    }

    private ReviewSummary asAlice() {
        try (UserProfile alice = UserProfile.open(db, ALICE, ClassificationScheme.UK_GSC)) {
            return ReviewService.of(alice).documents(ReviewFilter.ALL).get(0);
        }
    }

    @Test
    void supervisorSeesMachineOutputAndFinalTextAndApproves(FxRobot robot) throws Exception {
        openAlicesDocument(robot);
        String header = robot.lookup("#reviewHeader").queryAs(Label.class).getText();
        assertTrue(header.startsWith("report.docx — alice"), header);
        @SuppressWarnings("unchecked")
        TableView<ReviewSegment> segments = robot.lookup("#reviewSegments").queryAs(TableView.class);
        ReviewSegment shown = segments.getItems().get(0);
        assertEquals("The Ministry of Defense reported the start of exercises.", shown.machineOutput());
        assertEquals("The Ministry of Defence announced the start of exercises.", shown.finalText());
        assertEquals("The Ministry of [-Defense reported-]{+Defence announced+} the start of exercises.",
                shown.renderedDiff());
        robot.clickOn("#approveButton");
        awaitFx(10, () -> message(robot).startsWith("Approved report.docx"));
        assertEquals(ReviewStatus.APPROVED, asAlice().status());
    }

    @Test
    void supervisorReturnsWithACommentTheAnalystSees(FxRobot robot) throws Exception {
        openAlicesDocument(robot);
        robot.clickOn("#reviewComment").write("Use 'announced the exercises'.");
        robot.clickOn("#returnButton");
        awaitFx(10, () -> message(robot).startsWith("Returned report.docx to alice"));
        ReviewSummary seenByAlice = asAlice();
        assertEquals(ReviewStatus.RETURNED, seenByAlice.status());
        assertEquals("Use 'announced the exercises'.", seenByAlice.lastComment());
    }

    @Test
    void verifyButtonReportsAnIntactHistory(FxRobot robot) throws Exception {
        robot.clickOn("#verifyButton");
        awaitFx(10, () -> message(robot).startsWith("History intact"));
        assertFalse(message(robot).contains("broken"));
    }
}
