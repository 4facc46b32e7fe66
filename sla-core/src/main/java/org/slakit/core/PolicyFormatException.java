package org.slakit.core;

import org.slakit.text.TextFormatException;

/**
 * Thrown when policy text cannot be read. The message has the form of every slakit text format,
 * {@code line N 'text': problem} (see {@link TextFormatException}): the line number, the line (an
 * excerpt when it is long), the offending text and what was expected. Errors in the calendar
 * block carry the line number within the whole policy text.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class PolicyFormatException extends TextFormatException {

    private static final long serialVersionUID = 1L;

    PolicyFormatException(int lineNumber, String line, String problem) {
        super(lineNumber, line, problem);
    }

    PolicyFormatException(String problem) {
        super(problem);
    }
}
