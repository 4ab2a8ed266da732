package org.rendition.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rendition.SharedData;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.ExportOption;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation window over a temporary models folder holding tiny-nllb, with file dialogs that
 * answer whatever the test has put in {@link #documentToOpen} and {@link #exportTarget}.
 */
final class WorkstationFixture implements FileDialogs {
    static final String LICENCE = "CC-BY-4.0 (test pack)";

    final AtomicReference<Path> documentToOpen = new AtomicReference<>();
    final AtomicReference<Path> exportTarget = new AtomicReference<>();
    /** Where the Save attachment dialog answers to save; the name it was offered is kept beside. */
    final AtomicReference<Path> attachmentTarget = new AtomicReference<>();
    final AtomicReference<String> attachmentOffered = new AtomicReference<>();
    /** The file the Merge XLIFF dialog answers. */
    final AtomicReference<Path> xliffToMerge = new AtomicReference<>();
    /** The folder the last export dialog opened in. */
    final AtomicReference<Optional<Path>> exportFolder = new AtomicReference<>(Optional.empty());
    DocumentTranslation workflow;
    BackgroundTaskExecutor executor;
    MainViewModel viewModel;
    Stage stage;
    private boolean executorStopped;

    /** Imports the test model once per models folder. */
    static Path modelsIn(Path folder) throws Exception {
        Path models = folder.resolve("models");
        if (!Files.isDirectory(models.resolve("tiny-nllb"))) {
            new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"),
                    new ImportRequest(null, LICENCE, null, null, false));
        }
        return models;
    }

    void start(Stage stage, Path models) {
        start(stage, new DocumentTranslation(models));
    }

    /** The window over a profile database, as the workstation runs: memory, glossaries, settings, recovery. */
    void startWithProfile(Stage stage, Path models, Path database) {
        start(stage, DocumentTranslation.withProfile(models, database));
    }

    private void start(Stage stage, DocumentTranslation workflow) {
        this.stage = stage;
        this.workflow = workflow;
        executor = new BackgroundTaskExecutor();
        executor.execute(BackgroundTaskExecutor.task(() -> DocumentTranslation.shareProcessorsWithTheWindow()));
        viewModel = new MainViewModel(workflow, executor);
        WorkstationTheme.install();
        stage.setScene(new Scene(new MainView(viewModel, this).root(), 1200, 640));
        stage.show();
    }

    void stop() throws Exception {
        if (viewModel == null || executorStopped) {
            return;
        }
        executorStopped = true;
        WaitForAsyncUtils.asyncFx(viewModel::cancelAll).get();
        executor.shutdown();
        workflow.close();
    }

    @Override
    public Optional<Path> chooseDocument(Window owner) {
        return Optional.ofNullable(documentToOpen.get());
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(Window owner, String suggestedStem, List<ExportOption> options) {
        return Optional.ofNullable(exportTarget.get()).map(file -> new ExportTarget(file, options.stream()
                .filter(o -> file.getFileName().toString().endsWith("." + o.extension())).findFirst().orElseThrow()));
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(Window owner, Optional<Path> folder, String suggestedStem,
            List<ExportOption> options) {
        exportFolder.set(folder);
        return chooseExportTarget(owner, suggestedStem, options);
    }

    @Override
    public Optional<Path> chooseXliff(Window owner, Optional<Path> folder) {
        return Optional.ofNullable(xliffToMerge.get());
    }

    @Override
    public Optional<Path> chooseAttachmentTarget(Window owner, Optional<Path> folder, String suggestedName) {
        attachmentOffered.set(suggestedName);
        return Optional.ofNullable(attachmentTarget.get());
    }

    /** Waits, without sleeping blindly, until {@code condition} holds on the FX thread. */
    static void awaitFx(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    boolean idleWithRows(int rows) {
        return !viewModel.document().busyProperty().get() && viewModel.document().rows().size() == rows;
    }
}
