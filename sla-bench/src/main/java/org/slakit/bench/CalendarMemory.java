package org.slakit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.slakit.calendar.BusinessCalendar;

/**
 * Build time and heap of one calendar: a plain weekly calendar next to calendars with 100,000
 * closed dates, 100,000 special-hours dates and 100,000 yearly rules. A plain main rather than JMH
 * (the question is the size of a retained object): each kind is parsed {@code copies} times and
 * kept, and the heap used after a full GC, less the heap before, is divided by the copies; then
 * each copy answers one {@code plus} of 18,000 business hours from 2000 (ten to twenty years), which
 * builds and caches its year tables.
 *
 * <pre>
 * java -Xmx2g -cp sla-bench/target/benchmarks.jar org.slakit.bench.CalendarMemory
 * </pre>
 */
public final class CalendarMemory {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private CalendarMemory() {
    }

    public static void main(String[] args) {
        measure("weekly, Mon-Fri with a lunch break", 200, i -> "zone Europe/Berlin\nMon-Fri 09:00-12:30 13:30-17:00\n");
        measure("+ 100,000 closed dates", 5, i -> withLines(i, (d, k) -> "closed " + d));
        measure("+ 100,000 special-hours dates", 5, i -> withLines(i, (d, k) -> d + " 10:00-14:00"));
        measure("+ 100,000 closed yearly rules", 5, i -> {
            StringBuilder sb = new StringBuilder("zone Europe/Berlin\nMon-Fri 09:00-12:30 13:30-17:00\n");
            for (int k = 0; k < 100_000; k++) {
                int from = 1 + k / 336 + i;
                sb.append(String.format(Locale.ROOT, "closed yearly %02d-%02d from %d to %d%n", 1 + k % 12, 1 + (k / 12) % 28, from, from + 5));
            }
            return sb.toString();
        });
    }

    /** 100,000 dates, every second day from 1800-01-01 (plus {@code shift} days, so that copies differ), to 2347. */
    private static String withLines(int shift, java.util.function.BiFunction<LocalDate, Integer, String> line) {
        StringBuilder sb = new StringBuilder("zone Europe/Berlin\nMon-Fri 09:00-12:30 13:30-17:00\n");
        LocalDate d = LocalDate.of(1800, 1, 1).plusDays(shift);
        for (int k = 0; k < 100_000; k++, d = d.plusDays(2)) {
            sb.append(line.apply(d, k)).append('\n');
        }
        return sb.toString();
    }

    private static void measure(String name, int copies, IntFunction<String> text) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            texts.add(text.apply(i));
        }
        BusinessCalendar.parse(texts.get(0)); // warm up the parser once
        long before = usedAfterGc();
        List<BusinessCalendar> kept = new ArrayList<>();
        long start = System.nanoTime();
        for (String t : texts) {
            kept.add(BusinessCalendar.parse(t));
        }
        long parseNanos = (System.nanoTime() - start) / copies;
        long parsed = usedAfterGc();
        Instant from = Instant.parse("2000-03-01T08:00:00Z");
        for (BusinessCalendar c : kept) {
            c.plus(from, Duration.ofHours(18_000)); // ten business years (or twenty, every second day closed): builds year tables
        }
        long used = usedAfterGc();
        System.out.printf(Locale.ROOT, "%-32s parse %8.1f ms   heap %,12d bytes   after 10-20 years of use %,12d bytes%n", name,
                parseNanos / 1e6, (parsed - before) / copies, (used - before) / copies);
        if (kept.isEmpty()) {
            throw new AssertionError();
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
