package org.rendition.workflow.packs;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.packs.ModelChooser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.shortlist.ShortlistException;

/**
 * The engines loaded in a session, one per model pack, so each model's load is paid once. Loading
 * is synchronised; using an engine from two threads at once is the caller's to prevent (the
 * workstation runs all translation work on one background thread).
 */
public final class EngineCache implements AutoCloseable {
    private final ModelLibrary library;
    private final ModelChooser chooser;
    private final Map<String, TranslationEngine> engines = new HashMap<>();

    public EngineCache(Path modelsDirectory) {
        this.library = new ModelLibrary(modelsDirectory);
        this.chooser = new ModelChooser(library);
    }

    public ModelLibrary library() {
        return library;
    }

    public ModelPack choose(LanguagePair pair, Optional<String> requested) throws WorkflowException {
        return chooser.choose(pair, requested);
    }

    public ModelPack choosePreferring(LanguagePair pair, Optional<String> preferred) throws WorkflowException {
        return chooser.choosePreferring(pair, preferred);
    }

    public java.util.List<ModelPack> candidates(LanguagePair pair) throws WorkflowException {
        return chooser.candidates(pair);
    }

    public synchronized TranslationEngine engineFor(ModelPack pack) throws WorkflowException {
        TranslationEngine engine = engines.get(pack.name());
        if (engine != null) {
            return engine;
        }
        try {
            engine = TranslationEngine.open(pack);
        } catch (PackDamagedException | ShortlistException e) {
            throw new WorkflowException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new WorkflowException("Model pack '" + pack.name() + "' could not be loaded: " + e.getMessage()
                    + ". Re-import it from the original media.", e);
        }
        engines.put(pack.name(), engine);
        return engine;
    }

    @Override
    public synchronized void close() {
        engines.values().forEach(TranslationEngine::close);
        engines.clear();
    }
}
