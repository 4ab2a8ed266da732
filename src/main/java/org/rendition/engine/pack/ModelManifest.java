package org.rendition.engine.pack;

import org.rendition.arch.ValueType;
import org.rendition.engine.model.Precision;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest Rendition writes into every model pack: what the model is, which languages it
 * translates, its licence, and the SHA-256 of every file, checked on every load.
 *
 * @param formatVersion manifest layout version
 * @param name pack name, also its folder name
 * @param architecture {@code marian} or {@code m2m_100}
 * @param sourceLanguages ISO 639-1 codes the model reads
 * @param targetLanguages ISO 639-1 codes the model writes
 * @param license licence of the weights and tokenizer, as the administrator or model card states it
 * @param importedAt when the pack was imported (ISO-8601)
 * @param importedFrom the folder it was imported from
 * @param files file name to digest, for every file of the pack except this manifest
 * @param precision the precision its products run at unless a run chooses another ({@code bf16});
 *     absent for float32, so the manifests of packs that never declared one are unchanged (decision 0028)
 */
@ValueType
public record ModelManifest(int formatVersion, String name, String architecture, List<String> sourceLanguages,
        List<String> targetLanguages, String license, String importedAt, String importedFrom,
        Map<String, FileDigest> files, String precision) {

    public static final String FILE_NAME = "manifest.json";
    public static final int FORMAT_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public ModelManifest {
        sourceLanguages = List.copyOf(sourceLanguages);
        targetLanguages = List.copyOf(targetLanguages);
        files = Map.copyOf(files);
    }

    /** A manifest with no declared precision (float32). */
    public ModelManifest(int formatVersion, String name, String architecture, List<String> sourceLanguages,
            List<String> targetLanguages, String license, String importedAt, String importedFrom,
            Map<String, FileDigest> files) {
        this(formatVersion, name, architecture, sourceLanguages, targetLanguages, license, importedAt, importedFrom,
                files, null);
    }

    /** The precision the pack's products run at unless a run chooses another: float32 unless declared. */
    public Precision declaredPrecision() {
        return precision == null ? Precision.FP32 : Precision.parse(precision);
    }

    /** This manifest declaring {@code chosen}; float32 is written as no declaration at all. */
    public ModelManifest withPrecision(Precision chosen) {
        return new ModelManifest(formatVersion, name, architecture, sourceLanguages, targetLanguages, license,
                importedAt, importedFrom, files, chosen == Precision.FP32 ? null : chosen.label());
    }

    /** Reads a pack's manifest; a missing or unreadable one is reported as damage by the caller. */
    public static ModelManifest read(Path file) throws IOException {
        try {
            ModelManifest manifest = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), ModelManifest.class);
            if (manifest == null || manifest.name() == null || manifest.files() == null
                    || manifest.architecture() == null) {
                throw new IOException("incomplete manifest");
            }
            manifest.declaredPrecision();
            return manifest;
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new IOException("unreadable manifest", e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /** Canonical JSON, file names sorted, so the manifest hash recorded in history is stable. */
    public String toJson() {
        ModelManifest sorted = new ModelManifest(formatVersion, name, architecture, sourceLanguages, targetLanguages,
                license, importedAt, importedFrom, new TreeMap<>(files), precision);
        return GSON.toJson(sorted) + "\n";
    }
}
