package org.slakit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report and import commands end to end: attributes, synthesized creations, --now, empty reports, the import report. */
class CliReportTest {

    private static final String CALENDAR = "src/main/resources/org/slakit/examples/berlin-support.calendar";
    private static final String HEADER = "case_id,time,event,status,priority,channel,assignee,interval\n";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Slakit.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static final String MAPPING = "column.case = case_id\ncolumn.time = time\ncolumn.event = event\n"
            + "column.status = status\ncolumn.priority = priority\ncolumn.channel = channel\ncolumn.assignee = assignee\n"
            + "time.format = iso\nmissing-creation = synthesize\ndefault.channel = email\ndefault.priority = normal\n"
            + "event.created = created\nevent.update-sent = update-sent\nevent.solved = solved\nevent.assigned = assigned\n";

    @Test
    void attributesFile_givesThePriority_andIsCountedInTheReport() throws IOException {
        Path mapping = file("m.mapping", MAPPING + "attributes.column.case = id\nattributes.column.priority = prio\n"
                + "priority.P1 = emergency\npriority.P3 = normal\n");
        Path log = file("log.csv", HEADER + "C-1,2026-11-23T08:00:00Z,created,,,,,\nC-1,2026-11-23T08:30:00Z,update-sent,,,,,\n");
        Path attributes = file("attrs.csv", "id,prio\nC-1,P1\n");

        assertThat(run("report", log.toString(), "--mapping", mapping.toString(), "--attributes", attributes.toString(),
                "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z", "--quiet")).as(err).isIn(0, 1);
        assertThat(out).contains("Import of log.csv with case attributes from attrs.csv")
                .contains("used for: priority 1").contains("emergency-first-response");

        // without the file the priority falls back to the default, and the report says so
        run("report", log.toString(), "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet");
        assertThat(out).contains("priority from default.priority 1");
    }

    @Test
    void attributesWithoutAttributesKeys_isAnInputError() throws IOException {
        Path mapping = file("m.mapping", MAPPING);
        Path log = file("log.csv", HEADER + "C-1,2026-11-23T08:00:00Z,created,,,,,\n");
        assertThat(run("report", log.toString(), "--mapping", mapping.toString(), "--attributes", log.toString(),
                "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z")).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("--attributes").contains("attributes.column.case");
    }

    @Test
    void synthesizedCreation_takesTheFirstRowsPriorityAndChannel() throws IOException {
        Path mapping = file("m.mapping", MAPPING + "priority.P1 = emergency\npriority.P3 = normal\n");
        // no 'created' row: the case is created at its first event, with that row's priority and channel
        Path log = file("log.csv", HEADER + "C-9,2026-11-23T08:30:00Z,update-sent,,P3,phone,,\n"
                + "C-9,2026-11-23T08:00:00Z,assigned,,P1,chat,ana,\n");
        assertThat(run("import", log.toString(), "--mapping", mapping.toString(), "--quiet")).as(err).isZero();
        assertThat(out).contains("1 synthesized").contains("C-9 2026-11-23T08:00:00Z CREATED chat EMERGENCY");
    }

    @Test
    void casesAndEventsAfterNow_areCountedAndReported() throws IOException {
        Path mapping = file("m.mapping", MAPPING);
        Path log = file("log.csv", HEADER
                + "C-1,2026-11-23T08:00:00Z,created,,normal,email,,\n"
                + "C-1,2026-11-23T08:30:00Z,update-sent,,,,,\n"
                + "C-1,2026-11-25T08:30:00Z,solved,,,,,\n"
                + "C-2,2026-11-26T08:00:00Z,created,,normal,email,,\n");
        run("report", log.toString(), "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet");
        assertThat(out).contains("after --now Tue 24 Nov 10:30: 1 case created later left out; 1 later event of the other cases left out")
                .contains("Metrics of 1 case at");
    }

