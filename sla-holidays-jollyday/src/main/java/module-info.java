/**
 * Countries' and subdivisions' public holidays from the Jollyday project, as a slakit holiday
 * source: calendar text closes on them with {@code holidays jollyday DE-BY}.
 */
module org.slakit.holidays.jollyday {
    requires transitive org.slakit.calendar;
    requires de.focus_shift.jollyday.core;

    exports org.slakit.holidays.jollyday;

    provides org.slakit.calendar.spi.HolidaySource with org.slakit.holidays.jollyday.JollydayHolidaySource;
}
