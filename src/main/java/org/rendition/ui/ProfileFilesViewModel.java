package org.rendition.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.rendition.engine.LanguagePair;
import org.rendition.workflow.profile.ImportProgress;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.translate.DocumentTranslation;

/**
 * Import and export of the translation memory (TMX) and glossaries (CSV, TSV, TBX) from the
 * window, through the same services as {@code rendition tm} and {@code rendition glossary}. A
 * glossary imported here is matched from the next lookup on, without a restart.
 */
public final class ProfileFilesViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final LanguageSettings languages;
    private final Consumer<String> status;
    private final Runnable glossariesChanged;

    ProfileFilesViewModel(DocumentTranslation workflow, TaskExecutor executor, LanguageSettings languages,
            Consumer<String> status, Runnable glossariesChanged) {
        this.workflow = workflow;
        this.executor = executor;
        this.languages = languages;
        this.status = status;
        this.glossariesChanged = glossariesChanged;
    }

    public void importMemory(Path file) {
        AtomicLong skipped = new AtomicLong();
        run(profile -> Messages.get("files.memoryImported",
                profile.memory().importTmx(file, ImportProgress.NONE, warning -> {
                    if (warning.unitSkipped()) {
                        skipped.incrementAndGet();
                    }
                }), file,
                skipped.get()), Messages.get("files.importing", file.getFileName()), () -> { });
    }

    public void exportMemory(Path file) {
        run(profile -> Messages.get("files.memoryExported", profile.memory().exportTmx(file, null), file),
                Messages.get("files.exporting", file.getFileName()), () -> { });
    }

    /** Imports a glossary; a CSV or TSV without language columns takes the toolbar's pair. */
    public void importGlossary(Path file) {
        Optional<LanguagePair> pair = languages.currentPair();
        run(profile -> Messages.get("files.glossaryImported", profile.glossary().importFile(file, null,
                pair.map(p -> p.source().iso1()).orElse(null), pair.map(p -> p.target().iso1()).orElse(null)), file),
                Messages.get("files.importing", file.getFileName()), glossariesChanged);
    }

    public void exportGlossaries(Path file) {
        run(profile -> Messages.get("files.glossaryExported", profile.glossary().exportFile(file, null), file),
                Messages.get("files.exporting", file.getFileName()), () -> { });
    }

    private interface ProfileWork {
        String run(UserProfile profile);
    }

    private void run(ProfileWork work, String startMessage, Runnable afterwards) {
        Optional<UserProfile> profile = workflow.profile();
        if (profile.isEmpty()) {
            status.accept(Messages.get("files.noProfile"));
            return;
        }
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                // The confirmations queued before must be in the memory an export writes.
                workflow.flush();
                return work.run(profile.get());
            }
        };
        task.setOnSucceeded(e -> {
            status.accept(task.getValue());
            afterwards.run();
        });
        task.setOnFailed(e -> status.accept(Errors.describe(task.getException())));
        status.accept(startMessage);
        executor.execute(task);
    }
}
