package org.slakit.imports;

/**
 * Thrown when a file cannot be read as the mapping describes it at all, so that no row-by-row
 * report is possible: it is empty, a mapped column is missing from its header, a quoted field
 * never ends, or its bytes are not text in the mapping's charset. The message names the file and,
 * where there is one, the line.
 */
public final class EventLogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EventLogFormatException(String message) {
        super(message);
    }

    EventLogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
