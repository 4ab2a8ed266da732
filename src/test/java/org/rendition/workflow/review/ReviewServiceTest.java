package org.rendition.workflow.review;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewComment;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.history.EventKind;
import org.rendition.history.HistoryRecord;

/** Role checks and the review cycle from the service layer. */
class ReviewServiceTest {
    static final Actor ALICE = Actor.analyst("alice");
    static final Actor BOB = Actor.analyst("bob");
    static final Actor SUE = new Actor("sue", Set.of(Role.SUPERVISOR));

    @TempDir
    Path dir;
    Path db;
    String alicesJob;

    UserProfile as(Actor actor) {
        return UserProfile.open(db, actor, ClassificationScheme.UK_GSC);
    }

    static String translate(UserProfile profile, String document, String source, String machine, String edited) {
        TranslationJob job = profile.history().startJob(document, "ru", "en", "opus-mt-ru-en", "sha256:ab");
        job.segmentTranslated(0, source, machine, List.of(), List.of());
        if (edited != null) {
            job.segmentEdited(0, source, machine, edited);
        }
        job.finish();
        return job.id();
    }

    @BeforeEach
    void aliceAndBobTranslate() {
        db = dir.resolve("team.db");
        try (UserProfile alice = as(ALICE)) {
            alicesJob = translate(alice, "report.docx", "Министерство обороны сообщило о начале учений.",
                    "The Ministry of Defense reported the start of exercises.",
                    "The Ministry of Defence announced the start of exercises.");
        }
        try (UserProfile bob = as(BOB)) {
            translate(bob, "letter.docx", "Привет.", "Hello.", null);
        }
    }

    private HistoryRecord lastRow() {
        try (UserProfile any = as(SUE)) {
            return any.history().latest(1).get(0);
        }
    }

    @Test
    void analystCannotApproveAndTheAttemptIsRecorded() {
        try (UserProfile alice = as(ALICE)) {
            RoleRefusedException refused = assertThrows(RoleRefusedException.class,
                    () -> ReviewService.of(alice).approve(alicesJob, "fine"));
            assertTrue(refused.getMessage().startsWith("Only a supervisor can approve"), refused.getMessage());
        }
        HistoryRecord row = lastRow();
        assertEquals(EventKind.ROLE_REFUSED, row.event().kind());
        assertEquals("alice", row.event().user());
        assertEquals(alicesJob, row.event().jobId());
        assertTrue(row.event().comment().contains("tried to approve 'report.docx'"), row.event().comment());
    }

    @Test
    void analystCannotReadAnotherAnalystsWork() {
        try (UserProfile bob = as(BOB)) {
            assertEquals(List.of("bob"), ReviewService.of(bob).documents(ReviewFilter.ALL).stream()
                    .map(ReviewSummary::analyst).toList());
            assertThrows(RoleRefusedException.class, () -> ReviewService.of(bob).open(alicesJob));
            assertThrows(RoleRefusedException.class,
                    () -> ReviewService.of(bob).documents(ReviewFilter.ALL.withAnalyst("alice")));
            assertThrows(RoleRefusedException.class, () -> ReviewService.of(bob).editSegment(alicesJob, 0, "Mine now."));
        }
        assertEquals(EventKind.ROLE_REFUSED, lastRow().event().kind());
        assertEquals("bob", lastRow().event().user());
    }

    @Test
    void supervisorSeesEveryonesWorkWithMachineOutputAndFinalText() {
        try (UserProfile sue = as(SUE)) {
            assertEquals(Set.of("alice", "bob"), Set.copyOf(ReviewService.of(sue).documents(ReviewFilter.ALL).stream()
                    .map(ReviewSummary::analyst).toList()));
            ReviewSegment segment = ReviewService.of(sue).open(alicesJob).segments().get(0);
            assertEquals("The Ministry of Defense reported the start of exercises.", segment.machineOutput());
            assertEquals("The Ministry of Defence announced the start of exercises.", segment.finalText());
            assertEquals("alice", segment.editedBy());
            assertTrue(segment.editRatio() > 0.1 && segment.editRatio() < 0.5, "ratio " + segment.editRatio());
        }
    }

    @Test
    void supervisorsEditIsRecordedAsTheirsNotTheAnalysts() {
        try (UserProfile sue = as(SUE)) {
            ReviewService.of(sue).editSegment(alicesJob, 0, "The Ministry of Defence announced exercises.");
            ReviewDocument document = ReviewService.of(sue).open(alicesJob);
            assertEquals("sue", document.segments().get(0).editedBy());
            assertEquals("alice", document.summary().analyst());
        }
        HistoryRecord row = lastRow();
        assertEquals(EventKind.SEGMENT_EDITED, row.event().kind());
        assertEquals("sue", row.event().user());
        assertTrue(row.event().role().contains("supervisor"));
    }

