package org.slakit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ordinary input mistake, end to end through the command line: one line on stderr naming the
 * file, line, column or option and what was expected, a documented exit code, never a stack trace.
 */
class CliInputErrorsTest {

    private static final String DEMO = "src/main/resources/org/slakit/examples/demo/";
    private static final String CALENDAR = "src/main/resources/org/slakit/examples/berlin-support.calendar";

    @TempDir
    Path dir;

    private String out;
    private String err;

    @BeforeEach
    void clear() {
        out = "";
        err = "";
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Slakit.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int report(Path log, String... more) {
        String[] base = {"report", log.toString(), "--mapping", DEMO + "demo.mapping", "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    private void oneLineNoTrace() {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void missingLog() {
        assertThat(report(dir.resolve("nowhere.csv"))).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("nowhere.csv: no such file");
        oneLineNoTrace();
    }

    @Test
    void emptyLog() throws IOException {
        assertThat(report(file("empty.csv", ""))).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("empty.csv is empty: expected a header line naming the columns");
        oneLineNoTrace();
    }

    @Test
    void unclosedQuote() throws IOException {
        Path log = file("quote.csv", "case_id,time,event,status,priority,channel,assignee,interval\n"
                + "C-1,2026-11-23T09:00:00Z,created,,normal,email,,\n\"C-2,2026-11-23T09:00:00Z,created,,normal,email,,\n");
        assertThat(report(log)).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("quote.csv line 3");
        oneLineNoTrace();
    }

    @Test
    void gzThatIsNotGzip() throws IOException {
        assertThat(report(file("log.csv.gz", "case_id,time\n"))).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("log.csv.gz is named .gz but is not gzip");
        oneLineNoTrace();
    }

    @Test
    void mappingNamesAColumnTheFileLacks() throws IOException {
        Path mapping = file("bad.mapping", Files.readString(Path.of(DEMO + "demo.mapping")).replace("column.case = case_id",
                "column.case = ticket"));
        assertThat(run("report", DEMO + "events.csv", "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z")).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("events.csv line 1: no column 'ticket' (column.case) in the header: case_id, time");
        oneLineNoTrace();
    }

    @Test
    void mappingWithAByteOrderMark_isRead() throws IOException {
        byte[] text = Files.readAllBytes(Path.of(DEMO + "demo.mapping"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path mapping = bytes("bom.mapping", withBom);
        assertThat(run("report", DEMO + "events.csv", "--mapping", mapping.toString(), "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z", "--quiet")).as(err).isEqualTo(Slakit.FINDINGS);
        assertThat(out).contains("Metrics of 291 cases");
    }

    @Test
    void logWithNonUtf8Bytes_namesTheLine() throws IOException {
        String text = "case_id,time,event,status,priority,channel,assignee,interval\n"
                + "C-1,2026-11-23T09:00:00Z,created,,normal,email,,\n"
                + "C-1,2026-11-23T09:30:00Z,assigned,,,,J\u00fcrgen,\n";
        assertThat(report(bytes("latin.csv", text.getBytes(StandardCharsets.ISO_8859_1)))).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("latin.csv line 3: byte 0xFC").contains("set csv.charset");
        oneLineNoTrace();
    }

    @Test
    void boardWithAPolicyWithoutCatchAllRule() throws IOException {
        Path policy = file("p.policy", "rule only-urgent when priority urgent then 1 hour\ncalendar\nzone Europe/Berlin\n"
                + "Mon-Fri 09:00-17:00\n");
        assertThat(run("board", DEMO + "cases.csv", "--policy", policy.toString(), "--now", "2026-11-24T09:30:00Z"))
                .isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).startsWith("slakit board: No rule of the policy matches case C-");
        oneLineNoTrace();
    }

    @Test
    void boardAndQueue_rejectRowsWithTooFewOrTooManyFields() throws IOException {
        Path few = file("few.csv", "id,created,assignee,priority\nC-1,2026-11-24T08:00:00Z,ana\n");
        Path many = file("many.csv", "id,created,assignee\nC-1,2026-11-24T08:00:00Z,ana,urgent\n");
        for (String command : new String[] {"board", "queue"}) {
            assertThat(run(command, few.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                    .isEqualTo(Slakit.INPUT_ERROR);
            assertThat(err).contains("few.csv:2: 3 fields, expected 4 as in the header");
            oneLineNoTrace();
            assertThat(run(command, many.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                    .isEqualTo(Slakit.INPUT_ERROR);
            assertThat(err).contains("many.csv:2: 4 fields, expected 3 as in the header");
        }
    }

    @Test
    void boardRejectsDuplicateIdsAndDuplicateColumns() throws IOException {
        Path ids = file("ids.csv", "id,created\nC-1,2026-11-24T08:00:00Z\nC-2,2026-11-24T08:00:00Z\nC-1,2026-11-24T08:10:00Z\n");
        assertThat(run("board", ids.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                .isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("ids.csv:4: case id 'C-1' is already used at line 2");
        Path columns = file("columns.csv", "id,created,Assignee,assignee\nC-1,2026-11-24T08:00:00Z,a,b\n");
        assertThat(run("queue", columns.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                .isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("columns.csv:1: column 'assignee' appears twice in the header, as columns 3 and 4");
        oneLineNoTrace();
    }

    @Test
    void boardAcceptsAByteOrderMark_andReportsNonUtf8BytesWithTheirLine() throws IOException {
        byte[] csv = "\uFEFFid,created,assignee\nC-1,2026-11-24T06:00:00Z,ana\n".getBytes(StandardCharsets.UTF_8);
        assertThat(run("board", bytes("bom.csv", csv).toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                .as(err).isIn(Slakit.OK, Slakit.FINDINGS);
        assertThat(out).contains("C-1");
        byte[] latin = "id,created,assignee\nC-1,2026-11-24T06:00:00Z,J\u00fcrgen\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(run("board", bytes("latin.csv", latin).toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                .isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("latin.csv:2: byte 0xFC").contains("not UTF-8");
        oneLineNoTrace();
    }

    @Test
    void controlCharactersFromIds_areNeverPrintedRaw() throws IOException {
        Path file = file("ctl.csv", "id,created,assignee\n\"C-\u001b[31mRED\",2026-11-24T06:00:00Z,\"a\u0007\"\n");
        run("board", file.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z");
        assertThat(out).contains("C-\\u001B[31mRED").contains("a\\u0007").doesNotContain("\u001b").doesNotContain("\u0007");
        run("queue", file.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z");
        assertThat(out).contains("C-\\u001B[31mRED").doesNotContain("\u001b");
        Path dup = file("dup.csv", "id,created\n\"X\u001b[2J\",2026-11-24T06:00:00Z\n\"X\u001b[2J\",2026-11-24T06:00:00Z\n");
        run("board", dup.toString(), "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z");
        assertThat(err).contains("X\\u001B[2J").doesNotContain("\u001b");
    }

    @Test
    void unknownShippedMappingOrMissingMappingFile() {
        assertThat(run("report", DEMO + "events.csv", "--mapping", "bpic2099", "--calendar", CALENDAR,
                "--now", "2026-11-24T09:30:00Z")).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("--mapping bpic2099: no such file (and no shipped mapping of that name: bpic2014");
        oneLineNoTrace();
    }

    @Test
    void usageError_isOneLine() {
        assertThat(run("report", DEMO + "events.csv", "--calendar", CALENDAR, "--now", "2026-11-24T09:30:00Z"))
                .isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).startsWith("slakit report: Missing required option: '--mapping=FILE' (see slakit report --help)");
        oneLineNoTrace();
    }

    @Test
    void badErrorBudget() {
        assertThat(report(Path.of(DEMO + "events.csv"), "--error-budget", "a few")).isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("--error-budget 'a few' is not a budget: expected a share such as 1%");
        oneLineNoTrace();
    }

    @Test
    void helpStatesTheDefaultBudgetAndTheExitCodes() {
        assertThat(run("report", "--help")).isZero();
        String folded = out.replaceAll("\\s+", " ");
        assertThat(folded).contains("more than 1% of the rows read are rejected").contains("Exit codes:")
                .contains(" 3 error budget exceeded").contains(" 5 out of memory");
        assertThat(run("--help")).isZero();
        assertThat(out.replaceAll("\\s+", " ")).contains(" 4 internal failure");
    }

    @Test
    void attributesFileWithNonUtf8Bytes_namesItsLine() throws IOException {
        Path mapping = file("a.mapping", "column.case = case_id\ncolumn.time = time\ncolumn.event = event\ntime.format = iso\n"
                + "default.channel = email\ndefault.priority = normal\nevent.created = created\n"
                + "attributes.column.case = id\nattributes.column.channel = via\n");
        Path log = file("log.csv", "case_id,time,event\nC-1,2026-11-23T08:00:00Z,created\n");
        Path attributes = bytes("attrs.csv", "id,via\nC-1,email\nC-2,t\u00e9l\u00e9phone\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("import", log.toString(), "--mapping", mapping.toString(), "--attributes", attributes.toString(), "--quiet"))
                .isEqualTo(Slakit.INPUT_ERROR);
        assertThat(err).contains("attrs.csv line 3: byte 0xE9");
        oneLineNoTrace();
    }

    @Test
    void aBug_isNotAnInputError() {
        assertThat(Problems.inputMessage(new NullPointerException("x"))).isNull();
        assertThat(Problems.inputMessage(new IllegalStateException("x"))).isNull();
        assertThat(Problems.inputMessage(new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("f.csv"))))
                .isEqualTo("f.csv: no such file");
        assertThat(Problems.printable("a\u001b[2Jb\nc\u202ed")).isEqualTo("a\\u001B[2Jb\nc\\u202Ed");
    }
}
