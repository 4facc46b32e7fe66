package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.DurationClock;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaRule;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * Worked examples of the duration clocks' transitions, written out by hand: first that
 * {@link ReferenceTransitions} (the oracle, built from sla-core's replay) derives them, then that the
 * topology emits them.
 *
 * <p>The policy: the standard cadence; {@code resolution} over the case's life, paused in
 * pending-customer, 4 hours for emergencies, else 24 hours (elapsed); {@code internal} per spell
 * in pending-internal, 2 hours waiting on engineering, 8 hours on billing, else 1 hour. The warning
 * threshold is the default 75%. Monday 2026-03-02, UTC.
 */
class DurationClockOracleTest {

    static final SlaPolicy POLICY = SlaPolicy.parse("""
            standard rules
            clock resolution
            pauses in pending-customer
            rule emergency when priority emergency then 4 hours
            rule urgent when priority urgent then 1 business day
            rule rest when always then 24 hours
            clock internal
            runs in pending-internal
            rule engineering when waiting on engineering then 2 hours
            rule billing when waiting on billing then 8 hours
            rule rest when always then 1 hour
            calendar
            zone UTC
            Mon-Fri 09:00-17:00
            """);
    /** The event time at the end of every example: Friday, after every event. */
    static final Instant END = t("2026-03-06T00:00:00Z");
    static final String MON = "2026-03-02T";
    static final String TUE = "2026-03-03T";
    static final String WED = "2026-03-04T";

    /** One example: a case's events, a clock, and the transitions of that clock, by hand. */
    record Example(String clock, List<CaseEvent> events, List<SlaTransition> expected) {
        String caseId() {
            return events.get(0).caseId();
        }
    }

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static SlaTransition tr(String caseId, String clock, TransitionKind kind, String rule, String due, String at,
            String cycleStart, String assignee) {
        return new SlaTransition(caseId, clock, kind, rule, Optional.ofNullable(due).map(Instant::parse), t(at),
                t(cycleStart), Optional.ofNullable(assignee));
    }

    // ------------------------------------------------------------------ the examples

    /** Low priority, 24 hours: at risk after 18 hours, solved after 19, in time. */
    static Example lifeMetAtTheSolve() {
        String id = "C-1";
        return new Example("resolution", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.EMAIL, Priority.LOW),
                CaseEvent.assigned(id, t(MON + "09:00:00Z"), Optional.of("ana")),
                CaseEvent.solved(id, t(TUE + "03:00:00Z"))), List.of(
                tr(id, "resolution", TransitionKind.AT_RISK, "rest", TUE + "08:00:00Z", TUE + "02:00:00Z",
                        MON + "08:00:00Z", "ana"),
                tr(id, "resolution", TransitionKind.MET, "rest", TUE + "08:00:00Z", TUE + "03:00:00Z",
                        MON + "08:00:00Z", "ana")));
    }

    /**
     * Emergency, 4 hours: runs 08:00-09:00 (1 hour), paused in pending-customer until 12:00, runs
     * again: 3 hours used at 14:00 (at risk), 4 at 15:00 (due); breached one nanosecond later.
     */
    static Example lifePausedResumedAndBreached() {
        String id = "C-2";
        return new Example("resolution", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.CALL, Priority.EMERGENCY),
                CaseEvent.statusChanged(id, t(MON + "09:00:00Z"), CaseStatus.PENDING_CUSTOMER),
                CaseEvent.statusChanged(id, t(MON + "12:00:00Z"), CaseStatus.OPEN),
                CaseEvent.assigned(id, t(MON + "13:00:00Z"), Optional.of("bo"))), List.of(
                tr(id, "resolution", TransitionKind.AT_RISK, "emergency", MON + "15:00:00Z", MON + "14:00:00Z",
                        MON + "08:00:00Z", "bo"),
                tr(id, "resolution", TransitionKind.BREACHED, "emergency", MON + "15:00:00Z",
                        MON + "15:00:00.000000001Z", MON + "08:00:00Z", "bo")));
    }

    /**
     * Low, 24 hours: solved after 2 hours (met, due Tuesday 08:00), reopened Tuesday 08:00: the same
     * cycle resumes with 22 hours left, so at risk (18 hours used) Wednesday 00:00, due 06:00,
     * breached 06:00 + 1 ns, solved again at 07:00: late. Two ends of one cycle.
     */
    static Example lifeMetReopenedAndLate() {
        String id = "C-3";
        return new Example("resolution", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.CHAT, Priority.LOW),
                CaseEvent.assigned(id, t(MON + "08:30:00Z"), Optional.of("cy")),
                CaseEvent.solved(id, t(MON + "10:00:00Z")),
                CaseEvent.reopened(id, t(TUE + "08:00:00Z")),
                CaseEvent.solved(id, t(WED + "07:00:00Z"))), List.of(
                tr(id, "resolution", TransitionKind.MET, "rest", TUE + "08:00:00Z", MON + "10:00:00Z",
                        MON + "08:00:00Z", "cy"),
                tr(id, "resolution", TransitionKind.AT_RISK, "rest", WED + "06:00:00Z", WED + "00:00:00Z",
                        MON + "08:00:00Z", "cy"),
                tr(id, "resolution", TransitionKind.BREACHED, "rest", WED + "06:00:00Z", WED + "06:00:00.000000001Z",
                        MON + "08:00:00Z", "cy"),
                tr(id, "resolution", TransitionKind.LATE, "rest", WED + "06:00:00Z", WED + "07:00:00Z",
                        MON + "08:00:00Z", "cy")));
    }

    /**
     * Created and solved at one instant: the cycle ends met at creation, judged on the case as open
     * at creation (due 24 hours later); nobody had it before creation, even if assigned at that
     * instant.
     */
    static Example createdAndSolvedAtOnce() {
        String id = "C-4";
        return new Example("resolution", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.assigned(id, t(MON + "08:00:00Z"), Optional.of("ana")),
                CaseEvent.solved(id, t(MON + "08:00:00Z"))), List.of(
                tr(id, "resolution", TransitionKind.MET, "rest", TUE + "08:00:00Z", MON + "08:00:00Z",
                        MON + "08:00:00Z", null)));
    }

    /**
     * Two spells in pending-internal, 1 hour each (nobody waited on): 09:00-09:30 met (at risk only at
     * 09:45); 11:00 to 12:00 + 1 ns: at risk 11:45, and at the end, one nanosecond past the due
     * instant, breached and late at the same instant (no instant of the spell showed the breach).
     */
    static Example spellsMetAndLateAtDuePlusOneNano() {
        String id = "C-5";
        return new Example("internal", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.EMAIL, Priority.LOW),
                CaseEvent.statusChanged(id, t(MON + "09:00:00Z"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.statusChanged(id, t(MON + "09:30:00Z"), CaseStatus.OPEN),
                CaseEvent.statusChanged(id, t(MON + "11:00:00Z"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.assigned(id, t(MON + "11:30:00Z"), Optional.of("bo")),
                CaseEvent.statusChanged(id, t(MON + "12:00:00.000000001Z"), CaseStatus.OPEN)), List.of(
                tr(id, "internal", TransitionKind.MET, "rest", MON + "10:00:00Z", MON + "09:30:00Z",
                        MON + "09:00:00Z", null),
                tr(id, "internal", TransitionKind.AT_RISK, "rest", MON + "12:00:00Z", MON + "11:45:00Z",
                        MON + "11:00:00Z", "bo"),
                tr(id, "internal", TransitionKind.BREACHED, "rest", MON + "12:00:00Z", MON + "12:00:00.000000001Z",
                        MON + "11:00:00Z", "bo"),
                tr(id, "internal", TransitionKind.LATE, "rest", MON + "12:00:00Z", MON + "12:00:00.000000001Z",
                        MON + "11:00:00Z", "bo")));
    }

    /**
     * The target by team: a spell waiting on engineering (2 hours: at risk 10:30, due 11:00, late at
     * 11:30); a second spell from 12:00, first on engineering (due 14:00), from 12:30 on billing:
     * 8 hours from the spell's start, at risk 18:00, due 20:00, met at 19:00.
     */
    static Example spellTargetByTeam() {
        String id = "C-6";
        return new Example("internal", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.EMAIL, Priority.LOW),
                CaseEvent.waitingOn(id, t(MON + "09:00:00Z"), Optional.of("engineering")),
                CaseEvent.statusChanged(id, t(MON + "09:00:00Z"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.statusChanged(id, t(MON + "11:30:00Z"), CaseStatus.OPEN),
                CaseEvent.statusChanged(id, t(MON + "12:00:00Z"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.waitingOn(id, t(MON + "12:30:00Z"), Optional.of("billing")),
                CaseEvent.statusChanged(id, t(MON + "19:00:00Z"), CaseStatus.OPEN)), List.of(
                tr(id, "internal", TransitionKind.AT_RISK, "engineering", MON + "11:00:00Z", MON + "10:30:00Z",
                        MON + "09:00:00Z", null),
                tr(id, "internal", TransitionKind.BREACHED, "engineering", MON + "11:00:00Z",
                        MON + "11:00:00.000000001Z", MON + "09:00:00Z", null),
                tr(id, "internal", TransitionKind.LATE, "engineering", MON + "11:00:00Z", MON + "11:30:00Z",
                        MON + "09:00:00Z", null),
                tr(id, "internal", TransitionKind.AT_RISK, "billing", MON + "20:00:00Z", MON + "18:00:00Z",
                        MON + "12:00:00Z", null),
                tr(id, "internal", TransitionKind.MET, "billing", MON + "20:00:00Z", MON + "19:00:00Z",
                        MON + "12:00:00Z", null)));
    }

    /**
     * Low, 24 hours: runs 2 hours, paused in pending-customer from Monday 10:00, solved while paused
     * Tuesday 10:00: met, with no due instant (paused short of its target).
     */
    static Example pausedShortOfTargetEnd() {
        String id = "C-7";
        return new Example("resolution", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.EMAIL, Priority.LOW),
                CaseEvent.assigned(id, t(MON + "09:00:00Z"), Optional.of("ana")),
                CaseEvent.statusChanged(id, t(MON + "10:00:00Z"), CaseStatus.PENDING_CUSTOMER),
                CaseEvent.solved(id, t(TUE + "10:00:00Z"))), List.of(
                tr(id, "resolution", TransitionKind.MET, "rest", null, TUE + "10:00:00Z", MON + "08:00:00Z", "ana")));
    }

    /**
     * Low, 24 hours: paused in pending-customer exactly at its due instant (Tuesday 08:00; a pause
     * at the due instant is in time: at risk, not breached, while paused), resumed at 10:00. sla-core's
     * evaluation says breached from the resume instant itself (the clock runs and {@code now} is after
     * the due instant), although it has run no time past the target there; so the breach is at
     * 10:00, not 10:00 + 1 ns, and not at 08:00 + 1 ns, which {@code ClockCycle.breachedAt()} gives
     * (the case was paused then). Solved at 11:00: late.
     */
    static Example pausedExactlyAtDueThenResumed() {
        String id = "C-8";
        return new Example("resolution", List.of(
                CaseEvent.created(id, t(MON + "08:00:00Z"), Channel.EMAIL, Priority.LOW),
                CaseEvent.assigned(id, t(MON + "09:00:00Z"), Optional.of("ana")),
                CaseEvent.statusChanged(id, t(TUE + "08:00:00Z"), CaseStatus.PENDING_CUSTOMER),
                CaseEvent.statusChanged(id, t(TUE + "10:00:00Z"), CaseStatus.OPEN),
                CaseEvent.solved(id, t(TUE + "11:00:00Z"))), List.of(
                tr(id, "resolution", TransitionKind.AT_RISK, "rest", TUE + "08:00:00Z", TUE + "02:00:00Z",
                        MON + "08:00:00Z", "ana"),
                tr(id, "resolution", TransitionKind.BREACHED, "rest", TUE + "08:00:00Z", TUE + "10:00:00Z",
                        MON + "08:00:00Z", "ana"),
                tr(id, "resolution", TransitionKind.LATE, "rest", TUE + "08:00:00Z", TUE + "11:00:00Z",
                        MON + "08:00:00Z", "ana")));
    }

    // ------------------------------------------------------------------ the checks

    static List<SlaTransition> oracle(Example x) {
        return ReferenceTransitions.of(List.of(CaseHistory.of(x.events())), POLICY, END).stream()
                .filter(tr -> tr.clock().equals(x.clock())).toList();
    }

    static List<SlaTransition> topology(Example x) {
        try (Harness h = new Harness(SlaTopology.builder(POLICY).inMemoryStores(true).build())) {
            x.events().forEach(h::send);
            // a case created later moves event time to the end
            h.send(CaseEvent.created("zz-end", END, Channel.EMAIL, Priority.LOW));
            assertThat(h.deadLetters()).isEmpty();
            List<SlaTransition> emitted = new ArrayList<>(h.transitions().stream()
                    .filter(tr -> tr.caseId().equals(x.caseId()) && tr.clock().equals(x.clock())).toList());
            emitted.sort(ReferenceTransitions.ORDER);
            return emitted;
        }
    }

    /** {@link ReferenceTransitions} derives the hand-written transitions. */
    @Nested
    class Oracle {

        @Test
        void lifeMetAtTheSolve() {
            Example x = DurationClockOracleTest.lifeMetAtTheSolve();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void lifePausedResumedAndBreached() {
            Example x = DurationClockOracleTest.lifePausedResumedAndBreached();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void lifeMetReopenedAndLate() {
            Example x = DurationClockOracleTest.lifeMetReopenedAndLate();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void createdAndSolvedAtOnce() {
            Example x = DurationClockOracleTest.createdAndSolvedAtOnce();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void spellsMetAndLateAtDuePlusOneNano() {
            Example x = DurationClockOracleTest.spellsMetAndLateAtDuePlusOneNano();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void spellTargetByTeam() {
            Example x = DurationClockOracleTest.spellTargetByTeam();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void pausedShortOfTargetEnd() {
            Example x = DurationClockOracleTest.pausedShortOfTargetEnd();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void pausedExactlyAtDueThenResumed() {
            Example x = DurationClockOracleTest.pausedExactlyAtDueThenResumed();
            assertThat(oracle(x)).containsExactlyElementsOf(x.expected());
        }

        /** Event time before the ends: only what happened before it, ends at or before it. */
        @Test
        void eventTimeCutsTheExample() {
            Example x = DurationClockOracleTest.lifeMetReopenedAndLate();
            List<SlaTransition> cut = ReferenceTransitions.of(List.of(CaseHistory.of(x.events().subList(0, 4))),
                    POLICY, t(WED + "06:00:00.000000001Z")).stream().filter(tr -> tr.clock().equals("resolution"))
                    .toList();
            // the breach at the event time itself is not final yet
            assertThat(cut).containsExactlyElementsOf(x.expected().subList(0, 2));
            List<SlaTransition> atSolve = ReferenceTransitions.of(List.of(CaseHistory.of(x.events())), POLICY,
                    t(WED + "07:00:00Z")).stream().filter(tr -> tr.clock().equals("resolution")).toList();
            assertThat(atSolve).containsExactlyElementsOf(x.expected());
        }
    }

    /**
     * The topology emits the hand-written transitions. (On the branch {@code oracle} the topology
     * runs the update cadence only, so these fail with no transition of the clock emitted.)
     */
    @Nested
    class Topology {

        @Test
        void lifeMetAtTheSolve() {
            Example x = DurationClockOracleTest.lifeMetAtTheSolve();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void lifePausedResumedAndBreached() {
            Example x = DurationClockOracleTest.lifePausedResumedAndBreached();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void lifeMetReopenedAndLate() {
            Example x = DurationClockOracleTest.lifeMetReopenedAndLate();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void createdAndSolvedAtOnce() {
            Example x = DurationClockOracleTest.createdAndSolvedAtOnce();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void spellsMetAndLateAtDuePlusOneNano() {
            Example x = DurationClockOracleTest.spellsMetAndLateAtDuePlusOneNano();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void spellTargetByTeam() {
            Example x = DurationClockOracleTest.spellTargetByTeam();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void pausedShortOfTargetEnd() {
            Example x = DurationClockOracleTest.pausedShortOfTargetEnd();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }

        @Test
        void pausedExactlyAtDueThenResumed() {
            Example x = DurationClockOracleTest.pausedExactlyAtDueThenResumed();
            assertThat(topology(x)).containsExactlyElementsOf(x.expected());
        }
    }

    /** The feeds' policies: every clock ends with a catch-all rule, so no case is left without a target. */
    @Nested
    class FeedPolicies {

        @Test
        void everyClockEndsWithACatchAll() {
            assertThat(Feeds.POLICIES).hasSize(5);
            for (SlaPolicy p : Feeds.POLICIES) {
                assertThat(p.clocks()).isNotEmpty();
                for (DurationClock c : p.clocks()) {
                    List<SlaRule> rules = c.rules();
                    assertThat(rules.get(rules.size() - 1).condition().toString()).as(c.name()).isEqualTo("always");
                }
            }
            assertThat(Feeds.POLICIES.get(3).clocks()).extracting(DurationClock::name)
                    .containsExactly("resolution", "internal");
            assertThat(Feeds.POLICIES.get(3).clock("internal").orElseThrow().isPerSpell()).isTrue();
            assertThat(Feeds.POLICIES.get(4).clocks()).extracting(DurationClock::name)
                    .containsExactly("resolution", "handling", "customer-wait", "vendor");
        }

        /**
         * The update cadence cannot test the team: sla-core refuses a cadence rule with
         * {@code waiting on}, so waiting-on changes never move the cadence, only duration clocks.
         */
        @Test
        void aCadenceRuleCannotTestWaitingOn() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    rule eng when waiting on engineering then 4 hours
                    standard rules
                    calendar
                    zone UTC
                    Mon-Fri 09:00-17:00
                    """)).hasMessageContaining("tests 'waiting on', which only the rules of a duration clock can");
        }
    }
}
