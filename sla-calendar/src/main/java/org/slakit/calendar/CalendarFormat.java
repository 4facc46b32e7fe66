package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.slakit.calendar.spi.HolidaySource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.text.internal.LineReader;
import org.slakit.text.internal.TextLine;

/** Reads the calendar text format; {@link Schedule#format} writes it. The grammar is in the README. */
final class CalendarFormat {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The longest line accepted, in characters; see the README's limits. */
    static final int MAX_LINE_LENGTH = 1_000;

    private CalendarFormat() {
    }

    /** One numbered, comment-free, non-blank line, split into words. */
    private static final class Line {
        final int number;
        final String raw;
        final String content;
        final String[] words;

        Line(TextLine line) {
            this.number = line.number();
            this.raw = line.text();
            this.content = line.content();
            this.words = line.words();
        }

        CalendarFormatException error(String problem) {
            return new CalendarFormatException(number, raw, problem);
        }
    }

    static BusinessCalendar parse(CharSequence text, List<HolidaySource> sources) {
        List<List<Line>> sections = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        sections.add(current);
        for (TextLine textLine : LineReader.read(text)) {
            if (textLine.text().length() > MAX_LINE_LENGTH) {
                throw textLine.error(CalendarFormatException::new, "the line has " + textLine.text().length()
                        + " characters: expected at most " + MAX_LINE_LENGTH);
            }
            Line line = new Line(textLine);
            if (line.words[0].equalsIgnoreCase("intersect")) {
                if (line.words.length > 1) {
                    throw line.error("expected 'intersect' alone on its line");
                }
                if (current.isEmpty()) {
                    throw line.error("'intersect' must follow a calendar and precede another");
                }
                current = new ArrayList<>();
                sections.add(current);
            } else {
                current.add(line);
            }
        }
        if (current.isEmpty()) {
            throw sections.size() == 1
                    ? new CalendarFormatException("calendar text is empty: expected a 'zone' line and open hours")
                    : new CalendarFormatException("calendar text ends with 'intersect': expected another calendar after it");
        }
        List<Schedule> schedules = new ArrayList<>();
        for (List<Line> section : sections) {
            schedules.add(parseSection(section, sources));
        }
        return BusinessCalendar.of(schedules);
    }

