package org.rendition.ui;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rendition.arch.AllowedDependency;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.AppLocations;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.translate.DocumentTranslation;

/** The workstation as a JavaFX application; models come from {@link AppLocations#modelsDirectory()}. */
@AllowedDependency(rule = AllowedDependency.Rule.STANDARD_STREAMS,
        reason = "A profile that cannot be opened is reported on the terminal that started the window, before the window exists; the window then runs without memory.")
public final class WorkstationApp extends Application {
    private DocumentTranslation workflow;
    private TaskExecutor executor;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        try {
            workflow = DocumentTranslation.withProfile(AppLocations.modelsDirectory(), DatabaseLocation.defaultPath());
        } catch (WorkflowException e) {
            // The workstation still translates; memory, glossary and history are off until fixed.
            System.err.println("rendition: " + Errors.withHint(e) + " Translation memory and history are off.");
            workflow = new DocumentTranslation(AppLocations.modelsDirectory());
        }
        executor = new BackgroundTaskExecutor();
        executor.execute(BackgroundTaskExecutor.task(() -> DocumentTranslation.shareProcessorsWithTheWindow()));
        viewModel = new MainViewModel(workflow, executor);
        WorkstationTheme.install();
        MainView view = new MainView(viewModel, FileDialogs.native_());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> viewModel.document().documentProperty().get()
                .map(d -> Messages.get("app.titleWithDocument", d.name())).orElse(Messages.get("app.title")),
                viewModel.document().documentProperty()));
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
    }

    @Override
    public void stop() {
        // Engines are closed only after the worker has left them: cancel, wait, then close.
        if (viewModel != null) {
            viewModel.cancelAll();
        }
        if (executor != null) {
            executor.shutdown();
        }
        if (workflow != null) {
            workflow.close();
        }
    }
}
