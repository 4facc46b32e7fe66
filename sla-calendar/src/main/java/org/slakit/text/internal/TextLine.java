package org.slakit.text.internal;

import java.util.regex.Pattern;
import java.util.Objects;
import org.slakit.text.TextFormatException;

/**
 * One numbered line of a text that a {@link LineReader} read: its number, its text as written and
 * its content (comment removed, white space stripped, never empty).
 *
 * @param number the 1-based line number, counting blank and comment lines
 * @param text the line as written, without its line terminator (and without the byte-order mark
 *        of a text that starts with one)
 * @param content the line without its comment and surrounding white space; never empty
 */
public record TextLine(int number, String text, String content) {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * Makes the exception of a text format for a line; usually a constructor reference such as
     * {@code CalendarFormatException::new}.
     *
     * @param <E> the format's exception type
     */
    @FunctionalInterface
    public interface Errors<E extends TextFormatException> {
        /**
         * @param lineNumber the 1-based line number
         * @param line the line as written
         * @param problem what is wrong and what was expected
         * @return the exception, not thrown
         */
        E create(int lineNumber, String line, String problem);
    }

    /**
     * @param number the 1-based line number
     * @param text the line as written
     * @param content the line without comment and surrounding white space
     * @throws NullPointerException if {@code text} or {@code content} is null
     * @throws IllegalArgumentException if {@code number} is less than 1 or {@code content} is empty
     */
    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        if (number < 1) {
            throw new IllegalArgumentException("Line number " + number + " is not a line: expected 1 or more");
        }
        if (content.isEmpty()) {
            throw new IllegalArgumentException("Line " + number + " has no content: a blank line is not a TextLine");
        }
    }

    /** @return the content split at runs of white space (space, tab, form feed); at least one word */
    public String[] words() {
        return WHITE_SPACE.split(content);
    }

    /**
     * The exception for a problem on this line, not thrown.
     *
     * @param <E> the format's exception type
     * @param errors makes the format's exception, such as {@code CalendarFormatException::new}
     * @param problem what is wrong and what was expected
     * @return the exception, whose message is {@code line N 'text': problem}
     */
    public <E extends TextFormatException> E error(Errors<E> errors, String problem) {
        return errors.create(number, text, problem);
    }
}
