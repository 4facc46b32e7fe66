package org.slakit.examples.imports;

/**
 * Thrown when a column mapping text is not valid. The message names the line and its text when
 * one line is at fault, for example
 * {@code line 4 'time.format = yyyy-MM-dd HH:mm:ss': time.zone is required: ...}, and what was
 * expected.
 */
public final class MappingFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the 1-based line number, or 0 */
    private final int lineNumber;

    MappingFormatException(int lineNumber, String message) {
        super(message);
        this.lineNumber = lineNumber;
    }

    /** @return the number of the line at fault (1 for the first), or 0 when no single line is */
    public int lineNumber() {
        return lineNumber;
    }
}
