package org.slakit.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaRule;
import org.slakit.core.Target;
import org.slakit.core.SupportCase;

/**
 * The cost of evaluating one case under the standard policy next to one
 * {@code BusinessCalendar.plusBusinessDays(t, 1)} on the same calendar, in the same run (issue 12's
 * bar: evaluation at most 3x the calendar call). Inputs cycle through a power-of-two array so the
 * JIT cannot fold a constant away; cases are ViewBench's million, minus their own calendars. The
 * setup fails unless the rule lookup and the calendar agree with the plain ways on a sample.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluationBench {

    private static final int SIZE = 1 << 16;

    private BusinessCalendar berlin;
    private SlaPolicy policy;
    private SupportCase[] cases;
    private Instant[] starts;
    private Instant now;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        berlin = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-12:30 13:30-18:00
                closed yearly 12-25
                closed yearly 12-26
                closed yearly Easter+1
                closed yearly Easter-2
                2026-12-24 09:00-12:00
                """);
        policy = SlaPolicy.standard(berlin);
        now = Instant.parse("2026-11-18T14:37:00Z");
        List<SupportCase> all = ViewBench.generate(new SplittableRandom(20261205L), SIZE, now, List.of(berlin));
        cases = all.toArray(SupportCase[]::new);
        starts = new Instant[SIZE];
        for (int k = 0; k < SIZE; k++) {
            starts[k] = cases[k].lastSentToCustomer().orElse(cases[k].created());
        }
        check();
    }

    /**
     * Fails unless the fast paths agree with the plain ones on a sample: the rule evaluation finds
     * in the policy's lookup table is the first rule whose condition the case meets, walking the
     * rules in order; business-time due and at-risk instants, and the {@code plus} measured here,
     * equal a day-by-day walk of the calendar ({@link DayWalk}).
     */
    private void check() {
        DayWalk walk = new DayWalk(berlin);
        Duration eight = Duration.ofHours(8);
        for (int k = 0; k < SIZE; k += 16) {
            SupportCase c = cases[k];
            Evaluation e = policy.evaluate(c, now);
            if (c.status().isClockRunning()) {
                SlaRule plain = policy.rules().stream().filter(r -> r.condition().test(c)).findFirst().orElseThrow();
                if (e.rule().orElseThrow() != plain) {
                    throw new IllegalStateException(c.id() + ": evaluation found " + e.rule() + ", the rules in order " + plain);
                }
                if (e.target().orElseThrow() instanceof Target.BusinessTime) {
                    Duration length = ((Target.BusinessTime) e.target().get()).length();
                    Instant start = e.clockStart().orElseThrow();
                    if (!e.due().orElseThrow().equals(walk.plus(start, length))
                            || !walk.between(start, e.atRiskFrom().orElseThrow())
                                    .equals(Duration.ofNanos((length.toNanos() * 3 + 3) / 4))) {
                        throw new IllegalStateException(c.id() + ": due or at-risk instant differ from the day walk's: " + e);
                    }
                }
            }
            if (!berlin.plus(starts[k], eight).equals(walk.plus(starts[k], eight))) {
                throw new IllegalStateException("plus(" + starts[k] + ", 8 hours) differs from the day walk's");
            }
        }
    }

    /** One evaluation of one case (the update cadence only; duration clocks are evaluated on demand). */
    @Benchmark
    public Evaluation evaluate() {
        return policy.evaluate(cases[i++ & (SIZE - 1)], now);
    }

    /** One calendar call of one business day, the "1 business day" target's due instant. */
    @Benchmark
    public Instant plusOneBusinessDay() {
        return berlin.plusBusinessDays(starts[i++ & (SIZE - 1)], 1);
    }

    /** One {@code plus} of one business day of time (8 business hours on this calendar), issue 12's unit. */
    @Benchmark
    public Instant plusEightBusinessHours() {
        return berlin.plus(starts[i++ & (SIZE - 1)], java.time.Duration.ofHours(8));
    }
}
