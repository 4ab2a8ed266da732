package org.rendition.workflow.packs;

import org.rendition.workflow.WorkflowException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.pack.PackDamagedException;
import org.rendition.engine.pack.PackImportException;
import org.rendition.engine.pack.PackListing;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.Precision;
import org.rendition.engine.shortlist.PackShortlist;
import org.rendition.engine.shortlist.Shortlist;
import org.rendition.engine.shortlist.ShortlistBuilder;
import org.rendition.engine.shortlist.ShortlistException;
import org.rendition.engine.shortlist.ShortlistFile;
import org.rendition.text.Language;

/** Administrators' use cases for model packs: import from a folder, list, verify, build a shortlist. */
public final class ModelPacks {
    /** Building a shortlist from more text than this takes is refused midway with a sentence. */
    private static final Duration SHORTLIST_BUDGET = Duration.ofMinutes(10);

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
            return installed(library.importFrom(source, request));
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

    /**
     * Declares the precision an installed pack's products run at unless a run chooses another
     * (decision 0028): {@code bf16} for speed where the processor has bfloat16 products, {@code fp32}
     * for exact float32.
     */
    public InstalledPack declarePrecision(String name, Precision precision) throws WorkflowException {
        try {
            return installed(library.declarePrecision(name, precision));
        } catch (PackDamagedException e) {
            throw new WorkflowException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new WorkflowException("No model pack named '" + name + "' is installed in " + library.root()
                    + ".", e);
        } catch (IOException e) {
            throw new WorkflowException("The precision of '" + name + "' could not be changed: " + e.getMessage()
                    + ". The pack is as it was.", e);
        }
    }

    private static InstalledPack installed(ModelPack pack) {
        return new InstalledPack(pack.folder().getFileName().toString(), pack.folder(), Optional.of(pack.manifest()),
                Optional.empty());
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
                        + " files match the manifest" + shortlistState(pack.get()) + ")"));
            } catch (PackDamagedException e) {
                results.add(new VerifyResult(name, false, e.getMessage()));
            } catch (ShortlistException e) {
                String problem = e.getMessage();
                results.add(new VerifyResult(name, false, "Model pack '" + name + "': "
                        + Character.toLowerCase(problem.charAt(0)) + problem.substring(1)));
            }
        }
        return results;
    }

    /** The pack's shortlist, checked against its own checksum (it is not in the manifest: decision 0026). */
    private static String shortlistState(ModelPack pack) throws ShortlistException {
        int vocabulary;
        try {
            vocabulary = ModelConfig.read(pack.folder().resolve("config.json")).vocabSize();
        } catch (IOException e) {
            return "";
        }
        Optional<Shortlist> shortlist = ShortlistFile.readIfPresent(pack.folder(), vocabulary);
        return shortlist.map(s -> String.format("; shortlist intact: %,d source words, from %s", s.sourceWords(),
                s.origin())).orElse("");
    }

    /**
     * Builds the shortlist of an installed pack from a parallel text (line N of {@code targetFile}
     * translates line N of {@code sourceFile}) and stores it in the pack folder, replacing an earlier
     * one; {@code -Drendition.shortlist=on} or {@code translate --shortlist} then uses it.
     *
     * @param from the source side's language, or null for the pack's only one
     * @param to the target side's language, or null for the pack's only one
     */
    public PackShortlist.Built buildShortlist(String name, Language from, Language to, Path sourceFile,
            Path targetFile, int perWord, int frequent) throws WorkflowException {
        ModelPack pack;
        try {
            pack = library.find(name).orElseThrow(() -> new WorkflowException("No model pack named '" + name
                    + "' is installed in " + library.root() + "."));
            // The table is counted with the pack's tokenizer files: they must be the manifest's.
            pack.verify();
        } catch (PackDamagedException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        ShortlistBuilder.Limits limits;
        try {
            limits = new ShortlistBuilder.Limits(perWord, frequent);
        } catch (IllegalArgumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        Language source = onlyLanguage(pack, from, pack.manifest().sourceLanguages(), "--from");
        Language target = onlyLanguage(pack, to, pack.manifest().targetLanguages(), "--to");
        if (!pack.translates(source, target)) {
            throw new WorkflowException("Model pack '" + name + "' does not translate " + source.iso1() + " into "
                    + target.iso1() + ".");
        }
        try {
            return PackShortlist.build(pack, source, target, sourceFile, targetFile, limits, SHORTLIST_BUDGET);
        } catch (ShortlistException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    private static Language onlyLanguage(ModelPack pack, Language given, List<String> languages, String option)
            throws WorkflowException {
        if (given != null) {
            return given;
        }
        if (languages.size() != 1) {
            throw new WorkflowException("Model pack '" + pack.name() + "' has " + languages.size() + " languages on "
                    + "that side: give " + option + " LANG.");
        }
        return Language.require(languages.get(0));
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
