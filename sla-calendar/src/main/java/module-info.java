/**
 * Business-hours calendars on {@code java.time}.
 *
 * <p>The single entry point is {@link org.slakit.calendar.BusinessCalendar}.
 */
module org.slakit.calendar {
    exports org.slakit.calendar;
}
