package org.rendition.workflow.review;

import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.DiffPart;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewServiceTest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word-level diff between machine output and final text, on edited Russian and Arabic. */
class ReviewDiffTest {
    @TempDir
    Path dir;

    private ReviewSegment reviewed(String machine, String edited) {
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"), ReviewServiceTest.SUE,
                ClassificationScheme.UK_GSC)) {
            String job = ReviewServiceTest.translate(profile, "doc.txt", "source", machine, edited);
            return ReviewService.of(profile).open(job).segments().get(0);
        }
    }

    @Test
    void russianEditShowsTheChangedAndAddedWords() {
        ReviewSegment segment = reviewed("Министерство обороны сообщило о начале учений.",
                "Министерство обороны объявило о начале масштабных учений.");
        assertEquals(List.of(
                new DiffPart(DiffPart.Kind.SAME, "Министерство обороны", "Министерство обороны"),
                new DiffPart(DiffPart.Kind.CHANGED, "сообщило", "объявило"),
                new DiffPart(DiffPart.Kind.SAME, "о начале", "о начале"),
                new DiffPart(DiffPart.Kind.ADDED, "", "масштабных"),
                new DiffPart(DiffPart.Kind.SAME, "учений.", "учений.")), segment.diff());
        // 2 word edits over the longer side's 7 words and a full stop (7.25): 72% kept.
        assertEquals(0.28, segment.editRatio(), 1e-9);
        assertEquals("Министерство обороны [-сообщило-]{+объявило+} о начале {+масштабных+} учений.",
                segment.renderedDiff());
    }

    @Test
    void arabicEditKeepsWordsWholeAndInReadingOrder() {
        ReviewSegment segment = reviewed("وصل الوزير إلى القاهرة أمس.", "وصل وزير الخارجية إلى القاهرة صباح أمس.");
        assertEquals(List.of(
                new DiffPart(DiffPart.Kind.SAME, "وصل", "وصل"),
                new DiffPart(DiffPart.Kind.CHANGED, "الوزير", "وزير الخارجية"),
                new DiffPart(DiffPart.Kind.SAME, "إلى القاهرة", "إلى القاهرة"),
                new DiffPart(DiffPart.Kind.ADDED, "", "صباح"),
                new DiffPart(DiffPart.Kind.SAME, "أمس.", "أمس.")), segment.diff());
    }

    @Test
    void arabicVowelMarkAddedByTheAnalystIsAChangeOfThatWordOnly() {
        ReviewSegment segment = reviewed("عقد الاجتماع مساء أمس.", "عُقد الاجتماع مساء أمس.");
        assertEquals(new DiffPart(DiffPart.Kind.CHANGED, "عقد", "عُقد"), segment.diff().get(0));
        assertEquals(new DiffPart(DiffPart.Kind.SAME, "الاجتماع مساء أمس.", "الاجتماع مساء أمس."),
                segment.diff().get(1));
    }

    @Test
    void unchangedMachineOutputHasNoEdits() {
        ReviewSegment segment = reviewed("Привет, мир.", null);
        assertEquals(0, segment.editRatio());
        assertEquals(List.of(new DiffPart(DiffPart.Kind.SAME, "Привет, мир.", "Привет, мир.")), segment.diff());
    }
}
