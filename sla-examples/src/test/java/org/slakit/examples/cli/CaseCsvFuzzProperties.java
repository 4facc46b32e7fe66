package org.slakit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.core.SupportCase;
import org.slakit.text.internal.LineReader;

/**
 * Fuzzed case files ({@code slakit board}'s CSV, {@link CaseCsv}): valid files (every column, any
 * order, quoted cells, calendar files), damaged ({@link Damage}). Every file gives one case per
 * row, or stops with an {@link InputException} that names the file (and, for a bad row, the line
 * and the column); never another exception, within a bound per kilobyte.
 */
class CaseCsvFuzzProperties {

    private static final List<String> COLUMNS = List.of("id", "created", "channel", "priority", "elevated", "status",
            "status_since", "priority_since", "last_sent", "last_reopened", "agreed_interval", "assignee", "waiting_on", "calendar");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    @Test
    void everyFileGivesItsCases_orAnErrorNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("team.cal"), "zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
        Path file = dir.resolve("cases.csv");
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().withExamples(Damage.INPUTS).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int[] rows = new int[1];
            String text = Damage.damage(validFile(r, rows), r);
            try {
                Files.write(file, text.getBytes(r.nextInt(20) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long start = System.nanoTime();
            try {
                List<SupportCase> cases = CaseCsv.read(file, BERLIN);
                accepted.incrementAndGet();
                assertThat(cases).as(Damage.show(text)).hasSizeLessThanOrEqualTo(LineReader.lineCount(text));
                assertThat(cases.stream().map(SupportCase::id).distinct().count()).isEqualTo(cases.size());
            } catch (InputException e) {
                rejected.incrementAndGet();
                assertThat(e.getMessage()).as(Damage.show(text)).startsWith(file.toString());
                Matcher line = Pattern.compile("^\\Q" + file + "\\E:(\\d+): ").matcher(e.getMessage());
                if (line.find()) {
                    assertThat(Long.parseLong(line.group(1))).as(e.getMessage()).isBetween(1L, (long) LineReader.lineCount(text));
                }
            } catch (RuntimeException | Error e) {
                throw new AssertionError("expected cases or an InputException, got " + e + "\nfor the file: "
                        + Damage.show(text), e);
            }
            long took = System.nanoTime() - start;
            assertThat(took).as("nanoseconds to read %s", Damage.show(text))
                    .isLessThan(Damage.NANOS_BASE + Damage.NANOS_PER_KB * (text.length() / 1024 + 1));
        });
        assertThat(accepted.get()).isGreaterThan(Damage.INPUTS / 10);
        assertThat(rejected.get()).isGreaterThan(Damage.INPUTS / 3);
    }

    static String validFile(Random r, int[] rows) {
        List<String> columns = new java.util.ArrayList<>(COLUMNS);
        java.util.Collections.shuffle(columns, r);
        columns = columns.subList(0, 2 + r.nextInt(columns.size() - 1));
        if (!columns.contains("id")) {
            columns.set(0, "id");
        }
        if (!columns.contains("created")) {
            columns.set(1, "created");
        }
        StringBuilder sb = new StringBuilder(String.join(",", columns));
        String nl = r.nextBoolean() ? "\n" : "\r\n";
        sb.append(nl);
        rows[0] = r.nextInt(5);
        for (int i = 0; i < rows[0]; i++) {
            StringBuilder row = new StringBuilder();
            for (String column : columns) {
                if (row.length() > 0) {
                    row.append(',');
                }
                row.append(cell(column, i, r));
            }
            sb.append(row).append(nl);
        }
        return sb.toString();
    }

    private static String cell(String column, int i, Random r) {
        String time = String.format("2026-11-%02dT%02d:%02d:00Z", 2 + r.nextInt(20), r.nextInt(24), r.nextInt(60));
        switch (column) {
            case "id":
                return r.nextInt(5) == 0 ? "\"C," + i + "\"" : "C-" + i;
            case "created":
                return r.nextBoolean() ? "2026-11-01T08:00:00Z" : "2026-11-01T09:00";
            case "channel":
                return new String[] {"email", "chat", "call", ""}[r.nextInt(4)];
            case "priority":
                return new String[] {"emergency", "urgent", "normal", "low", ""}[r.nextInt(5)];
            case "elevated":
                return new String[] {"true", "false", "TRUE", ""}[r.nextInt(4)];
            case "status":
                return new String[] {"open", "pending-customer", "pending-internal", "solved", ""}[r.nextInt(5)];
            case "agreed_interval":
                return new String[] {"4 hours", "30 minutes", ""}[r.nextInt(3)];
            case "assignee":
                return r.nextBoolean() ? "ana" : "\"bo, \"\"the\"\" lead\"";
            case "waiting_on":
                return new String[] {"engineering", "Billing.EU", ""}[r.nextInt(3)];
            case "calendar":
                return r.nextBoolean() ? "team.cal" : "";
            default:
                return r.nextBoolean() ? time : "";
        }
    }
}
