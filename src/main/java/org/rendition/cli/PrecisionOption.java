package org.rendition.cli;

import org.rendition.engine.model.Precision;

/** A precision given on the command line, or one sentence saying what is accepted. */
final class PrecisionOption {
    private PrecisionOption() {
    }

    /**
     * @param what how the user gave it, e.g. {@code --precision}, for the message
     */
    static Precision parse(String what, String text) throws UserInputException {
        try {
            return Precision.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(what + ": " + e.getMessage());
        }
    }
}
