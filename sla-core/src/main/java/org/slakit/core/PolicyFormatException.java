package org.slakit.core;

/**
 * Thrown when policy text cannot be read. The message names the line number, the line, the
 * offending text and what was expected, like the calendar format's errors.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class PolicyFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the 1-based line number, or 0 */
    private final int lineNumber;
    /** @serial the offending line, or empty */
    private final String line;

    PolicyFormatException(int lineNumber, String line, String problem) {
        super("line " + lineNumber + " '" + line.strip() + "': " + problem);
        this.lineNumber = lineNumber;
        this.line = line;
    }

    PolicyFormatException(String problem) {
        super(problem);
        this.lineNumber = 0;
        this.line = "";
    }

    /** @return the 1-based number of the offending line, or 0 when the text as a whole is wrong */
    public int lineNumber() {
        return lineNumber;
    }

    /** @return the offending line as written, or an empty string when the text as a whole is wrong */
    public String line() {
        return line;
    }
}
