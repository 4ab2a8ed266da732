package org.rendition.text;

import org.rendition.arch.ValueType;

/**
 * Thrown when text that must name a language names none Rendition knows. Its message is one
 * sentence that quotes the input and shows the accepted forms.
 */
@ValueType
public class UnknownLanguageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String input;

    /** Creates the exception for {@code input}, which may be {@code null}. */
    public UnknownLanguageException(String input) {
        super(message(input));
        this.input = input;
    }

    /** The text that named no known language, as it was given. */
    public String input() {
        return input;
    }

    private static String message(String input) {
        return "Unknown language '" + (input == null ? "" : input) + "'. Use a code such as "
            + Language.exampleCodes() + " or a name such as Russian.";
    }
}
