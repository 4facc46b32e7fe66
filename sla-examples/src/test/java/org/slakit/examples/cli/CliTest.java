package org.slakit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each command end to end and checks its exit code and key lines. */
class CliTest {

    @TempDir
    Path dir;

    private Path calendar;

    /** Output of the last run. */
    private String out;
    private String err;

    @BeforeEach
    void writeCalendar() throws IOException {
        calendar = dir.resolve("team.calendar");
        Files.writeString(calendar, "zone Europe/Berlin\nMon-Fri 09:00-12:00 13:00-17:00\nclosed 2026-12-25\n");
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Slakit.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void open_whenOpen_exitsZeroAndSaysUntilWhen() {
        assertThat(run("open", calendar.toString(), "--at", "2026-12-21T10:00")).isZero();
        assertThat(out).contains("open at Mon 2026-12-21 10:00:00 CET").contains("closes Mon 2026-12-21 12:00:00 CET");
    }

    @Test
    void open_whenClosed_exitsOneAndSaysWhenItOpens() {
        assertThat(run("open", calendar.toString(), "--at", "2026-12-25T10:00:00Z")).isEqualTo(1);
        assertThat(out).contains("closed at Fri 2026-12-25 11:00:00 CET").contains("opens  Mon 2026-12-28 09:00:00 CET");
    }

    @Test
    void between_printsBusinessAndElapsedTime() {
        assertThat(run("between", calendar.toString(), "--from", "2026-12-24T16:00", "--to", "2026-12-28T10:00")).isZero();
        assertThat(out).contains("business time PT2H (2h)").contains("elapsed time  PT90H (90h)");
    }

    @Test
    void due_twoBusinessHoursFromFridayAfternoon_isMondayMorning() {
        assertThat(run("due", calendar.toString(), "--start", "2026-12-18T16:00", "--target", "2 business hours")).isZero();
        assertThat(out).contains("due     Mon 2026-12-21 10:00:00 CET").contains("business time until due 2h, elapsed 66h");
    }

    @Test
    void due_businessDays_keepTheTimeOfDay() {
        assertThat(run("due", calendar.toString(), "--start", "2026-12-24T15:00", "--target", "1 business day")).isZero();
        // Christmas Day is closed: the next business day is Monday
        assertThat(out).contains("due     Mon 2026-12-28 15:00:00 CET");
    }

    @Test
    void due_ambiguousDays_isRefused() {
        assertThat(run("due", calendar.toString(), "--start", "2026-12-18T16:00", "--target", "2 days")).isEqualTo(2);
        assertThat(err).contains("--target:").contains("2 business days");
    }

    @Test
    void brokenCalendar_namesFileAndLine_exitsTwo() throws IOException {
        Path broken = dir.resolve("broken.calendar");
        Files.writeString(broken, "zone Europe/Berlin\nMon 25:00-26:00\n");
        assertThat(run("open", broken.toString(), "--at", "2026-12-21T10:00")).isEqualTo(2);
        assertThat(err).contains("broken.calendar: line 2 'Mon 25:00-26:00': '25:00'");
    }

    @Test
    void badInstant_exitsTwo() {
        assertThat(run("open", calendar.toString(), "--at", "yesterday")).isEqualTo(2);
        assertThat(err).contains("--at 'yesterday' is not an instant");
    }

    @Test
    void missingOption_isUsageError() {
        assertThat(run("between", calendar.toString(), "--from", "2026-12-24T16:00")).isEqualTo(2);
        assertThat(err).contains("Missing required option: '--to=INSTANT'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"due", "open", "between"}) {
            assertThat(run(command, "--help")).isZero();
            assertThat(out).contains("Usage: slakit " + command);
        }
    }
}
