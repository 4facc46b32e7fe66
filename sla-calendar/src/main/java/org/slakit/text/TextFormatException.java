package org.slakit.text;

/**
 * Thrown when a line-based text (calendar text, policy text, a mapping file) cannot be read.
 * Each format has its own subclass; all share one message form:
 * <pre>
 * line 3 'closed 2026-02-30': '2026-02-30' is not a valid date: expected an existing date as YYYY-MM-DD
 * </pre>
 * that is {@code line N 'text': problem}, where N is the 1-based {@link #lineNumber() line number},
 * {@code text} the offending {@link #line() line} without its leading and trailing white space,
 * and {@code problem} the {@link #problem() problem}: what is wrong and what was expected. When
 * the text as a whole is wrong (it is empty, or ends too early) no single line is at fault: the
 * line number is 0, the line is empty and the message is the problem alone.
 *
 * <p>A message never quotes more than {@value #MAX_EXCERPT} characters of a line: a longer line is
 * quoted as its first {@value #MAX_EXCERPT} characters (after stripping white space) followed by
 * {@code ...}, and {@link #line()} returns that excerpt. A problem that quotes a long part of its
 * line (a condition of thousands of parentheses, a ten-thousand-character word) keeps its first
 * and last 500 characters with {@code ...} between them (so the explanation at its end stays), and
 * a message has at most about 1,100 characters whatever the input.
 *
 * <p>This exception is immutable and thread-safe.
 */
public class TextFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most characters of a line that a message quotes. */
    public static final int MAX_EXCERPT = 80;

    /** @serial the 1-based line number, or 0 */
    private final int lineNumber;
    /** @serial the offending line, or an excerpt of it, or empty */
    private final String line;
    /** @serial the problem, without the line prefix */
    private final String problem;

    /**
     * An error on one line.
     *
     * @param lineNumber the 1-based number of the offending line
     * @param line the line as written; a line longer than {@value #MAX_EXCERPT} characters is kept
     *        as an excerpt
     * @param problem what is wrong and what was expected, for example
     *        {@code unknown day 'Fry': expected Mon, Tue, ...}
     * @throws IllegalArgumentException if {@code lineNumber} is less than 1
     */
    public TextFormatException(int lineNumber, String line, String problem) {
        this(checked(lineNumber), excerpt(line), problem, true);
    }

    /**
     * An error of the text as a whole, which no single line is at fault for: the line number is 0
     * and the line is empty.
     *
     * @param problem what is wrong and what was expected
     */
    public TextFormatException(String problem) {
        this(0, "", problem, true);
    }

    private TextFormatException(int lineNumber, String line, String problem, boolean unused) {
        super(lineNumber == 0 ? bounded(problem) : "line " + lineNumber + " '" + line.strip() + "': " + bounded(problem));
        this.lineNumber = lineNumber;
        this.line = line;
        this.problem = bounded(problem);
    }

    /** The most characters of a problem (plus "..."): longer ones quote too much of their line. */
    private static final int MAX_PROBLEM = 1000;

    private static String bounded(String problem) {
        if (problem == null || problem.length() <= MAX_PROBLEM) {
            return problem;
        }
        int half = MAX_PROBLEM / 2;
        int end = Character.isHighSurrogate(problem.charAt(half - 1)) ? half - 1 : half;
        int start = problem.length() - half;
        start = Character.isLowSurrogate(problem.charAt(start)) ? start + 1 : start;
        return problem.substring(0, end) + "..." + problem.substring(start);
    }

    private static int checked(int lineNumber) {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("Line number " + lineNumber + " is not a line: expected 1 or more");
        }
        return lineNumber;
    }

    /**
     * The text a message quotes for a line: the line itself when it has at most
     * {@value #MAX_EXCERPT} characters, otherwise its first {@value #MAX_EXCERPT} characters after
     * stripping white space, followed by {@code ...} (a surrogate pair is never cut in half).
     *
     * @param line the line as written
     * @return the line or its excerpt
     */
    public static String excerpt(String line) {
        if (line.length() <= MAX_EXCERPT) {
            return line;
        }
        String s = line.strip();
        if (s.length() <= MAX_EXCERPT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_EXCERPT - 1)) ? MAX_EXCERPT - 1 : MAX_EXCERPT;
        return s.substring(0, end) + "...";
    }

    /** @return the 1-based number of the offending line, or 0 when the text as a whole is wrong */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * @return the offending line as written (an excerpt when it is longer than
     *         {@value #MAX_EXCERPT} characters), or an empty string when the text as a whole is wrong
     */
    public String line() {
        return line;
    }

    /** @return what is wrong and what was expected: the message without its {@code line N 'text': } prefix */
    public String problem() {
        return problem;
    }
}
