package org.slakit.holidays.ical;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * Reads an iCalendar text with ical4j and turns its events into {@link Event}s, refusing what
 * cannot close whole dates (see {@link IcalHolidaySource}).
 */
final class IcalReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T\\d{6}Z?");
    private static final Pattern DAYS = Pattern.compile("\\+?P(?:(\\d+)W|(\\d+)D)");
    private static final Pattern NTH_DAY = Pattern.compile("([+-]?)(\\d{1,2})(MO|TU|WE|TH|FR|SA|SU)");
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private IcalReader() {
    }

    static List<Event> read(String text, String where) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new IllegalArgumentException(where + " is not iCalendar: " + e.getMessage()
                    + ": expected BEGIN:VCALENDAR ... END:VCALENDAR (RFC 5545)", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + " could not be read as iCalendar: " + e
                    + ": expected BEGIN:VCALENDAR ... END:VCALENDAR (RFC 5545)", e);
        }
        List<Event> events = new ArrayList<>();
        for (CalendarComponent c : calendar.getComponents(Component.VEVENT)) {
            Event e = event(c, where);
            if (e != null) {
                events.add(e);
            }
        }
        return List.copyOf(events);
    }

    /** The event, or null when it is cancelled. */
    private static Event event(Component c, String where) {
        String summary = value(c, Property.SUMMARY).map(String::strip).orElse("");
        Optional<Property> dtStart = c.getProperty(Property.DTSTART);
        String what = "event '" + (summary.isEmpty() ? "(no SUMMARY)" : summary) + "'"
                + dtStart.map(p -> " (DTSTART " + p.getValue() + ")").orElse("") + " in " + where;
        if (value(c, Property.STATUS).map(s -> s.strip().equalsIgnoreCase("CANCELLED")).orElse(false)) {
            return null;
        }
        if (dtStart.isEmpty()) {
            throw new IllegalArgumentException(what + " has no DTSTART: expected an all-day start such as"
                    + " DTSTART;VALUE=DATE:20261225");
        }
        LocalDate start = date(dtStart.get(), what, "starts");
        if (c.getProperty(Property.RECURRENCE_ID).isPresent()) {
            throw new IllegalArgumentException(what + " overrides one occurrence of another event (RECURRENCE-ID): expected"
                    + " separate events, or EXDATE and RDATE on the repeating one");
        }
        int days = 1;
        Optional<Property> dtEnd = c.getProperty(Property.DTEND);
        Optional<String> duration = value(c, Property.DURATION);
        if (dtEnd.isPresent()) {
            LocalDate end = date(dtEnd.get(), what, "ends");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException(what + " ends on " + end + ", not after its start " + start
                        + ": expected DTEND after DTSTART (DTEND is the first date after the event)");
            }
            days = (int) Math.min(Integer.MAX_VALUE, end.toEpochDay() - start.toEpochDay());
        } else if (duration.isPresent()) {
            Matcher m = DAYS.matcher(duration.get().strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException(what + " has DURATION " + duration.get()
                        + ": expected whole days or weeks such as P1D or P2W for an all-day event");
            }
            long n = m.group(1) != null ? Long.parseLong(m.group(1)) * 7 : Long.parseLong(m.group(2));
            if (n < 1 || n > 3_660_000) {
                throw new IllegalArgumentException(what + " has DURATION " + duration.get() + ": expected at least one day");
            }
            days = (int) n;
        }
        String name = summary.isEmpty() ? "unnamed event" + value(c, Property.UID).map(u -> " " + u.strip()).orElse("")
                : summary;
        Set<LocalDate> excluded = new HashSet<>();
        for (Property p : c.getProperties(Property.EXDATE)) {
            excluded.addAll(dates(p, what, "EXDATE"));
        }
        List<LocalDate> added = new ArrayList<>();
        for (Property p : c.getProperties(Property.RDATE)) {
            added.addAll(dates(p, what, "RDATE"));
        }
        List<Property> rrules = c.getProperties(Property.RRULE);
        if (rrules.isEmpty()) {
            return new Event(name, start, days, null, 1, Integer.MAX_VALUE, null, excluded, added);
        }
        if (rrules.size() > 1) {
            throw new IllegalArgumentException(what + " has " + rrules.size() + " RRULEs: expected at most one");
        }
        if (days > 366) {
            throw new IllegalArgumentException(what + " lasts " + days + " days and repeats: expected at most 366 days"
                    + " for a repeating event");
        }
        return rule(rrules.get(0).getValue(), what, name, start, days, excluded, added);
    }

    private static Event rule(String rrule, String what, String name, LocalDate start, int days, Set<LocalDate> excluded,
            List<LocalDate> added) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rrule.strip().split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(what + " has RRULE " + rrule + ", whose part '" + part
                        + "' is not NAME=VALUE: expected for example RRULE:FREQ=YEARLY");
            }
            parts.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT), part.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
        }
        String refused = "RRULE " + rrule + " of " + what;
        String freq = parts.remove("FREQ");
        if (!"YEARLY".equals(freq)) {
            throw new IllegalArgumentException(refused + " repeats " + (freq == null ? "without FREQ" : "FREQ=" + freq)
                    + ": expected FREQ=YEARLY (holidays repeat once a year) or no RRULE");
        }
        parts.remove("WKST");   // the week's first day changes nothing in the yearly rules below
        int interval = positive(parts.remove("INTERVAL"), 1, refused, "INTERVAL");
        int count = positive(parts.remove("COUNT"), Integer.MAX_VALUE, refused, "COUNT");
        String untilText = parts.remove("UNTIL");
        LocalDate until = null;
        if (untilText != null) {
            Matcher m = DATE_TIME.matcher(untilText);
            Matcher d = DATE.matcher(untilText);
            Matcher found = d.matches() ? d : m.matches() ? m : null;
            if (found == null) {
                throw new IllegalArgumentException(refused + " has UNTIL=" + untilText + ": expected a date such as 20301231");
            }
            until = localDate(found, refused + " has UNTIL=" + untilText);
        }
        String month = parts.remove("BYMONTH");
        String monthDay = parts.remove("BYMONTHDAY");
        String day = parts.remove("BYDAY");
        if (!parts.isEmpty()) {
            throw new IllegalArgumentException(refused + " uses " + String.join(", ", parts.keySet())
                    + ": expected only INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY and BYDAY (one weekday of one month)");
        }
        if (month != null && !month.equals(Integer.toString(start.getMonthValue()))) {
            throw new IllegalArgumentException(refused + " has BYMONTH=" + month + ": expected the start's month alone, "
                    + start.getMonthValue());
        }
        Event.Yearly yearly;
        if (day == null) {
            if (monthDay != null && !monthDay.equals(Integer.toString(start.getDayOfMonth()))) {
                throw new IllegalArgumentException(refused + " has BYMONTHDAY=" + monthDay
                        + ": expected the start's day of the month alone, " + start.getDayOfMonth());
            }
            yearly = new Event.SameDate(start.getMonthValue(), start.getDayOfMonth());
        } else {
            Matcher m = NTH_DAY.matcher(day);
            if (month == null || monthDay != null || !m.matches()) {
                throw new IllegalArgumentException(refused + " has BYDAY=" + day + (month == null ? " without BYMONTH" : "")
                        + (monthDay != null ? " with BYMONTHDAY" : "")
                        + ": expected one weekday of one month, such as BYMONTH=5;BYDAY=-1MO (the last Monday of May)");
            }
            int n = Integer.parseInt(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
            if (n == 0 || Math.abs(n) > 5) {
                throw new IllegalArgumentException(refused + " has BYDAY=" + day + ": expected 1 to 5 or -1 to -5 before the day");
            }
            DayOfWeek weekday = DayOfWeek.of(DAY_CODES.indexOf(m.group(3)) + 1);
            yearly = new Event.NthWeekday(start.getMonthValue(), n, weekday);
            if (!start.equals(yearly.in(start.getYear()))) {
                throw new IllegalArgumentException(refused + " picks " + yearly.in(start.getYear()) + " in "
                        + start.getYear() + ", not the start " + start + ": expected a start that the rule picks");
            }
        }
        return new Event(name, start, days, yearly, interval, count, until, excluded, added);
    }

    private static int positive(String text, int otherwise, String refused, String part) {
        if (text == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(refused + " has " + part + "=" + text + ": expected a whole number from 1");
    }

    private static Optional<String> value(Component c, String name) {
        return c.getProperty(name).map(Property::getValue);
    }

    /** The date of an all-day DTSTART or DTEND; refuses times of day. */
    private static LocalDate date(Property p, String what, String verb) {
        String v = p.getValue().strip();
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            Optional<Parameter> tz = p.getParameter(Parameter.TZID);
            throw new IllegalArgumentException(what + " " + verb + " at a time of day (" + p.getName()
                    + tz.map(t -> ";TZID=" + t.getValue()).orElse("") + ":" + v
                    + "): expected an all-day event such as " + p.getName() + ";VALUE=DATE:20261225, since a holiday"
                    + " closes whole dates of the calendar's own zone");
        }
        return localDate(m, what + " " + verb + " on " + v);
    }

    private static List<LocalDate> dates(Property p, String what, String name) {
        List<LocalDate> out = new ArrayList<>();
        for (String v : p.getValue().split(",")) {
            Matcher m = DATE.matcher(v.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(what + " has " + name + " " + v.strip()
                        + ", not a date: expected dates such as " + name + ";VALUE=DATE:20261225");
            }
            out.add(localDate(m, what + " has " + name + " " + v.strip()));
        }
        return out;
    }

    private static LocalDate localDate(Matcher m, String context) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d.getYear() < 1) {
                throw new DateTimeException("year 0");
            }
            return d;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(context + ", which is not a date: expected YYYYMMDD in the years 1 to 9999", e);
        }
    }
}