    @Test
    void returnedDocumentReachesTheAnalystWithTheCommentAndComesBackForApproval() {
        try (UserProfile sue = as(SUE)) {
            ReviewService.of(sue).returnToAnalyst(alicesJob, "Use 'Ministry of Defence' throughout.");
        }
        try (UserProfile alice = as(ALICE)) {
            ReviewSummary returned = ReviewService.of(alice).documents(ReviewFilter.ALL.withStatus(ReviewStatus.RETURNED))
                    .get(0);
            assertEquals(alicesJob, returned.jobId());
            assertEquals("Use 'Ministry of Defence' throughout.", returned.lastComment());
            ReviewService.of(alice).editSegment(alicesJob, 0, "The Ministry of Defence announced the exercises.");
            ReviewService.of(alice).submit(alicesJob, "Done.");
        }
        try (UserProfile sue = as(SUE)) {
            assertEquals(ReviewStatus.SUBMITTED, ReviewService.of(sue).open(alicesJob).summary().status());
            ReviewService.of(sue).approve(alicesJob, null);
            ReviewDocument approved = ReviewService.of(sue).open(alicesJob);
            assertEquals(ReviewStatus.APPROVED, approved.summary().status());
            assertEquals(List.of(ReviewStatus.RETURNED, ReviewStatus.SUBMITTED, ReviewStatus.APPROVED),
                    approved.reviewSteps().stream().map(ReviewComment::outcome).toList());
            assertTrue(ReviewService.of(sue).verify().intact());
        }
    }

    @Test
    void returnWithoutCommentIsRefused() {
        try (UserProfile sue = as(SUE)) {
            assertThrows(WorkflowException.class, () -> ReviewService.of(sue).returnToAnalyst(alicesJob, " "));
        }
    }

    @Test
    void editAfterApprovalPutsTheDocumentBackInProgress() {
        try (UserProfile sue = as(SUE)) {
            ReviewService.of(sue).approve(alicesJob, "Good.");
        }
        try (UserProfile alice = as(ALICE)) {
            ReviewService.of(alice).editSegment(alicesJob, 0, "Something else.");
            assertEquals(ReviewStatus.IN_PROGRESS, ReviewService.of(alice).open(alicesJob).summary().status());
        }
    }

    @Test
    void analystMayRaiseTheMarkingButOnlyASupervisorMayLowerIt() {
        try (UserProfile alice = as(ALICE)) {
            assertEquals("OFFICIAL", ReviewService.of(alice).classification(alicesJob).label());
            ReviewService.of(alice).classify(alicesJob, "SECRET");
            assertThrows(RoleRefusedException.class, () -> ReviewService.of(alice).classify(alicesJob, "OFFICIAL-SENSITIVE"));
            assertEquals("SECRET", ReviewService.of(alice).classification(alicesJob).label());
        }
        assertEquals(EventKind.ROLE_REFUSED, lastRow().event().kind());
        try (UserProfile sue = as(SUE)) {
            ReviewService.of(sue).classify(alicesJob, "OFFICIAL-SENSITIVE PERSONAL");
            assertEquals("OFFICIAL-SENSITIVE PERSONAL", ReviewService.of(sue).open(alicesJob).summary().classification());
            assertEquals(List.of("OFFICIAL-SENSITIVE PERSONAL"), ReviewService.of(sue).documents(
                    ReviewFilter.ALL.withClassification("official-sensitive personal")).stream()
                    .map(ReviewSummary::classification).toList());
        }
        assertEquals("OFFICIAL-SENSITIVE PERSONAL", lastRow().event().classification());
    }

    @Test
    void filtersSelectByTextLanguagesModelAndDates() {
        try (UserProfile sue = as(SUE)) {
            ReviewFilter all = ReviewFilter.ALL;
            assertEquals(List.of("report.docx"), documents(sue, all.withText("defence announced")));
            assertEquals(List.of("letter.docx"), documents(sue, all.withText("привет")));
            assertEquals(2, documents(sue, all.withLanguages("ru", "en").withModel("opus-mt-ru-en")).size());
            assertEquals(List.of(), documents(sue, all.withLanguages("ar", null)));
            assertEquals(List.of(), documents(sue, all.withDates(java.time.Instant.now(), null)));
            assertEquals(2, documents(sue, all.withDates(java.time.Instant.now().minusSeconds(7 * 86_400),
                    java.time.Instant.now().plusSeconds(1))).size());
        }
    }

    @Test
    void settingChangesAreChainedAndOnlyAnAdministratorPassesTheAdministratorCheck() {
        try (UserProfile alice = as(ALICE)) {
            alice.history().settingChanged("font size", "12", "14");
            assertThrows(RoleRefusedException.class, () -> alice.history().requireAdministrator("import a model pack"));
        }
        try (UserProfile admin = as(new Actor("root", Set.of(Role.ADMINISTRATOR)))) {
            admin.history().requireAdministrator("import a model pack");
            List<HistoryRecord> rows = admin.history().latest(2);
            assertEquals(EventKind.SETTING_CHANGED, rows.get(0).event().kind());
            assertEquals("font size: 12 → 14", rows.get(0).event().comment());
            assertEquals(EventKind.ROLE_REFUSED, rows.get(1).event().kind());
            assertTrue(admin.history().verify().intact());
        }
    }

    private static List<String> documents(UserProfile profile, ReviewFilter filter) {
        return ReviewService.of(profile).documents(filter).stream().map(ReviewSummary::document).toList();
    }
}
