package org.rendition.documents.ocr;

import java.time.Duration;

/**
 * How much work one document may ask of OCR, so a hostile or mistaken file (a poster-sized image,
 * a thousand-page scan) is refused with a sentence instead of holding the machine for an hour.
 *
 * @param maxPixels the most pixels one page image may have
 * @param maxPages the most pages one document may have read by OCR
 * @param timePerPage the most time one page may take
 */
public record OcrBudget(long maxPixels, int maxPages, Duration timePerPage) {
    /**
     * An A2 sheet at 300 dpi is 35 million pixels, and a 50-megapixel photograph is larger than
     * any phone takes; 300 pages is a thick report; a dense Chinese page takes about 20 s on two
     * cores, so two minutes only stops what is not text.
     */
    public static final OcrBudget DEFAULT = new OcrBudget(50_000_000L, 300, Duration.ofMinutes(2));

    public OcrBudget {
        if (maxPixels <= 0 || maxPages <= 0 || timePerPage.isNegative() || timePerPage.isZero()) {
            throw new IllegalArgumentException("An OCR budget needs positive limits");
        }
    }
}
