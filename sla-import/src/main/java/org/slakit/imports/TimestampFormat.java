package org.slakit.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read a timestamp cell: {@code iso} (with offset), {@code iso-local} or a
 * {@link DateTimeFormatter} pattern, the zone for local wall-clock times, and whether an offset
 * written in the text is used or dropped.
 */
final class TimestampFormat {

    /** Where a local time fell in its zone. */
    enum Dst { NONE, OVERLAP, GAP }

    /** A timestamp read: the instant and whether the local time was in a daylight-saving overlap or gap. */
    static final class Stamp {
        final Instant at;
        final Dst dst;

        Stamp(Instant at, Dst dst) {
            this.at = at;
            this.dst = dst;
        }
    }

    static final String ISO = "iso";
    static final String ISO_LOCAL = "iso-local";

    private final String format;
    private final DateTimeFormatter formatter;
    private final boolean hasOffset;
    private final ZoneId zone;
    private final boolean ignoreOffset;

    private TimestampFormat(String format, DateTimeFormatter formatter, boolean hasOffset, ZoneId zone, boolean ignoreOffset) {
        this.format = format;
        this.formatter = formatter;
        this.hasOffset = hasOffset;
        this.zone = zone;
        this.ignoreOffset = ignoreOffset;
    }

    /**
     * Checks a format text and compiles it.
     *
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    static DateTimeFormatter compile(String format) {
        if (format.equals(ISO)) {
            // ISO_OFFSET_DATE_TIME, but the offset may also be written without a colon: +0100
            return new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                    .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
        }
        if (format.equals(ISO_LOCAL)) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        }
        DateTimeFormatter f;
        try {
            // STRICT rejects February 30; the era default lets 'yyyy' work under STRICT as it does under SMART
            f = new DateTimeFormatterBuilder().appendPattern(format).parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid time pattern '" + format + "': " + e.getMessage()
                    + " (expected iso, iso-local or a java.time DateTimeFormatter pattern such as yyyy-MM-dd HH:mm:ss)", e);
        }
        if (formats(f, LocalDate.of(2026, 3, 2))) {
            throw new IllegalArgumentException("Time pattern '" + format + "' has no time of day: a timestamp needs a date and a time");
        }
        if (formats(f, LocalTime.of(9, 15))) {
            throw new IllegalArgumentException("Time pattern '" + format + "' has no date: a timestamp needs a date and a time");
        }
        if (!formats(f, ZonedDateTime.of(2026, 3, 2, 9, 15, 0, 0, ZoneId.of("Europe/Berlin")))) {
            throw new IllegalArgumentException("Time pattern '" + format + "' cannot be used for timestamps: it needs fields"
                    + " a date and time do not have");
        }
        return f;
    }

    /** @return whether timestamps of this format carry their own offset or zone */
    static boolean hasOffset(String format) {
        if (format.equals(ISO)) {
            return true;
        }
        if (format.equals(ISO_LOCAL)) {
            return false;
        }
        return !formats(compile(format), LocalDateTime.of(2026, 3, 2, 9, 15));
    }

    private static boolean formats(DateTimeFormatter f, TemporalAccessor value) {
        try {
            f.format(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * Obtains a checked format. The caller has checked that a zone is present when the format has
     * no offset or the offset is ignored.
     */
    static TimestampFormat of(String format, ZoneId zone, boolean ignoreOffset) {
        Objects.requireNonNull(format, "format");
        return new TimestampFormat(format, compile(format), hasOffset(format), zone, ignoreOffset);
    }

    /** @return the format text: iso, iso-local or the pattern */
    String format() {
        return format;
    }

    /** @return the zone for local times, or null */
    ZoneId zone() {
        return zone;
    }

    /** @return whether an offset in the text is dropped and the local time read in {@link #zone()} */
    boolean ignoreOffset() {
        return ignoreOffset;
    }

    /**
     * Reads a timestamp.
     *
     * @throws DateTimeException with a message naming the text, the format and what went wrong
     */
    Stamp parse(String text) {
        TemporalAccessor parsed;
        try {
            parsed = formatter.parse(text);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not a timestamp of the form " + format + " (" + detail(text, e) + ")");
        }
        if (hasOffset && !parsed.isSupported(ChronoField.OFFSET_SECONDS) && parsed.query(TemporalQueries.zoneId()) == null) {
            // iso, whose offset is optional in its formatter but required here
            throw new DateTimeException("'" + text + "' is not a timestamp of the form " + format + " (it has no offset)");
        }
        boolean offsetGiven = parsed.isSupported(ChronoField.OFFSET_SECONDS) || parsed.query(TemporalQueries.zoneId()) != null;
        if (offsetGiven && !ignoreOffset) {
            // also a pattern whose offset is optional: an offset in the text is the truth
            return new Stamp(Instant.from(parsed), Dst.NONE);
        }
        LocalDateTime local = LocalDateTime.from(parsed);
        List<?> offsets = zone.getRules().getValidOffsets(local);
        Dst dst = offsets.isEmpty() ? Dst.GAP : offsets.size() > 1 ? Dst.OVERLAP : Dst.NONE;
        return new Stamp(ZonedDateTime.ofLocal(local, zone, null).toInstant(), dst);
    }

    private static String detail(String text, DateTimeParseException e) {
        String prefix = "Text '" + text + "' ";
        String m = String.valueOf(e.getMessage());
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