    private static Schedule parseSection(List<Line> lines, List<HolidaySource> sources) {
        Line zoneLine = null;
        for (Line line : lines) {
            if (line.words[0].equalsIgnoreCase("zone")) {
                if (zoneLine != null) {
                    throw line.error("a second 'zone' line; the first is line " + zoneLine.number);
                }
                zoneLine = line;
            }
        }
        if (zoneLine == null) {
            throw new CalendarFormatException(lines.get(0).number, lines.get(0).raw,
                    "the calendar starting here has no 'zone' line: expected for example 'zone Europe/Berlin'");
        }
        if (zoneLine.words.length != 2) {
            throw zoneLine.error("expected 'zone' and one zone id, for example 'zone Europe/Berlin'");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneLine.words[1]);
        } catch (DateTimeException e) {
            throw zoneLine.error("unknown zone '" + zoneLine.words[1] + "': expected a region id such as Europe/Berlin or an offset such as +02:00");
        }
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        for (Line line : lines) {
            if (line == zoneLine) {
                continue;
            }
            try {
                apply(builder, line, sources);
            } catch (CalendarFormatException e) {
                throw e;
            } catch (IllegalArgumentException | DateTimeException e) {
                throw line.error(e.getMessage());
            }
        }
        try {
            return builder.schedule();
        } catch (IllegalStateException e) {
            throw new CalendarFormatException(lines.get(0).number, lines.get(0).raw, e.getMessage());
        }
    }

    private static void apply(BusinessCalendar.Builder builder, Line line, List<HolidaySource> sources) {
        String first = line.words[0];
        if (first.equalsIgnoreCase("holidays")) {
            if (line.words.length < 3) {
                throw line.error("expected 'holidays <source> <argument>', for example 'holidays jollyday DE-BY'");
            }
            HolidaySource source = source(line, line.words[1], sources);
            String content = line.content;
            String argument = content.substring(content.indexOf(line.words[1], first.length()) + line.words[1].length()).strip();
            builder.holidays(source, argument);
        } else if (first.equalsIgnoreCase("yearly")) {
            int k = 1;
            while (k < line.words.length && line.words[k].indexOf(':') < 0) {
                k++;
            }
            HolidayRule rule = HolidayRuleFormat.read(java.util.Arrays.copyOfRange(line.words, 0, k), 1, line::error);
            if (k == line.words.length) {
                throw line.error("expected one or more periods such as 09:00-12:00 after the rule '" + rule + "'");
            }
            for (int i = k; i < line.words.length; i++) {
                int[] p = period(line, line.words[i]);
                builder.addYearlySpecial(rule, p[0], p[1]);
            }
        } else if (first.equalsIgnoreCase("closed")) {
            if (line.words.length >= 2 && line.words[1].equalsIgnoreCase("yearly")) {
                builder.closed(HolidayRuleFormat.read(line.words, 2, line::error));
            } else if (line.words.length == 2) {
                builder.closed(date(line, line.words[1]));
            } else {
                throw line.error("expected 'closed YYYY-MM-DD' or 'closed yearly <rule>'");
            }
        } else if (DATE.matcher(first).matches()) {
            LocalDate date = date(line, first);
            requirePeriods(line);
            for (int i = 1; i < line.words.length; i++) {
                int[] p = period(line, line.words[i]);
                builder.addSpecial(date, p[0], p[1]);
            }
        } else {
            Set<DayOfWeek> days = days(line, first);
            requirePeriods(line);
            for (int i = 1; i < line.words.length; i++) {
                int[] p = period(line, line.words[i]);
                for (DayOfWeek day : days) {
                    builder.addWeekly(day, p[0], p[1]);
                }
            }
        }
    }

    /** The source named {@code name}: one of {@code given}, else an installed one. */
    private static HolidaySource source(Line line, String name, List<HolidaySource> given) {
        for (HolidaySource s : given) {
            if (name.equalsIgnoreCase(s.name())) {
                return s;
            }
        }
        List<String> installed = new ArrayList<>();
        for (HolidaySource s : ServiceLoader.load(HolidaySource.class)) {
            if (name.equalsIgnoreCase(s.name())) {
                return s;
            }
            installed.add(s.name());
        }
        for (HolidaySource s : given) {
            installed.add(s.name());
        }
        throw line.error("no holiday source '" + name + "' is installed: "
                + (installed.isEmpty() ? "none is (add a module such as sla-holidays-jollyday, or pass the source to"
                        + " BusinessCalendar.parse(text, sources))"
                        : "expected one of " + String.join(", ", new java.util.TreeSet<>(installed))));
    }

    private static void requirePeriods(Line line) {
        if (line.words.length < 2) {
            throw line.error("expected one or more periods such as 09:00-17:00 after '" + line.words[0] + "'");
        }
    }

    private static LocalDate date(Line line, String word) {
        if (!DATE.matcher(word).matches()) {
            throw line.error("'" + word + "' is not a date: expected YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(word);
        } catch (DateTimeParseException e) {
            throw line.error("'" + word + "' is not a valid date: expected an existing date as YYYY-MM-DD");
        }
    }

    private static Set<DayOfWeek> days(Line line, String word) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : word.split(",", -1)) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                days.add(day(line, part));
            } else {
                DayOfWeek from = day(line, part.substring(0, dash));
                DayOfWeek to = day(line, part.substring(dash + 1));
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(Line line, String word) {
        return HolidayRuleFormat.day(word, line::error);
    }

    /** Returns {start, end} in seconds of the day; an end at or before the start runs into the next day. */
    private static int[] period(Line line, String word) {
        int dash = word.indexOf('-');
        if (dash < 0) {
            throw line.error("'" + word + "' is not a period: expected HH:MM-HH:MM such as 09:00-17:00");
        }
        int start = time(line, word, word.substring(0, dash), false);
        int end = time(line, word, word.substring(dash + 1), true);
        if (end == start && start != 0) {
            throw line.error("period '" + word + "' starts and ends at the same time: write 00:00-24:00 for a whole day");
        }
        return new int[] {start, end <= start ? end + DayHours.DAY : end};
    }

    private static int time(Line line, String period, String word, boolean isEnd) {
        Matcher m = TIME.matcher(word);
        if (!m.matches()) {
            throw line.error("'" + word + "' in '" + period + "' is not a time: expected HH:MM or HH:MM:SS");
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (h == 24 && min == 0 && s == 0) {
            if (!isEnd) {
                throw line.error("24:00 in '" + period + "' can only end a period: write 00:00 to start at midnight");
            }
            return DayHours.DAY;
        }
        if (h > 23 || min > 59 || s > 59) {
            throw line.error("'" + word + "' in '" + period + "' is not a time of day: expected 00:00 to 23:59, or 24:00 as an end");
        }
        return h * 3600 + min * 60 + s;
    }


}
