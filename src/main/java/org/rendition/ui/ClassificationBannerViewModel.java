package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;

/**
 * The classification banner over the open document: its marking, and changing it (raising is
 * anyone's right; lowering takes a supervisor, and a refusal is shown and recorded).
 */
public final class ClassificationBannerViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final ReadOnlyObjectProperty<Optional<OpenedDocument>> document;
    private final Consumer<String> status;
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");

    ClassificationBannerViewModel(DocumentTranslation workflow, TaskExecutor executor,
                                  ReadOnlyObjectProperty<Optional<OpenedDocument>> document, Consumer<String> status) {
        this.workflow = workflow;
        this.executor = executor;
        this.document = document;
        this.status = status;
        document.addListener((o, was, now) -> refresh());
    }

    /** The marking of the open document, empty when none is open. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Every marking the scheme allows: each level, then each level with each descriptor. */
    public List<String> choices() {
        ClassificationScheme scheme = workflow.classificationScheme();
        List<String> labels = new ArrayList<>(scheme.levels());
        for (String level : scheme.levels()) {
            scheme.descriptors().forEach(d -> labels.add(level + " " + d));
        }
        return labels;
    }

    /** Gives the open document the marking {@code label}; it is recorded in the history. */
    public void classify(String label) {
        document.get().ifPresent(d -> {
            Task<String> task = new Task<>() {
                @Override
                protected String call() {
                    return workflow.classify(d, label).label();
                }
            };
            task.setOnSucceeded(e -> banner.set(task.getValue()));
            task.setOnFailed(e -> {
                refresh();
                status.accept(Errors.describe(task.getException()));
            });
            executor.execute(task);
        });
    }

    private void refresh() {
        banner.set(document.get().map(d -> workflow.classification(d).label()).orElse(""));
    }
}
