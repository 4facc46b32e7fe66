package org.slakit.text.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into numbered lines, the same way for every line-based format:
 * <ul>
 *   <li>Lines end at any line terminator that the regular expression {@code \R} matches:
 *       {@code \r\n}, {@code \n}, {@code \r}, and {@code U+000B}, {@code U+000C}, {@code U+0085},
 *       {@code U+2028}, {@code U+2029}.</li>
 *   <li>A byte-order mark ({@code U+FEFF}) as the very first character is not part of line 1;
 *       anywhere else it is an ordinary character.</li>
 *   <li>Lines are numbered from 1. Blank lines and comment lines are skipped, but still
 *       counted, so line numbers match what an editor shows.</li>
 *   <li>{@link Comments#FROM_HASH}: a {@code #} starts a comment that runs to the end of the line
 *       (calendar and policy text). {@link Comments#WHOLE_LINE}: a line whose first non-blank
 *       character is {@code #} is a comment, and a {@code #} anywhere else is content (mapping
 *       files, whose values may contain {@code #}).</li>
 *   <li>The content is stripped of leading and trailing white space ({@link String#strip()}).</li>
 * </ul>
 * Reading takes time and memory proportional to the length of the text.
 *
 * <p>This class is thread-safe (it has no state).
 */
public final class LineReader {

    /** Where a comment starts. */
    public enum Comments {
        /** From the first {@code #} to the end of the line. */
        FROM_HASH,
        /** A whole line whose first non-blank character is {@code #}. */
        WHOLE_LINE,
        /** No comments. */
        NONE
    }

    private LineReader() {
    }

    /**
     * Reads the non-blank lines of a text whose comments run from {@code #} to the end of the line.
     *
     * @param text the text
     * @return the lines that have content, in order
     */
    public static List<TextLine> read(CharSequence text) {
        return read(text, Comments.FROM_HASH);
    }

    /**
     * Reads the non-blank, non-comment lines of a text.
     *
     * @param text the text
     * @param comments where comments start
     * @return the lines that have content, in order; unmodifiable
     */
    public static List<TextLine> read(CharSequence text, Comments comments) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(comments, "comments");
        String s = text.toString();
        List<TextLine> out = new ArrayList<>();
        int n = s.length();
        int start = n > 0 && s.charAt(0) == '\uFEFF' ? 1 : 0;
        int number = 1;
        int i = start;
        while (true) {
            int end = i;
            while (end < n && !isTerminator(s.charAt(end))) {
                end++;
            }
            String raw = s.substring(start, end);
            String content = content(raw, comments);
            if (!content.isEmpty()) {
                out.add(new TextLine(number, raw, content));
            }
            if (end >= n) {
                break;
            }
            i = end + (s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n' ? 2 : 1);
            start = i;
            number++;
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The number of lines in a text, as {@link #read} numbers them: 1 for an empty text, plus one
     * for each line terminator.
     *
     * @param text the text
     * @return the number of the last line
     */
    public static int lineCount(CharSequence text) {
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isTerminator(c)) {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                count++;
            }
        }
        return count;
    }

    /**
     * The content of a line: without its comment and surrounding white space.
     *
     * @param line one line, without terminator
     * @param comments where comments start
     * @return the content, possibly empty
     */
    public static String content(String line, Comments comments) {
        switch (comments) {
            case FROM_HASH: {
                int hash = line.indexOf('#');
                return (hash >= 0 ? line.substring(0, hash) : line).strip();
            }
            case WHOLE_LINE: {
                String s = line.strip();
                return s.startsWith("#") ? "" : s;
            }
            default:
                return line.strip();
        }
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }
}
