package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every reader, not only PDF's, is abandoned at the reading time budget: a parser stuck on a file
 * built to loop gives the person one sentence naming the limit, within the budget, and a parser
 * that fails with an unexpected error still reaches the caller as that error.
 */
class ReadingTimeBudgetTest {
    private static final String PROPERTY = "rendition.documents.maxSeconds";

    @AfterEach
    void restore() {
        System.clearProperty(PROPERTY);
    }

    /** A reader whose parser never finishes, as one caught in a pathological regular expression. */
    private static final class StuckReader extends ByteReader {
        @Override
        public DocumentFormat format() {
            return DocumentFormat.HTML;
        }

        @Override
        boolean recognises(byte[] head) {
            return true;
        }

        @Override
        SourceDocument read(String name, byte[] bytes) {
            while (!Thread.currentThread().isInterrupted()) {
                Math.sqrt(System.nanoTime());
            }
            throw new IllegalStateException("stopped");
        }
    }

    @Test
    void aReaderStuckInItsParserIsAbandonedAtTheBudgetWithOneSentence() {
        System.setProperty(PROPERTY, "1");
        long start = System.nanoTime();
        DocumentException refused = assertThrows(DocumentException.class,
                () -> new StuckReader().readSafely("loop.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, "refused after " + seconds + " s");
        assertEquals(DocumentException.Reason.TOO_LARGE, refused.reason());
        assertTrue(refused.getMessage().startsWith("'loop.html' took too long to read, more than the 1 seconds"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("-D" + PROPERTY), refused.getMessage());
    }

    @Test
    void aRealFileIsStillReadThroughTheBudget() throws Exception {
        SourceDocument read = new HtmlReader().readSafely("page.html",
                "<html><body><p>Колонна прошла мост.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(read.plainText().contains("Колонна прошла мост."), read.plainText());
    }
}
