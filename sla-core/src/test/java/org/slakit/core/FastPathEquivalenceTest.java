package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The internal fast paths of evaluation against the plain path they replace: the breaching-soon
 * view decides, from the steps of evaluation and without an {@link Evaluation}, which cases stay
 * out; for every case it must decide exactly what {@code policy.evaluate(c, now)} decides, at the
 * instants where the state changes too.
 */
class FastPathEquivalenceTest {

    /** In the view by the plain path: the evaluation at risk, breached, or on track and due by the horizon's end. */
    private static boolean inViewPlain(Evaluation e, Instant horizonEnd) {
        SlaState s = e.state();
        return s == SlaState.AT_RISK || s == SlaState.BREACHED || s == SlaState.ON_TRACK && !e.due().get().isAfter(horizonEnd);
    }

    @Test
    void theViewsStepsGiveEvaluationsStateAndEvaluation_atRandomInstantsAndAtEveryChange() {
        qt().withExamples(300).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SlaPolicy policy = Scenarios.policy(r);
            for (int k = 0; k < 20; k++) {
                SupportCase c = Scenarios.supportCase(r, "C-" + k);
                Instant base = Scenarios.now(r, c);
                if (!c.status().isClockRunning()) {
                    assertThat(policy.evaluate(c, base).state()).isEqualTo(SlaState.NOT_RUNNING);
                    continue;
                }
                Evaluation plain;
                try {
                    plain = policy.evaluate(c, base);
                } catch (NoMatchingRuleException e) {
                    continue;
                }
                // the instants around each change of state, and a random one
                List<Instant> instants = new ArrayList<>(List.of(base));
                for (Instant edge : List.of(plain.atRiskFrom().get(), plain.due().get())) {
                    for (long d : new long[] {-1, 0, 1}) {
                        Instant t = edge.plusNanos(d);
                        if (!t.isBefore(Scenarios.latest(c))) {
                            instants.add(t);
                        }
                    }
                }
                for (Instant now : instants) {
                    Evaluation expected = policy.evaluate(c, now);
                    int index = policy.ruleIndex(c);
                    Target target = policy.resolvedTarget(index, c.agreedIntervalOrNull());
                    Instant start = policy.clockStart(c, index);
                    Instant due = policy.due(c, target, start, policy.calendarOf(c));
                    Evaluation fast = policy.evaluation(c, now, index, target, start, due, policy.calendarOf(c));
                    assertThat(fast).isEqualTo(expected);
                    assertThat(fast.atRiskFrom()).isEqualTo(expected.atRiskFrom());
                    if (!now.isAfter(due)) {
                        assertThat(policy.isAtRisk(target, policy.calendarOf(c), start, due, now))
                                .as("at risk at %s", now).isEqualTo(expected.state() == SlaState.AT_RISK);
                    }
                    Duration horizon = Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : r.nextLong(3 * 24 * 60));
                    if (target instanceof Target.Elapsed) {
                        Instant end = now.plus(horizon);
                        assertThat(policy.onTrackBeyond(target, start, now, end)).as("on track beyond %s", end)
                                .isEqualTo(expected.state() == SlaState.ON_TRACK && due.isAfter(end));
                    }
                    BreachingSoon.Result view = BreachingSoon.of(policy).withHorizon(horizon).select(List.of(c), now);
                    boolean in = inViewPlain(expected, now.plus(horizon));
                    assertThat(view.total()).isEqualTo(in ? 1 : 0);
                    assertThat(view.cases()).isEqualTo(in ? List.of(expected) : List.of());
                }
            }
        });
    }

    @Test
    void usedBeforeRiskInNanos_isTheDurationsValue() {
        qt().withExamples(2_000).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            WarningThreshold w = r.nextBoolean() ? Scenarios.warning(r)
                    : WarningThreshold.fraction((1 + r.nextInt(1_000_000)) / 1e6);
            long seconds = r.nextInt(4) == 0 ? Target.MAX_LENGTH.getSeconds() - r.nextInt(1000) : 1 + r.nextLong(40L * 86_400);
            Duration length = Duration.ofSeconds(seconds);
            assertThat(w.usedBeforeRiskNanos(length.toNanos())).isEqualTo(w.usedBeforeRisk(length).toNanos());
        });
    }

    @Test
    void atLeastApart_isExactArithmetic() {
        qt().withExamples(5_000).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Instant from = Instant.ofEpochSecond(r.nextLong(-4_000_000_000L, 4_000_000_000L), r.nextInt(1_000_000_000));
            long span = r.nextInt(3) == 0 ? r.nextLong(4) : r.nextInt(2) == 0 ? r.nextLong(100_000) : r.nextLong(4_000_000_000L);
            Instant to = from.plusSeconds(r.nextBoolean() ? span : -span).plusNanos(r.nextInt(1_000_000_000));
            long nanos = r.nextInt(3) == 0 ? r.nextLong(3_000_000_000L) : r.nextLong(Target.MAX_LENGTH.toNanos());
            if (r.nextInt(4) == 0) {
                // on the boundary: exactly nanos apart, or one nanosecond either side
                nanos = Math.max(0, Duration.between(from, to).toNanos()) + r.nextInt(3) - 1;
                nanos = Math.max(0, nanos);
            }
            BigInteger diff = BigInteger.valueOf(to.getEpochSecond()).subtract(BigInteger.valueOf(from.getEpochSecond()))
                    .multiply(BigInteger.valueOf(1_000_000_000L)).add(BigInteger.valueOf(to.getNano() - from.getNano()));
            assertThat(SlaPolicy.atLeastApart(from, to, nanos)).isEqualTo(diff.compareTo(BigInteger.valueOf(nanos)) >= 0);
        });
    }
}
