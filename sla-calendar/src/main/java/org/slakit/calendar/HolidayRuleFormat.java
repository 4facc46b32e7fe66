package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text form of a {@link HolidayRule}, for {@link HolidayRule#parse(CharSequence)} and for
 * the {@code closed yearly} lines of calendar text; {@link HolidayRule#toString()} writes it.
 */
final class HolidayRuleFormat {

    static final String DAY_EXPECTED = "expected Mon, Tue, Wed, Thu, Fri, Sat or Sun, a range such as Mon-Fri,"
            + " a list such as Mon,Wed,Fri, 'closed', 'zone', 'intersect' or a date YYYY-MM-DD";

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern EASTER = Pattern.compile("(?i)easter(?:([+-])(\\d{1,3}))?");
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");

    private HolidayRuleFormat() {
    }

    /**
     * Reads the rule in {@code w[start..]}, which must be the whole rest of the words.
     *
     * @param errors makes the exception for a problem
     */
    static HolidayRule read(String[] w, int start, Function<String, ? extends RuntimeException> errors) {
        int i = start;
        if (w.length <= i) {
            throw errors.apply(start == 0
                    ? "expected a rule: MM-DD, 3rd Mon of Jan, last Mon of May or Easter+1"
                    : "expected a rule after 'closed yearly': MM-DD, 3rd Mon of Jan, last Mon of May or Easter+1");
        }
        HolidayRule rule;
        Matcher md = MONTH_DAY.matcher(w[i]);
        Matcher easter = EASTER.matcher(w[i]);
        if (md.matches()) {
            int month = Integer.parseInt(md.group(1));
            int day = Integer.parseInt(md.group(2));
            if (month < 1 || month > 12) {
                throw errors.apply("'" + w[i] + "' has no month " + month + ": expected MM-DD");
            }
            try {
                rule = HolidayRule.fixed(Month.of(month), day);
            } catch (DateTimeException e) {
                throw errors.apply("'" + w[i] + "' is not a day of the year: expected MM-DD such as 12-25");
            }
            i++;
        } else if (easter.matches()) {
            int offset = easter.group(1) == null ? 0 : Integer.parseInt(easter.group(2));
            try {
                rule = HolidayRule.easter("-".equals(easter.group(1)) ? -offset : offset);
            } catch (IllegalArgumentException e) {
                throw errors.apply(e.getMessage());
            }
            i++;
        } else {
            if (w.length < i + 4 || !w[i + 2].equalsIgnoreCase("of")) {
                throw errors.apply("'" + String.join(" ", Arrays.copyOfRange(w, i, w.length))
                        + "' is not a yearly rule: expected MM-DD, Easter, Easter+N, Easter-N, '3rd Mon of Jan' or 'last Mon of May'");
            }
            DayOfWeek day = day(w[i + 1], errors);
            Month month = month(w[i + 3], errors);
            String ordinal = w[i].toLowerCase(Locale.ROOT);
            switch (ordinal) {
                case "1st": rule = HolidayRule.nthWeekday(1, day, month); break;
                case "2nd": rule = HolidayRule.nthWeekday(2, day, month); break;
                case "3rd": rule = HolidayRule.nthWeekday(3, day, month); break;
                case "4th": rule = HolidayRule.nthWeekday(4, day, month); break;
                case "5th": rule = HolidayRule.nthWeekday(5, day, month); break;
                case "last": rule = HolidayRule.lastWeekday(day, month); break;
                default:
                    throw errors.apply("'" + w[i] + "' is not an ordinal: expected 1st, 2nd, 3rd, 4th, 5th or last");
            }
            i += 4;
        }
        if (i < w.length && w[i].equalsIgnoreCase("observed")) {
            rule = rule.observed();
            i++;
        }
        if (i < w.length && w[i].equalsIgnoreCase("from")) {
            int year = year(w, i + 1, errors);
            try {
                rule = rule.from(year);
            } catch (IllegalArgumentException e) {
                throw errors.apply(e.getMessage());
            }
            i += 2;
        }
        if (i < w.length && w[i].equalsIgnoreCase("to")) {
            int year = year(w, i + 1, errors);
            try {
                rule = rule.to(year);
            } catch (IllegalArgumentException e) {
                throw errors.apply(e.getMessage());
            }
            i += 2;
        }
        if (i < w.length) {
            throw errors.apply("unexpected '" + w[i] + "' after the rule: expected 'observed', 'from YYYY', 'to YYYY' in that order");
        }
        return rule;
    }

    static DayOfWeek day(String word, Function<String, ? extends RuntimeException> errors) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (YearlyRule.shortName(d).equalsIgnoreCase(word)) {
                return d;
            }
        }
        throw errors.apply("unknown day '" + word + "': " + DAY_EXPECTED);
    }

    static Month month(String word, Function<String, ? extends RuntimeException> errors) {
        for (Month m : Month.values()) {
            if (YearlyRule.shortName(m).equalsIgnoreCase(word)) {
                return m;
            }
        }
        throw errors.apply("unknown month '" + word + "': expected Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec");
    }

    private static int year(String[] w, int i, Function<String, ? extends RuntimeException> errors) {
        if (i >= w.length || !YEAR.matcher(w[i]).matches()) {
            throw errors.apply("expected a year (1 to 9999) after '" + w[i - 1] + "'");
        }
        return Integer.parseInt(w[i]);
    }
}
