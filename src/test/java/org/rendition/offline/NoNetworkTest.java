package org.rendition.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.Main;
import org.rendition.SharedData;

/** The engine never touches the network: proven in-process by a guard, and with no network at all. */
class NoNetworkTest {
    @TempDir
    Path temp;

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exit, String output) {
    }

    private Run run(List<String> command, Path djlCache) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DJL_CACHE_DIR", djlCache.toString());
        builder.environment().put("ENGINE_CACHE_DIR", djlCache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished");
        return new Run(process.exitValue(), output);
    }

    @Test
    void importAndTranslationMakeNoNetworkAttempt() throws Exception {
        SharedData.model("tiny-nllb");
        Run run = run(List.of(javaBinary(), "-Djava.security.manager=allow", "-cp",
                System.getProperty("java.class.path"), NetworkGuardMain.class.getName(),
                SharedData.root().toString()), temp.resolve("djl"));
        assertEquals(0, run.exit, run.output);
    }

    @Test
    void guardCatchesADeliberateConnection() throws Exception {
        Run run = run(List.of(javaBinary(), "-Djava.security.manager=allow", "-cp",
                System.getProperty("java.class.path"), NetworkGuardMain.class.getName(),
                SharedData.root().toString(), "--prove-guard"), temp.resolve("djl"));
        assertEquals(3, run.exit, run.output);
        assertTrue(run.output.contains("127.0.0.1:9"), run.output);
    }

    @Test
    void firstRunWorksInANetworkNamespaceWithNoInterfaces() throws Exception {
        SharedData.model("tiny-nllb");
        boolean unshareWorks;
        try {
            unshareWorks = new ProcessBuilder("unshare", "-n", "true").start().waitFor() == 0;
        } catch (IOException e) {
            unshareWorks = false;
        }
        if (!unshareWorks) {
            System.out.println("SKIPPED: 'unshare -n' is not permitted here, so no network namespace can be made.");
        }
        assumeTrue(unshareWorks, "'unshare -n' is not permitted here");
        Path models = temp.resolve("models");
        // A fresh DJL cache: the native libraries must come out of the Maven jars, not a download.
        Path cache = temp.resolve("fresh-djl-cache");
        List<String> java = List.of("unshare", "-n", javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName());
        List<String> importing = new ArrayList<>(java);
        importing.addAll(List.of("models", "import", SharedData.model("tiny-nllb").toString(), "--models-dir",
                models.toString()));
        Run imported = run(importing, cache);
        assertEquals(0, imported.exit, imported.output);
        Path in = temp.resolve("ru.txt");
        Files.writeString(in, "Министерство обороны сообщило о начале учений.\n");
        List<String> translating = new ArrayList<>(java);
        translating.addAll(List.of("translate", "--in", in.toString(), "--models-dir", models.toString()));
        Run translated = run(translating, cache);
        assertEquals(0, translated.exit, translated.output);
        assertTrue(translated.output.contains("Translated 1 sentence from Russian"), translated.output);
        try (var extracted = Files.walk(cache)) {
            assertTrue(extracted.anyMatch(p -> p.getFileName().toString().startsWith("libtorch")),
                    "libtorch was extracted from the jar into the fresh cache");
        }
    }
}
