package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slakit.text.internal.LineReader;

/**
 * Fuzzed event logs (CSV), read with the {@code clean.mapping} fixture and no error budget: valid
 * logs (quoted cells with delimiters and line breaks, every event of the mapping), damaged
 * ({@link Damage}). Every log is read, each bad row rejected with its line and a reason, and the
 * counts add up (nothing dropped silently); or the log as a whole is refused with an
 * {@link EventLogFormatException} naming the log; never another exception, within a bound per kilobyte.
 */
class EventCsvFuzzProperties {

    private static final EventLogMapping MAPPING = Fixtures.mapping("clean.mapping");
    private static final String[] EVENTS = {"opened", "status", "priority", "escalated", "de-escalated", "public reply",
            "customer reply", "assigned", "solved", "reopened", "closed", "waiting on dev", "made urgent"};
    private static final String[] STATUSES = {"open", "pending-customer", "pending-internal", "solved", "closed", ""};
    private static final String[] PRIORITIES = {"emergency", "urgent", "normal", "low", ""};

    @Test
    void everyLogIsReadRowByRow_orRefusedAsAWhole() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger rowsRejected = new AtomicInteger();
        qt().withExamples(Damage.INPUTS).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String log = Damage.damage(validLog(r), r);
            long start = System.nanoTime();
            try {
                ImportReport report = Fixtures.lenient(MAPPING).read(new StringReader(log), "log.csv").report();
                read.incrementAndGet();
                rowsRejected.addAndGet((int) report.rowsRejected());
                assertThat(report.rowsUsed() + report.rowsIgnored() + report.rowsRejected())
                        .as("rows used, ignored and rejected of %s", Damage.show(log)).isEqualTo(report.rowsRead());
                for (Rejection rejection : report.rejections()) {
                    assertThat(rejection.line()).as("%s in %s", rejection, Damage.show(log))
                            .isBetween(2L, (long) LineReader.lineCount(log));
                    assertThat(rejection.message()).isNotBlank();
                }
            } catch (EventLogFormatException e) {
                refused.incrementAndGet();
                assertThat(e.getMessage()).as(Damage.show(log)).startsWith("log.csv ");
            } catch (IOException | RuntimeException | Error e) {
                throw new AssertionError("expected a result or an EventLogFormatException, got " + e + "\nfor the log: "
                        + Damage.show(log), e);
            }
            long took = System.nanoTime() - start;
            assertThat(took).as("nanoseconds to read %s", Damage.show(log))
                    .isLessThan(Damage.NANOS_BASE + Damage.NANOS_PER_KB * (log.length() / 1024 + 1));
        });
        assertThat(read.get()).isGreaterThan(Damage.INPUTS / 2);
        assertThat(rowsRejected.get()).isGreaterThan(Damage.INPUTS / 10);
        assertThat(refused.get()).isGreaterThan(0);
    }

    static String validLog(Random r) {
        StringBuilder sb = new StringBuilder("ticket,when,event,status,priority,channel,owner");
        String nl = r.nextBoolean() ? "\n" : "\r\n";
        sb.append(nl);
        int cases = 1 + r.nextInt(3);
        for (int c = 0; c < cases; c++) {
            String id = r.nextInt(5) == 0 ? "\"T," + c + "\"" : "T-" + c;
            int rows = 1 + r.nextInt(6);
            for (int i = 0; i < rows; i++) {
                String event = i == 0 ? "opened" : EVENTS[r.nextInt(EVENTS.length)];
                String offset = new String[] {"+01:00", "Z", "+0530", "-10:00"}[r.nextInt(4)];
                sb.append(id).append(',')
                        .append(String.format("2026-03-%02dT%02d:%02d:00%s", 2 + i, r.nextInt(24), r.nextInt(60), offset))
                        .append(',').append(r.nextInt(10) == 0 ? "\"" + event + "\"" : event)
                        .append(',').append(STATUSES[r.nextInt(STATUSES.length)])
                        .append(',').append(PRIORITIES[r.nextInt(PRIORITIES.length)])
                        .append(',').append(r.nextBoolean() ? "chat" : "")
                        .append(',').append(r.nextInt(6) == 0 ? "\"ana, \"\"the\"\"\nlead\"" : r.nextBoolean() ? "ana" : "")
                        .append(nl);
            }
        }
        return sb.toString();
    }
}
