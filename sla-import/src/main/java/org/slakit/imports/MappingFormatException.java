package org.slakit.imports;

import java.util.Optional;
import org.slakit.text.TextFormatException;

/**
 * Thrown when a column mapping text is not valid. The message has the form of every slakit text
 * format (see {@link TextFormatException}): it names the line and its text when one line is at
 * fault, for example {@code line 4 'time.format = yyyy-MM-dd HH:mm:ss': time.zone is required: ...},
 * and what was expected; {@link #lineNumber()}, {@link #line()} and {@link #problem()} give the
 * parts. A mapping read from a file prefixes the message with the file's name ({@link #file()}).
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class MappingFormatException extends TextFormatException {

    private static final long serialVersionUID = 1L;

    /** @serial the name of the mapping file, or null for text */
    private final String file;

    /** A problem of the mapping as a whole: no single line is at fault. */
    MappingFormatException(String problem) {
        super(problem);
        this.file = null;
    }

    private MappingFormatException(int lineNumber, String line, String problem, String file) {
        super(lineNumber, line, problem);
        this.file = file;
    }

    private MappingFormatException(String problem, String file) {
        super(problem);
        this.file = file;
    }

    /** A line at fault: the message reads {@code line N 'text': problem}. */
    static MappingFormatException at(int lineNumber, String line, String problem) {
        return new MappingFormatException(lineNumber, line, problem, null);
    }

    /** The same problem, the message prefixed with the name of the file it is in. */
    MappingFormatException in(String fileName) {
        return lineNumber() == 0 ? new MappingFormatException(problem(), fileName)
                : new MappingFormatException(lineNumber(), line(), problem(), fileName);
    }

    /** @return the name of the mapping file the problem is in, when the mapping was read from a file */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** @return {@code line N 'text': problem}, or the problem alone, prefixed with the file's name if known */
    @Override
    public String getMessage() {
        return file == null ? super.getMessage() : file + " " + super.getMessage();
    }
}
