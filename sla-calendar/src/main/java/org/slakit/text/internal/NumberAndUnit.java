package org.slakit.text.internal;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Objects;

/**
 * A whole number followed by a unit, as the text formats write amounts of time:
 * {@code 2 business hours}, {@code 90 minutes}, {@code 1 week}, {@code 3 business days}.
 *
 * <p>{@link #parse(CharSequence)} reads the number and the unit words; what the unit means (and
 * which units a format accepts) is the caller's business, helped by {@link #singularUnit()} and
 * {@link #times(long, long, String)}. The number is ASCII digits with an optional leading
 * {@code +}; it must be 0 or more and fit in a {@code long}. The unit is one or more words,
 * separated from the number by white space; it is returned in lower case with single spaces.
 *
 * <p>Errors are {@link IllegalArgumentException}s whose message is a problem sentence, meant to
 * follow a prefix that names the text or the line, for example {@code Invalid target '1.5 hours': }
 * or {@code line 4 '...': }.
 *
 * @param number the number, 0 or more
 * @param unit the unit words, in lower case, separated by single spaces, for example
 *        {@code business hours}
 */
public record NumberAndUnit(long number, String unit) {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * @param number the number, 0 or more
     * @param unit the unit words, not blank
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code number} is negative or {@code unit} is blank
     */
    public NumberAndUnit {
        Objects.requireNonNull(unit, "unit");
        if (number < 0) {
            throw new IllegalArgumentException("number " + number + " is negative: expected 0 or more");
        }
        if (unit.isBlank()) {
            throw new IllegalArgumentException("no unit after " + number + ": expected a unit such as 'hours'");
        }
    }

    /**
     * Reads a number and a unit.
     *
     * @param text for example {@code 2 business hours}; white space around and between the words
     *        is free, letters may be in any case
     * @return the number and the unit
     * @throws IllegalArgumentException naming the offending part: no number, a negative number, a
     *         fraction, a number too large for a {@code long}, or no unit
     */
    public static NumberAndUnit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int space = 0;
        while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
            space++;
        }
        String number = s.substring(0, space);
        String unit = BLANKS.matcher(s.substring(space).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        long n = number(number);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("no unit after '" + number + "': expected a number and a unit, such as '2 hours'");
        }
        return new NumberAndUnit(n, unit);
    }

    private static long number(String word) {
        if (word.isEmpty()) {
            throw new IllegalArgumentException("no number: expected a number and a unit, such as '2 hours'");
        }
        String digits = word.charAt(0) == '+' ? word.substring(1) : word;
        if (word.charAt(0) == '-' && isNumber(word.substring(1))) {
            throw new IllegalArgumentException("'" + word + "' is negative: expected a whole number, 0 or more");
        }
        if (!isNumber(digits)) {
            int mark = Math.max(digits.indexOf('.'), digits.indexOf(','));
            if (mark > 0 && isNumber(digits.substring(0, mark)) && isNumber(digits.substring(mark + 1))) {
                throw new IllegalArgumentException("'" + word + "' is not a whole number: use a smaller unit,"
                        + " such as minutes instead of fractions of an hour");
            }
            throw new IllegalArgumentException("'" + word + "' is not a number: expected a whole number"
                    + " and a unit, such as '2 hours'");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + word + "' is too large: expected at most " + Long.MAX_VALUE, e);
        }
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The unit with its last word in the singular: {@code business hours} gives
     * {@code business hour}, {@code minute} stays {@code minute}. Only a final {@code s} is removed.
     *
     * @return the unit in the singular
     */
    public String singularUnit() {
        return unit.length() > 1 && unit.endsWith("s") && unit.charAt(unit.length() - 2) != ' '
                ? unit.substring(0, unit.length() - 1) : unit;
    }

    /**
     * The number times the size of one unit, refused when it exceeds a maximum.
     *
     * @param unitSize the size of one unit (for example 3600 for an hour in seconds); positive
     * @param max the largest result accepted
     * @param maxText how to write {@code max} in the error, for example {@code 876600 hours}
     * @return {@code number * unitSize}
     * @throws IllegalArgumentException if the product is above {@code max} (overflow included):
     *         {@code '900000 hours' is more than the maximum of 876600 hours}
     */
    public long times(long unitSize, long max, String maxText) {
        if (unitSize <= 0) {
            throw new IllegalArgumentException("unit size " + unitSize + " is not positive");
        }
        if (number > max / unitSize) {
            throw new IllegalArgumentException("'" + this + "' is more than the maximum of " + maxText);
        }
        return number * unitSize;
    }

    /** @return the number and the unit, for example {@code 2 business hours}; {@link #parse} reads it back */
    @Override
    public String toString() {
        return number + " " + unit;
    }
}
