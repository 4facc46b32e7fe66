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

    private Path cases(String... rows) throws IOException {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, "id,channel,priority,status,created,last_sent,assignee\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void board_listsBreachedFirst_andExitsOneWhenSomethingIsBreached() throws IOException {
        Path file = cases(
                // created Mon 09:00, first response due 11:00: breached at 12:30 by 1h30 of business time
                "C-1,email,normal,open,2026-12-21T09:00,,anna",
                // updated Mon 10:00: open case, 3 business days: due Thu 10:00
                "C-2,email,normal,open,2026-12-18T09:00,2026-12-21T10:00,ben",
                // created 12:15 in the lunch break: the clock runs from 13:00, due 15:00, within the 4-hour horizon
                "C-3,chat,urgent,open,2026-12-21T12:15,,anna",
                "C-4,email,normal,solved,2026-12-01T09:00,2026-12-02T09:00,ben");
        int code = run("board", file.toString(), "--calendar", calendar.toString(), "--now", "2026-12-21T12:30");
        assertThat(code).as(err).isEqualTo(1);
        String folded = out.replaceAll(" +", " ");
        assertThat(folded).contains("Breaching soon at Mon 2026-12-21 12:30:00 CET (2026-12-21T11:30:00Z): 2 of 4 cases, showing 2");
        // the 24-hour resolution clock of the standard policy is shown next to the update cadence
        assertThat(folded).contains("C-1 anna normal open first-response Mon 21 Dec 11:00 breached - 1h 30m elapsed"
                + " Tue 22 Dec 09:00\n");
        assertThat(folded).contains("C-3 anna urgent open first-response Mon 21 Dec 15:00 on track 2h business -"
                + " Tue 22 Dec 12:15\n");
        // counts as tables with totals, never a Java map
        assertThat(folded).contains("anna 2\ntotal 2\n").doesNotContain("{");
        assertThat(out.indexOf("C-1")).isLessThan(out.indexOf("C-3"));
        assertThat(out).doesNotContain("C-2").doesNotContain("C-4");
    }

    @Test
    void board_watchesTheResolutionClock_whenAsked() throws IOException {
        Path file = cases(
                "C-1,email,normal,open,2026-12-18T10:00,2026-12-21T10:00,anna",
                "C-2,email,normal,open,2026-12-21T09:00,2026-12-21T10:00,ben",
                "C-3,email,normal,open,2026-12-21T12:00,2026-12-21T12:10,ben");
        int code = run("board", file.toString(), "--calendar", calendar.toString(), "--now", "2026-12-21T12:30",
                "--clock", "resolution", "--horizon", "24 hours");
        assertThat(code).as(err).isEqualTo(1);
        String folded = out.replaceAll(" +", " ");
        assertThat(folded).contains("3 of 3 cases, showing 3, clock resolution");
        assertThat(folded).contains("C-1 anna normal open resolution Sat 19 Dec 10:00 breached 74h 30m of 24h\n");
        assertThat(folded).contains("C-2 ben normal open resolution Tue 22 Dec 09:00 on track 3h 30m of 24h\n");
        assertThat(run("board", file.toString(), "--calendar", calendar.toString(), "--now", "2026-12-21T12:30",
                "--clock", "resolutoin")).isEqualTo(2);
        assertThat(err).contains("--clock: Unknown clock 'resolutoin': expected updates, resolution");
    }

    @Test
    void board_readsWaitingOnAndLastReopened_forAnInternalClockPerTeam() throws IOException {
        Path policy = dir.resolve("internal.policy");
        Files.writeString(policy, "standard rules\nclock internal\nruns in pending-internal\n"
                + "rule engineering when waiting on engineering then 4 hours\nrule other when always then 3 business days\n"
                + "calendar\nzone Europe/Berlin\nMon-Fri 09:00-12:00 13:00-17:00\n");
        Path file = dir.resolve("internal.csv");
        Files.writeString(file, "id,created,status,status_since,last_reopened,waiting_on,assignee\n"
                // waits on engineering since Mon 10:00: 4 hours elapsed, due 14:00, 2h 30m used at 12:30
                + "C-1,2026-12-14T09:00,pending-internal,2026-12-21T10:00,,engineering,anna\n"
                // reopened Mon 11:00 straight into pending internal, waiting on engineering: due 15:00
                + "C-2,2026-12-14T09:00,pending-internal,2026-12-21T11:00,2026-12-21T11:00,engineering,ben\n"
                // waits on nobody: 3 business days, due Thu 10:00, beyond the horizon
                + "C-3,2026-12-14T09:00,pending-internal,2026-12-21T10:00,,,ben\n");
        int code = run("board", file.toString(), "--policy", policy.toString(), "--now", "2026-12-21T12:30",
                "--clock", "internal", "--horizon", "4 hours");
        String folded = out.replaceAll(" +", " ");
        assertThat(code).as(err).isZero();
        assertThat(folded).contains("C-1 anna normal pending-internal engineering Mon 21 Dec 14:00 on track 2h 30m of 4h\n");
        assertThat(folded).contains("C-2 ben normal pending-internal engineering Mon 21 Dec 15:00 on track 1h 30m of 4h\n");
        assertThat(out).doesNotContain("C-3");

        Files.writeString(file, "id,created,waiting_on\nC-1,2026-12-14T09:00,2nd level\n");
        assertThat(run("board", file.toString(), "--policy", policy.toString(), "--now", "2026-12-21T12:30")).isEqualTo(2);
        assertThat(err).contains("internal.csv:2: column 'waiting_on':").contains("'2nd level' is not a team name");
    }

    @Test
    void board_forAssignee_andNothingBreached_exitsZero() throws IOException {
        Path file = cases("C-1,email,normal,open,2026-12-21T09:00,,anna", "C-3,chat,urgent,open,2026-12-21T12:15,,ben");
        assertThat(run("board", file.toString(), "--calendar", calendar.toString(), "--now", "2026-12-21T12:30",
                "--assignee", "ben")).isZero();
        assertThat(out).contains("C-3").doesNotContain("C-1");
    }

    @Test
    void board_badCell_namesFileLineAndColumn() throws IOException {
        Path file = cases("C-1,email,normal,open,2026-12-21T09:00,,anna", "C-2,email,hgh,open,2026-12-21T09:00,,anna");
        assertThat(run("board", file.toString(), "--calendar", calendar.toString(), "--now", "2026-12-21T12:30")).isEqualTo(2);
        assertThat(err).contains("cases.csv:3: column 'priority': Unknown priority 'hgh'");
    }

    @Test
    void queue_callsBeforeChatsBeforeEmail() throws IOException {
        Path file = cases(
                "E-1,email,normal,open,2026-12-21T09:00,,anna",
                "H-1,chat,normal,open,2026-12-21T10:00,,anna",
                "H-2,chat,urgent,open,2026-12-21T11:00,,anna",
                "K-1,call,low,open,2026-12-21T12:20,,anna",
                "P-1,email,normal,pending-customer,2026-12-21T09:00,2026-12-21T09:30,anna");
        assertThat(run("queue", file.toString(), "--calendar", calendar.toString(), "--now", "2026-12-21T12:30")).isZero();
        assertThat(out).contains("Next 4 of 4 waiting cases");
        assertThat(out.indexOf("K-1")).isLessThan(out.indexOf("H-2"));
        assertThat(out.indexOf("H-2")).isLessThan(out.indexOf("H-1"));
        assertThat(out.indexOf("H-1")).isLessThan(out.indexOf("E-1"));
        assertThat(out).doesNotContain("P-1").contains("calls come before chats");
    }

    @Test
    void report_overTheShippedEventLog_printsMetricsAndWritesHtml() throws IOException {
        Path demo = Path.of("src/main/resources/org/slakit/examples/demo");
        Path html = dir.resolve("report.html");
        int code = run("report", demo.resolve("events.csv").toString(), "--mapping", demo.resolve("demo.mapping").toString(),
                "--calendar", "src/main/resources/org/slakit/examples/berlin-support.calendar",
                "--now", "2026-11-24T09:30:00Z", "--html", html.toString());
        // the shipped data misses the 80%-in-24-hours goal: a finding
        assertThat(code).as(err).isEqualTo(1);
        assertThat(out).contains("rows: 2,293 read, 2,293 used, 0 ignored, 0 rejected")
                .contains("Resolution goal '80% within 24 hours': ").contains(": FAIL")
                .contains("first-response").contains("Wrote " + html);
        assertThat(out.indexOf("Import of")).isEqualTo(out.lastIndexOf("Import of"));  // once
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
    }

    /** The text report, the HTML page and the demo print the same figures, rounded the same way. */
    @Test
    void report_textHtmlAndDemo_showTheSameFigures() throws IOException {
        Path demo = Path.of("src/main/resources/org/slakit/examples/demo");
        Path html = dir.resolve("report.html");
        run("report", demo.resolve("events.csv").toString(), "--mapping", demo.resolve("demo.mapping").toString(),
                "--calendar", "src/main/resources/org/slakit/examples/berlin-support.calendar",
                "--now", "2026-11-24T09:30:00Z", "--html", html.toString());
        String page = Files.readString(html);
        java.util.regex.Matcher goal = java.util.regex.Pattern
                .compile("Resolution goal '80% within 24 hours': (\\d+) of (\\d+) decided cases \\((\\d+\\.\\d)%\\)").matcher(out);
        assertThat(goal.find()).as(out).isTrue();
        long met = Long.parseLong(goal.group(1));
        long decided = Long.parseLong(goal.group(2));
        // half up: 157/287 = 54.70...%
        assertThat(goal.group(3)).isEqualTo(java.math.BigDecimal.valueOf(met * 100).divide(java.math.BigDecimal.valueOf(decided),
                1, java.math.RoundingMode.HALF_UP).toPlainString());
        assertThat(page).contains(met + " of " + decided + " decided cases (" + goal.group(3) + "%)");
        // breaches per assignee: a table with a total, the same total in the page
        String total = out.replaceAll("(?s).*Breaches per assignee.*?\ntotal +(\\d+)\n.*", "$1");
        assertThat(total).matches("\\d+");
        assertThat(page).contains("<td>total</td><td class=\"num\">" + total + "</td>");
        // the stopped-late column exists in both
        assertThat(out).contains("stopped late");
        assertThat(page).contains(">stopped late<");
        // the demo prints the very same metrics text
        StringWriter demoOut = new StringWriter();
        org.slakit.examples.demo.DemoTestAccess.run(new PrintWriter(demoOut));
        assertThat(demoOut.toString()).contains("Percentages are rounded half up to one decimal.");
        assertThat(page).contains("Percentages are rounded half up to one decimal.");
    }

    @Test
    void board_onTheShippedSnapshots_agreesWithTheDemo() {
        String resources = "src/main/resources/org/slakit/examples/";
        int code = run("board", resources + "demo/cases.csv", "--calendar", resources + "berlin-support.calendar",
                "--now", "2026-11-24T10:30");
        assertThat(code).as(err).isEqualTo(1);
        StringWriter demo = new StringWriter();
        org.slakit.examples.demo.DemoTestAccess.run(new PrintWriter(demo));
        String total = demo.toString().replaceAll("(?s).*== Breaching soon: (\\d+) cases.*", "$1");
        assertThat(out).contains("Breaching soon at Tue 2026-11-24 10:30:00 CET (2026-11-24T09:30:00Z): " + total + " of ");
    }

    @Test
    void report_brokenRow_isReportedWithItsLine() throws IOException {
        Path logFile = dir.resolve("log.csv");
        Files.writeString(logFile, "case_id,time,event,status,priority,channel,assignee,interval\n"
                + "C-1,2026-12-21T09:00:00Z,created,,normal,email,,\n"
                + "C-1,not-a-time,update-sent,,,,,\n"
                + "C-1,2026-12-21T10:00:00Z,update-sent,,,,,\n");
        Path demo = Path.of("src/main/resources/org/slakit/examples/demo");
        int code = run("report", logFile.toString(), "--mapping", demo.resolve("demo.mapping").toString(),
                "--calendar", calendar.toString(), "--now", "2026-12-22T09:00:00Z", "--error-budget", "unlimited");
        assertThat(code).as(err).isZero();   // within the budget, no case decided: no finding
        assertThat(out).contains("line 3").contains("not-a-time").contains("1 rejected");
        // the default budget is 1% of the rows: 1 of 3 rows is too many
        assertThat(run("report", logFile.toString(), "--mapping", demo.resolve("demo.mapping").toString(),
                "--calendar", calendar.toString(), "--now", "2026-12-22T09:00:00Z")).isEqualTo(Slakit.BUDGET_EXCEEDED);
        assertThat(err).startsWith("slakit report: Error budget exceeded at log.csv line 3: 1 row rejected already, more than"
                + " the budget of at most 1% of rows rejected for the 3 rows to read.")
                .contains("line 3").doesNotContain("\tat ");
        assertThat(out).doesNotContain("Metrics");
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
        for (String command : new String[] {"due", "open", "between", "board", "queue", "report"}) {
            assertThat(run(command, "--help")).isZero();
            assertThat(out).contains("Usage: slakit " + command);
        }
    }
}
