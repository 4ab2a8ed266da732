package org.rendition.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rendition.engine.LanguagePair;
import org.rendition.text.Language;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.profile.GlossaryInUse;
import org.rendition.workflow.profile.ProfileSettings;
import org.rendition.workflow.translate.DocumentTranslation;

/**
 * The Settings view: model per language pair, beam size, translation-memory threshold, glossaries
 * in use and the database location, read from and saved to the profile in the background.
 */
public final class SettingsViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final Consumer<String> status;
    private final Runnable onSaved;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Language> pairSource = new SimpleObjectProperty<>(Language.RUSSIAN);
    private final ObjectProperty<Language> pairTarget = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObservableList<ModelChoice> modelChoices = FXCollections.observableArrayList(ModelChoice.AUTOMATIC);
    private final ObjectProperty<ModelChoice> model = new SimpleObjectProperty<>(ModelChoice.AUTOMATIC);
    private final ObjectProperty<Integer> beamSize = new SimpleObjectProperty<>(ProfileSettings.MODEL_DEFAULT_BEAMS);
    private final ObjectProperty<Integer> tmThreshold =
            new SimpleObjectProperty<>(ProfileSettings.DEFAULT_TM_THRESHOLD);
    private final ObservableList<GlossaryToggle> glossaries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper databaseFile = new ReadOnlyStringWrapper("");
    private final StringProperty databaseFromNextStart = new SimpleStringProperty("");
    private final StringProperty teamServer = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The model choice each pair had when loaded, so only pairs the user touched are saved. */
    private final Map<LanguagePair, ModelChoice> chosenModels = new java.util.HashMap<>();

    SettingsViewModel(DocumentTranslation workflow, TaskExecutor executor, Consumer<String> status,
            Runnable onSaved) {
        this.workflow = workflow;
        this.executor = executor;
        this.status = status;
        this.onSaved = onSaved;
        pairSource.addListener((o, was, now) -> loadModels());
        pairTarget.addListener((o, was, now) -> loadModels());
        model.addListener((o, was, now) -> currentPair().filter(p -> now != null)
                .ifPresent(pair -> chosenModels.put(pair, now)));
    }

    /** Whether there is a profile database to keep settings in. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ObjectProperty<Language> pairSourceProperty() {
        return pairSource;
    }

    public ObjectProperty<Language> pairTargetProperty() {
        return pairTarget;
    }

    /** Automatic, then every installed pack that translates the pair shown. */
    public ObservableList<ModelChoice> modelChoices() {
        return modelChoices;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    /** 0 leaves the beam size to the model. */
    public ObjectProperty<Integer> beamSizeProperty() {
        return beamSize;
    }

    public ObjectProperty<Integer> tmThresholdProperty() {
        return tmThreshold;
    }

    public ObservableList<GlossaryToggle> glossaries() {
        return glossaries;
    }

    public ReadOnlyStringProperty databaseFileProperty() {
        return databaseFile.getReadOnlyProperty();
    }

    public StringProperty databaseFromNextStartProperty() {
        return databaseFromNextStart;
    }

    /** The team server the window connects to from its next start; blank for this workstation's profile. */
    public StringProperty teamServerProperty() {
        return teamServer;
    }

    /** What the last load or save came to, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the settings in the background and shows them, starting at the pair in {@code pair}. */
    public void load(Optional<LanguagePair> pair) {
        Optional<ProfileSettings> settings = workflow.settings();
        available.set(settings.isPresent());
        if (settings.isEmpty()) {
            message.set(Messages.get("settings.noProfile"));
            return;
        }
        pair.ifPresent(p -> {
            pairSource.set(p.source());
            pairTarget.set(p.target());
        });
        Task<Loaded> read = task(() -> Loaded.from(settings.get()));
        read.setOnSucceeded(e -> {
            Loaded loaded = read.getValue();
            beamSize.set(loaded.beams());
            tmThreshold.set(loaded.threshold());
            glossaries.setAll(loaded.glossaries().stream()
                    .map(g -> new GlossaryToggle(g.name(), g.terms(), g.inUse())).toList());
            databaseFile.set(loaded.database().toString());
            databaseFromNextStart.set(loaded.nextDatabase().toString());
            teamServer.set(loaded.teamServer());
            message.set("");
        });
        executor.execute(read);
        loadModels();
    }

    private record Loaded(int beams, int threshold, List<GlossaryInUse> glossaries, Path database,
            Path nextDatabase, String teamServer) {
        static Loaded from(ProfileSettings settings) {
            return new Loaded(settings.beamSize(), settings.tmThreshold(), settings.glossaries(),
                    settings.databaseFile(), settings.databaseFromNextStart(),
                    settings.teamServerFromNextStart().orElse(""));
        }
    }

    private Optional<LanguagePair> currentPair() {
        return pairSource.get() == null || pairTarget.get() == null || pairSource.get() == pairTarget.get()
                ? Optional.empty() : Optional.of(new LanguagePair(pairSource.get(), pairTarget.get()));
    }

    /** The packs that translate the pair shown, and the one chosen for it. */
    private void loadModels() {
        Optional<LanguagePair> pair = currentPair();
        Optional<ProfileSettings> settings = workflow.settings();
        if (pair.isEmpty() || settings.isEmpty()) {
            modelChoices.setAll(ModelChoice.AUTOMATIC);
            return;
        }
        Task<PairModels> read = task(() -> new PairModels(workflow.modelsFor(pair.get()).stream()
                .map(ModelInfo::name).map(ModelChoice::of).toList(),
                settings.get().modelFor(pair.get()).map(ModelChoice::of).orElse(ModelChoice.AUTOMATIC)));
        read.setOnSucceeded(e -> {
            if (!pair.equals(currentPair())) {
                return;
            }
            List<ModelChoice> choices = new java.util.ArrayList<>(List.of(ModelChoice.AUTOMATIC));
            choices.addAll(read.getValue().installed());
            ModelChoice chosen = chosenModels.getOrDefault(pair.get(), read.getValue().chosen());
            if (!choices.contains(chosen)) {
                choices.add(chosen);
            }
            modelChoices.setAll(choices);
            model.set(chosen);
        });
        executor.execute(read);
    }

    private record PairModels(List<ModelChoice> installed, ModelChoice chosen) {
    }

    /** Saves every setting in the background; each change lands in the history. */
    public void save() {
        Optional<ProfileSettings> settings = workflow.settings();
        if (settings.isEmpty() || busy.get()) {
            return;
        }
        int beams = beamSize.get();
        int threshold = tmThreshold.get();
        Map<String, Boolean> inUse = glossaries.stream()
                .collect(Collectors.toMap(GlossaryToggle::name, g -> g.inUseProperty().get()));
        Map<LanguagePair, Optional<String>> models = chosenModels.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().pack()));
        String nextDatabase = databaseFromNextStart.get().strip();
        String server = teamServer.get();
        Task<Boolean> write = task(() -> {
            ProfileSettings s = settings.get();
            s.setBeamSize(beams);
            s.setTmThreshold(threshold);
            models.forEach(s::setModelFor);
            inUse.forEach(s::setGlossaryInUse);
            boolean serverChanged = s.setTeamServerFromNextStart(server);
            return (!nextDatabase.isEmpty() && s.setDatabaseFromNextStart(Path.of(nextDatabase))) || serverChanged;
        });
        busy.set(true);
        write.setOnSucceeded(e -> {
            busy.set(false);
            message.set(write.getValue() ? Messages.get("settings.savedNextStart", nextDatabase)
                    : Messages.get("settings.saved"));
            status.accept(message.get());
            onSaved.run();
        });
        write.setOnFailed(e -> {
            busy.set(false);
            message.set(Errors.describe(write.getException()));
        });
        executor.execute(write);
    }

    private static <T> Task<T> task(java.util.concurrent.Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }
}
