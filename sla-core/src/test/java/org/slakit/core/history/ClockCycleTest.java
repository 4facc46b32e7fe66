package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slakit.core.history.WorkedHistories.TEAM;
import static org.slakit.core.history.WorkedHistories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Condition;
import org.slakit.core.DurationClock;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.Target;
import org.slakit.core.metrics.Compliance;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;

/** Duration clocks replayed: worked histories with hand-written instants (Berlin, March 2026). */
class ClockCycleTest {

    static final SlaPolicy POLICY = SlaPolicy.builder(TEAM).standardRules()
            .clock(DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(24))).build())
            .clock(DurationClock.builder("internal").runsOnlyIn(List.of(CaseStatus.PENDING_INTERNAL))
                    .rule("engineering", Condition.waitingOn("engineering"), Target.elapsed(Duration.ofHours(48)))
                    .rule("other", Condition.always(), Target.elapsed(Duration.ofHours(24))).build())
            .build();

    static final Instant NOW = at("03-18T16:00");

    /** Paused a day in pending customer, then a spell waiting on engineering, solved late for the resolution clock. */
    static final CaseHistory ONE = CaseHistory.of(List.of(
            CaseEvent.created("C-1", at("03-16T09:00"), Channel.EMAIL, Priority.NORMAL),
            CaseEvent.updateSent("C-1", at("03-16T10:00")),
            CaseEvent.statusChanged("C-1", at("03-16T11:00"), CaseStatus.PENDING_CUSTOMER),
            CaseEvent.statusChanged("C-1", at("03-17T11:00"), CaseStatus.OPEN),
            CaseEvent.statusChanged("C-1", at("03-17T12:00"), CaseStatus.PENDING_INTERNAL),
            CaseEvent.waitingOn("C-1", at("03-17T12:00"), Optional.of("engineering")),
            CaseEvent.statusChanged("C-1", at("03-18T10:00"), CaseStatus.OPEN),
            CaseEvent.waitingOn("C-1", at("03-18T10:00"), Optional.empty()),
            CaseEvent.updateSent("C-1", at("03-18T10:05")),
            CaseEvent.solved("C-1", at("03-18T15:00"))));

    /** Waiting on billing since shortly after creation, still at now. */
    static final CaseHistory TWO = CaseHistory.of(List.of(
            CaseEvent.created("C-2", at("03-16T09:00"), Channel.EMAIL, Priority.NORMAL),
            CaseEvent.updateSent("C-2", at("03-16T09:20")),
            CaseEvent.statusChanged("C-2", at("03-16T09:30"), CaseStatus.PENDING_INTERNAL),
            CaseEvent.waitingOn("C-2", at("03-16T09:30"), Optional.of("billing"))));

    @Test
    void theResolutionClock_oneCyclePerLife_withItsPause() {
        List<ClockCycle> cycles = SlaTimeline.replay(ONE, POLICY, NOW).clockCycles();

        ClockCycle resolution = cycles.stream().filter(c -> c.clock().equals("resolution")).findFirst().orElseThrow();
        assertThat(resolution.start()).isEqualTo(at("03-16T09:00"));
        assertThat(resolution.end()).isEqualTo(at("03-18T15:00"));
        assertThat(resolution.isOpen()).isFalse();
        assertThat(resolution.pauses()).containsExactly(new ClockCycle.Pause(at("03-16T11:00"), at("03-17T11:00")));
        // 2 hours, then 22 hours left from Tuesday 11:00: due Wednesday 09:00; solved at 15:00
        assertThat(resolution.due()).contains(at("03-18T09:00"));
        assertThat(resolution.used()).isEqualTo(Duration.ofHours(30));
        assertThat(resolution.outcome()).isEqualTo(CycleOutcome.LATE);
        assertThat(resolution.breachedAt()).contains(at("03-18T09:00").plusNanos(1));
    }

    @Test
    void theInternalClock_oneCyclePerSpell_withItsTeam() {
        List<ClockCycle> internal = SlaTimeline.replay(ONE, POLICY, NOW).clockCycles().stream()
                .filter(c -> c.clock().equals("internal")).toList();

        assertThat(internal).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(at("03-17T12:00"));
            assertThat(c.end()).isEqualTo(at("03-18T10:00"));
            assertThat(c.team()).contains("engineering");
            assertThat(c.rule().name()).isEqualTo("engineering");
            assertThat(c.due()).contains(at("03-19T12:00"));
            assertThat(c.outcome()).isEqualTo(CycleOutcome.MET);
            assertThat(c.pauses()).isEmpty();
        });
    }

    @Test
    void anOpenSpellPastItsDue_isBreached_andTheStateAgreesWithLiveEvaluation() {
        SlaTimeline t = SlaTimeline.replay(TWO, POLICY, NOW);

        ClockCycle internal = t.clockCycles().stream().filter(c -> c.clock().equals("internal")).findFirst().orElseThrow();
        assertThat(internal.isOpen()).isTrue();
        assertThat(internal.outcome()).isEqualTo(CycleOutcome.BREACHED);
        assertThat(internal.due()).contains(at("03-17T09:30"));
        assertThat(internal.team()).contains("billing");
        assertThat(t.clockStateAt("internal", at("03-17T09:30"))).isEqualTo(SlaState.AT_RISK);
        assertThat(t.clockStateAt("internal", at("03-17T09:31"))).isEqualTo(SlaState.BREACHED);
        for (Instant i : List.of(at("03-16T09:00"), at("03-16T09:30"), at("03-17T09:30"), NOW)) {
            assertThat(t.clockStateAt("internal", i)).isEqualTo(
                    POLICY.evaluate(TWO.snapshotAt(i), i).clock("internal").orElseThrow().state());
        }
    }

    @Test
    void metrics_complianceByClock_byRule_andByTeam() {
        MetricsCollector m = MetricsCollector.of(POLICY, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        m.add(ONE);
        m.add(TWO);

        MetricsReport r = m.report();

        Compliance resolution = r.complianceByClock().get("resolution");
        assertThat(resolution.met()).isZero();
        assertThat(resolution.late()).isEqualTo(1);
        assertThat(resolution.breached()).isEqualTo(1);
        Compliance internal = r.complianceByClock().get("internal");
        assertThat(internal.met()).isEqualTo(1);
        assertThat(internal.breached()).isEqualTo(1);
        assertThat(r.complianceByClockRule().get("internal").keySet()).containsExactly("engineering", "other");
        assertThat(r.complianceByClockRule().get("internal").get("other").breached()).isEqualTo(1);
        assertThat(r.complianceByTeam().get("internal").keySet()).containsExactly("billing", "engineering");
        assertThat(r.complianceByTeam().get("internal").get("engineering").rate()).hasValue(1.0);
        assertThat(r.complianceByTeam().get("internal").get("billing").rate()).hasValue(0.0);
        assertThat(r.toString()).contains("clock internal: ").contains("  team engineering: 100.0%");
    }

    @Test
    void aCaseSolvedAtItsCreation_hasOneMetCycle() {
        CaseHistory h = CaseHistory.of(List.of(CaseEvent.created("Z", at("03-16T09:00"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.solved("Z", at("03-16T09:00"))));

        ClockCycle c = SlaTimeline.replay(h, POLICY, NOW).clockCycles().get(0);

        assertThat(c.outcome()).isEqualTo(CycleOutcome.MET);
        assertThat(c.used()).isZero();
        assertThat(c.end()).isEqualTo(at("03-16T09:00"));
    }

    @Test
    void timelinesOfHistoriesThatDifferOnlyInTheTeam_areNotEqual() {
        CaseHistory other = CaseHistory.of(List.of(
                CaseEvent.created("C-2", at("03-16T09:00"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.updateSent("C-2", at("03-16T09:20")),
                CaseEvent.statusChanged("C-2", at("03-16T09:30"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.waitingOn("C-2", at("03-16T09:30"), Optional.of("engineering"))));

        SlaTimeline a = SlaTimeline.replay(TWO, POLICY, NOW);
        SlaTimeline b = SlaTimeline.replay(other, POLICY, NOW);

        assertThat(a.cycles()).isEqualTo(b.cycles());
        assertThat(a.clockCycles()).isNotEqualTo(b.clockCycles());
        assertThat(a).isNotEqualTo(b);
    }

    @Nested
    class Contracts {

        ClockCycle cycle(CaseHistory h, String clock) {
            return SlaTimeline.replay(h, POLICY, NOW).clockCycles().stream().filter(c -> c.clock().equals(clock))
                    .findFirst().orElseThrow();
        }

        @Test
        void aLateCycle_itsTextTargetAndBreach() {
            ClockCycle c = cycle(ONE, "resolution");
            assertThat(c.caseId()).isEqualTo("C-1");
            assertThat(c.targetLength()).isEqualTo(Duration.ofHours(24));
            assertThat(c.team()).isEmpty();
            assertThat(c).hasToString("ClockCycle[resolution C-1 2026-03-16T08:00:00Z to 2026-03-18T14:00:00Z LATE"
                    + " rule rest due 2026-03-18T08:00:00Z, 1 pauses]");
        }

        @Test
        void anOpenBreachedCycle_andAMetOne() {
            ClockCycle open = cycle(TWO, "internal");
            assertThat(open).hasToString("ClockCycle[internal C-2 2026-03-16T08:30:00Z to 2026-03-18T15:00:00Z (open)"
                    + " BREACHED rule other due 2026-03-17T08:30:00Z, 0 pauses, team billing]");
            assertThat(open.breachedAt()).contains(at("03-17T09:30").plusNanos(1));
            ClockCycle met = cycle(ONE, "internal");
            assertThat(met.breachedAt()).isEmpty();
            assertThat(met.targetLength()).isEqualTo(Duration.ofHours(48));
            assertThat(met).hasToString("ClockCycle[internal C-1 2026-03-17T11:00:00Z to 2026-03-18T09:00:00Z MET"
                    + " rule engineering due 2026-03-19T11:00:00Z, 0 pauses, team engineering]");
        }

        @Test
        void aCyclePausedShortOfItsTarget_hasNoDueInstant() {
            CaseHistory paused = CaseHistory.of(List.of(
                    CaseEvent.created("C-5", at("03-18T09:00"), Channel.EMAIL, Priority.NORMAL),
                    CaseEvent.statusChanged("C-5", at("03-18T10:00"), CaseStatus.PENDING_CUSTOMER)));
            ClockCycle c = cycle(paused, "resolution");
            assertThat(c.due()).isEmpty();
            assertThat(c.breachedAt()).isEmpty();
            assertThat(c.used()).isEqualTo(Duration.ofHours(1));
            assertThat(c.toString()).startsWith("ClockCycle[resolution C-5 2026-03-18T08:00:00Z to 2026-03-18T15:00:00Z"
                    + " (open) RUNNING rule rest, ").doesNotContain(" due ");
        }

        @Test
        void equality_isByValue_andHashesTellCyclesApart() {
            List<ClockCycle> a = SlaTimeline.replay(ONE, POLICY, NOW).clockCycles();
            List<ClockCycle> b = SlaTimeline.replay(ONE, POLICY, NOW).clockCycles();
            assertThat(a).hasSize(2);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i)).isEqualTo(a.get(i)).isEqualTo(b.get(i)).hasSameHashCodeAs(b.get(i));
            }
            assertThat(a.get(0)).isNotEqualTo(a.get(1)).isNotEqualTo("C-1").isNotEqualTo(null);
            assertThat(a.get(0).hashCode()).isNotEqualTo(a.get(1).hashCode());
            assertThat(new ClockCycle.Pause(at("03-16T11:00"), at("03-17T11:00")).length()).isEqualTo(Duration.ofHours(24));
        }
    }
}
