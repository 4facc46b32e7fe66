/**
 * Closed dates from iCalendar feeds ({@code .ics} files), as a slakit holiday source: calendar
 * text closes on them with {@code holidays ical holidays.ics}.
 */
module org.slakit.holidays.ical {
    requires transitive org.slakit.calendar;
    requires ical4j.core;

    exports org.slakit.holidays.ical;

    provides org.slakit.calendar.spi.HolidaySource with org.slakit.holidays.ical.IcalHolidaySource;
}
