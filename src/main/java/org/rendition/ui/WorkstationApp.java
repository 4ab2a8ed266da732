package org.rendition.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.rendition.arch.AllowedDependency;
import org.rendition.workflow.profile.AppLocations;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.WorkstationStart;

/**
 * The workstation as a JavaFX application; models come from {@link AppLocations#modelsDirectory()}.
 * The window shows at once with a loading state; where the work is kept (team server or profile
 * database) is opened on a thread of their own (it took 25-55 s on a cold two-core machine), then
 * the workstation replaces the loading state. A document named on the command line opens then.
 */
@AllowedDependency(rule = AllowedDependency.Rule.STANDARD_STREAMS,
        reason = "Where the work is kept (a team server or profile that cannot be opened) is also said on the terminal that started the window.")
public final class WorkstationApp extends Application {
    private volatile DocumentTranslation workflow;
    private volatile boolean stopping;
    private TaskExecutor executor;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        WorkstationTheme.install();
        stage.setTitle(Messages.get("app.title"));
        Scene scene = new Scene(loading(), 1200, 760);
        stage.setScene(scene);
        stage.show();
        Optional<Path> document = documentFromCommandLine(getParameters().getRaw());
        Thread starter = new Thread(() -> {
            WorkstationStart started = WorkstationStart.open(AppLocations.modelsDirectory(),
                    DatabaseLocation.defaultPath(), Optional.ofNullable(System.getenv("RENDITION_SERVER")));
            started.notice().ifPresent(notice -> System.err.println("rendition: " + notice));
            Platform.runLater(() -> {
                if (stopping) {
                    started.workflow().close();
                    return;
                }
                workflow = started.workflow();
                showWorkstation(stage, scene, started, document);
            });
        }, "rendition-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void showWorkstation(Stage stage, Scene scene, WorkstationStart started, Optional<Path> document) {
        executor = new BackgroundTaskExecutor();
        executor.execute(BackgroundTaskExecutor.task(() -> DocumentTranslation.shareProcessorsWithTheWindow()));
        viewModel = new MainViewModel(workflow, executor);
        viewModel.showStartNotice(started.notice());
        MainView view = new MainView(viewModel, FileDialogs.native_());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> viewModel.document().documentProperty().get()
                .map(d -> Messages.get("app.titleWithDocument", d.name())).orElse(Messages.get("app.title")),
                viewModel.document().documentProperty()));
        scene.setRoot(view.root());
        // Closing with changes still waiting for the team server asks first.
        stage.setOnCloseRequest(event -> {
            if (!UnsentChangesWarning.allowClose(stage, workflow.unsavedChanges())) {
                event.consume();
            }
        });
        document.ifPresentOrElse(viewModel.document()::open, viewModel::warmUp);
    }

    /** What the window shows while the profile opens. */
    private static Parent loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label(Messages.get("startup.loading"));
        text.setId("startupMessage");
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** {@code rendition report.docx}: the one argument the entry point let through is a document. */
    static Optional<Path> documentFromCommandLine(List<String> arguments) {
        return arguments.size() == 1 ? Optional.of(Path.of(arguments.get(0)).toAbsolutePath()) : Optional.empty();
    }

    @Override
    public void stop() {
        stopping = true;
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
