package org.rendition.text;

import java.util.Objects;

/**
 * The language a text was found to be in.
 *
 * @param language the most likely language
 * @param confidence how far it stands ahead of the runner-up, from 0 (a tie) to 1 (no other
 *     candidate was left), so callers can tell a clear call from a narrow one
 */
public record Detection(Language language, double confidence) {
    /** Checks the language is given and the confidence lies in [0, 1]. */
    public Detection {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], was " + confidence);
        }
    }
}
