package org.slakit.calendar;

import org.slakit.text.TextFormatException;

/**
 * Thrown when calendar text cannot be read. The message is {@code line N 'text': problem}, naming
 * the line number, the offending line (at most {@value TextFormatException#MAX_EXCERPT}
 * characters of it) and what was expected; see {@link TextFormatException}.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class CalendarFormatException extends TextFormatException {

    private static final long serialVersionUID = 2L;

    CalendarFormatException(int lineNumber, String line, String problem) {
        super(lineNumber, line, problem);
    }

    CalendarFormatException(String problem) {
        super(problem);
    }
}
