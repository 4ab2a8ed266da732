package org.rendition.documents.ocr;

import java.util.Objects;
import java.util.Optional;
import org.rendition.text.Language;

/**
 * How to read scanned pages.
 *
 * @param language the language the user chose, or empty to detect each page's script
 * @param budget the limits on page size, page count and time
 */
public record OcrOptions(Optional<Language> language, OcrBudget budget) {
    /** Detect the script of each page, within the default budget. */
    public static final OcrOptions DETECT = new OcrOptions(Optional.empty(), OcrBudget.DEFAULT);

    public OcrOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(budget, "budget");
    }

    /** Read every page in {@code language}, within the default budget. */
    public static OcrOptions in(Language language) {
        return new OcrOptions(Optional.of(language), OcrBudget.DEFAULT);
    }
}
