package org.slakit.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;
import org.slakit.imports.EventLogImport;
import org.slakit.imports.EventLogMapping;
import org.slakit.imports.ImportReport;

/**
 * Rows per second and peak heap of a streaming import and replay of a large event log: the BPI
 * Challenge 2014 log repeated with new case ids (the bar: 1.2 million rows with {@code -Xmx512m}).
 * A plain main rather than JMH, because the question is "does it fit, and how fast", once, on a
 * big file:
 *
 * <pre>
 * java -Xmx512m -cp sla-bench/target/benchmarks.jar org.slakit.bench.ImportBench \
 *      ../shared/data/bpic2014/BPIC14_incident_log.csv.gz 31
 * </pre>
 *
 * The first argument is the BPI 2014 log (its first field is the quoted incident id), the second
 * how many copies to write (default 31: 1,237,241 rows) to a temporary {@code .csv.gz}, deleted
 * afterwards; a third argument {@code collect} measures the baseline instead, which holds every
 * history in memory at once ({@link EventLogImport#read(Path)}) before the replay. The import streams case by case into a {@link MetricsCollector} with the standard
 * policy on an Amsterdam office calendar; peak heap is the sum of the heap pools' peak usage
 * after a garbage collection before the run (so it includes garbage not yet collected: an upper
 * bound of what the run needs).
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args the BPI 2014 log, and optionally the number of copies
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ImportBench BPIC14_incident_log.csv.gz [copies, default 31] [collect]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        int copies = args.length >= 2 ? Integer.parseInt(args[1]) : 31;
        boolean collect = args.length == 3 && args[2].equals("collect");
        Path big = Files.createTempFile("slakit-import-bench", ".csv.gz");
        try {
            long rows = repeat(source, copies, big);
            run(big, rows, collect);
        } finally {
            Files.deleteIfExists(big);
        }
    }

    /** Writes the log {@code copies} times, each copy's case ids prefixed with R00, R01, ...; returns the rows written. */
    static long repeat(Path source, int copies, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(source)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        long rows = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target), 1 << 16),
                StandardCharsets.UTF_8))) {
            out.write(lines.get(0));
            out.write('\n');
            for (int c = 0; c < copies; c++) {
                String prefix = String.format(Locale.ROOT, "\"R%02d", c);
                for (int i = 1; i < lines.size(); i++) {
                    String line = lines.get(i);
                    out.write(line.startsWith("\"") ? prefix + line.substring(1) : "R" + c + line);
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void run(Path log, long rows, boolean collect) throws IOException {
        BusinessCalendar amsterdam = BusinessCalendar.parse("zone Europe/Amsterdam\nMon-Fri 08:00-18:00\n");
        SlaPolicy policy = SlaPolicy.standard(amsterdam);
        Instant now = Instant.parse("2014-04-01T00:00:00Z");
        MetricsCollector collector = MetricsCollector.of(policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long start = System.nanoTime();
        EventLogImport importer = EventLogImport.of(EventLogMapping.shipped("bpic2014")).withoutProgress();
        ImportReport report;
        if (collect) {
            // the baseline: every history in memory at once (EventLogImport.read), then the replay
            org.slakit.imports.ImportResult all = importer.read(log);
            all.histories().forEach(h -> h.upTo(now).ifPresent(collector::add));
            report = all.report();
        } else {
            report = importer.stream(log, null, h -> h.upTo(now).ifPresent(collector::add));
        }
        MetricsReport metrics = collector.report();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "rows: %,d (%,d read by the import), cases: %,d imported, %,d in the metrics%n",
                rows, report.rowsRead(), report.casesImported(), metrics.cases());
        System.out.printf(Locale.ROOT, "time: %.1f s (%s), %,d rows per second%n",
                took.toMillis() / 1000.0, collect ? "baseline: all histories in memory, then the replay"
                        : "streamed: the file is read twice, each case replayed after its last row", Math.round(rows / (took.toNanos() / 1e9)));
        System.out.printf(Locale.ROOT, "peak heap: %,d MB of %,d MB allowed (-Xmx)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
