package org.slakit.examples.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slakit.examples.imports.Fixtures.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes and what it prints. */
class ImportMainTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    @BeforeEach
    void writeFixtures() throws IOException {
        for (String name : new String[] {"messy.mapping", "messy.csv", "attributes.mapping", "attributes.csv",
                "attributes-log.csv"}) {
            Files.writeString(dir.resolve(name), text(name));
        }
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ImportMain.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void import_printsTheReportAndTheFirstCase() {
        assertThat(run(path("messy.mapping"), path("messy.csv"))).isZero();
        assertThat(out).startsWith("Import of messy.csv\nrows: 26 read, 8 used, 3 ignored, 15 rejected; 1 blank line skipped\n")
                .contains("  messy.csv line 27: wrong field count: 9 fields, expected 8 as in the header\n")
                .endsWith("first case, C1:\n"
                        + "  C1 2026-03-02T08:00:00Z CREATED email NORMAL\n"
                        + "  C1 2026-03-02T08:30:00Z ASSIGNED ana\n"
                        + "  C1 2026-03-02T09:00:00Z UPDATE_SENT\n"
                        + "  C1 2026-03-02T09:00:00Z STATUS_CHANGED PENDING_CUSTOMER\n");
        assertThat(err).isEmpty();
    }

    @Test
    void importWithAttributes_readsBothFiles() {
        assertThat(run(path("attributes.mapping"), path("attributes-log.csv"), path("attributes.csv"))).isZero();
        assertThat(out).startsWith("Import of attributes-log.csv with case attributes from attributes.csv\n");
    }

    @Test
    void budgetExceeded_exitsOne() throws IOException {
        Files.writeString(dir.resolve("strict.mapping"), text("messy.mapping") + "budget.max-rejected-rows = 0\n");

        assertThat(run(path("strict.mapping"), path("messy.csv"))).isEqualTo(1);
        assertThat(err).startsWith("Error budget exceeded at messy.csv line 6: 1 row rejected, more than the budget of"
                + " at most 0 rejected rows.");
        assertThat(out).isEmpty();
    }

    @Test
    void badMapping_exitsTwoNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("bad.mapping"), "column.case = id\ncolumn.tim = at\n");

        assertThat(run(path("bad.mapping"), path("messy.csv"))).isEqualTo(2);
        assertThat(err).startsWith("bad.mapping line 2 'column.tim = at': Unknown key 'column.tim'");
    }

    @Test
    void missingFile_exitsTwo() {
        assertThat(run(path("messy.mapping"), path("nowhere.csv"))).isEqualTo(2);
        assertThat(err).contains("nowhere.csv");
    }

    @Test
    void wrongArguments_printUsage() {
        assertThat(run(path("messy.mapping"))).isEqualTo(2);
        assertThat(err).startsWith("usage: ImportMain [--all] MAPPING LOG [ATTRIBUTES]");
    }

    @Test
    void all_printsEveryRejection() throws IOException {
        StringBuilder log = new StringBuilder("case,time,activity,state,prio,via,agent,note\n");
        for (int i = 0; i < 60; i++) {
            log.append("C").append(i).append(",2026-03-02 09:00,Unknown,,,,,\n");
        }
        Files.writeString(dir.resolve("many.csv"), log);

        assertThat(run("--all", path("messy.mapping"), path("many.csv"))).isZero();
        assertThat(out).contains("many.csv line 51: ").contains("many.csv line 61: ");
        assertThat(run(path("messy.mapping"), path("many.csv"))).isZero();
        assertThat(out).contains("many.csv line 51: ").doesNotContain("many.csv line 52: ");
    }
}
