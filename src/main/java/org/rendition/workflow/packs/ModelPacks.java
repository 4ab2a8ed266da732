package org.rendition.workflow.packs;

import org.rendition.workflow.WorkflowException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.pack.PackImportException;
import org.rendition.engine.pack.PackListing;

/** Administrators' use cases for model packs: import from a folder, list, verify. */
public final class ModelPacks {
    private final ModelLibrary library;

    public ModelPacks(Path modelsDirectory) {
        this.library = new ModelLibrary(modelsDirectory);
    }

    public Path directory() {
        return library.root();
    }

    /** Imports a checkpoint folder; the result is verified before it is returned. */
    public InstalledPack importFolder(Path source, ImportRequest request) throws WorkflowException {
        try {
            ModelPack pack = library.importFrom(source, request);
            return new InstalledPack(pack.folder().getFileName().toString(), pack.folder(),
                    Optional.of(pack.manifest()), Optional.empty());
        } catch (PackImportException e) {
            throw new WorkflowException(e.getMessage(), switch (e.reason()) {
                case NAME_TAKEN -> WorkflowException.Hint.PACK_NAME;
                case LANGUAGES_UNKNOWN -> WorkflowException.Hint.PACK_LANGUAGES;
                case OTHER -> WorkflowException.Hint.NONE;
            }, e);
        } catch (IOException e) {
            throw new WorkflowException("Importing '" + source + "' failed: " + e.getMessage()
                    + ". Nothing was installed.", e);
        }
    }

    /** Every folder of the models directory, with its manifest or what is wrong with it. */
    public List<InstalledPack> list() throws WorkflowException {
        return listings().stream().map(listing -> new InstalledPack(listing.folderName(),
                library.root().resolve(listing.folderName()), listing.pack().map(ModelPack::manifest),
                listing.problem())).toList();
    }

    private List<PackListing> listings() throws WorkflowException {
        try {
            return library.list();
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the model folder " + library.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hashes every file of the named packs (all packs when none are named).
     *
     * @return one result per pack, in order
     */
    public List<VerifyResult> verify(List<String> names) throws WorkflowException {
        List<String> wanted = new ArrayList<>(names);
        if (wanted.isEmpty()) {
            list().forEach(listing -> wanted.add(listing.folderName()));
        }
        List<VerifyResult> results = new ArrayList<>();
        for (String name : wanted) {
            try {
                Optional<ModelPack> pack = library.find(name);
                if (pack.isEmpty()) {
                    results.add(new VerifyResult(name, false, "No model pack named '" + name + "' is installed in "
                            + library.root() + "."));
                    continue;
                }
                pack.get().verify();
                results.add(new VerifyResult(name, true, "intact (" + pack.get().manifest().files().size()
                        + " files match the manifest)"));
            } catch (PackDamagedException e) {
                results.add(new VerifyResult(name, false, e.getMessage()));
            }
        }
        return results;
    }

    ModelLibrary library() {
        return library;
    }

    /**
     * Outcome of verifying one pack.
     *
     * @param name the pack
     * @param intact whether every file matched
     * @param detail what was found, in words
     */
    public record VerifyResult(String name, boolean intact, String detail) {
    }
}
