package org.slakit.core;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.calendar.BusinessCalendar;

/**
 * How long a customer may wait for the next update: the target of an {@link SlaRule}.
 *
 * <p>Four kinds:
 * <ul>
 *   <li>{@link #businessTime(Duration) business time} on a calendar, text {@code 2 business hours}:
 *       due at {@link BusinessCalendar#plus(Instant, Duration) calendar.plus(start, length)};</li>
 *   <li>{@link #businessDays(int) business days}, text {@code 1 business day}: due at
 *       {@link BusinessCalendar#plusBusinessDays(Instant, int) calendar.plusBusinessDays(start, n)},
 *       the same local time n business days later;</li>
 *   <li>{@link #elapsed(Duration) elapsed time}, 24x7, text {@code 1 hour} or {@code 1 week}: due at
 *       {@code start.plus(length)}, whatever the calendar says;</li>
 *   <li>{@link #asAgreed(Target) as agreed}, text {@code as agreed, else 1 hour}: the interval agreed
 *       with the customer ({@link SupportCase#agreedInterval()}), as elapsed time, when the case has
 *       one, otherwise the fallback target.</li>
 * </ul>
 *
 * <h2>Text form</h2>
 * A whole positive number and a unit, case-insensitive, singular or plural:
 * {@code N business hours|minutes|seconds}, {@code N business days},
 * {@code N weeks|hours|minutes|seconds}, or {@code as agreed, else <target>}.
 * {@link #toString()} writes the largest unit that divides the length, and
 * {@code parse(t.toString()).equals(t)}.
 *
 * <p>Days without "business" are rejected, because "2 days" (and the ISO-8601 {@code P2D}) does not
 * say whether two business days or 48 hours of business time are meant, a mix-up that other
 * libraries shipped: write {@code 2 business days} or {@code 48 hours}. Months and years have no
 * fixed length and are rejected too, and so is a "business week".
 *
 * <h2>Limits</h2>
 * Lengths are positive, whole seconds, and at most {@link #MAX_LENGTH} (about 100 years);
 * business days are at most {@value #MAX_DAYS}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Target {

    /** The longest target length accepted: 36,525 days of 24 hours. */
    public static final Duration MAX_LENGTH = Duration.ofDays(36_525);
    /** The largest number of business days accepted. */
    public static final int MAX_DAYS = 36_525;

    /** The kinds of target. */
    public enum Kind {
        /** Business time on a calendar. */
        BUSINESS_TIME,
        /** Whole business days on a calendar. */
        BUSINESS_DAYS,
        /** Elapsed time, 24x7. */
        ELAPSED,
        /** The case's agreed interval, else a fallback target. */
        AS_AGREED
    }

    private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+(?:[.,]\\d+)?)\\s+(.+)");
    private static final Pattern AS_AGREED = Pattern.compile("as\\s+agreed\\s*(?:,\\s*|\\s+)else\\s+(.+)");

    private final Kind kind;
    private final Duration length;
    private final int days;
    private final Target fallback;

    private Target(Kind kind, Duration length, int days, Target fallback) {
        this.kind = kind;
        this.length = length;
        this.days = days;
        this.fallback = fallback;
    }

    /**
     * A target of business time on a calendar: the case's own calendar when it has one, otherwise
     * the policy's default calendar.
     *
     * @param length the business time, positive whole seconds, at most {@link #MAX_LENGTH}; exact
     *        time, so {@code Duration.ofDays(1)} is 24 business hours, not a business day
     * @return the target
     * @throws IllegalArgumentException if the length is zero, negative, not whole seconds or too long
     */
    public static Target businessTime(Duration length) {
        return new Target(Kind.BUSINESS_TIME, checkLength(length, "business time"), 0, null);
    }

    /**
     * A target of whole business days, with the meaning of
     * {@link BusinessCalendar#plusBusinessDays(Instant, int)}: the same local time on the n-th
     * business day after the start (moved to the closing instant when that day closes earlier).
     *
     * @param days the number of business days, 1 to {@value #MAX_DAYS}
     * @return the target
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    public static Target businessDays(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("Target of " + days + " business days: expected a positive number");
        }
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("Target of " + days + " business days: expected at most " + MAX_DAYS);
        }
        return new Target(Kind.BUSINESS_DAYS, null, days, null);
    }

    /**
     * A target of elapsed time, 24x7, that ignores calendars: {@code 1 week} is 168 hours.
     *
     * @param length the elapsed time, positive whole seconds, at most {@link #MAX_LENGTH}
     * @return the target
     * @throws IllegalArgumentException if the length is zero, negative, not whole seconds or too long
     */
    public static Target elapsed(Duration length) {
        return new Target(Kind.ELAPSED, checkLength(length, "elapsed time"), 0, null);
    }

    /**
     * The interval agreed with the customer, as elapsed time, when the case has one
     * ({@link SupportCase#agreedInterval()}); otherwise {@code fallback}. The seed's emergency rule,
     * "1 hour, then as agreed", is {@code asAgreed(elapsed(1 hour))} once the first update was sent.
     *
     * @param fallback the target when no interval was agreed; not itself "as agreed"
     * @return the target
     * @throws IllegalArgumentException if {@code fallback} is itself an "as agreed" target
     */
    public static Target asAgreed(Target fallback) {
        Objects.requireNonNull(fallback, "fallback");
        if (fallback.kind == Kind.AS_AGREED) {
            throw new IllegalArgumentException("The fallback of an 'as agreed' target cannot itself be 'as agreed': "
                    + fallback);
        }
        return new Target(Kind.AS_AGREED, null, 0, fallback);
    }

    /**
     * Reads a target from its text form (see the class documentation).
     *
     * @param text such as {@code 2 business hours}, {@code 1 business day}, {@code 1 week},
     *        {@code as agreed, else 1 hour}
     * @return the target
     * @throws IllegalArgumentException naming the text and what was expected; "2 days" and
     *         {@code P2D} are rejected with a hint to write {@code 2 business days} or {@code 48 hours}
     */
    public static Target parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String original = text.toString();
        String s = original.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher agreed = AS_AGREED.matcher(s);
        if (agreed.matches()) {
            Target fallback = parse(agreed.group(1));
            if (fallback.kind == Kind.AS_AGREED) {
                throw new IllegalArgumentException("Invalid target '" + original
                        + "': the fallback after 'else' cannot itself be 'as agreed'");
            }
            return asAgreed(fallback);
        }
        if (s.startsWith("as agreed")) {
            throw new IllegalArgumentException("Invalid target '" + original
                    + "': expected 'as agreed, else <target>', such as 'as agreed, else 1 hour'");
        }
        if (s.startsWith("p") || s.startsWith("-p") || s.startsWith("+p")) {
            throw new IllegalArgumentException(isoHint(original, s));
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid target '" + original + "': " + EXPECTED);
        }
        String number = m.group(1);
        String[] unit = m.group(2).split(" ");
        boolean business = unit[0].equals("business");
        if (business && unit.length != 2 || !business && unit.length != 1) {
            throw new IllegalArgumentException("Invalid target '" + original + "': " + EXPECTED);
        }
        String word = singular(unit[unit.length - 1]);
        checkUnit(original, number, word, business);
        long n = wholePositive(original, number, word);
        if (business && word.equals("day")) {
            if (n > MAX_DAYS) {
                throw new IllegalArgumentException("Invalid target '" + original + "': expected at most "
                        + MAX_DAYS + " business days");
            }
            return businessDays((int) n);
        }
        Duration length = lengthOf(original, n, word);
        return business ? businessTime(length) : elapsed(length);
    }

    private static final String EXPECTED = "expected a whole number and a unit, such as '2 business hours',"
            + " '30 business minutes', '1 business day', '3 business days', '1 hour', '1 week',"
            + " or 'as agreed, else 1 hour'";

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    }

    private static void checkUnit(String original, String number, String word, boolean business) {
        switch (word) {
            case "second":
            case "minute":
            case "hour":
                return;
            case "day":
                if (business) {
                    return;
                }
                throw new IllegalArgumentException("Ambiguous target '" + original + "': days could mean business days"
                        + " or 24-hour periods; write '" + ("1".equals(number) ? "1 business day" : number + " business days") + "' for business days or '"
                        + hoursHint(number, 24) + "' for elapsed time");
            case "week":
                if (!business) {
                    return;
                }
                throw new IllegalArgumentException("Ambiguous target '" + original + "': a business week has no fixed"
                        + " length; write business days (such as '5 business days') or business hours");
            case "month":
            case "year":
                throw new IllegalArgumentException("Invalid target '" + original + "': " + word
                        + "s have no fixed length; write weeks, hours or business days");
            default:
                throw new IllegalArgumentException("Invalid target '" + original + "': unknown unit '" + word + "'; "
                        + (business ? "expected business seconds, minutes, hours or days"
                                : "expected seconds, minutes, hours or weeks, or 'business' before the unit"));
        }
    }

    private static String hoursHint(String number, int factor) {
        try {
            return Math.multiplyExact(Long.parseLong(number), factor) + " hours";
        } catch (NumberFormatException | ArithmeticException e) {
            return "N hours";
        }
    }

    private static long wholePositive(String original, String number, String word) {
        if (number.contains(".") || number.contains(",")) {
            throw new IllegalArgumentException("Invalid target '" + original + "': '" + number
                    + "' is not a whole number; use a smaller unit, such as minutes instead of fractions of an hour");
        }
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid target '" + original + "': '" + number + "' is too large", e);
        }
        if (n <= 0) {
            throw new IllegalArgumentException("Invalid target '" + original + "': a target must be positive, not "
                    + Text.count(n, word));
        }
        return n;
    }

    private static Duration lengthOf(String original, long n, String word) {
        long unitSeconds;
        switch (word) {
            case "second": unitSeconds = 1; break;
            case "minute": unitSeconds = 60; break;
            case "hour": unitSeconds = 3600; break;
            default: unitSeconds = 7 * 24 * 3600; break;
        }
        if (n > MAX_LENGTH.getSeconds() / unitSeconds) {
            throw new IllegalArgumentException("Invalid target '" + original + "': longer than the maximum of "
                    + MAX_LENGTH.toHours() + " hours");
        }
        return Duration.ofSeconds(n * unitSeconds);
    }

    private static String isoHint(String original, String lower) {
        String upper = lower.toUpperCase(Locale.ROOT);
        String hint;
        try {
            Duration d = Duration.parse(upper);
            long days = d.toDays();
            if (!d.isNegative() && !d.isZero() && d.toDaysPart() > 0 && d.minusDays(days).isZero()) {
                hint = "write '" + Text.count(days, "business day") + "' for business days or '"
                        + Text.count(d.toHours(), "hour") + "' for elapsed time";
            } else if (!d.isNegative() && !d.isZero() && d.getNano() == 0) {
                String amount = d.getSeconds() % 3600 == 0 ? Text.count(d.toHours(), "hour")
                        : d.getSeconds() % 60 == 0 ? Text.count(d.toMinutes(), "minute") : Text.count(d.getSeconds(), "second");
                hint = "write '" + amount.replaceFirst(" ", " business ") + "' for business time or '" + amount
                        + "' for elapsed time";
            } else {
                hint = "write for example '2 business days' or '48 hours'";
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            hint = "write for example '2 business days' or '48 hours'";
        }
        return "Ambiguous target '" + original + "': an ISO-8601 duration does not say whether it counts business time"
                + " or elapsed time, nor whether a day is a business day or 24 hours; " + hint;
    }

    private static Duration checkLength(Duration length, String what) {
        Objects.requireNonNull(length, "length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("Target of " + length + " " + what + ": expected a positive length");
        }
        if (length.getNano() != 0) {
            throw new IllegalArgumentException("Target of " + length + " " + what + ": expected whole seconds");
        }
        if (length.compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("Target of " + length + " " + what + ": expected at most " + MAX_LENGTH);
        }
        return length;
    }

    // ------------------------------------------------------------------ queries

    /** @return the kind of target */
    public Kind kind() {
        return kind;
    }

    /** @return the length of a business-time or elapsed target; empty for business days and "as agreed" */
    public Optional<Duration> length() {
        return Optional.ofNullable(length);
    }

    /** @return the number of days of a business-days target; empty for the other kinds */
    public OptionalInt days() {
        return kind == Kind.BUSINESS_DAYS ? OptionalInt.of(days) : OptionalInt.empty();
    }

    /** @return the fallback of an "as agreed" target; empty for the other kinds */
    public Optional<Target> fallback() {
        return Optional.ofNullable(fallback);
    }

    /**
     * Tells whether the target is measured on a calendar.
     *
     * @return true for business time and business days; false for elapsed time and "as agreed"
     *         (whose {@link #forCase resolved} target may be either)
     */
    public boolean isBusiness() {
        return kind == Kind.BUSINESS_TIME || kind == Kind.BUSINESS_DAYS;
    }

    /**
     * The target that applies to a case: for "as agreed", the case's agreed interval as elapsed
     * time when it has one, else the fallback; any other target is returned unchanged.
     *
     * @param supportCase the case
     * @return a target that is not "as agreed"
     */
    public Target forCase(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase");
        return resolve(supportCase.agreedIntervalOrNull());
    }

    Target resolve(Duration agreed) {
        if (kind != Kind.AS_AGREED) {
            return this;
        }
        return agreed != null ? elapsed(agreed) : fallback;
    }

    /**
     * The due instant of this target when its clock starts at {@code start}: {@code calendar.plus}
     * for business time, {@code calendar.plusBusinessDays} for business days, plain
     * {@code start.plus} for elapsed time (the calendar is then not consulted).
     *
     * @param start when the clock starts
     * @param calendar the calendar for business targets
     * @return the due instant
     * @throws IllegalStateException for an "as agreed" target, which needs a case: use
     *         {@code forCase(supportCase).due(...)}
     * @throws java.time.DateTimeException if the calendar cannot answer (no open time within reach)
     */
    public Instant due(Instant start, BusinessCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        switch (kind) {
            case BUSINESS_TIME:
                return calendar.plus(start, length);
            case BUSINESS_DAYS:
                return calendar.plusBusinessDays(start, days);
            case ELAPSED:
                return start.plus(length);
            default:
                throw new IllegalStateException("An 'as agreed' target must be resolved for a case first: " + this);
        }
    }

    // ------------------------------------------------------------------ value

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Target)) {
            return false;
        }
        Target other = (Target) obj;
        return kind == other.kind && days == other.days && Objects.equals(length, other.length)
                && Objects.equals(fallback, other.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, days, fallback);
    }

    /**
     * @return the text form that {@link #parse(CharSequence)} reads back to an equal target, with the
     *         largest unit that divides the length: {@code 2 business hours}, {@code 90 business minutes},
     *         {@code 1 business day}, {@code 3 weeks}, {@code as agreed, else 1 hour}
     */
    @Override
    public String toString() {
        switch (kind) {
            case BUSINESS_TIME:
                return amount(length, false).replaceFirst(" ", " business ");
            case BUSINESS_DAYS:
                return Text.count(days, "business day");
            case ELAPSED:
                return amount(length, true);
            default:
                return "as agreed, else " + fallback;
        }
    }

    private static String amount(Duration length, boolean weeks) {
        long s = length.getSeconds();
        if (weeks && s % (7 * 24 * 3600) == 0) {
            return Text.count(s / (7 * 24 * 3600), "week");
        }
        if (s % 3600 == 0) {
            return Text.count(s / 3600, "hour");
        }
        if (s % 60 == 0) {
            return Text.count(s / 60, "minute");
        }
        return Text.count(s, "second");
    }
}
