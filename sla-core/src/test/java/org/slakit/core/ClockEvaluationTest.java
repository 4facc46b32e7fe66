package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.WorkedExamplesTest.berlin;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Examples of a duration clock's {@link ClockEvaluation}: its value semantics and text. */
class ClockEvaluationTest {

    private static final DurationClock RESOLUTION = DurationClock.builder("resolution")
            .pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
            .rule("all", Condition.always(), Target.businessTime(Duration.ofHours(8))).build();
    private static final SlaPolicy POLICY = SlaPolicy.builder(WorkedExamplesTest.NINE_TO_FIVE).standardRules()
            .clock(RESOLUTION).build();

    /** PIT found these members uncovered (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        private final SupportCase open = SupportCase.builder("K-1", berlin("2026-03-02T09:00")).build();

        @Test
        void aRunningClock_saysItsCaseInstantTargetAndRemainingTime() {
            ClockEvaluation e = POLICY.evaluateClock(open, berlin("2026-03-02T11:00"), "resolution");

            assertThat(e.supportCase()).isEqualTo(open);
            assertThat(e.now()).isEqualTo(berlin("2026-03-02T11:00"));
            assertThat(e.clock()).isEqualTo(RESOLUTION);
            assertThat(e.name()).isEqualTo("resolution");
            assertThat(e.target()).contains(Target.businessTime(Duration.ofHours(8)));
            assertThat(e.used()).isEqualTo(Duration.ofHours(2));
            assertThat(e.remaining()).isEqualTo(Duration.ofHours(6));
            assertThat(POLICY.evaluateClock(open, berlin("2026-03-03T11:00"), "resolution").remaining()).isZero();
            assertThat(e.due()).contains(berlin("2026-03-02T17:00"));
            assertThat(e.toString()).isEqualTo("ClockEvaluation[resolution K-1 ON_TRACK due " + berlin("2026-03-02T17:00")
                    + " at " + berlin("2026-03-02T11:00") + "]");
            assertThat(e.explain()).startsWith("Clock resolution of case K-1 is ON_TRACK at ")
                    .contains("Rule 'all' applies because ", "Started: ", "running time 2h", "Due: ");
        }

        @Test
        void aPausedClock_saysSoAndHasNoDueInstant() {
            SupportCase pending = SupportCase.builder("K-2", berlin("2026-03-02T09:00"))
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T09:00"))))
                    .status(CaseStatus.PENDING_CUSTOMER).statusSince(berlin("2026-03-02T10:00")).build();
            ClockEvaluation e = POLICY.evaluateClock(pending, berlin("2026-03-02T11:00"), "resolution");

            assertThat(e.isPaused()).isTrue();
            assertThat(e.toString()).contains(" paused").doesNotContain(" due ");
            assertThat(e.explain()).contains(", paused (pending-customer)", "Due: not known while paused.");
        }

        @Test
        void aStoppedClock_explainsWhy() {
            SupportCase solved = SupportCase.builder("K-3", berlin("2026-03-02T09:00"))
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T09:00"))))
                    .status(CaseStatus.SOLVED).statusSince(berlin("2026-03-02T10:00")).build();
            ClockEvaluation e = POLICY.evaluateClock(solved, berlin("2026-03-02T11:00"), "resolution");

            assertThat(e.state()).isEqualTo(SlaState.NOT_RUNNING);
            assertThat(e.explain()).endsWith("The case is solved: the clock is stopped.\n");
        }

        @Test
        void equality_byClockCaseInstantAndState() {
            ClockEvaluation a = POLICY.evaluateClock(open, berlin("2026-03-02T11:00"), "resolution");
            ClockEvaluation same = POLICY.evaluateClock(open, berlin("2026-03-02T11:00"), "resolution");
            ClockEvaluation later = POLICY.evaluateClock(open, berlin("2026-03-02T12:00"), "resolution");
            SupportCase other = SupportCase.builder("K-9", berlin("2026-03-02T09:00")).build();

            assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(later)
                    .isNotEqualTo(POLICY.evaluateClock(other, berlin("2026-03-02T11:00"), "resolution"))
                    .isNotEqualTo("resolution");
            assertThat(a.hashCode()).isNotEqualTo(later.hashCode());
        }

        @Test
        void clockEquality_withItselfAndOtherTypes_andHashesThatTellClocksApart() {
            DurationClock same = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("all", Condition.always(), Target.businessTime(Duration.ofHours(8))).build();
            DurationClock unpaused = DurationClock.builder("resolution")
                    .rule("all", Condition.always(), Target.businessTime(Duration.ofHours(8))).build();
            assertThat(RESOLUTION).isEqualTo(RESOLUTION).isEqualTo(same).hasSameHashCodeAs(same)
                    .isNotEqualTo(unpaused).isNotEqualTo(DurationClock.standardResolution()).isNotEqualTo("resolution");
            assertThat(RESOLUTION.hashCode()).isNotEqualTo(unpaused.hashCode());
        }

        @Test
        void retargetingAClock_byRuleName() {
            DurationClock longer = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("all", Condition.always(), Target.businessTime(Duration.ofHours(8)))
                    .target("ALL", Target.businessTime(Duration.ofHours(16))).build();
            assertThat(longer.rules().get(0).target()).isEqualTo(Target.businessTime(Duration.ofHours(16)));
            assertThat(RESOLUTION.withTarget(" all ", Target.elapsed(Duration.ofHours(4))).rules().get(0).target())
                    .isEqualTo(Target.elapsed(Duration.ofHours(4)));
            assertThatThrownBy(() -> RESOLUTION.withTarget("none", Target.elapsed(Duration.ofHours(4))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'none'");
        }
    }
}
