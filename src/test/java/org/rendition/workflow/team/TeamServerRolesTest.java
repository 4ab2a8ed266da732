package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.TranslationJob;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.review.ReviewSummary;

/** What each role may do on a real PostgreSQL team server, enforced by the server itself. */
class TeamServerRolesTest {
    private TestServer server;
    private String ana;
    private String bob;
    private String sue;

    @BeforeEach
    void setUp() throws SQLException {
        server = TestServer.initialized();
        ana = server.member("ana", Role.ANALYST);
        bob = server.member("bob", Role.ANALYST);
        sue = server.member("sue", Role.SUPERVISOR);
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAccountIsTheServerLoginWithItsDatabaseRoles() {
        try (UserProfile profile = TeamServer.openProfile(server.address(sue))) {
            assertEquals(sue, profile.actor().user());
            assertTrue(profile.actor().is(Role.SUPERVISOR));
        }
    }

    @Test
    void analystCannotApproveHerOwnJob() {
        String job = submittedJob(ana);
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            ReviewService review = ReviewService.of(profile);
            assertThrows(RoleRefusedException.class, () -> review.approve(job, "looks fine"));
        }
    }

    @Test
    void analystCannotWriteAnApprovalWithRawSql() throws SQLException {
        String job = submittedJob(ana);
        try (Connection c = server.connect(ana); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("INSERT INTO history_event"
                    + " (sequence, kind, job_id, occurred_at, os_user, tm_hits, glossary_hits, previous_hash, hash)"
                    + " SELECT sequence + 1, 'REVIEW_APPROVED', '" + job + "', '2026-11-27T10:00:00Z', current_user,"
                    + " '', '', hash, 'forged' FROM history_head"));
            assertTrue(refused.getMessage().contains("only a supervisor"), refused.getMessage());
        }
    }

    @Test
    void analystCannotDeleteOrEditHistoryEvenWithRawSql() throws SQLException {
        submittedJob(ana);
        try (Connection c = server.connect(ana); Statement s = c.createStatement()) {
            for (String sql : List.of("DELETE FROM history_event", "UPDATE history_event SET final_text = 'x'",
                    "TRUNCATE history_event", "UPDATE history_head SET sequence = 0",
                    "DROP TRIGGER history_event_extends_chain ON history_event")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("permission denied")
                        || refused.getMessage().contains("must be owner"), sql + ": " + refused.getMessage());
            }
        }
        try (UserProfile profile = TeamServer.openProfile(server.address(sue))) {
            assertTrue(profile.history().check().intact(), profile.history().check().summary());
        }
    }

    @Test
    void analystCannotRecordRowsUnderAnotherName() throws SQLException {
        try (Connection c = server.connect(ana); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("INSERT INTO history_event"
                    + " (sequence, kind, job_id, occurred_at, os_user, tm_hits, glossary_hits, previous_hash, hash)"
                    + " SELECT sequence + 1, 'JOB_STARTED', 'j', '2026-11-27T10:00:00Z', '" + sue + "',"
                    + " '', '', hash, 'forged' FROM history_head"));
            assertTrue(refused.getMessage().contains("cannot name"), refused.getMessage());
        }
    }

    @Test
    void analystCannotImportModelPacks() {
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            assertThrows(RoleRefusedException.class,
                    () -> profile.requireAdministratorWhereRolesAreSet("import a model pack"));
        }
    }

    @Test
    void supervisorSeesEveryonesJobsAndApprovesThem() {
        String anasJob = submittedJob(ana);
        String bobsJob = submittedJob(bob);
        try (UserProfile profile = TeamServer.openProfile(server.address(sue))) {
            ReviewService review = ReviewService.of(profile);
            List<String> seen = review.documents(ReviewFilter.ALL).stream().map(ReviewSummary::jobId).toList();
            assertTrue(seen.containsAll(List.of(anasJob, bobsJob)), seen.toString());
            review.approve(anasJob, "good");
            assertTrue(profile.history().check().intact(), profile.history().check().summary());
        }
    }

    @Test
    void analystSeesOnlyHerOwnJobs() {
        String anasJob = submittedJob(ana);
        submittedJob(bob);
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            List<String> seen = ReviewService.of(profile).documents(ReviewFilter.ALL).stream()
                    .map(ReviewSummary::jobId).toList();
            assertEquals(List.of(anasJob), seen);
        }
    }

    @Test
    void onlyAnAdministratorAddsPeople() {
        String eve = server.login("eve");
        assertThrows(RoleRefusedException.class, () -> TeamServer.addUser(server.address(ana), eve, Role.SUPERVISOR));
    }

    @Test
    void aLoginThatIsNotOnTheTeamIsToldWhoToAsk() throws SQLException {
        String stranger = server.login("stranger");
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE \"" + stranger + "\" LOGIN");
        }
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> TeamServer.openProfile(server.address(stranger)));
        assertTrue(refused.getMessage().contains("add-user"), refused.getMessage());
    }

    private String submittedJob(String analyst) {
        try (UserProfile profile = TeamServer.openProfile(server.address(analyst))) {
            TranslationJob job = profile.history().startJob("report.txt", "ru", "en", "tiny-nllb", "abc");
            job.segmentTranslated(0, "Привет.", "Hello.", List.of(), List.of());
            job.finish();
            ReviewService.of(profile).submit(job.id(), "please check");
            return job.id();
        }
    }
}
