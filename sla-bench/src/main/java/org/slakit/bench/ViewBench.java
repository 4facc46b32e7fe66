package org.slakit.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.BreachingSoon;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;

/**
 * The "Breaching soon" view over one million varied cases (precomputed from a fixed seed):
 * evaluate each under the standard policy and select the 100 most urgent, next to the naive
 * baseline that evaluates everything and sorts it all ({@link NaiveView}), and next to evaluation
 * alone, in the same run. The setup fails unless the view, sequential and parallel, gives the
 * baseline's answer over the million cases.
 *
 * <pre>
 * mvn -B -q -o package -pl sla-bench -am -DskipTests
 * java -jar sla-bench/target/benchmarks.jar ViewBench -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ViewBench {

    /** How many cases the view looks at. */
    @Param("1000000")
    public int cases;

    /** How many the view returns. */
    @Param("100")
    public int limit;

    private List<SupportCase> all;
    /** The cases the view leaves out. */
    private List<SupportCase> outside;
    private SlaPolicy policy;
    private BreachingSoon view;
    private BreachingSoon resolutionView;
    private Instant now;
    private final Duration horizon = Duration.ofHours(4);

    /** Builds the cases once: seeded, so every run sees the same million. */
    @Setup(Level.Trial)
    public void setUp() {
        BusinessCalendar berlin = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-12:30 13:30-18:00
                closed yearly 12-25
                closed yearly 12-26
                closed yearly Easter+1
                closed yearly Easter-2
                2026-12-24 09:00-12:00
                """);
        List<BusinessCalendar> own = List.of(
                BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-17:00\nclosed yearly 4th Thu of Nov\n"),
                BusinessCalendar.parse("zone Asia/Tokyo\nMon-Fri 09:00-18:00\n"),
                BusinessCalendar.parse("zone Australia/Sydney\nMon-Sat 07:00-19:00\n"));
        policy = SlaPolicy.standard(berlin);
        now = Instant.parse("2026-11-18T14:37:00Z");
        view = BreachingSoon.of(policy).withHorizon(horizon).withLimit(limit);
        resolutionView = view.forClock("resolution");
        all = generate(new SplittableRandom(20261118L), cases, now, own);
        check();
        outside = new ArrayList<>();
        Instant end = now.plus(horizon);
        for (SupportCase c : all) {
            Evaluation e = policy.evaluate(c, now);
            SlaState st = e.state();
            if (st == SlaState.NOT_RUNNING || st == SlaState.ON_TRACK && e.due().get().isAfter(end)) {
                outside.add(c);
            }
        }
        long running = outside.stream().filter(c -> c.status().isClockRunning()).count();
        System.out.println("\n" + all.size() + " cases; the view agrees with the naive baseline; " + outside.size()
                + " cases stay out of the view (" + running + " of them running)");
    }

    /**
     * Fails unless the view (sequential and parallel) gives the naive baseline's answer over all the
     * cases: the view decides membership without an {@code Evaluation} for the cases it leaves out,
     * the baseline evaluates every case.
     */
    private void check() {
        NaiveView.Result naive = NaiveView.select(policy, all, now, horizon, limit);
        for (BreachingSoon.Result r : List.of(view.select(all, now), view.select(all.parallelStream(), now))) {
            long naiveTotal = naive.byRule.values().stream().mapToLong(Long::longValue).sum();
            if (!r.cases().equals(naive.cases) || r.total() != naiveTotal || !r.countsByRule().equals(naive.byRule)
                    || !r.countsByAssignee().equals(naive.byAssignee)) {
                throw new IllegalStateException("The view and the naive baseline disagree: " + r.total() + " against "
                        + naiveTotal + " cases, " + r.countsByRule() + " against " + naive.byRule);
            }
        }
    }

    static List<SupportCase> generate(SplittableRandom r, int n, Instant now, List<BusinessCalendar> calendars) {
        Channel[] channels = {Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL};
        Priority[] priorities = Priority.values();
        List<SupportCase> out = new ArrayList<>(n);
        long day = 86_400;
        for (int i = 0; i < n; i++) {
            // created up to 60 days ago, most within the last two weeks
            long age = r.nextInt(4) == 0 ? r.nextLong(60 * day) : r.nextLong(14 * day);
            Instant created = now.minusSeconds(age);
            int s = r.nextInt(100);
            CaseStatus status = s < 40 ? CaseStatus.OPEN : s < 55 ? CaseStatus.PENDING_INTERNAL
                    : s < 75 ? CaseStatus.PENDING_CUSTOMER : s < 90 ? CaseStatus.SOLVED : CaseStatus.CLOSED;
            int p = r.nextInt(100);
            SupportCase.Builder b = SupportCase.builder("C-" + (1_000_000 + i), created)
                    .channel(channels[r.nextInt(channels.length)])
                    .priority(p < 3 ? priorities[0] : p < 18 ? priorities[1] : p < 85 ? priorities[2] : priorities[3])
                    .elevated(r.nextInt(20) == 0)
                    .status(status)
                    .statusSince(created.plusSeconds(r.nextLong(age + 1)));
            if (r.nextInt(10) < 8) {
                b.lastSentToCustomer(created.plusSeconds(r.nextLong(age + 1)));
            }
            if (r.nextInt(20) == 0) {
                b.prioritySince(created.plusSeconds(r.nextLong(age + 1)));
            }
            if (r.nextInt(10) == 0) {
                b.agreedInterval(Duration.ofHours(1 + r.nextInt(8)));
            }
            if (r.nextInt(5) == 0) {
                b.calendar(calendars.get(r.nextInt(calendars.size())));
            }
            if (r.nextInt(10) < 9) {
                b.assignee("agent-" + r.nextInt(50));
            }
            out.add(b.build());
        }
        return out;
    }

    /** The view: one pass, a bounded heap of {@code limit}, counts over all. */
    @Benchmark
    public BreachingSoon.Result view() {
        return view.select(all, now);
    }

    /** The same view from a parallel stream: each thread keeps its own first cases, merged at the end. */
    @Benchmark
    public BreachingSoon.Result viewParallel() {
        return view.select(all.parallelStream(), now);
    }

    /** The baseline: evaluate all, keep the view's cases, sort them all, cut, count. */
    @Benchmark
    public NaiveView.Result naiveSortAll() {
        return NaiveView.select(policy, all, now, horizon, limit);
    }

    /**
     * The view of the second clock, the standard policy's 24-hour resolution clock: each case is
     * evaluated on both clocks (the update cadence and the resolution clock), ordered by the
     * resolution clock's due instant. The bar: at most twice {@link #view()}.
     */
    @Benchmark
    public BreachingSoon.Result viewResolutionClock() {
        return resolutionView.select(all, now);
    }

    /** Evaluation of both clocks of every case, for reference. */
    @Benchmark
    public void evaluateBothClocks(Blackhole bh) {
        for (SupportCase c : all) {
            bh.consume(policy.evaluate(c, now).clocks());
        }
    }

    /**
     * The view over only the cases it leaves out (solved and closed, or on track and due after the
     * horizon): with {@code -prof gc}, the bytes allocated per case that does not enter the view.
     */
    @Benchmark
    public BreachingSoon.Result viewOutside() {
        return view.select(outside, now);
    }

    /** Evaluation alone, for reference: the floor under both. */
    @Benchmark
    public void evaluateOnly(Blackhole bh) {
        for (SupportCase c : all) {
            bh.consume(policy.evaluate(c, now));
        }
    }
}
