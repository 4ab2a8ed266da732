package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.documents.SegmentStatus;
import org.rendition.memory.Origin;
import org.rendition.text.Language;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.DocumentTranslation;

/**
 * The workstation's view models without a window: every task runs on the FX thread at once
 * ({@link SameThreadTaskExecutor}), so each step's effect is visible when the call returns.
 */
class DocumentViewModelTest {
    private static final String REPORT = "Колонна прошла мост.\nОни продлятся неделю.\n";

    @TempDir
    static Path shared;
    @TempDir
    Path temp;

    private static Path models;
    private Path database;
    private DocumentTranslation workflow;
    private MainViewModel viewModel;

    @BeforeAll
    static void startFxAndImportPack() throws Exception {
        FxThread.start();
        models = WorkstationFixture.modelsIn(shared);
    }

    @BeforeEach
    void openWorkstation() throws Exception {
        database = temp.resolve("profile.db");
        try (UserProfile profile = UserProfile.open(database)) {
            profile.memory().confirm("ru", "en", "Они продлятся неделю.", "They will last a week.", "earlier.txt",
                    Origin.HUMAN);
        }
        workflow = DocumentTranslation.withProfile(models, database);
        viewModel = FxThread.call(() -> new MainViewModel(workflow, new SameThreadTaskExecutor()));
    }

    @AfterEach
    void close() {
        workflow.close();
    }

    private DocumentViewModel openReport() throws Exception {
        Path file = temp.resolve("report.txt");
        Files.writeString(file, REPORT);
        return FxThread.call(() -> {
            viewModel.document().open(file);
            viewModel.languages().sourceProperty().set(new LanguageChoice(Optional.of(Language.RUSSIAN)));
            return viewModel.document();
        });
    }

    @Test
    void openingADocumentFillsTheGridWithUntranslatedRows() throws Exception {
        DocumentViewModel document = openReport();
        assertEquals(2, FxThread.call(() -> document.rows().size()));
        assertTrue(FxThread.call(() -> document.rows().stream()
                .allMatch(row -> row.status() == SegmentStatus.UNTRANSLATED)));
        assertFalse(FxThread.call(() -> document.busyProperty().get()));
    }

    @Test
    void translatingUsesTheExactMemoryMatchAndTheModelForTheRest() throws Exception {
        DocumentViewModel document = openReport();
        FxThread.call(() -> {
            document.translate();
            return null;
        });
        assertTrue(FxThread.call(() -> document.rows().get(0).status().isMachineOutput()));
        assertEquals(SegmentStatus.TM_EXACT, FxThread.call(() -> document.rows().get(1).status()));
        assertEquals("They will last a week.", FxThread.call(() -> document.rows().get(1).target()));
    }

    @Test
    void confirmingARowChangesItAtOnceAndTheWriterStoresItInTheMemory() throws Exception {
        DocumentViewModel document = openReport();
        FxThread.call(() -> {
            SegmentRow first = document.rows().get(0);
            document.editTarget(first, "The convoy crossed the bridge.");
            document.confirm(first);
            return null;
        });
        assertEquals(SegmentStatus.CONFIRMED, FxThread.call(() -> document.rows().get(0).status()));
        workflow.flush();
        try (UserProfile profile = UserProfile.open(database)) {
            assertEquals("The convoy crossed the bridge.",
                    profile.memory().lookup("ru", "en", "Колонна прошла мост.").exact().get(0).entry().target());
        }
    }

    @Test
    void theSidePaneShowsAFuzzyMatchWithItsDifferences() throws Exception {
        try (UserProfile profile = UserProfile.open(database)) {
            profile.memory().confirm("ru", "en", "Колонна прошла старый мост.", "The convoy crossed the old bridge.",
                    "earlier.txt", Origin.HUMAN);
        }
        DocumentViewModel document = openReport();
        FxThread.call(() -> {
            document.select(document.rows().get(0));
            return null;
        });
        var lines = FxThread.call(() -> java.util.List.copyOf(document.aids()));
        assertTrue(lines.stream().anyMatch(line -> line.contains("The convoy crossed the old bridge.")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("changes:")), lines.toString());
    }
}
