package org.slakit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How every slakit output writes its figures, so that the demo, the text report and the HTML page
 * say the same thing in the same words.
 *
 * <ul>
 *   <li>Percentages have one decimal, <b>rounded half up</b>: 29 of 36 is {@code 80.6%}, 1 of 8 is
 *       {@code 12.5%}; a share of nothing is {@code -}.</li>
 *   <li>Durations are hours and minutes, rounded to the nearest minute from one minute on
 *       ({@code 45s}, {@code 47m}, {@code 3h 12m}, {@code 26h}); hours are not folded into days,
 *       because a business day has no fixed length.</li>
 *   <li>Dates and times carry the year when it is not the year of "now":
 *       {@code Tue 24 Nov 10:30}, {@code Mon 28 Dec 2026 09:00} seen from 2027.</li>
 *   <li>Counts read {@code 1 case}, {@code 2 cases}, with thousands separated by commas.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class Figures {

    /** The sentence that states the rounding, printed once at the end of each report. */
    public static final String ROUNDING = "Percentages are rounded half up to one decimal.";

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Figures() {
    }

    /**
     * A share as a percentage with one decimal, rounded half up.
     *
     * @param part the count in the share, 0 to {@code whole}
     * @param whole the count it is a share of
     * @return {@code 80.6%} for 29 of 36, {@code -} when {@code whole} is 0
     * @throws IllegalArgumentException if a count is negative or {@code part > whole}
     */
    public static String percent(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("Share " + part + " of " + whole + ": expected 0 <= part <= whole");
        }
        if (whole == 0) {
            return "-";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * A share as {@code 29 of 36 (80.6%)}.
     *
     * @param part the count in the share
     * @param whole the count it is a share of
     * @return the share in words, {@code 0 of 0 (-)} for none
     */
    public static String share(long part, long whole) {
        return count(part) + " of " + count(whole) + " (" + percent(part, whole) + ")";
    }

    /** @return the count with thousands separated by commas: {@code 1,204,000} */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * @param n the count
     * @param noun the singular noun
     * @return {@code 1 case}, {@code 2 cases}, {@code 1,000 cases}
     */
    public static String count(long n, String noun) {
        return count(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /**
     * A duration in hours and minutes: {@code 45s}, {@code 47m}, {@code 3h 12m}, {@code 26h}; a
     * negative duration gets a minus sign ({@code -1h 30m}).
     *
     * @param d the duration
     * @return the duration in words
     */
    public static String words(Duration d) {
        Objects.requireNonNull(d, "d");
        if (d.isNegative()) {
            return "-" + words(d.negated());
        }
        if (d.compareTo(Duration.ofSeconds(59, 500_000_000)) < 0) {
            return d.plusMillis(500).getSeconds() + "s";
        }
        long minutes = d.plusSeconds(30).toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + "m";
        }
        return rest == 0 ? hours + "h" : hours + "h " + rest + "m";
    }

    /**
     * An instant as a short local date and time, with the year when it differs from the year of
     * {@code now}: {@code Tue 24 Nov 10:30}, {@code Mon 28 Dec 2026 09:00}.
     *
     * @param instant the instant to write
     * @param now the instant whose year needs no mention
     * @param zone the zone to write it in
     * @return the date and time
     */
    public static String dateTime(Instant instant, Instant now, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        return t.format(t.getYear() == now.atZone(zone).getYear() ? THIS_YEAR : OTHER_YEAR);
    }

    /**
     * A date, with the year when it differs from the year of {@code today}: {@code Mon 23 Nov},
     * {@code Mon 29 Dec 2025}.
     *
     * @param date the date to write
     * @param today the date whose year needs no mention
     * @return the date
     */
    public static String date(LocalDate date, LocalDate today) {
        return date.format(date.getYear() == today.getYear() ? DAY_THIS_YEAR : DAY_OTHER_YEAR);
    }
}
