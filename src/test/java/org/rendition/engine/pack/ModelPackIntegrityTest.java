package org.rendition.engine.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.TinyCheckpoint;
import org.rendition.engine.TranslationEngine;
import org.rendition.text.Language;

/** Import writes a manifest; any later change to a pack's files is caught and named. */
class ModelPackIntegrityTest {
    @TempDir
    Path temp;

    /** The random-weight checkpoint plus real Marian tokenizer files, as an import expects. */
    private static Path checkpoint(Path folder) throws IOException {
        Path checkpoint = TinyCheckpoint.write(folder, 3, 10);
        Path tokenizer = SharedData.model("tiny-marian-zh-en");
        for (String name : List.of("source.spm", "target.spm", "vocab.json")) {
            Files.copy(tokenizer.resolve(name), checkpoint.resolve(name));
        }
        return checkpoint;
    }

    private ModelPack importTiny(ModelLibrary library) throws Exception {
        Path checkpoint = checkpoint(temp.resolve("opus-mt-zh-en"));
        return library.importFrom(checkpoint, ImportRequest.defaults());
    }

    @Test
    void importRecordsEveryFileWithItsDigestAndTheLanguagesFromTheName() throws Exception {
        ModelPack pack = importTiny(new ModelLibrary(temp.resolve("models")));
        assertEquals(List.of("config.json", "generation_config.json", "model.safetensors", "source.spm",
                "target.spm", "vocab.json"),
                pack.manifest().files().keySet().stream().sorted().toList());
        assertEquals(List.of("zh"), pack.manifest().sourceLanguages());
        assertEquals(List.of("en"), pack.manifest().targetLanguages());
        assertTrue(pack.translates(Language.CHINESE, Language.ENGLISH));
        pack.verify();
    }

    @Test
    void flippedByteInWeightsIsNamedByVerify() throws Exception {
        ModelPack pack = importTiny(new ModelLibrary(temp.resolve("models")));
        try (RandomAccessFile file = new RandomAccessFile(pack.folder().resolve("model.safetensors").toFile(), "rw")) {
            file.seek(file.length() - 10);
            int b = file.read();
            file.seek(file.length() - 10);
            file.write(b ^ 0x01);
        }
        PackDamagedException damage = assertThrows(PackDamagedException.class, pack::verify);
        assertEquals("model.safetensors", damage.fileName());
        assertTrue(damage.getMessage().contains("model.safetensors does not match its manifest"));
    }

    @Test
    void damagedPackIsNeverLoaded() throws Exception {
        ModelPack pack = importTiny(new ModelLibrary(temp.resolve("models")));
        Files.writeString(pack.folder().resolve("config.json"), "{}");
        PackDamagedException damage = assertThrows(PackDamagedException.class, () -> TranslationEngine.open(pack));
        assertEquals("config.json", damage.fileName());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        ModelPack pack = importTiny(new ModelLibrary(temp.resolve("models")));
        Files.delete(pack.folder().resolve("generation_config.json"));
        PackDamagedException damage = assertThrows(PackDamagedException.class, pack::verify);
        assertTrue(damage.getMessage().contains("generation_config.json is missing"), damage.getMessage());
    }

    @Test
    void partialCopyOfAPackIsRefusedOnImport() throws Exception {
        ModelPack pack = importTiny(new ModelLibrary(temp.resolve("models")));
        Path media = temp.resolve("usb/opus-mt-zh-en");
        Files.createDirectories(media);
        for (String name : List.of("config.json", "generation_config.json", "manifest.json", "source.spm",
                "target.spm", "vocab.json")) {
            Files.copy(pack.folder().resolve(name), media.resolve(name));
        }
        byte[] weights = Files.readAllBytes(pack.folder().resolve("model.safetensors"));
        Files.write(media.resolve("model.safetensors"), java.util.Arrays.copyOf(weights, weights.length / 2));
        ModelLibrary other = new ModelLibrary(temp.resolve("other"));
        PackImportException refusal = assertThrows(PackImportException.class,
                () -> other.importFrom(media, ImportRequest.defaults()));
        assertTrue(refusal.getMessage().contains("model.safetensors"), refusal.getMessage());
        assertTrue(other.list().isEmpty());
    }

    @Test
    void completePackOnRemovableMediaIsVerifiedAndImportedWithoutWritingToTheMedia() throws Exception {
        ModelPack pack = importTiny(new ModelLibrary(temp.resolve("models")));
        Path media = temp.resolve("usb/opus-mt-zh-en");
        Files.createDirectories(media);
        try (var files = Files.list(pack.folder())) {
            for (Path file : files.toList()) {
                Files.copy(file, media.resolve(file.getFileName()));
            }
        }
        List<String> before = listing(temp.resolve("usb"));
        ModelLibrary workstation = new ModelLibrary(temp.resolve("workstation"));
        ModelPack imported = workstation.importFrom(media, ImportRequest.defaults());
        imported.verify();
        assertEquals(pack.manifest().files(), imported.manifest().files(), "every file as the media's manifest lists it");
        assertEquals(media.toString(), imported.manifest().importedFrom());
        assertEquals(before, listing(temp.resolve("usb")), "nothing written to the media");
    }

    /** Every file under a folder with its size and modification time. */
    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.sorted().map(file -> {
                try {
                    return folder.relativize(file) + " " + Files.size(file) + " " + Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void folderWithoutWeightsIsRefusedWithTheMissingFile() throws Exception {
        Path checkpoint = checkpoint(temp.resolve("opus-mt-ru-en"));
        Files.delete(checkpoint.resolve("model.safetensors"));
        PackImportException refusal = assertThrows(PackImportException.class,
                () -> new ModelLibrary(temp.resolve("models")).importFrom(checkpoint, ImportRequest.defaults()));
        assertTrue(refusal.getMessage().contains("model.safetensors is missing"), refusal.getMessage());
        assertFalse(Files.exists(temp.resolve("models/opus-mt-ru-en")));
    }

    @Test
    void truncatedWeightsAreRefusedAndNothingIsInstalled() throws Exception {
        Path checkpoint = checkpoint(temp.resolve("opus-mt-ru-en"));
        Path weights = checkpoint.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        ModelLibrary library = new ModelLibrary(temp.resolve("models"));
        assertThrows(IOException.class, () -> library.importFrom(checkpoint, ImportRequest.defaults()));
        try (var left = Files.list(temp.resolve("models"))) {
            assertEquals(0, left.count(), "no pack and no staging folder is left behind");
        }
    }

    @Test
    void secondImportUnderTheSameNameIsRefusedUnlessReplacing() throws Exception {
        ModelLibrary library = new ModelLibrary(temp.resolve("models"));
        importTiny(library);
        Path checkpoint = temp.resolve("opus-mt-zh-en");
        assertThrows(PackImportException.class, () -> library.importFrom(checkpoint, ImportRequest.defaults()));
        library.importFrom(checkpoint, new ImportRequest(null, null, null, null, true)).verify();
    }

    @Test
    void multilingualCheckpointListsItsLanguages() throws Exception {
        ModelPack pack = new ModelLibrary(temp.resolve("models"))
                .importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        assertTrue(pack.translates(Language.RUSSIAN, Language.ENGLISH));
        assertTrue(pack.translates(Language.ARABIC, Language.ENGLISH));
        assertTrue(pack.translates(Language.CHINESE, Language.ENGLISH));
        assertFalse(pack.manifest().files().containsKey("reference.jsonl"), "test data is not part of a pack");
    }
}
