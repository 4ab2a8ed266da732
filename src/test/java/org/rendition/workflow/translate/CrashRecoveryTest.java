package org.rendition.workflow.translate;

import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.translate.CrashRecoveryChild;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;

/** Killing the application (kill -9) loses nothing: reopening the file offers the saved work. */
class CrashRecoveryTest {
    @TempDir
    Path temp;

    @Test
    void workOnADocumentSurvivesAKilledProcess() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("profile.db");
        Path file = temp.resolve("report.txt");
        Files.writeString(file, "Приказ выполнен в срок.\n\nКолонна прошла мост. Потерь нет.\n");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrashRecoveryChild.class.getName(), models.toString(),
                database.toString(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                seen.append(line).append('\n');
            }
            assertEquals("READY", line, seen.toString());
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        try (DocumentTranslation reopened = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = reopened.open(file);
            List<Segment> saved = document.savedWork().orElseThrow();
            assertEquals(3, saved.size());
            assertEquals("The order was carried out on time.", saved.get(0).target());
            assertEquals(SegmentStatus.CONFIRMED, saved.get(0).status());
            assertTrue(saved.stream().allMatch(s -> !s.target().isBlank()), saved.toString());
            reopened.startOver(document);
            assertTrue(reopened.open(file).savedWork().isEmpty(), "starting over forgets the saved work");
        }
    }
}
