package org.rendition.engine.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.model.Precision;
import org.rendition.engine.model.Seq2SeqModel;

/** A pack declares the precision its products run at; a run's own choice still wins (decision 0028). */
class DeclaredPrecisionTest {
    @TempDir
    Path folder;

    @AfterEach
    void forgetTheRunsChoice() {
        System.clearProperty(Precision.PROPERTY);
    }

    @Test
    void aPackImportedWithoutAPrecisionRunsFloat32AndItsManifestDoesNotMentionOne() throws Exception {
        ModelPack pack = library().importFrom(SharedData.model("tiny-marian-zh-en"), ImportRequest.defaults());
        assertEquals(Precision.FP32, pack.manifest().declaredPrecision());
        assertFalse(manifestText(pack).contains("precision"), manifestText(pack));
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            assertEquals(Precision.FP32, engine.precision());
        }
    }

    @Test
    void aPackDeclaredBf16RunsBf16WhereThisProcessorCanAndTheRunsSettingOverridesIt() throws Exception {
        ModelPack pack = library().importFrom(SharedData.model("tiny-marian-zh-en"),
                new ImportRequest("fast", null, null, null, false, Precision.BF16));
        assertEquals(Precision.BF16, pack.manifest().declaredPrecision());
        assertTrue(manifestText(pack).contains("\"precision\": \"bf16\""), manifestText(pack));
        pack.verify();
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            Precision expected = Seq2SeqModel.bf16Unavailable().isPresent() ? Precision.FP32 : Precision.BF16;
            assertEquals(expected, engine.precision());
        }
        System.setProperty(Precision.PROPERTY, "fp32");
        try (TranslationEngine engine = TranslationEngine.open(pack)) {
            assertEquals(Precision.FP32, engine.precision());
        }
    }

    @Test
    void declaringFloat32AgainRestoresTheManifestAndItsHash() throws Exception {
        ModelLibrary library = library();
        ModelPack imported = library.importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        ModelPack fast = library.declarePrecision("tiny-nllb", Precision.BF16);
        assertEquals(Precision.BF16, fast.manifest().declaredPrecision());
        // The hash recorded with each translation tells the two settings apart.
        assertFalse(fast.manifestHash().equals(imported.manifestHash()));
        ModelPack exact = library.declarePrecision("tiny-nllb", Precision.FP32);
        assertEquals(imported.manifestHash(), exact.manifestHash());
        exact.verify();
        try (var files = Files.list(exact.folder())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".manifest-")),
                    "no staged manifest is left behind");
        }
    }

    @Test
    void aManifestNamingAnUnknownPrecisionIsReportedAsDamage() throws Exception {
        ModelPack pack = library().importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path manifest = pack.folder().resolve(ModelManifest.FILE_NAME);
        Files.writeString(manifest, manifestText(pack).replaceFirst("\\{", "{\n  \"precision\": \"int3\","),
                StandardCharsets.UTF_8);
        PackDamagedException damaged = assertThrows(PackDamagedException.class, () -> ModelPack.open(pack.folder()));
        assertTrue(damaged.getMessage().contains(ModelManifest.FILE_NAME), damaged.getMessage());
    }

    private ModelLibrary library() {
        return new ModelLibrary(folder.resolve("models"));
    }

    private static String manifestText(ModelPack pack) throws Exception {
        return Files.readString(pack.folder().resolve(ModelManifest.FILE_NAME), StandardCharsets.UTF_8);
    }
}
