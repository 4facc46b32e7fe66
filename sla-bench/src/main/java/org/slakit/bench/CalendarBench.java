package org.slakit.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slakit.calendar.BusinessCalendar;

/**
 * {@link BusinessCalendar#plus(Instant, Duration)} and {@link BusinessCalendar#between(Instant, Instant)}
 * against {@link DayWalk}, a date-by-date walk over the public API, in the same run.
 *
 * <p>The calendar is a Berlin support team with a lunch break (Mon-Fri 09:00-12:30 13:30-18:00,
 * eight hours a day) and ten yearly holidays, fixed dates and Easter offsets. {@code span} is the
 * business time added, in this calendar's business units: {@code 1m} one minute, {@code 1h} one
 * hour, {@code 1d} one business day (8 h), {@code 1w} one business week (40 h), {@code 1y} 250
 * business days (2,000 h, about one calendar year), {@code 10y} 20,000 h (about ten calendar
 * years). {@code between} is measured on {@code [start, plus(start, span))}, so both operations
 * cross the same stretch of calendar.
 *
 * <p>Starts are {@value #SIZE} seeded random instants (with milliseconds) across 2025-2027 in
 * Berlin, open and closed alike, cycled through so that the JIT cannot fold a constant input.
 * Each trial first checks, on a sample, that the library and the baseline give the same answers;
 * {@link #main(String[])} checks every start and span, and {@code between} on random pairs.
 *
 * <pre>
 * java -jar sla-bench/target/benchmarks.jar CalendarBench -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBench {

    /** A power of two, so the index wraps with a mask. */
    static final int SIZE = 1 << 10;
    private static final int MASK = SIZE - 1;
    private static final long SEED = 0x5EED_CA1E_DA25L;
    /** Starts checked against the baseline in each trial's setup. */
    private static final int SAMPLE = 64;

    static final String BERLIN = """
            zone Europe/Berlin
            Mon-Fri 09:00-12:30 13:30-18:00
            closed yearly 01-01            # New Year's Day
            closed yearly Easter-2         # Good Friday
            closed yearly Easter+1         # Easter Monday
            closed yearly 05-01            # Labour Day
            closed yearly Easter+39        # Ascension Day
            closed yearly Easter+50        # Whit Monday
            closed yearly Easter+60        # Corpus Christi
            closed yearly 10-03            # Day of German Unity
            closed yearly 12-25            # Christmas Day
            closed yearly 12-26            # Second Day of Christmas
            """;

    @Param({"1m", "1h", "1d", "1w", "1y", "10y"})
    public String span;

    private BusinessCalendar calendar;
    private DayWalk walk;
    private Duration businessTime;
    private Instant[] starts;
    private Instant[] ends;
    private int index;

    @Setup
    public void setup() {
        calendar = BusinessCalendar.parse(BERLIN);
        walk = new DayWalk(calendar);
        businessTime = spanOf(span);
        starts = starts(calendar.zone());
        ends = new Instant[SIZE];
        for (int i = 0; i < SIZE; i++) {
            ends[i] = calendar.plus(starts[i], businessTime);
        }
        for (int i = 0; i < SIZE; i += SIZE / SAMPLE) {
            check(calendar, walk, starts[i], businessTime);
        }
    }

    @Benchmark
    public Instant plus_library() {
        int i = index++ & MASK;
        return calendar.plus(starts[i], businessTime);
    }

    @Benchmark
    public Instant plus_baseline() {
        int i = index++ & MASK;
        return walk.plus(starts[i], businessTime);
    }

    @Benchmark
    public Duration between_library() {
        int i = index++ & MASK;
        return calendar.between(starts[i], ends[i]);
    }

    @Benchmark
    public Duration between_baseline() {
        int i = index++ & MASK;
        return walk.between(starts[i], ends[i]);
    }

    /**
     * The far-year cache under a mixed load: {@code plus(start, 1 business day)} where 90% of the
     * starts fall in a hot set of {@value #HOT_YEARS} years and 10% in cold years spread over
     * 2500-9999, each met about once. {@code years=near} puts the hot set in 2000-2127 (the
     * array-backed years, never evicted), {@code years=far} in 2300-2427 (the far-year cache,
     * 256 years). The cold starts are the same in both, so far/near is the cost of keeping the
     * hot far years: about 1 when the cache keeps them, more when cold years flush them out.
     * Each trial starts with a fresh calendar (cold caches); each iteration runs long enough to
     * cycle through all {@value #MIXED_SIZE} starts many times.
     */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public static class FarYears {

        static final int HOT_YEARS = 128;
        /** A power of two. */
        static final int MIXED_SIZE = 1 << 16;

        @Param({"near", "far"})
        public String years;

        private BusinessCalendar calendar;
        private Instant[] starts;
        private int index;

        @Setup(Level.Trial)
        public void setup() {
            calendar = BusinessCalendar.parse(BERLIN);
            starts = mixedStarts("near".equals(years) ? 2000 : 2300);
        }

        @Benchmark
        public Instant plus_mixedYears() {
            int i = index++ & (MIXED_SIZE - 1);
            return calendar.plus(starts[i], Duration.ofHours(8));
        }

        /** Seeded: 90% in {@code [firstHot, firstHot + HOT_YEARS)}, 10% in 2500-9999 (UTC). */
        static Instant[] mixedStarts(int firstHot) {
            SplittableRandom random = new SplittableRandom(SEED + 2);
            Instant[] out = new Instant[MIXED_SIZE];
            for (int i = 0; i < MIXED_SIZE; i++) {
                int year = random.nextInt(10) == 0 ? random.nextInt(2500, 9999) : firstHot + random.nextInt(HOT_YEARS);
                long from = LocalDate.of(year, 1, 1).toEpochDay() * 86_400;
                out[i] = Instant.ofEpochSecond(from + random.nextLong(365L * 86_400));
            }
            return out;
        }
    }

    /**
     * Reading calendar text with many holiday lines: {@code lines} yearly rules
     * ({@code closed yearly MM-DD from Y to Y+5}, all different) after a weekly line. The time
     * should grow linearly with {@code lines}.
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public static class Parse {

        @Param({"10000", "100000"})
        public int lines;

        private String text;

        @Setup
        public void setup() {
            text = holidayText(lines);
        }

        @Benchmark
        public BusinessCalendar parse_holidayLines() {
            return BusinessCalendar.parse(text);
        }

        /** A Berlin weekly line and {@code lines} different yearly rules. */
        static String holidayText(int lines) {
            StringBuilder sb = new StringBuilder("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
            for (int i = 0; i < lines; i++) {
                int from = 1 + i / 336;
                sb.append(String.format(java.util.Locale.ROOT, "closed yearly %02d-%02d from %d to %d%n",
                        1 + i % 12, 1 + (i / 12) % 28, from, from + 5));
            }
            return sb.toString();
        }
    }

    /** The business time a {@code span} parameter stands for; see the class comment. */
    static Duration spanOf(String span) {
        switch (span) {
            case "1m": return Duration.ofMinutes(1);
            case "1h": return Duration.ofHours(1);
            case "1d": return Duration.ofHours(8);
            case "1w": return Duration.ofHours(5 * 8);
            case "1y": return Duration.ofHours(250 * 8);
            case "10y": return Duration.ofHours(10 * 250 * 8);
            default: throw new IllegalArgumentException("Unknown span '" + span + "': expected 1m, 1h, 1d, 1w, 1y or 10y");
        }
    }

    /** {@value #SIZE} seeded random instants, with milliseconds, from 2025-01-01 to 2027-12-31 in the zone. */
    static Instant[] starts(ZoneId zone) {
        long from = LocalDate.of(2025, 1, 1).atStartOfDay(zone).toEpochSecond();
        long to = LocalDate.of(2028, 1, 1).atStartOfDay(zone).toEpochSecond();
        SplittableRandom random = new SplittableRandom(SEED);
        Instant[] out = new Instant[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1000) * 1_000_000L);
        }
        return out;
    }

    /** Fails unless the library and the baseline agree on {@code plus} and {@code between} from {@code start}. */
    static void check(BusinessCalendar calendar, DayWalk walk, Instant start, Duration businessTime) {
        Instant library = calendar.plus(start, businessTime);
        Instant baseline = walk.plus(start, businessTime);
        if (!library.equals(baseline)) {
            throw new IllegalStateException("plus(" + start + ", " + businessTime + "): library " + library
                    + ", baseline " + baseline);
        }
        Duration forward = calendar.between(start, library);
        Duration walked = walk.between(start, library);
        if (!forward.equals(businessTime) || !walked.equals(businessTime)) {
            throw new IllegalStateException("between(" + start + ", " + library + "): library " + forward
                    + ", baseline " + walked + ", expected " + businessTime);
        }
    }

    /**
     * Checks every start and span against the baseline, and {@code between} on random pairs of
     * starts (either order), without timing anything:
     * {@code java -cp sla-bench/target/benchmarks.jar org.slakit.bench.CalendarBench}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        BusinessCalendar calendar = BusinessCalendar.parse(BERLIN);
        DayWalk walk = new DayWalk(calendar);
        Instant[] starts = starts(calendar.zone());
        int checks = 0;
        for (String span : new String[] {"1m", "1h", "1d", "1w", "1y", "10y"}) {
            for (Instant start : starts) {
                check(calendar, walk, start, spanOf(span));
                checks++;
            }
        }
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int k = 0; k < SIZE; k++) {
            Instant a = starts[random.nextInt(SIZE)];
            Instant b = starts[random.nextInt(SIZE)];
            Duration library = calendar.between(a, b);
            Duration baseline = walk.between(a, b);
            if (!library.equals(baseline)) {
                throw new IllegalStateException("between(" + a + ", " + b + "): library " + library
                        + ", baseline " + baseline);
            }
            checks++;
        }
        System.out.println("library and baseline agree on " + checks + " checks");
    }
}
