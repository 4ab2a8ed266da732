package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;
import org.rendition.workflow.translate.SegmentListener;
import org.rendition.workflow.translate.ServerQueue;

/**
 * The link to the team server is cut in the middle of a document: the analyst keeps editing and
 * confirming, is told how many changes wait, and when the link is back every change reaches the
 * server in order, with nothing lost and nothing twice.
 */
class ServerOutageTest {
    private static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);

    @TempDir
    Path temp;
    private TestServer server;
    private CuttableLink link;
    private String ana;

    @BeforeEach
    void setUp() throws Exception {
        server = TestServer.initialized();
        ana = server.member("ana", Role.ANALYST);
        String[] hostPort = server.hostPort().split(":");
        link = new CuttableLink(hostPort[0], Integer.parseInt(hostPort[1]));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (link != null) {
            link.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String throughTheLink(String address) {
        return address.replace(server.hostPort(), "127.0.0.1:" + link.port());
    }

    @Test
    void editsMadeWhileTheServerIsAwayAreSentInOrderWhenItReturns() throws Exception {
        Path models = modelsWithTinyNllb();
        Path file = brief();
        List<ServerQueue> told = new CopyOnWriteArrayList<>();
        try (DocumentTranslation analyst = DocumentTranslation.withTeamServer(models, throughTheLink(server.address(ana)))) {
            translateThenEditWithTheLinkCut(analyst, file, told);
            assertTrue(analyst.unsavedChanges() >= 1, "the changes wait: " + analyst.unsavedChanges());
            assertTrue(told.stream().filter(s -> !s.reachable()).findFirst().orElseThrow().problem().orElseThrow()
                    .contains("cannot be reached"), told.toString());

            link.mend();
            awaitTrue(() -> analyst.unsavedChanges() == 0, "every waiting change is sent once the server answers");
            assertTrue(told.get(told.size() - 1).reachable(), "the analyst is told it is back: " + told);
        }
        assertTheEditsAndTheConfirmedPairAreOnTheServerOnce();
    }

    @Test
    void changesStillWaitingWhenTheWindowClosesAreSentAtTheNextStart() throws Exception {
        Path models = modelsWithTinyNllb();
        Path file = brief();
        Path unsent = temp.resolve("workstation").resolve("unsent-changes.db");
        String address = throughTheLink(server.address(ana));
        try (DocumentTranslation analyst = DocumentTranslation.withTeamServer(models, address, unsent)) {
            translateThenEditWithTheLinkCut(analyst, file, new CopyOnWriteArrayList<>());
            Thread.sleep(500);
        }
        assertTrue(Files.size(unsent) > 0, "the waiting changes are kept on the workstation");

        link.mend();
        try (DocumentTranslation nextStart = DocumentTranslation.withTeamServer(models, address, unsent)) {
            awaitTrue(() -> nextStart.unsavedChanges() == 0, "the kept changes are sent at the next start");
        }
        try (DocumentTranslation thirdStart = DocumentTranslation.withTeamServer(models, address, unsent)) {
            assertEquals(0, thirdStart.unsavedChanges(), "nothing is sent twice");
        }
        assertTheEditsAndTheConfirmedPairAreOnTheServerOnce();
    }

    private Path modelsWithTinyNllb() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        return models;
    }

    private Path brief() throws Exception {
        Path file = temp.resolve("brief.txt");
        Files.writeString(file, "Колонна прошла мост.\nУчения продлятся неделю.\nВстреча состоится завтра.\n");
        return file;
    }

    /** Translates the brief with the server there, cuts the link, then edits, confirms and edits again. */
    private void translateThenEditWithTheLinkCut(DocumentTranslation analyst, Path file, List<ServerQueue> told)
            throws Exception {
        analyst.onServerState(told::add);
        OpenedDocument document = analyst.open(file);
        List<Segment> translated = analyst.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                SegmentListener.NONE);
        analyst.flush();

        link.cut();
        Segment edited = analyst.edit(document, translated.get(0), "The convoy crossed the bridge.");
        analyst.confirm(document, edited, RU_EN);
        analyst.edit(document, translated.get(1), "The exercises will last a week.");
        awaitTrue(() -> told.stream().anyMatch(s -> !s.reachable()), "the analyst is told the server is away");
    }

    private void assertTheEditsAndTheConfirmedPairAreOnTheServerOnce() {
        try (UserProfile profile = TeamServer.openProfile(server.address(ana))) {
            ReviewService review = ReviewService.of(profile);
            List<String> jobs = review.documents(ReviewFilter.ALL).stream().map(s -> s.jobId()).toList();
            assertEquals(1, jobs.size(), "one job, the edits in it");
            ReviewDocument d = review.open(jobs.get(0));
            assertEquals("The convoy crossed the bridge.", d.segments().get(0).finalText());
            assertEquals("The exercises will last a week.", d.segments().get(1).finalText());
            assertEquals(1, profile.memory().lookup("ru", "en", "Колонна прошла мост.").exact().size(),
                    "the confirmed pair reached the team's memory once");
            assertFalse(profile.history().check().summary().contains("broken"), profile.history().check().summary());
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(100);
        }
    }
}
