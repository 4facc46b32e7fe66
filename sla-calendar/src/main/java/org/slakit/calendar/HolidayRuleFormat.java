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
    private static final Pattern MOVE = Pattern.compile("[+-]\\d");

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
                    : "expected a rule after '" + String.join(" ", Arrays.copyOfRange(w, 0, start))
                            + "': MM-DD, 3rd Mon of Jan, last Mon of May or Easter+1");
        }
        HolidayRule rule;
        Matcher md = MONTH_DAY.matcher(w[i]);
        Matcher easter = EASTER.matcher(w[i]);
        if (md.matches()) {
            rule = HolidayRule.fixed(monthDay(w[i], errors));
            i++;
        } else if (easter.matches()) {
            int offset = easter.group(1) == null ? 0 : Integer.parseInt(easter.group(2));
            try {
                rule = HolidayRule.easter("-".equals(easter.group(1)) ? -offset : offset);
            } catch (IllegalArgumentException e) {
                throw errors.apply(e.getMessage());
            }
            i++;
        } else if (w.length > i + 1 && w[i + 1].equalsIgnoreCase("between")) {
            if (w.length < i + 5 || !w[i + 3].equalsIgnoreCase("and")) {
                throw errors.apply("expected '<day> between MM-DD and MM-DD', such as 'Fri between 06-19 and 06-25'");
            }
            DayOfWeek day = day(w[i], errors);
            java.time.MonthDay first = monthDay(w[i + 2], errors);
            java.time.MonthDay last = monthDay(w[i + 4], errors);
            try {
                rule = HolidayRule.weekdayBetween(day, first, last);
            } catch (IllegalArgumentException e) {
                throw errors.apply(e.getMessage());
            }
            i += 5;
        } else {
            if (w.length < i + 4 || !w[i + 2].equalsIgnoreCase("of")) {
                throw errors.apply("'" + String.join(" ", Arrays.copyOfRange(w, i, w.length))
                        + "' is not a yearly rule: expected MM-DD, Easter, Easter+N, Easter-N, '3rd Mon of Jan', 'last Mon of May'"
                        + " or 'Fri between 06-19 and 06-25'");
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
            HolidayRule r = rule;
            rule = change(r::observed, errors);
            i++;
        } else if (i < w.length && w[i].equalsIgnoreCase("substitute")) {
            HolidayRule r = rule;
            rule = change(r::substitute, errors);
            i++;
        } else {
            while (i < w.length && w[i].equalsIgnoreCase("if")) {
                if (i + 2 >= w.length || !MOVE.matcher(w[i + 2]).matches()) {
                    throw errors.apply("expected 'if <day> <+N or -N>' such as 'if Sun -1'");
                }
                HolidayRule r = rule;
                DayOfWeek day = day(w[i + 1], errors);
                int days = Integer.parseInt(w[i + 2]);
                rule = change(() -> r.movedIf(day, days), errors);
                i += 3;
            }
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
            throw errors.apply("unexpected '" + w[i] + "' after the rule: expected 'observed', 'substitute' or"
                    + " 'if <day> <+N or -N>', then 'from YYYY', then 'to YYYY', in that order");
        }
        return rule;
    }

    private static HolidayRule change(java.util.function.Supplier<HolidayRule> change,
                                      Function<String, ? extends RuntimeException> errors) {
        try {
            return change.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw errors.apply(e.getMessage());
        }
    }

    private static java.time.MonthDay monthDay(String word, Function<String, ? extends RuntimeException> errors) {
        Matcher md = MONTH_DAY.matcher(word);
        if (!md.matches()) {
            throw errors.apply("'" + word + "' is not a month and day: expected MM-DD such as 06-19");
        }
        int month = Integer.parseInt(md.group(1));
        int day = Integer.parseInt(md.group(2));
        if (month < 1 || month > 12) {
            throw errors.apply("'" + word + "' has no month " + month + ": expected MM-DD");
        }
        try {
            return java.time.MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw errors.apply("'" + word + "' is not a day of the year: expected MM-DD such as 12-25");
        }
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
