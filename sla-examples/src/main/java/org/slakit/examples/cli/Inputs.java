package org.slakit.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarFormatException;

/** Reading the command line's files and values, with errors that name the file, line and value. */
final class Inputs {

    static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);

    private Inputs() {
    }

    /**
     * A whole UTF-8 text file, without a leading byte-order mark.
     *
     * @throws InputException naming the file when it is missing or unreadable, and the line when
     *         its bytes are not UTF-8
     */
    static String text(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file + ": no such " + what, e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the " + what + " (" + Problems.inputMessage(e) + ")", e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputException(file + ":" + line + ": byte " + String.format("0x%02X", bytes[offset] & 0xff)
                    + " (file offset " + offset + ") is not UTF-8 text: expected the " + what + " saved as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static BusinessCalendar calendar(Path file) {
        String text = text(file, "calendar file");
        try {
            return BusinessCalendar.parse(text);
        } catch (CalendarFormatException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An instant written as {@code 2026-12-23T16:30:00Z}, with an offset ({@code +01:00}), with a
     * zone ({@code [Europe/Berlin]}), or as local date-time in {@code zone}
     * ({@code 2026-12-23T17:30}), or a date alone meaning its start in {@code zone}.
     */
    static Instant instant(String option, String text, ZoneId zone) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InputException(option + " '" + text + "' is not an instant: expected 2026-12-23T16:30:00Z,"
                    + " 2026-12-23T17:30+01:00, 2026-12-23T17:30 (in the calendar's zone) or 2026-12-23");
        }
    }

    static String human(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(HUMAN) + " (" + instant + ")";
    }
}