    @Test
    void emptyReport_saysNoCasesEverywhere() throws IOException {
        Path mapping = file("m.mapping", MAPPING);
        Path log = file("log.csv", HEADER + "C-2,2026-11-26T08:00:00Z,created,,normal,email,,\n");
        Path html = dir.resolve("r.html");
        assertThat(run("report", log.toString(), "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet", "--html", html.toString())).as(err).isZero();
        assertThat(out).contains("Metrics at Tue 24 Nov 2026 10:30 (Europe/Berlin): no cases")
                .doesNotContain("NO_CASES").doesNotContain("FAIL").doesNotContain("1 cases");
        String page = Files.readString(html);
        assertThat(page).contains("no cases").doesNotContain("FAIL").doesNotContain("NO_CASES");
    }

    @Test
    void importCommand_printsTheReportOnceAndTheFirstCase() throws IOException {
        Path mapping = file("m.mapping", MAPPING);
        Path log = file("log.csv", HEADER + "C-1,2026-11-23T08:00:00Z,created,,normal,email,,\n"
                + "C-1,2026-11-23T08:00:00Z,created,,normal,email,,\n"
                + "C-1,2026-11-23T08:30:00Z,update-sent,,,,,\n");
        assertThat(run("import", log.toString(), "--mapping", mapping.toString(), "--error-budget", "unlimited", "--quiet"))
                .as(err).isZero();
        assertThat(out).startsWith("Import of log.csv\nrows: 3 read, 2 used, 0 ignored, 1 rejected")
                .contains("log.csv line 3: duplicate row: identical to line 2")
                .contains("case C-1:\n  C-1 2026-11-23T08:00:00Z CREATED email NORMAL\n");
        assertThat(out.indexOf("Import of")).isEqualTo(out.lastIndexOf("Import of"));
        assertThat(run("import", log.toString(), "--mapping", mapping.toString(), "--error-budget", "0 rows"))
                .isEqualTo(Slakit.BUDGET_EXCEEDED);
        assertThat(err).contains("Error budget exceeded at log.csv line 3");
    }

    @Test
    void shippedMapping_byName() throws IOException {
        Path log = file("bpic.csv", "\"incident_id\",\"data_stamp\",\"incident_activity_number\",\"incident_activity_type\","
                + "\"assignment_group\",\"km_number\",\"interaction_id\",\"lifecycle\"\n"
                + "\"IM1\",\"2013-02-13T09:00:00+0000\",\"A0\",\"Open\",\"TEAM0001\",\"KM1\",\"SD1\",\"complete\"\n");
        assertThat(run("import", log.toString(), "--mapping", "bpic2014", "--quiet")).as(err).isZero();
        assertThat(out).contains("rows: 1 read, 1 used");
    }

    @Test
    void snapshotLog_throughTheReport() throws IOException {
        Path mapping = file("snap.mapping", "log.kind = snapshots\ncolumn.case = id\ncolumn.time = at\ncolumn.status = state\n"
                + "column.assignee = team\ntime.format = iso\ndefault.channel = email\ndefault.priority = normal\n"
                + "status.New = open\nstatus.Waiting = pending-customer\nstatus.Resolved = solved\n");
        Path log = file("snap.csv", "id,at,state,team\n"
                + "INC1,2026-11-23T08:00:00Z,New,\nINC1,2026-11-23T08:05:00Z,New,\nINC1,2026-11-23T08:10:00Z,New,T1\n"
                + "INC1,2026-11-23T09:00:00Z,Waiting,T1\nINC1,2026-11-23T12:00:00Z,Resolved,T1\n");
        assertThat(run("report", log.toString(), "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet")).as(err).isZero();
        assertThat(out).contains("rows: 5 read, 5 used, 0 ignored, 0 rejected")
                .contains("snapshots: 4 rows changed the case, 1 row repeated its state (no event)")
                .contains("events: 4 (created 1, status-changed 1, assigned 1, solved 1)")
                .contains("Resolution goal '80% within 24 hours': 1 of 1 decided cases (100.0%): PASS")
                .contains("No case has an update sent to the customer");
    }

