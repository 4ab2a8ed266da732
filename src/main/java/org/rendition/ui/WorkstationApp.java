package org.rendition.ui;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rendition.workflow.AppLocations;
import org.rendition.workflow.DocumentTranslation;

/** The workstation as a JavaFX application; models come from {@link AppLocations#modelsDirectory()}. */
public final class WorkstationApp extends Application {
    private DocumentTranslation workflow;
    private TaskExecutor executor;

    @Override
    public void start(Stage stage) {
        workflow = new DocumentTranslation(AppLocations.modelsDirectory());
        executor = new BackgroundTaskExecutor();
        MainViewModel viewModel = new MainViewModel(workflow, executor);
        MainView view = new MainView(viewModel, FileDialogs.native_());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> viewModel.document().documentProperty().get()
                .map(d -> Messages.get("app.titleWithDocument", d.name())).orElse(Messages.get("app.title")),
                viewModel.document().documentProperty()));
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (workflow != null) {
            workflow.close();
        }
    }
}
