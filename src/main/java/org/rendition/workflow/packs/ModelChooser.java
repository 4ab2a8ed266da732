package org.rendition.workflow.packs;

import org.rendition.workflow.WorkflowException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.pack.PackListing;

/**
 * Picks the pack for a language pair. A model trained for exactly that pair (OPUS-MT) is preferred
 * to a multilingual one, since a dedicated model of the same size translates its pair better.
 */
final class ModelChooser {
    private final ModelLibrary library;

    ModelChooser(ModelLibrary library) {
        this.library = library;
    }

    ModelPack choose(LanguagePair pair, Optional<String> requested) throws WorkflowException {
        try {
            if (requested.isPresent()) {
                Optional<ModelPack> found = library.find(requested.get());
                if (found.isEmpty()) {
                    throw new WorkflowException("No model pack named '" + requested.get() + "' is installed. "
                            + installed());
                }
                ModelPack pack = found.get();
                if (!pack.translates(pair.source(), pair.target())) {
                    throw new WorkflowException("Model pack '" + pack.name() + "' does not translate " + pair
                            + "; it covers " + coverage(pack) + ".");
                }
                return pack;
            }
            List<ModelPack> candidates = candidates(pair);
            if (candidates.isEmpty()) {
                throw new WorkflowException("No installed model pack translates " + pair + ". " + installed()
                        + " Import one with 'rendition models import <folder>'.");
            }
            return candidates.get(0);
        } catch (PackDamagedException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /**
     * The pack the user chose for the pair in Settings while it is installed and translates the
     * pair, else the automatic choice: a removed pack must not stop translation.
     */
    ModelPack choosePreferring(LanguagePair pair, Optional<String> preferred) throws WorkflowException {
        if (preferred.isPresent()) {
            try {
                Optional<ModelPack> found = library.find(preferred.get());
                if (found.isPresent() && found.get().translates(pair.source(), pair.target())) {
                    return found.get();
                }
            } catch (PackDamagedException e) {
                // the automatic choice below reports what is wrong with the library, if anything
            }
        }
        return choose(pair, Optional.empty());
    }

    /** Every intact installed pack that translates the pair, the automatic choice first. */
    List<ModelPack> candidates(LanguagePair pair) throws WorkflowException {
        try {
            return library.list().stream().flatMap(l -> l.pack().stream())
                    .filter(p -> p.translates(pair.source(), pair.target()))
                    .sorted(Comparator.comparingInt((ModelPack p) -> p.manifest().sourceLanguages().size())
                            .thenComparing(ModelPack::name))
                    .toList();
        } catch (java.io.IOException e) {
            throw new WorkflowException("Cannot read the model folder " + library.root() + ": " + e.getMessage(), e);
        }
    }

    private String installed() {
        try {
            List<PackListing> listings = library.list();
            if (listings.isEmpty()) {
                return "No model packs are installed in " + library.root() + ".";
            }
            return "Installed: " + listings.stream()
                    .map(l -> l.pack().map(p -> p.name() + " (" + coverage(p) + ")").orElse(l.folderName() + " (damaged)"))
                    .collect(Collectors.joining(", ")) + ".";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String coverage(ModelPack pack) {
        List<String> from = pack.manifest().sourceLanguages();
        List<String> to = pack.manifest().targetLanguages();
        if (from.size() > 3) {
            return from.size() + " languages";
        }
        return String.join("/", from) + " to " + String.join("/", to);
    }
}
