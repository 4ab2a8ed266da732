package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rendition.ui.WorkstationFixture.awaitFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.team.TeamServer;
import org.rendition.workflow.team.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole loop in the review window, two people taking turns at it: the supervisor comments on
 * one segment and returns the document, the analyst sees the comment beside that segment, fixes it
 * and submits again, the supervisor asks for what changed since the return, sees only that
 * segment with the change, and approves.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewLoopViewTest {
    private static final Actor ALICE = Actor.analyst("alice");
    private static final Actor SUE = new Actor("sue", Set.of(Role.SUPERVISOR));
    private static final String FIRST = "Министерство обороны сообщило о начале учений.";
    private static final String SECOND = "Учения продлятся неделю.";

    @TempDir
    Path dir;
    private Stage stage;
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final java.util.List<UserProfile> open = new java.util.ArrayList<>();

    private TestServer server;
    /** Opens the profile of analyst or supervisor: one workstation file, or their logins on the team server. */
    private java.util.function.Function<Actor, UserProfile> profiles;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdown();
        open.forEach(UserProfile::close);
        if (server != null) {
            server.close();
        }
    }

    private void onOneWorkstation() {
        profiles = who -> UserProfile.open(dir.resolve("team.db"), who, ClassificationScheme.UK_GSC);
    }

    private void onTheTeamServer() throws Exception {
        server = TestServer.initialized();
        String ana = server.member("ana", Role.ANALYST);
        String sue = server.member("sue", Role.SUPERVISOR);
        profiles = who -> TeamServer.openProfile(server.address(who == ALICE ? ana : sue));
    }

    /** Alice translated two sentences and submitted them. */
    private void aliceSubmitsHerTranslation() {
        try (UserProfile alice = profiles.apply(ALICE)) {
            TranslationJob job = alice.history().startJob("report.docx", "ru", "en", "opus-mt-ru-en", "sha256:ab");
            job.segmentTranslated(0, FIRST, "The Ministry of Defense reported the start of exercises.", List.of(),
                    List.of());
            job.segmentTranslated(1, SECOND, "The exercises will last a week.", List.of(), List.of());
            ReviewService.of(alice).submit(job.id(), "Ready.");
        }
    }

    /** Puts {@code who}'s review window on the stage, as that person would open it on their workstation. */
    private ReviewViewModel windowOf(Actor who) throws Exception {
        UserProfile profile = profiles.apply(who);
        open.add(profile);
        ReviewViewModel viewModel = new ReviewViewModel(ReviewService.of(profile), executor);
        viewModel.fromProperty().set(null);
        Platform.runLater(() -> {
            stage.getScene().setRoot(new ReviewView(viewModel).root());
            viewModel.search();
        });
        awaitFx(10, () -> viewModel.documents().size() == 1);
        return viewModel;
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewSegment> openTheDocument(FxRobot robot, int segments) throws Exception {
        awaitFx(10, () -> robot.lookup("#reviewDocuments .table-row-cell").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#reviewDocuments .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        TableView<ReviewSegment> grid = robot.lookup("#reviewSegments").queryAs(TableView.class);
        awaitFx(10, () -> grid.getItems().size() == segments);
        return grid;
    }

    private void chooseSegment(FxRobot robot, int row) {
        robot.clickOn(robot.lookup("#reviewSegments .table-row-cell").nth(row).queryAs(javafx.scene.Node.class));
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#reviewMessage").queryAs(Label.class).getText();
    }

    @Test
    void returnWithASegmentCommentFixResubmitAndTheSupervisorSeesOnlyTheChange(FxRobot robot) throws Exception {
        onOneWorkstation();
        theWholeLoop(robot);
    }

    @Test
    void theSameLoopWithTwoLoginsOnTheTeamServer(FxRobot robot) throws Exception {
        onTheTeamServer();
        theWholeLoop(robot);
    }

    @SuppressWarnings("unchecked")
    private void theWholeLoop(FxRobot robot) throws Exception {
        aliceSubmitsHerTranslation();
        windowOf(SUE);
        TableView<ReviewSegment> grid = openTheDocument(robot, 2);
        assertEquals(26, grid.getFixedCellSize(), "one line per segment");
        assertEquals("1", grid.getColumns().get(0).getCellData(0), "numbered from 1, as in the editor");
        assertEquals(FIRST, grid.getColumns().get(1).getCellData(0), "the source is beside the translation");
        chooseSegment(robot, 0);
        robot.clickOn("#reviewSegmentComment").write("'exercises', not 'start of exercises'.");
        robot.clickOn("#reviewAddComment");
        awaitFx(10, () -> message(robot).startsWith("Comment added to segment 1"));
        robot.clickOn("#reviewComment").write("See segment 1.");
        robot.clickOn("#returnButton");
        awaitFx(10, () -> message(robot).startsWith("Returned report.docx"));

        ReviewViewModel alice = windowOf(ALICE);
        openTheDocument(robot, 2);
        chooseSegment(robot, 0);
        ListView<String> notes = robot.lookup("#reviewSegmentNotes").queryAs(ListView.class);
        awaitFx(10, () -> notes.getItems().size() == 1);
        assertTrue(notes.getItems().get(0).startsWith("sue"), notes.getItems().toString());
        assertTrue(notes.getItems().get(0).endsWith("'exercises', not 'start of exercises'."));
        TextArea target = robot.lookup("#reviewSegmentFinal").queryAs(TextArea.class);
        Platform.runLater(() -> target.setText("The Ministry of Defence announced the exercises."));
        awaitFx(5, () -> target.getText().endsWith("the exercises."));
        robot.clickOn("#reviewSaveEdit");
        awaitFx(10, () -> message(robot).startsWith("Segment 1 changed"));
        String job = alice.documents().get(0).jobId();
        try (UserProfile profile = profiles.apply(ALICE)) {
            ReviewService.of(profile).submit(job, "Fixed.");
        }

        windowOf(SUE);
        TableView<ReviewSegment> again = openTheDocument(robot, 2);
        robot.clickOn("#reviewOnlyChanged");
        awaitFx(10, () -> again.getItems().size() == 1);
        ReviewSegment changed = again.getItems().get(0);
        assertEquals(1, changed.number());
        String sinceReturn = changed.sinceReturn().orElseThrow().renderedDiff();
        assertTrue(sinceReturn.contains("[-") && sinceReturn.contains("announced"), sinceReturn);
        robot.clickOn("#approveButton");
        awaitFx(10, () -> message(robot).startsWith("Approved report.docx"));
        try (UserProfile profile = profiles.apply(ALICE)) {
            assertEquals(ReviewStatus.APPROVED, ReviewService.of(profile).documents(ReviewFilter.ALL).get(0).status());
        }
    }
}
