package org.slakit.calendar.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed date with its name, as a {@link HolidaySource} gives it: {@code 2026-10-03 Tag der
 * Deutschen Einheit}.
 *
 * @param date the local date the calendar is closed on
 * @param name the holiday's name, for explanations; not blank
 */
public record Holiday(LocalDate date, String name) {

    /**
     * @param date the local date the calendar is closed on
     * @param name the holiday's name, not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Holiday on " + date + " has a blank name: expected its name");
        }
    }
}
