package org.slakit.imports;

/**
 * Thrown when a column mapping text is not valid. The message names the line and its text when
 * one line is at fault, for example
 * {@code line 4 'time.format = yyyy-MM-dd HH:mm:ss': time.zone is required: ...}, and what was
 * expected; {@link #lineNumber()}, {@link #line()} and {@link #problem()} give the parts.
 */
public final class MappingFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the 1-based line number, or 0 */
    private final int lineNumber;
    /** @serial the text of the line at fault, or empty */
    private final String line;
    /** @serial what is wrong and what was expected, without the line */
    private final String problem;

    MappingFormatException(int lineNumber, String message) {
        this(lineNumber, "", message, message);
    }

    MappingFormatException(int lineNumber, String line, String problem, String message) {
        super(message);
        this.lineNumber = lineNumber;
        this.line = line;
        this.problem = problem;
    }

    /** A line at fault: the message reads {@code line N 'text': problem}. */
    static MappingFormatException at(int lineNumber, String line, String problem) {
        return new MappingFormatException(lineNumber, line, problem, "line " + lineNumber + " '" + line + "': " + problem);
    }

    /** The same problem, the message prefixed with the name of the file it is in. */
    MappingFormatException in(String fileName) {
        return new MappingFormatException(lineNumber, line, problem, fileName + " " + getMessage());
    }

    /** @return the number of the line at fault (1 for the first), or 0 when no single line is */
    public int lineNumber() {
        return lineNumber;
    }

    /** @return the text of the line at fault, stripped; empty when no single line is */
    public String line() {
        return line;
    }

    /** @return what is wrong and what was expected, without the line number and text */
    public String problem() {
        return problem;
    }
}
