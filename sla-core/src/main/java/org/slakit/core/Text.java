package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small formatting helpers shared by explanations and error messages. */
final class Text {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss.SSSSSSSSS xxx", Locale.ROOT);

    private Text() {
    }

    /** {@code 1 hour}, {@code 2 hours}. */
    static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** An instant as local time in a zone, with the weekday: {@code Mon 2026-03-09 10:00 +01:00}. */
    static String instant(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        if (local.getNano() != 0) {
            return NANOS.format(local);
        }
        return local.getSecond() == 0 ? MINUTES.format(local) : SECONDS.format(local);
    }

    /** A duration in hours, minutes and seconds, never days: {@code 64h}, {@code 1h 40m}, {@code 0s}. */
    static String duration(Duration duration) {
        if (duration.isNegative()) {
            return "-" + duration(duration.negated());
        }
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        int nanos = duration.toNanosPart();
        StringBuilder sb = new StringBuilder();
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (minutes > 0) {
            sb.append(sb.length() > 0 ? " " : "").append(minutes).append('m');
        }
        if (seconds > 0 || nanos > 0 || sb.length() == 0) {
            sb.append(sb.length() > 0 ? " " : "").append(seconds);
            if (nanos > 0) {
                sb.append('.').append(String.format(Locale.ROOT, "%09d", nanos).replaceAll("0+$", ""));
            }
            sb.append('s');
        }
        return sb.toString();
    }

    /** A fraction as a percentage without needless decimals: {@code 75%}, {@code 83.3%}. */
    static String percent(double fraction) {
        double p = Math.round(fraction * 1000.0) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
