/**
 * Business-hours calendars on {@code java.time}.
 *
 * <p>The single entry point is {@link org.slakit.calendar.BusinessCalendar}. Package
 * {@code org.slakit.calendar.spi} is the interface that holiday sources implement (found through
 * {@link java.util.ServiceLoader}). Package {@code org.slakit.text} holds what the line-based text
 * formats share (their base exception); {@code org.slakit.text.internal} is the toolkit that reads
 * them, for slakit's own modules only.
 */
module org.slakit.calendar {
    exports org.slakit.calendar;
    exports org.slakit.calendar.spi;
    exports org.slakit.text;
    exports org.slakit.text.internal to org.slakit.core, org.slakit.imports;

    uses org.slakit.calendar.spi.HolidaySource;
}
