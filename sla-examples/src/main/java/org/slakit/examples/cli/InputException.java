package org.slakit.examples.cli;

/** A problem with the user's input files or values; the message names the file, line and field. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
