package org.rendition.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.TranslatedText;

/** Quick translate: pasted text in, its translation out, worked in the background. */
public final class QuickTranslateViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final LanguageSettings languages;
    private final Consumer<String> status;
    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<TranslatedText> running;

    QuickTranslateViewModel(DocumentTranslation workflow, TaskExecutor executor, LanguageSettings languages,
            Consumer<String> status) {
        this.workflow = workflow;
        this.executor = executor;
        this.languages = languages;
        this.status = status;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void translate() {
        String text = input.get();
        if (text == null || text.isBlank() || busy.get()) {
            return;
        }
        Optional<Language> chosen = languages.sourceProperty().get().language();
        Language target = languages.targetProperty().get();
        cancelled.set(false);
        Task<TranslatedText> task = new Task<>() {
            @Override
            protected TranslatedText call() throws Exception {
                Language source = chosen.isPresent() ? chosen.get() : workflow.detect(text)
                        .orElseThrow(() -> new WorkflowException(Messages.get("language.unknownSource")));
                if (source == target) {
                    throw new WorkflowException(Messages.get("language.sameAsTarget", target.displayName()));
                }
                return workflow.translateText(text, source, target, CancelSignal.of(cancelled::get));
            }
        };
        task.setOnSucceeded(e -> {
            output.set(task.getValue().text());
            status.accept(Messages.get("quick.done", task.getValue().source().displayName(),
                    task.getValue().modelName()));
        });
        task.setOnFailed(e -> status.accept(Errors.describe(task.getException())));
        task.setOnCancelled(e -> status.accept(Messages.get("status.cancelled")));
        busy.bind(task.runningProperty());
        running = task;
        status.accept(Messages.get("quick.translating"));
        executor.execute(task);
    }

    public void cancel() {
        if (running != null && busy.get()) {
            // Marked cancelled before the model is told, so the model's stop cannot fail the task first.
            running.cancel(false);
            cancelled.set(true);
        }
    }
}
