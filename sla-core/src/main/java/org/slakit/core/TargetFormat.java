package org.slakit.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.text.internal.NumberAndUnit;

/**
 * Reads and writes the text form of a {@link Target}; the grammar is in Target's Javadoc. Numbers
 * and units are read by the shared {@link NumberAndUnit} reader, so every text format of slakit
 * reads "2 business hours" the same way.
 */
final class TargetFormat {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private static final Pattern AS_AGREED = Pattern.compile("as\\s+agreed\\s*(?:,\\s*|\\s+)else\\s+(.+)");

    private static final String EXPECTED = "expected a whole number and a unit, such as '2 business hours',"
            + " '30 business minutes', '1 business day', '3 business days', '1 hour', '1 week',"
            + " or 'as agreed, else 1 hour'";

    private TargetFormat() {
    }

    static Target parse(String original) {
        String s = BLANKS.matcher(original.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        Matcher agreed = AS_AGREED.matcher(s);
        if (agreed.matches()) {
            Target fallback = parse(agreed.group(1));
            if (fallback instanceof Target.AsAgreed) {
                throw invalid(original, "the fallback after 'else' cannot itself be 'as agreed'");
            }
            return Target.asAgreed(fallback);
        }
        if (s.startsWith("as agreed")) {
            throw invalid(original, "expected 'as agreed, else <target>', such as 'as agreed, else 1 hour'");
        }
        if (s.startsWith("p") || s.startsWith("-p") || s.startsWith("+p")) {
            throw new IllegalArgumentException(isoHint(original, s));
        }
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 3 || words.length == 3 && !words[1].equals("business")
                || words[words.length - 1].equals("business")) {
            throw invalid(original, EXPECTED);
        }
        NumberAndUnit amount;
        try {
            amount = NumberAndUnit.parse(s);
        } catch (IllegalArgumentException e) {
            throw invalid(original, e.getMessage().startsWith("'-") ? "a target must be positive, not " + words[0]
                    + " " + words[words.length - 1] : e.getMessage());
        }
        boolean business = words.length == 3;
        String word = singular(words[words.length - 1]);
        checkUnit(original, words[0], word, business);
        if (amount.number() == 0) {
            throw invalid(original, "a target must be positive, not " + Text.count(0, word));
        }
        if (business && word.equals("day")) {
            if (amount.number() > Target.MAX_DAYS) {
                throw invalid(original, "expected at most " + Target.MAX_DAYS + " business days");
            }
            return Target.businessDays((int) amount.number());
        }
        Duration length;
        try {
            length = Duration.ofSeconds(amount.times(unitSeconds(word), Target.MAX_LENGTH.getSeconds(),
                    Target.MAX_LENGTH.toHours() + " hours"));
        } catch (IllegalArgumentException e) {
            throw invalid(original, "longer than the maximum of " + Target.MAX_LENGTH.toHours() + " hours");
        }
        return business ? Target.businessTime(length) : Target.elapsed(length);
    }

    private static IllegalArgumentException invalid(String original, String problem) {
        return new IllegalArgumentException("Invalid target '" + original + "': " + problem);
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    }

    private static long unitSeconds(String word) {
        switch (word) {
            case "second": return 1;
            case "minute": return 60;
            case "hour": return 3600;
            default: return 7 * 24 * 3600;
        }
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
                        + " or 24-hour periods; write '" + ("1".equals(number) ? "1 business day" : number + " business days")
                        + "' for business days or '" + hoursHint(number, 24) + "' for elapsed time");
            case "week":
                if (!business) {
                    return;
                }
                throw new IllegalArgumentException("Ambiguous target '" + original + "': a business week has no fixed"
                        + " length; write business days (such as '5 business days') or business hours");
            case "month":
            case "year":
                throw invalid(original, word + "s have no fixed length; write weeks, hours or business days");
            default:
                throw invalid(original, "unknown unit '" + word + "'; "
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

    static Duration checkLength(Duration length, String what) {
        Objects.requireNonNull(length, "length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("Target of " + length + " " + what + ": expected a positive length");
        }
        if (length.getNano() != 0) {
            throw new IllegalArgumentException("Target of " + length + " " + what + ": expected whole seconds");
        }
        if (length.compareTo(Target.MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("Target of " + length + " " + what + ": expected at most " + Target.MAX_LENGTH);
        }
        return length;
    }

    /** The length in the largest unit that divides it: weeks (if allowed), hours, minutes or seconds. */
    static String amount(Duration length, boolean weeks) {
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
