package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slakit.core.Scenarios.Scenario;

/** Laws of {@link SlaPolicy#evaluate}, over random cases, policies and calendars. */
class EvaluationProperties {

    static final int EXAMPLES = Integer.getInteger("slakit.examples", 300);

    static int rank(SlaState s) {
        return s.ordinal(); // ON_TRACK < AT_RISK < BREACHED; NOT_RUNNING is handled apart
    }

    @Test
    void evaluationAgreesWithTheSlowReference() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Evaluation e = s.policy.evaluate(s.supportCase, s.now);
            ReferenceEvaluator.Answer ref = ReferenceEvaluator.evaluate(s.policy, s.supportCase, s.now);

            assertThat(e.state()).isEqualTo(ref.state);
            if (ref.state == SlaState.NOT_RUNNING) {
                assertThat(e.rule()).isEmpty();
                assertThat(e.due()).isEmpty();
                return;
            }
            assertThat(e.rule().get().name()).isEqualTo(ref.rule);
            assertThat(e.target()).contains(ref.target);
            assertThat(e.clockStart()).contains(ref.clockStart);
            assertThat(e.due()).contains(ref.due);
            assertThat(e.targetLength()).isEqualTo(ref.length);
            assertThat(e.atRiskFrom()).contains(ref.atRisk);
            assertThat(e.used()).isEqualTo(ref.used);
        });
    }

    @Test
    void movingStatusSince_neverMovesTheDueOfARuleThatIgnoresTheStatus() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Evaluation e = s.policy.evaluate(s.supportCase, s.now);
            if (e.state() == SlaState.NOT_RUNNING
                    || ReferenceEvaluator.dependsOnStatus(e.rule().get().condition())) {
                return;
            }
            SupportCase c = s.supportCase;
            Instant other = between(s.random, c.lastReopened().orElse(c.created()), s.now);
            SupportCase moved = c.toBuilder().statusSince(other).build();

            Evaluation after = s.policy.evaluate(moved, s.now);

            assertThat(after.rule()).isEqualTo(e.rule());
            assertThat(after.clockStart()).isEqualTo(e.clockStart());
            assertThat(after.due()).isEqualTo(e.due());
        });
    }

    @Test
    void movingPrioritySince_neverMovesTheDueOfARuleThatIgnoresPriorityAndElevation() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Evaluation e = s.policy.evaluate(s.supportCase, s.now);
            if (e.state() == SlaState.NOT_RUNNING
                    || ReferenceEvaluator.dependsOnPriority(e.rule().get().condition())) {
                return;
            }
            Instant other = between(s.random, s.supportCase.created(), s.now);
            SupportCase moved = s.supportCase.toBuilder().prioritySince(other).build();

            Evaluation after = s.policy.evaluate(moved, s.now);

            assertThat(after.clockStart()).isEqualTo(e.clockStart());
            assertThat(after.due()).isEqualTo(e.due());
        });
    }

    @Test
    void aReopening_neverMovesTheClockStartBeforeIt() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            SupportCase c = s.supportCase;
            if (!c.status().isClockRunning() || s.policy.clockStart() == ClockStart.LAST_UPDATE) {
                return;
            }
            Instant reopened = between(s.random, c.created(), c.statusSince());
            Evaluation e = s.policy.evaluate(c.toBuilder().lastReopened(reopened).build(), s.now);

            assertThat(e.clockStart().get()).isAfterOrEqualTo(reopened);
        });
    }

    /** A random instant in [from, to], whole seconds from {@code from}. */
    static Instant between(SplittableRandom r, Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? from : from.plusSeconds(r.nextLong(seconds + 1));
    }

    @Test
    void stateOnlyMovesForwardAsNowGrows() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Instant later = s.now.plusSeconds(s.random.nextLong(10 * Scenarios.DAY)).plusNanos(s.random.nextInt(1000));
            Evaluation first = s.policy.evaluate(s.supportCase, s.now);
            Evaluation second = s.policy.evaluate(s.supportCase, later);

            if (first.state() == SlaState.NOT_RUNNING) {
                assertThat(second.state()).isEqualTo(SlaState.NOT_RUNNING);
                return;
            }
            assertThat(rank(second.state())).isGreaterThanOrEqualTo(rank(first.state()));
            assertThat(second.due()).isEqualTo(first.due());
            assertThat(second.atRiskFrom()).isEqualTo(first.atRiskFrom());
            assertThat(second.used()).isGreaterThanOrEqualTo(first.used());
        });
    }

    @Test
    void nextChange_isWhereTheStateChanges() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Evaluation e = s.policy.evaluate(s.supportCase, s.now);
            if (e.nextChange().isEmpty()) {
                assertThat(e.state()).isIn(SlaState.BREACHED, SlaState.NOT_RUNNING);
                return;
            }
            Instant change = e.nextChange().get();
            assertThat(change).isAfter(s.now);
            assertThat(s.policy.evaluate(s.supportCase, change.minusNanos(1)).state()).isEqualTo(e.state());
            assertThat(rank(s.policy.evaluate(s.supportCase, change).state())).isEqualTo(rank(e.state()) + 1);
        });
    }

    @Test
    void aLaterUpdate_neverMakesACaseMoreUrgent() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            SupportCase c = s.supportCase;
            Instant sent = c.lastSentToCustomer().orElse(c.created());
            long room = Duration.between(sent, s.now).toNanos();
            SupportCase updated = c.withLastSentToCustomer(sent.plusNanos(room == 0 ? 0 : s.random.nextLong(room + 1)));
            if (c.lastSentToCustomer().isEmpty()) {
                return; // the first update is the next law
            }
            Evaluation before = s.policy.evaluate(c, s.now);
            Evaluation after = s.policy.evaluate(updated, s.now);

            if (before.state() == SlaState.NOT_RUNNING) {
                assertThat(after.state()).isEqualTo(SlaState.NOT_RUNNING);
                return;
            }
            assertThat(after.rule()).isEqualTo(before.rule());
            assertThat(after.due().get()).isAfterOrEqualTo(before.due().get());
            assertThat(after.atRiskFrom().get()).isAfterOrEqualTo(before.atRiskFrom().get());
            assertThat(rank(after.state())).isLessThanOrEqualTo(rank(before.state()));
        });
    }

    @Test
    void anUpdateSentNow_putsTheCaseOnTrack_underAFractionWarning() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Evaluation before = s.policy.evaluate(s.supportCase, s.now);
            Evaluation after = s.policy.evaluate(s.supportCase.withLastSentToCustomer(s.now), s.now);

            if (before.state() == SlaState.NOT_RUNNING) {
                assertThat(after.state()).isEqualTo(SlaState.NOT_RUNNING);
                return;
            }
            assertThat(after.clockStart()).contains(s.now);
            if (s.policy.warning().isFraction()) {
                assertThat(after.state()).isEqualTo(SlaState.ON_TRACK);
                assertThat(rank(after.state())).isLessThanOrEqualTo(rank(before.state()));
            } else {
                // a lead time at least as long as the new target makes it at risk at once, never breached
                assertThat(after.state()).isNotEqualTo(SlaState.BREACHED);
            }
        });
    }

    @Test
    void evaluationIsAPureFunctionOfCasePolicyAndNow() {
        qt().withExamples(100).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SlaPolicy policy = Scenarios.policy(r);
            SlaPolicy copy = SlaPolicy.parse(policy.toString());
            List<SupportCase> cases = Scenarios.cases(r, 20);
            Instant now = Scenarios.nowFor(r, cases);

            List<Evaluation> forward = new ArrayList<>();
            List<String> explained = new ArrayList<>();
            for (SupportCase c : cases) {
                Evaluation e = policy.evaluate(c, now);
                forward.add(e);
                explained.add(e.explain());
            }
            for (int i = cases.size() - 1; i >= 0; i--) {
                SupportCase same = cases.get(i).toBuilder().build();
                Evaluation again = copy.evaluate(same, now);
                assertThat(again).isEqualTo(forward.get(i));
                assertThat(again.explain()).isEqualTo(explained.get(i));
                assertThat(again.fractionUsed()).isEqualTo(forward.get(i).fractionUsed());
                assertThat(again.lastSentAgeBusinessDays()).isEqualTo(forward.get(i).lastSentAgeBusinessDays());
            }
        });
    }

    @Test
    void measuresAreConsistent() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Evaluation e = s.policy.evaluate(s.supportCase, s.now);
            if (e.state() == SlaState.NOT_RUNNING) {
                assertThat(e.used()).isZero();
                assertThat(e.nextChange()).isEmpty();
                return;
            }
            Instant start = e.clockStart().get();
            Instant due = e.due().get();
            assertThat(due).isAfter(start);
            assertThat(e.atRiskFrom().get()).isBetween(start, due);
            assertThat(e.remaining()).isEqualTo(max(Duration.ZERO, e.targetLength().minus(e.used())));
            assertThat(e.closedTimeSkipped()).isEqualTo(e.target().get().isBusiness()
                    ? Duration.between(start, due).minus(e.targetLength()) : Duration.ZERO);
            assertThat(e.closedTimeSkipped().isNegative()).isFalse();
            assertThat(e.overdue()).isEqualTo(e.state() == SlaState.BREACHED ? Duration.between(due, s.now) : Duration.ZERO);
            assertThat(e.explain()).contains("Case " + s.supportCase.id() + " is " + e.state(), e.rule().get().name());
            if (s.supportCase.lastSentToCustomer().isPresent()) {
                long days = e.lastSentAgeBusinessDays().getAsLong();
                Instant sent = s.supportCase.lastSentToCustomer().get();
                assertThat(e.calendar().plusBusinessDays(sent, (int) days + 1)).isAfter(s.now);
                if (days > 0) {
                    assertThat(e.calendar().plusBusinessDays(sent, (int) days)).isBeforeOrEqualTo(s.now);
                }
            }
        });
    }

    static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
