package org.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;

/**
 * A first look at slakit: the Berlin support team's calendar that ships with the examples,
 * asked when cases are due and whether the team is open.
 *
 * <p>Run with {@code mvn -q -pl sla-examples -am install -DskipTests && mvn -q -pl sla-examples exec:java}.
 */
public final class FirstLook {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private FirstLook() {
    }

    /**
     * Prints due dates and open/closed answers for a handful of moments around Christmas 2026.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Loads the calendar that ships with the examples. */
    static BusinessCalendar berlinSupport() {
        try (InputStream in = FirstLook.class.getResourceAsStream("berlin-support.calendar")) {
            if (in == null) {
                throw new IllegalStateException("berlin-support.calendar is missing from the classpath");
            }
            return BusinessCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(PrintStream out) {
        BusinessCalendar calendar = berlinSupport();
        out.println("Calendar (as slakit writes it back):");
        calendar.toString().lines().forEach(line -> out.println("  " + line));
        out.println();

        List<String> moments = List.of(
                "2026-12-21T10:00:00+01:00[Europe/Berlin]",
                "2026-12-23T17:30:00+01:00[Europe/Berlin]",
                "2026-12-24T11:00:00+01:00[Europe/Berlin]",
                "2026-12-25T09:00:00+01:00[Europe/Berlin]",
                "2026-12-27T15:00:00+01:00[Europe/Berlin]");
        out.printf("%-28s %-6s %-28s %-28s %-28s%n", "case created", "open?", "first response (2 business h)",
                "urgent (1 business day)", "business time until due");
        for (String text : moments) {
            Instant created = ZonedDateTime.parse(text).toInstant();
            Instant firstResponse = calendar.plus(created, Duration.ofHours(2));
            Instant urgent = calendar.plusBusinessDays(created, 1);
            out.printf("%-28s %-6s %-28s %-28s %-28s%n", format(calendar, created),
                    calendar.isOpen(created) ? "open" : "closed", format(calendar, firstResponse),
                    format(calendar, urgent), calendar.between(created, urgent));
        }
        out.println();
        Instant now = ZonedDateTime.parse("2026-12-24T11:00:00+01:00[Europe/Berlin]").toInstant();
        out.println("At " + format(calendar, now) + " the team is " + (calendar.isOpen(now) ? "open" : "closed")
                + " until " + format(calendar, calendar.nextClose(now))
                + " and opens again " + format(calendar, calendar.nextOpen(calendar.nextClose(now))) + ".");
    }

    private static String format(BusinessCalendar calendar, Instant instant) {
        return instant.atZone(calendar.zone()).format(WHEN);
    }
}
