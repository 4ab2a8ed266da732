package org.rendition.workflow.translate;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.packs.EngineCache;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.profile.ProfileSettings;

/**
 * Which installed model pack translates a pair, and how it decodes: a run's own choice (the
 * command line's {@code --model} and {@code --beams}) over the Settings', over the best installed.
 */
final class ChosenModels {
    /**
     * Smaller batches than the engine's default so rows fill in steadily and progress moves
     * often; on two cores the throughput lost is small.
     */
    static final int BATCH_SIZE = 8;

    private final EngineCache engines;
    private final Supplier<Optional<ProfileSettings>> settings;
    private RunChoice choice = RunChoice.SETTINGS;

    ChosenModels(EngineCache engines, Supplier<Optional<ProfileSettings>> settings) {
        this.engines = engines;
        this.settings = settings;
    }

    void chooseForThisRun(RunChoice choice) {
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /** The pack that translates {@code pair}: the run's, else the one chosen in Settings, else the best installed. */
    ModelPack packFor(LanguagePair pair) {
        if (choice.model().isPresent()) {
            return engines.choose(pair, choice.model());
        }
        return engines.choosePreferring(pair, settings.get().flatMap(s -> s.modelFor(pair)));
    }

    /** The engine of the pack that translates {@code pair}, loaded if need be. */
    TranslationEngine engineFor(LanguagePair pair) {
        return engines.engineFor(packFor(pair));
    }

    /** The engine of {@code pack}, loaded if need be. */
    TranslationEngine engineFor(ModelPack pack) {
        return engines.engineFor(pack);
    }

    DecodingOptions decodingOptions() {
        int beams = choice.beams() > 0 ? choice.beams()
                : settings.get().map(ProfileSettings::beamSize).orElse(ProfileSettings.MODEL_DEFAULT_BEAMS);
        return DecodingOptions.modelDefaults().withBatchSize(BATCH_SIZE).withBeams(beams);
    }

    ModelInfo modelFor(LanguagePair pair) {
        return info(packFor(pair));
    }

    List<ModelInfo> modelsFor(LanguagePair pair) {
        return engines.candidates(pair).stream().map(ChosenModels::info).toList();
    }

    List<ModelInfo> installedModels() {
        try {
            return engines.library().list().stream().flatMap(listing -> listing.pack().stream())
                    .map(ChosenModels::info).toList();
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the model folder " + engines.library().root() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The installed pack called {@code name}, or null when it is gone (the history then names no model). */
    ModelPack packNamed(Optional<String> name) {
        try {
            return name.isEmpty() ? null : engines.library().find(name.get()).orElse(null);
        } catch (PackDamagedException e) {
            return null;
        }
    }

    private static ModelInfo info(ModelPack pack) {
        return new ModelInfo(pack.name(), pack.manifest().license(), pack.manifest().sourceLanguages(),
                pack.manifest().targetLanguages());
    }
}
