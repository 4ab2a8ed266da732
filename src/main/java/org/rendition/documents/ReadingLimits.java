package org.rendition.documents;

import java.time.Duration;

/**
 * The budgets every reader works within, so a file built to hurt (a page tree claiming ten
 * billion pages, a stream that inflates to gigabytes, endless input) ends in a clear refusal
 * within seconds rather than exhausting the workstation. Each can be raised for a genuine file
 * with a Java system property, which the refusal names.
 */
final class ReadingLimits {
    /** Larger than any document an analyst translates sentence by sentence (a 2,000-page report with pictures is well under it). */
    static final Limit MEGABYTES = new Limit("rendition.documents.maxMegabytes", 200,
        "MB", "Rendition reads at once");
    /** Ten times the longest report we have seen; a page tree claiming more is almost always forged. */
    static final Limit PAGES = new Limit("rendition.documents.maxPages", 10_000, "pages", "Rendition reads in one document");
    /** A page's drawing instructions, inflated; text pages need kilobytes, a scanned page's a few MB. */
    static final Limit PAGE_CONTENT_MEGABYTES = new Limit("rendition.documents.maxPageContentMegabytes", 64,
        "MB", "of drawing instructions Rendition reads for one PDF page");
    /** All parts of a Word package, inflated; pictures and embedded files count. */
    static final Limit PACKAGE_MEGABYTES = new Limit("rendition.documents.maxPackageMegabytes", 1024,
        "MB", "Rendition unpacks from one Word package");
    /** Word packages of real documents hold tens to a few hundred parts. */
    static final Limit PACKAGE_PARTS = new Limit("rendition.documents.maxPackageParts", 10_000,
        "parts", "Rendition opens in one Word package");
    /** Reading a 2,000-page PDF takes about a minute on a 2-core machine. */
    static final Limit SECONDS = new Limit("rendition.documents.maxSeconds", 300,
        "seconds", "Rendition spends reading one document");

    private ReadingLimits() {
    }

    /** One budget: its default, and the system property that raises it. */
    record Limit(String property, long defaultValue, String unit, String what) {
        long value() {
            String configured = System.getProperty(property);
            if (configured != null) {
                try {
                    long value = Long.parseLong(configured.strip());
                    if (value > 0) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // A mistyped setting falls back to the default rather than removing the limit.
                }
            }
            return defaultValue;
        }

        /** "more than the 10000 pages Rendition reads in one document; if the file is genuine, raise it with -D…=N." */
        String exceeded(String name, String whatHappened) {
            return "'" + name + "' " + whatHappened + ", more than the " + value() + " " + unit + " " + what
                + "; if the file is genuine, start Rendition with -D" + property + "=N (a larger N) and open it again.";
        }
    }

    /** When a reader started, to stop one that runs past {@link #SECONDS}. */
    static final class Deadline {
        private final long endNanos;
        private final String name;

        Deadline(String name) {
            this.name = name;
            this.endNanos = System.nanoTime() + Duration.ofSeconds(SECONDS.value()).toNanos();
        }

        void check() {
            if (System.nanoTime() - endNanos > 0) {
                throw new LimitExceeded(SECONDS.exceeded(name, "took too long to read"));
            }
        }
    }

    /**
     * Thrown from inside a library's callbacks (PDFBox's page loop), where only unchecked
     * exceptions pass; the reader turns it into a {@link DocumentException} with the same message.
     */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
