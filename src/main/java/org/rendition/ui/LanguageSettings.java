package org.rendition.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rendition.engine.LanguagePair;
import org.rendition.text.Language;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.translate.DocumentTranslation;

/**
 * The toolbar's language choice (source or "detect", target) and the model that serves it; shared
 * by the document and Quick translate.
 */
public final class LanguageSettings {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final Consumer<String> status;
    private final ObservableList<LanguageChoice> sourceChoices = FXCollections.observableArrayList();
    private final ObservableList<Language> targetChoices = FXCollections.observableArrayList(Language.values());
    private final ObjectProperty<LanguageChoice> source = new SimpleObjectProperty<>(LanguageChoice.DETECT);
    private final ObjectProperty<Language> target = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObjectProperty<Optional<Language>> detected = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ModelInfo>> model = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper detectedLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelLabel = new ReadOnlyStringWrapper(Messages.get("model.none"));

    LanguageSettings(DocumentTranslation workflow, TaskExecutor executor, Consumer<String> status) {
        this.workflow = workflow;
        this.executor = executor;
        this.status = status;
        sourceChoices.add(LanguageChoice.DETECT);
        Arrays.stream(Language.values()).map(LanguageChoice::of).forEach(sourceChoices::add);
        source.addListener((o, was, now) -> refreshModel());
        target.addListener((o, was, now) -> refreshModel());
        detected.addListener((o, was, now) -> refreshModel());
        detectedLabel.bind(javafx.beans.binding.Bindings.createStringBinding(() -> source.get().language().isPresent()
                ? "" : detected.get().map(l -> Messages.get("language.detected", l.displayName())).orElse(""),
                source, detected));
    }

    public ObservableList<LanguageChoice> sourceChoices() {
        return sourceChoices;
    }

    public ObservableList<Language> targetChoices() {
        return targetChoices;
    }

    public ObjectProperty<LanguageChoice> sourceProperty() {
        return source;
    }

    public ObjectProperty<Language> targetProperty() {
        return target;
    }

    /** The model for the current pair, once known. */
    public ReadOnlyObjectProperty<Optional<ModelInfo>> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** "(Russian)" beside "Detect" once the document's language is known. */
    public ReadOnlyStringProperty detectedLabelProperty() {
        return detectedLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelLabelProperty() {
        return modelLabel.getReadOnlyProperty();
    }

    /** The language of the open document, as detected. */
    void setDetected(Optional<Language> language) {
        detected.set(language);
    }

    /** The source language in effect: chosen, or else detected. */
    public Optional<Language> effectiveSource() {
        return source.get().language().or(detected::get);
    }

    /**
     * The source language the analyst chose in From, trusted for every segment; empty for
     * Detect, when each segment is translated from the language it was found in.
     */
    public Optional<Language> chosenSource() {
        return source.get().language();
    }

    /** The target language chosen in To. */
    public Language target() {
        return target.get();
    }

    /**
     * Whether the row's source is written right to left: in the language chosen in From, else in
     * its own (an Arabic paragraph of a Russian report is right to left, the Russian ones are not).
     */
    boolean isRightToLeft(SegmentRow row) {
        return chosenSource().or(row::language).or(this::effectiveSource).map(Language::isRightToLeft).orElse(false);
    }

    /** Whether source text is written right to left, so its cells can be shown that way. */
    public boolean sourceIsRightToLeft() {
        return effectiveSource().map(Language::isRightToLeft).orElse(false);
    }

    /** The pair in effect, or empty when the source is unknown or equals the target. */
    Optional<LanguagePair> currentPair() {
        return effectiveSource().filter(from -> from != target.get()).map(from -> new LanguagePair(from, target.get()));
    }

    /** The pair to translate, or empty (with a message saying what to choose) when there is none. */
    Optional<LanguagePair> pair() {
        Optional<Language> from = effectiveSource();
        if (from.isEmpty()) {
            status.accept(Messages.get("language.unknownSource"));
            return Optional.empty();
        }
        if (from.get() == target.get()) {
            status.accept(Messages.get("language.sameAsTarget", target.get().displayName()));
            return Optional.empty();
        }
        return Optional.of(new LanguagePair(from.get(), target.get()));
    }

    /** Looks up, in the background, which model serves the current pair. */
    void refreshModel() {
        Optional<Language> from = effectiveSource();
        if (from.isEmpty() || from.get() == target.get()) {
            model.set(Optional.empty());
            modelLabel.set(Messages.get("model.none"));
            return;
        }
        LanguagePair pair = new LanguagePair(from.get(), target.get());
        Task<ModelInfo> lookup = new Task<>() {
            @Override
            protected ModelInfo call() throws Exception {
                return workflow.modelFor(pair);
            }
        };
        lookup.setOnSucceeded(e -> {
            model.set(Optional.of(lookup.getValue()));
            modelLabel.set(Messages.get("model.label", lookup.getValue().name()));
        });
        lookup.setOnFailed(e -> {
            model.set(Optional.empty());
            modelLabel.set(Messages.get("model.none"));
            status.accept(Errors.describe(lookup.getException()));
        });
        executor.execute(lookup);
    }
}
