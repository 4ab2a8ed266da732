package org.rendition.workflow.translate;

import org.rendition.workflow.WorkflowException;

/**
 * How much text one {@code translate} run takes, so that input no one would translate in one go
 * (a dump of 100,000 lines, a megabyte with no sentence end) is refused within seconds, naming the
 * limit and how to raise it, instead of running for hours. Both limits are far above real
 * documents: 50,000 sentences is a book of some 1,000 pages; 200,000 characters without a full
 * stop or a line break is about three hours of an unpunctuated speech transcript.
 */
final class TextBudget {
    static final String MAX_SENTENCES_PROPERTY = "rendition.translate.maxSentences";
    static final String MAX_RUN_ON_PROPERTY = "rendition.translate.maxRunOnCharacters";
    private static final int DEFAULT_MAX_SENTENCES = 50_000;
    private static final int DEFAULT_MAX_RUN_ON = 200_000;

    private TextBudget() {
    }

    /** Refuses {@code text} when a stretch of it runs past the limit with no sentence end and no line break. */
    static void checkRunOn(String text) {
        int limit = Integer.getInteger(MAX_RUN_ON_PROPERTY, DEFAULT_MAX_RUN_ON);
        int run = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            run = endsASentence(c) ? 0 : run + 1;
            if (run > limit) {
                int end = i;
                while (end < text.length() && !endsASentence(text.charAt(end))) {
                    end++;
                }
                throw new WorkflowException(String.format("Line %,d runs for %,d characters without a sentence end or "
                    + "a line break: that is not text to translate sentence by sentence (the limit is %,d characters; "
                    + "raise it with -D%s=N).", line, end - i + run - 1, limit, MAX_RUN_ON_PROPERTY));
            }
        }
    }

    /** Refuses a text cut into more sentences than one run takes. */
    static void checkSentences(int sentences) {
        int limit = Integer.getInteger(MAX_SENTENCES_PROPERTY, DEFAULT_MAX_SENTENCES);
        if (sentences > limit) {
            throw new WorkflowException(String.format("The text has %,d sentences; one translate run takes at most %,d. "
                + "Split it into parts, or raise the limit with -D%s=N.", sentences, limit, MAX_SENTENCES_PROPERTY));
        }
    }

    /** Full stops of the scripts Rendition reads, and line breaks, where the segmenter may cut. */
    private static boolean endsASentence(char c) {
        return switch (c) {
            case '\n', '\r', '.', '!', '?', '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u06D4', '\u0964', '\u2026' -> true;
            default -> false;
        };
    }
}