    @Test
    void progress_goesToStderr_andQuietTurnsItOff() throws IOException {
        Path mapping = file("m.mapping", MAPPING);
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 70_000; i++) {
            text.append("C-").append(i).append(",2026-11-23T08:00:00Z,created,,normal,email,,\n");
        }
        Path log = file("log.csv", text.toString());
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("import", log.toString(), "--mapping", mapping.toString(), "--progress", "0", "--first", "0"))
                    .as(err).isZero();
            String progress = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(progress).contains("log.csv: 65,536 rows read (").contains(" rows/s), ")
                    .contains("log.csv: done, 70,000 rows read");
            assertThat(out).doesNotContain("rows/s");
            captured.reset();
            assertThat(run("import", log.toString(), "--mapping", mapping.toString(), "--progress", "0", "--quiet"))
                    .isZero();
            assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("rows/s");
        } finally {
            System.setErr(saved);
        }
    }

    /** Out of memory in a real JVM with a tiny heap: exit code 5 and one sentence, no trace. */
    @Test
    void outOfMemory_isOneSentenceWithTheFlagToRaise() throws IOException, InterruptedException {
        Path mapping = file("m.mapping", MAPPING);
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 400_000; i++) {
            text.append("C-").append(i).append(",2026-11-23T08:00:00Z,created,,normal,email,,\n");
        }
        Path log = file("log.csv", text.toString());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                Slakit.class.getName(), "import", log.toString(), "--mapping", mapping.toString(), "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(stderr).isEqualTo(Slakit.OUT_OF_MEMORY);
        assertThat(stderr).startsWith("slakit: out of memory: ").contains("-Xmx").doesNotContain("\tat ");
        assertThat(stderr.strip().lines().count()).isEqualTo(1);
    }

    /** A wrong timestamp pattern rejects almost every row: the default budget (1%) stops the report early, exit 3. */
    @Test
    void wrongTimestampPattern_stopsAtTheDefaultBudget_beforeTheEnd() throws IOException {
        Path mapping = file("m.mapping", MAPPING.replace("time.format = iso", "time.format = dd.MM.yyyy HH:mm\ntime.zone = UTC"));
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 2_000; i++) {
            text.append("C-").append(i).append(",2026-11-23T08:00:00Z,created,,normal,email,,\n");
        }
        Path log = file("log.csv", text.toString());
        assertThat(run("report", log.toString(), "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet")).isEqualTo(Slakit.BUDGET_EXCEEDED);
        assertThat(err).startsWith("slakit report: Error budget exceeded at log.csv line 22: 21 rows rejected already,"
                + " more than the budget of at most 1% of rows rejected for the 2000 rows to read.")
                .contains("log.csv line 2: bad timestamp: time '2026-11-23T08:00:00Z' is not a timestamp of the form dd.MM.yyyy HH:mm");
        assertThat(out).doesNotContain("Metrics");
    }

    @Test
    void shippedBpi2013Mapping_byName_readsASnapshotExportWithAByteOrderMark() throws IOException {
        Path log = file("VINST.csv", "\uFEFFSR Number,Change Date+Time,Status,Sub Status,Activity,Activity Level,"
                + "Involved ST Function Div,Involved Org line 3,Involved ST,Involved ST 2,ST Level,SR Latest Impact,Product,"
                + "Country,Owner Country,Owner First Name,Resource\n"
                + "1-1,2010-03-31T15:59:42+01:00,Accepted,In Progress,x,x,A2_4,Org line A2,V30,V30,L1,Medium,P,fr,France,F,fr-F\n"
                + "1-1,2010-03-31T16:00:56+01:00,Accepted,In Progress,x,x,A2_4,Org line A2,V30,V30,L1,Medium,P,fr,France,F,fr-F\n"
                + "1-1,2010-04-01T09:00:00+01:00,Completed,Resolved,x,x,A2_4,Org line A2,V30,V30,L1,Medium,P,fr,France,F,fr-F\n");
        assertThat(run("report", log.toString(), "--mapping", "bpi2013", "--calendar", CALENDAR,
                "--now", "2010-06-01T00:00:00Z", "--quiet")).as(err).isZero();
        assertThat(out).contains("rows: 3 read, 3 used, 0 ignored, 0 rejected")
                .contains("snapshots: 2 rows changed the case, 1 row repeated its state (no event)")
                .contains("No case has an update sent to the customer")
                .contains("1 of 1 decided cases (100.0%): PASS");
    }
}
