package org.rendition.engine.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rendition.engine.model.Architecture;
import org.rendition.engine.model.Precision;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.model.CheckpointShapes;
import org.rendition.engine.model.Safetensors;

/**
 * The folder of installed model packs ({@code models/<name>/}). Imports copy a checkpoint into a
 * hidden staging folder, hashing while copying, and only rename it into place once the manifest
 * is written, so an interrupted import never leaves a pack that looks whole.
 */
public final class ModelLibrary {
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final String STAGING_PREFIX = ".importing-";

    private final Path root;

    public ModelLibrary(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Every pack folder, in name order, with the problem of any that cannot be opened. */
    public List<PackListing> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<PackListing> listings = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                String name = folder.getFileName().toString();
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || name.startsWith(".")
                        || !Files.exists(folder.resolve(ModelManifest.FILE_NAME))) {
                    continue;
                }
                try {
                    listings.add(new PackListing(name, Optional.of(ModelPack.open(folder)), Optional.empty()));
                } catch (PackDamagedException e) {
                    listings.add(new PackListing(name, Optional.empty(), Optional.of(e.getMessage())));
                }
            }
        }
        return listings;
    }

    /** Opens the named pack without hashing its files (see {@link ModelPack#verify()}). */
    public Optional<ModelPack> find(String name) throws PackDamagedException {
        Path folder = root.resolve(name).normalize();
        if (!folder.getParent().equals(root) || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return Optional.of(ModelPack.open(folder));
    }

    /**
     * Declares the precision an installed pack's products run at unless a run chooses another
     * (decision 0028). The manifest is replaced in one move, so a reader sees the old or the new one;
     * its hash, recorded with every translation, changes with it.
     */
    public ModelPack declarePrecision(String name, Precision precision) throws PackDamagedException, IOException {
        ModelPack pack = find(name).orElseThrow(() -> new NoSuchFileException(root.resolve(name).toString(), null,
                "no model pack named '" + name + "' is installed"));
        Path file = pack.folder().resolve(ModelManifest.FILE_NAME);
        Path staged = Files.createTempFile(pack.folder(), ".manifest-", ".json");
        try {
            pack.manifest().withPrecision(precision).write(staged);
            ReadableByAll.apply(staged);
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staged);
        }
        return ModelPack.open(pack.folder());
    }

    /**
     * Imports a HuggingFace checkpoint folder (or a pack exported by another Rendition) as a pack.
     * A folder that carries a manifest is checked against it first, so a partial copy from
     * removable media is refused rather than imported.
     */
    public ModelPack importFrom(Path source, ImportRequest request) throws PackImportException, IOException {
        Path from = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(from)) {
            throw new PackImportException("'" + source + "' is not a folder. Give the folder that holds "
                    + "config.json and model.safetensors.");
        }
        checkCarriedManifest(from);
        ModelConfig config = readConfig(from);
        for (String required : CheckpointLayout.requiredFiles(config.architecture())) {
            if (!Files.isRegularFile(from.resolve(required), LinkOption.NOFOLLOW_LINKS)) {
                throw new PackImportException("'" + from.getFileName() + "' is not a complete "
                        + describe(config.architecture()) + " checkpoint: " + required + " is missing.");
            }
        }
        String name = packName(request.name() != null ? request.name() : from.getFileName().toString());
        List<List<String>> languages = CheckpointLayout.languages(from, config.architecture(), request);
        String license = request.license() != null ? request.license()
                : CheckpointLayout.cardLicense(from).orElse("not stated by the checkpoint");

        Files.createDirectories(root);
        Path target = root.resolve(name);
        if (Files.exists(target) && !request.replace()) {
            throw new PackImportException("A model pack named '" + name + "' is already installed. "
                    + "Choose another name, or replace it.", PackImportException.Reason.NAME_TAKEN);
        }
        Path staging = Files.createTempDirectory(root, STAGING_PREFIX + name + "-");
        try {
            Map<String, FileDigest> digests = copyFiles(from, staging);
            checkWeights(staging, config);
            ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT_VERSION, name,
                    config.architecture().modelType(), languages.get(0), languages.get(1), license,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), from.toString(), digests)
                    .withPrecision(request.precision() == null ? Precision.FP32 : request.precision());
            manifest.write(staging.resolve(ModelManifest.FILE_NAME));
            ReadableByAll.apply(staging);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new PackImportException("Another import of '" + name + "' finished first; try again.", e);
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
        try {
            return ModelPack.open(target);
        } catch (PackDamagedException e) {
            throw new PackImportException(e.getMessage(), e);
        }
    }

    private static void checkCarriedManifest(Path from) throws PackImportException {
        if (!Files.exists(from.resolve(ModelManifest.FILE_NAME))) {
            return;
        }
        try {
            ModelPack.open(from).verify();
        } catch (PackDamagedException e) {
            throw new PackImportException("Refusing to import '" + from.getFileName() + "': it carries a manifest "
                    + "and " + e.fileName() + " does not match it, so the copy is partial or altered. "
                    + "Copy the pack again from the original media.", e);
        }
    }

    private static ModelConfig readConfig(Path from) throws PackImportException {
        try {
            return ModelConfig.read(from.resolve("config.json"));
        } catch (NoSuchFileException e) {
            throw new PackImportException("'" + from.getFileName() + "' has no config.json, so it is not a "
                    + "HuggingFace checkpoint folder.", e);
        } catch (IOException e) {
            throw new PackImportException("Cannot import '" + from.getFileName() + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, FileDigest> copyFiles(Path from, Path staging) throws IOException {
        Map<String, FileDigest> digests = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                // Symbolic links could pull in files from anywhere on the machine; packs are plain files.
                if (!CheckpointLayout.KNOWN_FILES.contains(fileName)
                        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Path copy = staging.resolve(fileName);
                try (OutputStream out = Files.newOutputStream(copy)) {
                    String sha = Sha256.copy(file, out);
                    digests.put(fileName, new FileDigest(sha, Files.size(copy)));
                }
            }
        }
        return digests;
    }

    private static void checkWeights(Path staging, ModelConfig config) throws PackImportException, IOException {
        // Reads only the header: bounds of every tensor catch a truncated or foreign file, shapes a
        // config.json that does not describe these weights.
        Path weights = staging.resolve("model.safetensors");
        Safetensors.check(weights);
        try {
            CheckpointShapes.check(config, weights);
        } catch (IOException e) {
            throw new PackImportException(e.getMessage(), e);
        }
    }

    private static String packName(String proposed) throws PackImportException {
        String name = proposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        if (!VALID_NAME.matcher(name).matches()) {
            throw new PackImportException("'" + proposed + "' cannot be a pack name; use letters, digits, "
                    + "dots, dashes and underscores.");
        }
        return name;
    }

    private static String describe(Architecture architecture) {
        return architecture == Architecture.MARIAN ? "Marian (OPUS-MT)" : "M2M100/NLLB";
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
