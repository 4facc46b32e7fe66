package org.slakit.calendar;

/**
 * Proleptic ISO calendar arithmetic on epoch days without {@link java.time.LocalDate} objects,
 * for the hot paths; {@code EpochDaysTest} checks it against {@code LocalDate}.
 */
final class EpochDays {

    /** Epoch day of 0001-01-01. */
    private static final long DAY_OF_YEAR_ONE = -719_162;

    private EpochDays() {
    }

    /** The epoch day of January 1 of a year. */
    static long firstDayOfYear(long year) {
        long y = year - 1;
        return 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400) + DAY_OF_YEAR_ONE;
    }

    /** The year of an epoch day (within the years of {@code int}). */
    static int yearOf(long epochDay) {
        // 146,097 days in 400 years: the estimate is off by at most one year either way
        long year = 1970 + Math.floorDiv(epochDay * 400, 146_097);
        while (firstDayOfYear(year) > epochDay) {
            year--;
        }
        while (firstDayOfYear(year + 1) <= epochDay) {
            year++;
        }
        return (int) year;
    }
}
