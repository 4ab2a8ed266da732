package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.history.EventKind;
import org.rendition.text.Language;
import org.rendition.workflow.profile.UserProfile;

/**
 * A command-line job that stops half way (killed, cancelled) keeps in the history every segment
 * it had finished: each is recorded as it is done, not at the end.
 */
class InterruptedTextJobTest {
    @TempDir
    Path temp;

    @Test
    void segmentsFinishedBeforeARunStopsAreInTheHistory() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("p.db");
        StringBuilder text = new StringBuilder();
        String[] towns = {"Москву", "Киев", "Минск", "Казань", "Тверь", "Омск", "Псков", "Курск", "Тулу", "Орёл",
            "Брянск", "Пермь"};
        for (String town : towns) {
            // No numbers: a sentence whose number the model dropped is reported only after its repair.
            text.append("Колонна прошла через ").append(town).append(" утром. ");
        }
        long[] polls = {0};
        try (UserProfile profile = UserProfile.open(database);
                UserProfile watcher = UserProfile.open(database);
                TextTranslation translation = new TextTranslation(models, profile)) {
            // Batches of 4: the run stops as soon as another connection sees a finished segment in
            // the history, as a kill would strike at any moment after.
            assertThrows(CancellationException.class, () -> translation.translate("long.txt", text.toString(),
                    Optional.of(Language.RUSSIAN), Language.ENGLISH, Optional.empty(),
                    DecodingOptions.modelDefaults().withBatchSize(4), () -> ++polls[0] % 10 == 0
                            && watcher.history().latest(5).stream()
                                    .anyMatch(r -> r.event().kind() == EventKind.SEGMENT_TRANSLATED)));
        }
        try (UserProfile profile = UserProfile.open(database)) {
            List<EventKind> kinds = profile.history().latest(50).stream().map(r -> r.event().kind()).toList();
            long translated = kinds.stream().filter(k -> k == EventKind.SEGMENT_TRANSLATED).count();
            assertTrue(translated >= 4 && translated < 12, kinds.toString());
            assertEquals(0, kinds.stream().filter(k -> k == EventKind.JOB_FINISHED).count());
            assertTrue(profile.history().verify().intact());
        }
    }
}
