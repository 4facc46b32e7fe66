package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.history.WorkedHistories.CADENCE;
import static org.slakit.core.history.WorkedHistories.EMERGENCY;
import static org.slakit.core.history.WorkedHistories.PENDING;
import static org.slakit.core.history.WorkedHistories.POLICY;
import static org.slakit.core.history.WorkedHistories.REOPENED;
import static org.slakit.core.history.WorkedHistories.TEAM;
import static org.slakit.core.history.WorkedHistories.at;
import static org.slakit.core.history.WorkedHistories.created;
import static org.slakit.core.history.WorkedHistories.justAfter;
import static org.slakit.core.history.WorkedHistories.rule;
import static org.slakit.core.history.WorkedHistories.update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.ClockStart;
import org.slakit.core.Condition;
import org.slakit.core.NoMatchingRuleException;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaRule;
import org.slakit.core.SlaState;
import org.slakit.core.Target;

/**
 * The worked replays of the issue ({@link WorkedHistories}), and the edge cases of a replay. Every
 * expected instant is written by hand in Berlin wall-clock time.
 */
class SlaTimelineTest {

    // ------------------------------------------------------------------ cadence kept three times, then missed

    @Test
    void cadenceKeptThreeTimesThenMissedOnce() {
        SlaTimeline timeline = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00"));
        List<SlaCycle> cycles = timeline.cycles();

        assertThat(cycles).extracting(SlaCycle::outcome).containsExactly(
                CycleOutcome.MET, CycleOutcome.MET, CycleOutcome.MET, CycleOutcome.LATE, CycleOutcome.RUNNING);
        assertThat(cycles).extracting(c -> c.rule().name()).containsExactly(
                "first-response", "open", "open", "open", "open");
        assertThat(cycles).extracting(SlaCycle::start).containsExactly(
                at("03-02T09:00"), at("03-02T10:30"), at("03-04T16:00"), at("03-09T15:00"), at("03-13T11:00"));
        assertThat(cycles).extracting(SlaCycle::end).containsExactly(
                at("03-02T10:30"), at("03-04T16:00"), at("03-09T15:00"), at("03-13T11:00"), at("03-16T12:00"));
        // 2 business hours; then 3 business days from each update (Wed 16:00 + 3 = Mon 16:00)
        assertThat(cycles).extracting(SlaCycle::due).containsExactly(
                at("03-02T11:00"), at("03-05T10:30"), at("03-09T16:00"), at("03-12T15:00"), at("03-18T11:00"));

        SlaCycle first = cycles.get(0);
        assertThat(first.used()).isEqualTo(Duration.ofMinutes(90));
        assertThat(first.target()).isEqualTo(Target.businessTime(Duration.ofHours(2)));
        assertThat(first.breachedAt()).isEmpty();

        SlaCycle missed = cycles.get(3);
        assertThat(missed.breachedAt()).contains(justAfter("03-12T15:00"));
        assertThat(missed.assigneeAtBreach()).contains("ana"); // bo took the case after the breach
        assertThat(missed.overdue()).isEqualTo(Duration.ofHours(4)); // Thu 15-17, Fri 09-11
        assertThat(missed.overdueElapsed()).isEqualTo(Duration.ofHours(20));
        assertThat(missed.businessTimeUsed()).isEqualTo(Duration.ofHours(28)); // Mon 2h, Tue-Thu 24h, Fri 2h
        assertThat(missed.used()).isEqualTo(missed.businessTimeUsed());

        SlaCycle running = cycles.get(4);
        assertThat(running.used()).isEqualTo(Duration.ofHours(9)); // Fri 11-17, Mon 09-12
        assertThat(running.isOpen()).isTrue();
        assertThat(timeline.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(timeline.firstReply()).contains(at("03-02T10:30"));
        assertThat(timeline.resolvedAt()).isEmpty();
    }

    @Test
    void cadence_statesAroundTheMissedUpdate() {
        SlaTimeline timeline = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00"));
        // 75% of the 24 business hours from Mon 9th 15:00 is used on Wed 11th at 17:00 (closing)
        assertThat(timeline.stateAt(at("03-11T16:59"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(timeline.stateAt(at("03-11T17:00"))).isEqualTo(SlaState.AT_RISK);
        assertThat(timeline.stateAt(at("03-12T15:00"))).isEqualTo(SlaState.AT_RISK);
        assertThat(timeline.stateAt(justAfter("03-12T15:00"))).isEqualTo(SlaState.BREACHED);
        assertThat(timeline.stateAt(at("03-13T10:59"))).isEqualTo(SlaState.BREACHED);
        assertThat(timeline.stateAt(at("03-13T11:00"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(timeline.cycleAt(at("03-13T11:00")).map(SlaCycle::start)).contains(at("03-13T11:00"));
        assertThat(timeline.cycleAt(at("03-13T10:59")).map(SlaCycle::start)).contains(at("03-09T15:00"));
        // an update at the due instant itself is in time
        assertThat(timeline.stateAt(at("03-02T11:00"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void anUpdateAtTheDueInstantIsMet_andOneNanosecondLaterIsLate() {
        CaseHistory onTime = CaseHistory.of(List.of(created("C-2", "03-02T09:00", Priority.NORMAL),
                update("C-2", "03-02T11:00")));
        CaseHistory late = CaseHistory.of(List.of(created("C-2", "03-02T09:00", Priority.NORMAL),
                CaseEvent.updateSent("C-2", justAfter("03-02T11:00"))));

        SlaCycle met = SlaTimeline.replay(onTime, POLICY, at("03-02T12:00")).cycles().get(0);
        SlaCycle missed = SlaTimeline.replay(late, POLICY, at("03-02T12:00")).cycles().get(0);

        assertThat(met.outcome()).isEqualTo(CycleOutcome.MET);
        assertThat(met.breachedAt()).isEmpty();
        assertThat(missed.outcome()).isEqualTo(CycleOutcome.LATE);
        // no instant shows the breach (the update came at its first instant), but the cycle was late
        assertThat(missed.breachedAt()).contains(justAfter("03-02T11:00"));
        assertThat(missed.overdueElapsed()).isEqualTo(Duration.ofNanos(1));
    }

    // ------------------------------------------------------------------ pending customer and back

    @Test
    void pendingCustomerAndBack_theOpenRuleStartsWhenTheCustomerAnswers() {
        SlaTimeline timeline = SlaTimeline.replay(PENDING, POLICY, at("03-18T12:00"));
        List<SlaCycle> cycles = timeline.cycles();

        assertThat(cycles).extracting(SlaCycle::outcome).containsExactly(
                CycleOutcome.MET, CycleOutcome.MET, CycleOutcome.STOPPED);
        SlaCycle waiting = cycles.get(1);
        assertThat(waiting.start()).isEqualTo(at("03-02T09:45"));
        assertThat(waiting.end()).isEqualTo(at("03-16T14:00"));
        assertThat(waiting.ruleChanges()).containsExactly(
                RuleChange.of(at("03-12T10:00"), rule("pending-customer"), rule("open")));
        assertThat(waiting.rule().name()).isEqualTo("open");
        assertThat(waiting.clockStart()).isEqualTo(at("03-12T10:00"));
        assertThat(waiting.due()).isEqualTo(at("03-17T10:00"));
        assertThat(waiting.breachedAt()).isEmpty();

        SlaCycle solved = cycles.get(2);
        assertThat(solved.start()).isEqualTo(at("03-16T14:00"));
        assertThat(solved.end()).isEqualTo(at("03-17T09:00"));
        assertThat(solved.due()).isEqualTo(at("03-19T14:00"));
        assertThat(solved.overdue()).isZero();

        // while pending, the 3-week clock ran from the update: due Monday March 23 09:45
        assertThat(timeline.stateAt(at("03-11T10:00"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(timeline.stateAt(at("03-12T10:00"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(timeline.stateAt(at("03-17T09:00"))).isEqualTo(SlaState.NOT_RUNNING);
        assertThat(timeline.cycleAt(at("03-17T09:00"))).isEmpty();
        assertThat(timeline.state()).isEqualTo(SlaState.NOT_RUNNING);
        assertThat(timeline.resolvedAt()).contains(at("03-17T09:00"));
    }

    @Test
    void pendingCustomerAndBack_underTheStrictReading_isBreachedWhenTheCustomerAnswers() {
        SlaPolicy strict = POLICY.withClockStart(ClockStart.LAST_UPDATE);
        SlaTimeline timeline = SlaTimeline.replay(PENDING, strict, at("03-18T12:00"));
        SlaCycle waiting = timeline.cycles().get(1);

        assertThat(waiting.outcome()).isEqualTo(CycleOutcome.LATE);
        assertThat(waiting.clockStart()).isEqualTo(at("03-02T09:45"));
        assertThat(waiting.due()).isEqualTo(at("03-05T09:45"));
        assertThat(waiting.breachedAt()).contains(at("03-12T10:00")); // breached on arrival
        assertThat(waiting.overdueElapsed()).isEqualTo(Duration.ofDays(11).plusHours(4).plusMinutes(15));
        assertThat(timeline.stateAt(at("03-12T09:59"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(timeline.stateAt(at("03-12T10:00"))).isEqualTo(SlaState.BREACHED);
    }

    // ------------------------------------------------------------------ emergency with an agreed cadence

    @Test
    void emergencyWithAnAgreedCadence() {
        SlaTimeline timeline = SlaTimeline.replay(EMERGENCY, POLICY, at("03-05T12:00"));
        List<SlaCycle> cycles = timeline.cycles();

        assertThat(cycles).extracting(SlaCycle::outcome).containsExactly(
                CycleOutcome.MET, CycleOutcome.MET, CycleOutcome.LATE, CycleOutcome.MET);
        assertThat(cycles).extracting(c -> c.rule().name()).containsExactly(
                "emergency-first-response", "emergency", "emergency", "urgent-or-elevated");
        // 1 hour, then the agreed 2 hours from each update, then one business day from the downgrade
        assertThat(cycles).extracting(SlaCycle::due).containsExactly(
                at("03-03T23:00"), at("03-04T00:40"), at("03-04T02:30"), at("03-05T09:00"));
        assertThat(cycles.get(1).target()).isEqualTo(Target.elapsed(Duration.ofHours(2)));

        SlaCycle late = cycles.get(2);
        assertThat(late.breachedAt()).contains(justAfter("03-04T02:30"));
        assertThat(late.overdue()).isEqualTo(Duration.ofMinutes(15)); // elapsed target: elapsed lateness
        assertThat(late.overdueElapsed()).isEqualTo(Duration.ofMinutes(15));
        assertThat(late.businessTimeUsed()).isZero(); // all of it at night

        SlaCycle downgraded = cycles.get(3);
        assertThat(downgraded.start()).isEqualTo(at("03-04T02:45"));
        assertThat(downgraded.ruleChanges()).containsExactly(
                RuleChange.of(at("03-04T04:00"), rule("emergency"), rule("urgent-or-elevated")));
        assertThat(downgraded.clockStart()).isEqualTo(at("03-04T04:00"));
        assertThat(downgraded.target()).isEqualTo(Target.businessDays(1));
        assertThat(downgraded.used()).isEqualTo(Duration.ofHours(7)); // Wed 09-16

        assertThat(timeline.stateAt(at("03-04T02:44"))).isEqualTo(SlaState.BREACHED);
        assertThat(timeline.stateAt(at("03-04T03:59"))).isEqualTo(SlaState.ON_TRACK); // due 04:45, at risk from 04:15
        assertThat(timeline.stateAt(at("03-04T04:20"))).isEqualTo(SlaState.ON_TRACK); // urgent since 04:00: due Thu 09:00
        assertThat(timeline.firstReply()).contains(at("03-03T22:40"));
        assertThat(timeline.resolvedAt()).contains(at("03-04T16:00"));
    }

    // ------------------------------------------------------------------ reopened

    @Test
    void reopenedCase_startsANewCycleAtTheReopening() {
        SlaTimeline timeline = SlaTimeline.replay(REOPENED, POLICY, at("03-13T12:00"));
        List<SlaCycle> cycles = timeline.cycles();

        assertThat(cycles).extracting(SlaCycle::outcome).containsExactly(
                CycleOutcome.MET, CycleOutcome.STOPPED, CycleOutcome.MET, CycleOutcome.STOPPED);
        assertThat(cycles).extracting(SlaCycle::start).containsExactly(
                at("03-02T09:00"), at("03-02T09:30"), at("03-06T10:00"), at("03-10T09:00"));
        assertThat(cycles).extracting(SlaCycle::end).containsExactly(
                at("03-02T09:30"), at("03-02T12:00"), at("03-10T09:00"), at("03-12T17:30"));
        assertThat(cycles).extracting(SlaCycle::due).containsExactly(
                at("03-02T11:00"), at("03-05T09:30"), at("03-11T10:00"), at("03-13T09:00"));
        assertThat(cycles.get(2).clockStart()).isEqualTo(at("03-06T10:00"));

        assertThat(timeline.stateAt(at("03-04T12:00"))).isEqualTo(SlaState.NOT_RUNNING);
        assertThat(timeline.stateAt(at("03-06T10:00"))).isEqualTo(SlaState.ON_TRACK);
        // the final resolution counts, not the first solve
        assertThat(timeline.resolvedAt()).contains(at("03-12T17:30"));
    }

    @Test
    void reopenedCase_underTheStrictReading_isBreachedOnArrival() {
        SlaTimeline timeline = SlaTimeline.replay(REOPENED, POLICY.withClockStart(ClockStart.LAST_UPDATE),
                at("03-13T12:00"));
        SlaCycle reopened = timeline.cycles().get(2);

        assertThat(reopened.clockStart()).isEqualTo(at("03-02T09:30"));
        assertThat(reopened.due()).isEqualTo(at("03-05T09:30"));
        assertThat(reopened.outcome()).isEqualTo(CycleOutcome.LATE);
        assertThat(reopened.breachedAt()).contains(at("03-06T10:00"));
        assertThat(reopened.assigneeAtBreach()).isEmpty();
    }

    @Test
    void aReopenedCaseStillOpenAtNow_isUnresolved() {
        SlaTimeline timeline = SlaTimeline.replay(REOPENED.upTo(at("03-11T00:00")).orElseThrow(), POLICY,
                at("03-11T00:00"));
        assertThat(timeline.resolvedAt()).isEmpty();
        assertThat(timeline.cycles().get(3).outcome()).isEqualTo(CycleOutcome.RUNNING);
    }

    // ------------------------------------------------------------------ events at one instant

    @Test
    void eventsAtTheSameInstantActTogether_whateverTheirOrder() {
        CaseHistory solveThenUpdate = CaseHistory.of(List.of(created("C-6", "03-02T09:00", Priority.NORMAL),
                CaseEvent.solved("C-6", at("03-02T12:00")), update("C-6", "03-02T12:00")));
        CaseHistory updateThenSolve = CaseHistory.of(List.of(created("C-6", "03-02T09:00", Priority.NORMAL),
                update("C-6", "03-02T12:00"), CaseEvent.solved("C-6", at("03-02T12:00"))));

        SlaTimeline a = SlaTimeline.replay(solveThenUpdate, POLICY, at("03-03T09:00"));
        SlaTimeline b = SlaTimeline.replay(updateThenSolve, POLICY, at("03-03T09:00"));

        assertThat(a.cycles()).isEqualTo(b.cycles());
        assertThat(a.cycles()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(CycleOutcome.LATE); // due 11:00, answered and solved at 12:00
            assertThat(c.end()).isEqualTo(at("03-02T12:00"));
        });
    }

    @Test
    void solvedAndReopenedAtTheSameInstant_keepsTheCycle_butRestartsTheRule() {
        CaseHistory h = CaseHistory.of(List.of(created("C-7", "03-02T09:00", Priority.NORMAL),
                CaseEvent.solved("C-7", at("03-02T10:00")), CaseEvent.reopened("C-7", at("03-02T10:00"))));
        SlaTimeline timeline = SlaTimeline.replay(h, POLICY, at("03-02T10:30"));

        assertThat(timeline.cycles()).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(at("03-02T09:00"));
            assertThat(c.outcome()).isEqualTo(CycleOutcome.RUNNING);
            // the reopening restarts every rule's clock: first response due two business hours after it
            assertThat(c.due()).isEqualTo(at("03-02T12:00"));
        });
    }

    @Test
    void twoUpdatesAtTheSameInstant_makeOneCycleEnd() {
        CaseHistory h = CaseHistory.of(List.of(created("C-8", "03-02T09:00", Priority.NORMAL),
                update("C-8", "03-02T10:00"), update("C-8", "03-02T10:00")));
        assertThat(SlaTimeline.replay(h, POLICY, at("03-02T10:00")).cycles())
                .extracting(SlaCycle::outcome).containsExactly(CycleOutcome.MET, CycleOutcome.RUNNING);
    }

    @Test
    void aCaseCreatedAndClosedAtOnce_hasNoCycle() {
        CaseHistory h = CaseHistory.of(List.of(created("C-9", "03-02T09:00", Priority.NORMAL),
                CaseEvent.closed("C-9", at("03-02T09:00"))));
        SlaTimeline timeline = SlaTimeline.replay(h, POLICY, at("03-02T09:00"));
        assertThat(timeline.cycles()).isEmpty();
        assertThat(timeline.resolvedAt()).contains(at("03-02T09:00"));
        assertThat(timeline.state()).isEqualTo(SlaState.NOT_RUNNING);
    }

    @Test
    void aRuleChangeBackAndForth_isListed() {
        CaseHistory h = CaseHistory.of(List.of(created("C-10", "03-02T09:00", Priority.NORMAL),
                update("C-10", "03-02T09:30"),
                CaseEvent.elevationChanged("C-10", at("03-02T10:00"), true),
                CaseEvent.elevationChanged("C-10", at("03-02T11:00"), false)));
        SlaCycle c = SlaTimeline.replay(h, POLICY, at("03-02T12:00")).cycles().get(1);

        assertThat(c.ruleChanges()).containsExactly(
                RuleChange.of(at("03-02T10:00"), rule("open"), rule("urgent-or-elevated")),
                RuleChange.of(at("03-02T11:00"), rule("urgent-or-elevated"), rule("open")));
        // the open rule does not depend on the priority: its clock starts at the last update again
        assertThat(c.clockStart()).isEqualTo(at("03-02T09:30"));
        assertThat(c.due()).isEqualTo(at("03-05T09:30"));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void nowBeforeCreation_isRejectedNamingTheCase() {
        assertThatThrownBy(() -> SlaTimeline.replay(CADENCE, POLICY, at("03-01T09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1 cannot be replayed up to 2026-03-01T08:00:00Z: it was created later, at 2026-03-02T08:00:00Z");
    }

    @Test
    void anEventAfterNow_isRejectedNamingIt() {
        assertThatThrownBy(() -> SlaTimeline.replay(CADENCE, POLICY, at("03-05T09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1 has an event after now 2026-03-05T08:00:00Z: C-1 2026-03-09T14:00:00Z UPDATE_SENT;"
                        + " replay history.upTo(now) to leave later events out");
    }

    @Test
    void stateOutsideTheTimeline_isRejected() {
        SlaTimeline timeline = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00"));
        assertThatThrownBy(() -> timeline.stateAt(at("03-16T12:01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Instant 2026-03-16T11:01:00Z is outside the timeline of case C-1, which runs from its"
                        + " creation 2026-03-02T08:00:00Z to 2026-03-16T11:00:00Z");
        assertThatThrownBy(() -> timeline.cycleAt(at("03-02T08:59"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyThatDoesNotCoverTheCase_namesIt() {
        SlaPolicy openOnly = SlaPolicy.builder(TEAM)
                .rule(SlaRule.of("open", Condition.status(CaseStatus.OPEN), Target.businessDays(1))).build();
        assertThatThrownBy(() -> SlaTimeline.replay(PENDING, openOnly, at("03-18T12:00")))
                .isInstanceOf(NoMatchingRuleException.class)
                .hasMessageContaining("No rule of the policy matches case C-3");
    }

    @Test
    void nulls() {
        assertThatThrownBy(() -> SlaTimeline.replay(null, POLICY, at("03-16T12:00"))).hasMessage("history");
        assertThatThrownBy(() -> SlaTimeline.replay(CADENCE, null, at("03-16T12:00"))).hasMessage("policy");
        assertThatThrownBy(() -> SlaTimeline.replay(CADENCE, POLICY, null)).hasMessage("now");
        SlaTimeline timeline = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00"));
        assertThatThrownBy(() -> timeline.stateAt(null)).isInstanceOf(NullPointerException.class).hasMessage("t");
        assertThatThrownBy(() -> timeline.cycleAt(null)).isInstanceOf(NullPointerException.class).hasMessage("t");
        assertThatThrownBy(() -> RuleChange.of(null, rule("open"), rule("urgent-or-elevated"))).hasMessage("at");
        assertThatThrownBy(() -> RuleChange.of(at("03-02T09:00"), rule("open"), null)).hasMessage("to");
        assertThatThrownBy(() -> RuleChange.of(at("03-02T09:00"), rule("open"), rule("open")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rule change needs two different rules, not 'open' twice");
        assertThatThrownBy(() -> CADENCE.upTo(null)).isInstanceOf(NullPointerException.class).hasMessage("t");
    }

    @Nested
    class ContractsAndAccessors {

        final CaseHistory oneUpdate = CaseHistory.of(List.of(created("C-2", "03-02T09:00", Priority.NORMAL),
                update("C-2", "03-02T11:00")));

        @Test
        void accessors_nameTheCaseTheSpanThePolicyAndTheCalendar() {
            SlaTimeline t = SlaTimeline.replay(oneUpdate, POLICY, at("03-02T12:00"));
            assertThat(t.caseId()).isEqualTo("C-2");
            assertThat(t.created()).isEqualTo(at("03-02T09:00"));
            assertThat(t.now()).isEqualTo(at("03-02T12:00"));
            assertThat(t.policy()).isSameAs(POLICY);
            assertThat(t.calendar()).isEqualTo(TEAM);
            assertThat(t.firstReply()).contains(at("03-02T11:00"));
            SlaTimeline own = SlaTimeline.replay(oneUpdate.withCalendar(CaseHistoryTest.NEW_YORK), POLICY, at("03-02T12:00"));
            assertThat(own.calendar()).isEqualTo(CaseHistoryTest.NEW_YORK);
        }

        @Test
        void equality_isByTheReplay_andTheHashByCaseNowAndCycles() {
            SlaTimeline t = SlaTimeline.replay(oneUpdate, POLICY, at("03-02T12:00"));
            SlaTimeline same = SlaTimeline.replay(oneUpdate, POLICY, at("03-02T12:00"));
            assertThat(t).isEqualTo(t).isEqualTo(same).hasSameHashCodeAs(same)
                    .isNotEqualTo(SlaTimeline.replay(oneUpdate, POLICY, at("03-02T12:01")))
                    .isNotEqualTo(SlaTimeline.replay(oneUpdate, ClockCycleTest.POLICY, at("03-02T12:00")))
                    .isNotEqualTo(SlaTimeline.replay(oneUpdate.withCalendar(CaseHistoryTest.NEW_YORK), POLICY,
                            at("03-02T12:00")))
                    .isNotEqualTo(SlaTimeline.replay(oneUpdate.upTo(at("03-02T10:00")).orElseThrow(), POLICY,
                            at("03-02T12:00")))
                    .isNotEqualTo("C-2")
                    .isNotEqualTo(null);
            assertThat(t.hashCode()).isEqualTo(java.util.Objects.hash("C-2", at("03-02T12:00"), t.cycles()));
            // the same events under another case id
            CaseHistory other = CaseHistory.of(List.of(created("C-3", "03-02T09:00", Priority.NORMAL),
                    update("C-3", "03-02T11:00")));
            assertThat(t).isNotEqualTo(SlaTimeline.replay(other, POLICY, at("03-02T12:00")));
            // the same cycles, an update sent while solved: only the first reply differs
            CaseHistory solved = CaseHistory.of(List.of(created("C-4", "03-02T09:00", Priority.NORMAL),
                    CaseEvent.solved("C-4", at("03-02T09:00"))));
            CaseHistory solvedAndSent = CaseHistory.of(List.of(created("C-4", "03-02T09:00", Priority.NORMAL),
                    CaseEvent.solved("C-4", at("03-02T09:00")), update("C-4", "03-02T10:00")));
            SlaTimeline a = SlaTimeline.replay(solved, POLICY, at("03-02T12:00"));
            SlaTimeline b = SlaTimeline.replay(solvedAndSent, POLICY, at("03-02T12:00"));
            assertThat(a.cycles()).isEqualTo(b.cycles()).isEmpty();
            assertThat(a.resolvedAt()).isEqualTo(b.resolvedAt()).contains(at("03-02T09:00"));
            assertThat(a).isNotEqualTo(b);
            assertThat(b.firstReply()).contains(at("03-02T10:00"));
            // reopened at now: unresolved
            CaseHistory reopened = CaseHistory.of(List.of(created("C-4", "03-02T09:00", Priority.NORMAL),
                    CaseEvent.solved("C-4", at("03-02T09:00")), CaseEvent.reopened("C-4", at("03-02T12:00"))));
            SlaTimeline r = SlaTimeline.replay(reopened, POLICY, at("03-02T12:00"));
            assertThat(r.resolvedAt()).isEmpty();
            assertThat(a).isNotEqualTo(r);
        }

        @Test
        void text_namesTheCaseTheSpanAndEachCycle() {
            SlaTimeline none = SlaTimeline.replay(CaseHistory.of(List.of(created("C-9", "03-02T09:00", Priority.NORMAL),
                    CaseEvent.closed("C-9", at("03-02T09:00")))), POLICY, at("03-02T10:00"));
            assertThat(none).hasToString("SlaTimeline[C-9 2026-03-02T08:00:00Z..2026-03-02T09:00:00Z, 0 cycles]");
            SlaTimeline one = SlaTimeline.replay(oneUpdate.upTo(at("03-02T10:00")).orElseThrow(), POLICY, at("03-02T10:00"));
            assertThat(one).hasToString("SlaTimeline[C-2 2026-03-02T08:00:00Z..2026-03-02T09:00:00Z, 1 cycle\n  "
                    + one.cycles().get(0) + "]");
            SlaTimeline two = SlaTimeline.replay(oneUpdate, POLICY, at("03-02T12:00"));
            assertThat(two).hasToString("SlaTimeline[C-2 2026-03-02T08:00:00Z..2026-03-02T11:00:00Z, 2 cycles\n  "
                    + two.cycles().get(0) + "\n  " + two.cycles().get(1) + "]");
        }

        @Test
        void clockStateAt_isTheLiveClockAtThatInstant() {
            SlaTimeline t = SlaTimeline.replay(ClockCycleTest.ONE, ClockCycleTest.POLICY, ClockCycleTest.NOW);
            // 24 elapsed hours from Monday 09:00, paused Monday 11:00 to Tuesday 11:00: due Wednesday 09:00
            assertThat(t.clockStateAt("resolution", at("03-16T10:00"))).isEqualTo(SlaState.ON_TRACK);
            assertThat(t.clockStateAt("RESOLUTION", at("03-17T10:00"))).isEqualTo(SlaState.ON_TRACK); // paused, keeps its state
            assertThat(t.clockStateAt("resolution", at("03-18T09:00"))).isEqualTo(SlaState.AT_RISK);
            assertThat(t.clockStateAt("resolution", justAfter("03-18T09:00"))).isEqualTo(SlaState.BREACHED);
            assertThat(t.clockStateAt("internal", at("03-16T09:00"))).isEqualTo(SlaState.NOT_RUNNING);
            assertThat(t.clockStateAt("internal", ClockCycleTest.NOW)).isEqualTo(SlaState.NOT_RUNNING);
            assertThatThrownBy(() -> t.clockStateAt("resolution", at("03-16T08:59")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1: 2026-03-16T07:59:00Z is outside the replay, from 2026-03-16T08:00:00Z"
                            + " to 2026-03-18T15:00:00Z");
            assertThatThrownBy(() -> t.clockStateAt("resolution", justAfter("03-18T16:00")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Case C-1: 2026-03-18T15:00:00.000000001Z is outside the replay");
            assertThatThrownBy(() -> t.clockStateAt(null, at("03-16T10:00"))).isInstanceOf(NullPointerException.class)
                    .hasMessage("clock");
            assertThatThrownBy(() -> t.clockStateAt("resolution", null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("t");
            assertThat(t.clockCycles()).isSameAs(t.clockCycles());
        }

        @Test
        void stateAt_theFirstAndLastInstantOfTheTimeline() {
            SlaTimeline t = SlaTimeline.replay(oneUpdate, POLICY, at("03-02T12:00"));
            assertThat(t.stateAt(at("03-02T09:00"))).isEqualTo(SlaState.ON_TRACK);
            assertThat(t.cycleAt(at("03-02T09:00")).map(SlaCycle::start)).contains(at("03-02T09:00"));
            assertThat(t.cycleAt(at("03-02T12:00")).map(SlaCycle::start)).contains(at("03-02T11:00"));
            assertThatThrownBy(() -> t.stateAt(at("03-02T08:59"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> t.stateAt(justAfter("03-02T12:00"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** PIT found these mutants of the replay alive (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        @Test
        void aRuleChange_withTheSameTargetClockStartAndDue_isStillListed() {
            SlaPolicy policy = SlaPolicy.builder(TEAM).clockStart(ClockStart.LAST_UPDATE)
                    .rule(SlaRule.of("a", Condition.priority(Priority.URGENT), Target.businessDays(1)))
                    .rule(SlaRule.of("b", Condition.always(), Target.businessDays(1))).build();
            CaseHistory h = CaseHistory.of(List.of(created("C-20", "03-02T09:00", Priority.URGENT),
                    CaseEvent.priorityChanged("C-20", at("03-02T10:00"), Priority.NORMAL)));
            SlaCycle c = SlaTimeline.replay(h, policy, at("03-02T12:00")).cycles().get(0);

            assertThat(c.rule().name()).isEqualTo("b");
            assertThat(c.ruleChanges()).containsExactly(
                    RuleChange.of(at("03-02T10:00"), policy.rules().get(0), policy.rules().get(1)));
            assertThat(c.clockStart()).isEqualTo(at("03-02T09:00"));
            assertThat(c.due()).isEqualTo(at("03-03T09:00"));
        }

        @Test
        void aClockStartThatMovesWithinClosedTime_isTaken_thoughTheDueInstantStays() {
            // 2 business hours from Saturday 10:00 or 11:00 are both due Monday 11:00
            SlaPolicy policy = SlaPolicy.builder(TEAM)
                    .rule(SlaRule.of("a", Condition.priority(Priority.URGENT, Priority.EMERGENCY),
                            Target.businessTime(Duration.ofHours(2))))
                    .rule(SlaRule.of("b", Condition.always(), Target.businessDays(1))).build();
            CaseHistory h = CaseHistory.of(List.of(created("C-21", "03-07T10:00", Priority.URGENT),
                    CaseEvent.priorityChanged("C-21", at("03-07T11:00"), Priority.EMERGENCY)));
            SlaTimeline t = SlaTimeline.replay(h, policy, at("03-09T10:00"));
            SlaCycle c = t.cycles().get(0);

            assertThat(c.ruleChanges()).isEmpty();
            assertThat(c.clockStart()).isEqualTo(at("03-07T11:00"));
            assertThat(c.due()).isEqualTo(at("03-09T11:00"));
            assertThat(c.clockStart()).isEqualTo(policy.evaluate(h.snapshotAt(at("03-09T10:00")), at("03-09T10:00"))
                    .clockStart().orElseThrow());
        }

        @Test
        void ruleChanges_areValues() {
            RuleChange a = RuleChange.of(at("03-02T10:00"), rule("open"), rule("urgent-or-elevated"));
            assertThat(a.at()).isEqualTo(at("03-02T10:00"));
            assertThat(a.from()).isEqualTo(rule("open"));
            assertThat(a.to()).isEqualTo(rule("urgent-or-elevated"));
            assertThat(a).hasToString("open -> urgent-or-elevated at 2026-03-02T09:00:00Z")
                    .isEqualTo(RuleChange.of(at("03-02T10:00"), rule("open"), rule("urgent-or-elevated")))
                    .hasSameHashCodeAs(RuleChange.of(at("03-02T10:00"), rule("open"), rule("urgent-or-elevated")))
                    .isNotEqualTo(RuleChange.of(at("03-02T11:00"), rule("open"), rule("urgent-or-elevated")))
                    .isNotEqualTo(RuleChange.of(at("03-02T10:00"), rule("urgent-or-elevated"), rule("open")))
                    .isNotEqualTo("open");
            assertThat(a.hashCode()).isNotEqualTo(RuleChange.of(at("03-02T11:00"), rule("open"), rule("urgent-or-elevated"))
                    .hashCode());
        }
    }

    @Nested
    class CycleContracts {

        @Test
        void text_ofAMetCycle() {
            CaseHistory h = CaseHistory.of(List.of(created("C-2", "03-02T09:00", Priority.NORMAL), update("C-2", "03-02T11:00")));
            SlaCycle c = SlaTimeline.replay(h, POLICY, at("03-02T12:00")).cycles().get(0);
            assertThat(c.caseId()).isEqualTo("C-2");
            assertThat(c).hasToString("C-2 2026-03-02T08:00:00Z..2026-03-02T10:00:00Z MET rule first-response"
                    + " (2 business hours) due 2026-03-02T10:00:00Z");
        }

        @Test
        void text_ofALateCycle_namesTheBreachAndTheAssignee() {
            SlaCycle missed = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00")).cycles().get(3);
            assertThat(missed).hasToString("C-1 2026-03-09T14:00:00Z..2026-03-13T10:00:00Z LATE rule open"
                    + " (3 business days) due 2026-03-12T14:00:00Z, breached at 2026-03-12T14:00:00.000000001Z"
                    + " (assigned to ana)");
            CaseHistory late = CaseHistory.of(List.of(created("C-2", "03-02T09:00", Priority.NORMAL),
                    CaseEvent.updateSent("C-2", justAfter("03-02T11:00"))));
            assertThat(SlaTimeline.replay(late, POLICY, at("03-02T12:00")).cycles().get(0)).hasToString(
                    "C-2 2026-03-02T08:00:00Z..2026-03-02T10:00:00.000000001Z LATE rule first-response (2 business hours)"
                    + " due 2026-03-02T10:00:00Z, breached at 2026-03-02T10:00:00.000000001Z");
        }

        @Test
        void text_ofACycleWithRuleChanges() {
            CaseHistory h = CaseHistory.of(List.of(created("C-10", "03-02T09:00", Priority.NORMAL),
                    update("C-10", "03-02T09:30"),
                    CaseEvent.elevationChanged("C-10", at("03-02T10:00"), true),
                    CaseEvent.elevationChanged("C-10", at("03-02T11:00"), false)));
            SlaCycle c = SlaTimeline.replay(h, POLICY, at("03-02T12:00")).cycles().get(1);
            assertThat(c).hasToString("C-10 2026-03-02T08:30:00Z..2026-03-02T11:00:00Z RUNNING rule open (3 business days)"
                    + " due 2026-03-05T08:30:00Z, rule changes [open -> urgent-or-elevated at 2026-03-02T09:00:00Z,"
                    + " urgent-or-elevated -> open at 2026-03-02T10:00:00Z]");
        }

        @Test
        void equality_isByValue_andHashesTellCyclesApart() {
            List<SlaCycle> a = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00")).cycles();
            List<SlaCycle> b = SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:00")).cycles();
            assertThat(a.get(1)).isEqualTo(a.get(1)).isEqualTo(b.get(1)).hasSameHashCodeAs(b.get(1))
                    .isNotEqualTo(a.get(2)).isNotEqualTo("C-1").isNotEqualTo(null);
            assertThat(a.get(1).hashCode()).isNotEqualTo(a.get(2).hashCode());
            // the running cycle at another now ends elsewhere
            assertThat(a.get(4)).isNotEqualTo(SlaTimeline.replay(CADENCE, POLICY, at("03-16T12:01")).cycles().get(4));
            // the same cycle on another calendar
            SlaCycle own = SlaTimeline.replay(CADENCE.withCalendar(
                    org.slakit.calendar.BusinessCalendar.parse("zone Europe/Paris\nMon-Fri 09:00-17:00\n")),
                    POLICY, at("03-16T12:00")).cycles().get(1);
            assertThat(own.start()).isEqualTo(a.get(1).start());
            assertThat(own.due()).isEqualTo(a.get(1).due());
            assertThat(own).isNotEqualTo(a.get(1));
        }
    }
}
