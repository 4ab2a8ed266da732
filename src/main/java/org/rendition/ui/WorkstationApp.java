package org.rendition.ui;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rendition.arch.AllowedDependency;
import java.util.Optional;
import org.rendition.workflow.profile.AppLocations;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.WorkstationStart;

/** The workstation as a JavaFX application; models come from {@link AppLocations#modelsDirectory()}. */
@AllowedDependency(rule = AllowedDependency.Rule.STANDARD_STREAMS,
        reason = "Where the work is kept (a team server or profile that cannot be opened) is also said on the terminal that started the window, before the window exists.")
public final class WorkstationApp extends Application {
    private DocumentTranslation workflow;
    private TaskExecutor executor;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        WorkstationStart started = WorkstationStart.open(AppLocations.modelsDirectory(), DatabaseLocation.defaultPath(),
                Optional.ofNullable(System.getenv("RENDITION_SERVER")));
        workflow = started.workflow();
        started.notice().ifPresent(notice -> System.err.println("rendition: " + notice));
        executor = new BackgroundTaskExecutor();
        executor.execute(BackgroundTaskExecutor.task(() -> DocumentTranslation.shareProcessorsWithTheWindow()));
        viewModel = new MainViewModel(workflow, executor);
        viewModel.showStartNotice(started.notice());
        WorkstationTheme.install();
        MainView view = new MainView(viewModel, FileDialogs.native_());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> viewModel.document().documentProperty().get()
                .map(d -> Messages.get("app.titleWithDocument", d.name())).orElse(Messages.get("app.title")),
                viewModel.document().documentProperty()));
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.setOnCloseRequest(event -> {
            if (!UnsentChangesWarning.allowClose(stage, workflow.unsavedChanges())) {
                event.consume();
            }
        });
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
