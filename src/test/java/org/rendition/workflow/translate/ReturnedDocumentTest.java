package org.rendition.workflow.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;

/**
 * A document the supervisor returned, reopened and fixed by the analyst, stays one job: the
 * supervisor sees the fix in the job she returned, never a second job beside it.
 */
class ReturnedDocumentTest {
    private static final LanguagePair RU_EN = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);

    @TempDir
    Path temp;

    @Test
    void aReturnedDocumentSaysSoAndItsFixesAreResubmittedInTheSameJob() throws Exception {
        Path models = temp.resolve("models");
        new ModelLibrary(models).importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults());
        Path database = temp.resolve("p.db");
        Path file = temp.resolve("brief.txt");
        Files.writeString(file, "Колонна прошла мост.\nОни продлятся неделю.\n");
        try (DocumentTranslation analyst = DocumentTranslation.withProfile(models, database)) {
            OpenedDocument document = analyst.open(file);
            List<Segment> translated = analyst.translate(document, document.segments(), RU_EN, CancelSignal.NEVER,
                    SegmentListener.NONE);
            analyst.edit(document, translated.get(0), "The convoy crossed the bridge.");
        }
        String job;
        try (UserProfile analyst = UserProfile.open(database)) {
            job = ReviewService.of(analyst).documents(ReviewFilter.ALL).get(0).jobId();
        }
        try (UserProfile sue = UserProfile.open(database, new Actor("sue", Set.of(Role.SUPERVISOR)),
                ClassificationScheme.UK_GSC)) {
            ReviewService.of(sue).comment(job, 1, "A week, not 'they will'.");
            ReviewService.of(sue).returnToAnalyst(job, "Say how long they last.");
        }
        try (DocumentTranslation analyst = DocumentTranslation.withProfile(models, database)) {
            assertEquals(List.of("'brief.txt': \u201cSay how long they last.\u201d"), analyst.returnedToMe(),
                    "the analyst is told at start");
            OpenedDocument reopened = analyst.open(file);
            assertEquals("A week, not 'they will'.", reopened.comments(1).get(0).text(),
                    "the comment is beside its segment");
            assertTrue(reopened.comments(0).isEmpty());
            assertTrue(reopened.returnNotice().orElseThrow().contains("Say how long they last."),
                    "the analyst is told, with the comment");
            List<Segment> saved = reopened.savedWork().orElseThrow();
            analyst.edit(reopened, saved.get(1), "They will last a week.");
            analyst.submit(reopened, "Added the duration.");
        }
        try (UserProfile analyst = UserProfile.open(database)) {
            List<ReviewSummary> documents = ReviewService.of(analyst).documents(ReviewFilter.ALL);
            assertEquals(1, documents.size(), "one job for the document, not one per session");
            assertEquals(job, documents.get(0).jobId());
            assertEquals(ReviewStatus.SUBMITTED, documents.get(0).status(), documents.get(0).toString());
            assertEquals("They will last a week.",
                    ReviewService.of(analyst).open(job).segments().get(1).finalText());
        }
    }
}
