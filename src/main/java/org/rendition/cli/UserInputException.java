package org.rendition.cli;

/** A problem with the command line's own input (a file that cannot be read or written). */
final class UserInputException extends Exception {
    UserInputException(String message) {
        super(message);
    }
}
