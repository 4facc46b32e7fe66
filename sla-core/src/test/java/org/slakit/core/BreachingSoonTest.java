package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.WorkedExamplesTest.berlin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BreachingSoonTest {

    static final SlaPolicy STANDARD = WorkedExamplesTest.STANDARD;
    static final Instant NOW = berlin("2026-03-09T12:00"); // Monday noon

    /** Six cases with hand-computed due instants (09-17 Berlin calendar). */
    static final List<SupportCase> CASES = List.of(
            // first response created Mon 09:00: due Mon 11:00, breached
            SupportCase.builder("A", berlin("2026-03-09T09:00")).assignee("ana").build(),
            // first response created Mon 10:30: due Mon 12:30, at risk (75% = 90 min, from 12:00)
            SupportCase.builder("B", berlin("2026-03-09T10:30")).assignee("bo").build(),
            // first response created Mon 11:30: due Mon 13:30, on track
            SupportCase.builder("C", berlin("2026-03-09T11:30")).assignee("ana").build(),
            // urgent, updated Fri 15:00: due Mon 15:00, on track (at risk from Mon 13:00)
            SupportCase.builder("D", berlin("2026-03-06T09:00")).priority(Priority.URGENT)
                    .lastSentToCustomer(berlin("2026-03-06T15:00")).build(),
            // pending customer since Feb 16 10:00: due Mar 9 10:00, breached
            SupportCase.builder("E", berlin("2026-02-16T09:00")).status(CaseStatus.PENDING_CUSTOMER)
                    .statusSince(berlin("2026-02-16T10:00")).lastSentToCustomer(berlin("2026-02-16T10:00"))
                    .assignee("ana").build(),
            // solved: never in the view
            SupportCase.builder("F", berlin("2026-03-09T09:00")).status(CaseStatus.SOLVED).assignee("ana").build());

    static List<String> ids(BreachingSoon.Result r) {
        return r.cases().stream().map(e -> e.supportCase().id()).toList();
    }

    @Test
    void withoutHorizon_listsAtRiskAndBreached_mostOverdueFirst() {
        BreachingSoon.Result r = BreachingSoon.of(STANDARD).select(CASES, NOW);

        assertThat(ids(r)).containsExactly("E", "A", "B");
        assertThat(r.cases()).extracting(Evaluation::state)
                .containsExactly(SlaState.BREACHED, SlaState.BREACHED, SlaState.AT_RISK);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.countsByRule()).containsExactly(Map.entry("first-response", 2L), Map.entry("pending-customer", 1L));
        assertThat(r.countsByAssignee()).containsExactly(Map.entry("ana", 2L), Map.entry("bo", 1L));
        assertThat(r.unassigned()).isZero();
        assertThat(r.now()).isEqualTo(NOW);
    }

    @Test
    void horizon_addsOnTrackCasesDueWithinIt() {
        BreachingSoon.Result twoHours = BreachingSoon.of(STANDARD).withHorizon(Duration.ofHours(2)).select(CASES, NOW);
        BreachingSoon.Result threeHours = BreachingSoon.of(STANDARD).withHorizon(Duration.ofHours(3)).select(CASES.stream(), NOW);

        assertThat(ids(twoHours)).containsExactly("E", "A", "B", "C");
        assertThat(ids(threeHours)).containsExactly("E", "A", "B", "C", "D");
        assertThat(threeHours.unassigned()).isEqualTo(1);
        assertThat(threeHours.countsByRule()).containsExactly(Map.entry("first-response", 3L),
                Map.entry("urgent-or-elevated", 1L), Map.entry("pending-customer", 1L));
    }

    @Test
    void limit_returnsTheFirstN_butCountsAll() {
        BreachingSoon.Result r = BreachingSoon.of(STANDARD).withHorizon(Duration.ofHours(3)).withLimit(2).select(CASES, NOW);

        assertThat(ids(r)).containsExactly("E", "A");
        assertThat(r.total()).isEqualTo(5);
        assertThat(r.countsByAssignee()).containsExactly(Map.entry("ana", 3L), Map.entry("bo", 1L));
    }

    @Test
    void assignee_filtersToViolationsOnOnesOwnName() {
        BreachingSoon mine = BreachingSoon.of(STANDARD).withHorizon(Duration.ofHours(3)).forAssignee("ana");

        BreachingSoon.Result r = mine.select(CASES, NOW);

        assertThat(ids(r)).containsExactly("E", "A", "C");
        assertThat(r.countsByAssignee()).containsExactly(Map.entry("ana", 3L));
        assertThat(mine.assignee()).contains("ana");
        assertThat(mine.horizon()).isEqualTo(Duration.ofHours(3));
        assertThat(mine.limit()).isEmpty();
    }

    @Test
    void tiesOnTheDueInstant_areBrokenByCaseId() {
        Instant created = berlin("2026-03-09T09:00");
        List<SupportCase> twins = List.of(
                SupportCase.builder("b", created).build(),
                SupportCase.builder("c", created).build(),
                SupportCase.builder("a", created).build());

        assertThat(ids(BreachingSoon.of(STANDARD).select(twins, NOW))).containsExactly("a", "b", "c");
        assertThat(ids(BreachingSoon.of(STANDARD).withLimit(2).select(twins, NOW))).containsExactly("a", "b");
    }

    @Test
    void emptyInput_givesAnEmptyView() {
        BreachingSoon.Result r = BreachingSoon.of(STANDARD).withLimit(10).select(List.of(), NOW);

        assertThat(r.cases()).isEmpty();
        assertThat(r.total()).isZero();
        assertThat(r.countsByRule()).isEmpty();
    }

    @Test
    void badArguments() {
        BreachingSoon view = BreachingSoon.of(STANDARD);

        assertThatThrownBy(() -> view.withLimit(0)).hasMessage("Limit 0 is below 1");
        assertThatThrownBy(() -> view.withHorizon(Duration.ofMinutes(-1))).hasMessageContaining("PT-1M is negative");
        assertThatThrownBy(() -> BreachingSoon.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> view.forAssignee(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> view.select((Iterable<SupportCase>) null, NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> view.select(CASES, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> view.select(CASES, berlin("2026-03-09T10:00")))
                .hasMessageStartingWith("Case B: now");
    }

    /**
     * The view of a duration clock: elapsed 24 hours (8 for urgent cases) from creation, paused while
     * pending on the customer. Now is Monday March 9, 12:00 in Berlin.
     */
    @Nested
    class ForADurationClock {

        final SlaPolicy policy = SlaPolicy.builder(WorkedExamplesTest.NINE_TO_FIVE).standardRules()
                .clock(DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                        .rule("urgent", Condition.priority(Priority.URGENT), Target.elapsed(Duration.ofHours(8)))
                        .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(24))).build())
                .build();

        final List<SupportCase> cases = List.of(
                // due Mon 10:00: breached
                SupportCase.builder("K1", berlin("2026-03-08T10:00")).assignee("ana").build(),
                // due Mon 15:00, 21 of 24 hours used: at risk
                SupportCase.builder("K2", berlin("2026-03-08T15:00")).assignee("bo").build(),
                // urgent, due Mon 15:00, 5 of 8 hours used: on track, due in 3 hours
                SupportCase.builder("K3", berlin("2026-03-09T07:00")).priority(Priority.URGENT).build(),
                // due Tue 09:00: on track, due in 21 hours
                SupportCase.builder("K4", berlin("2026-03-09T09:00")).assignee("ana").build(),
                // paused after 1 hour: on track, no due instant while paused
                pending("K5", "2026-03-09T08:00", "2026-03-09T09:00").assignee("ana").build(),
                // solved: not running
                SupportCase.builder("K6", berlin("2026-03-09T09:00")).status(CaseStatus.SOLVED).assignee("ana").build(),
                // paused after 25 hours: breached at Sat 09:00, and stays so
                pending("K7", "2026-03-06T09:00", "2026-03-07T10:00").assignee("bo").build(),
                // paused after 19 hours (at risk from 18): at risk, no due instant while paused
                pending("K8", "2026-03-08T09:00", "2026-03-09T04:00").build(),
                pending("K9", "2026-03-08T10:00", "2026-03-09T05:00").assignee("ana").build());

        SupportCase.Builder pending(String id, String created, String since) {
            return SupportCase.builder(id, berlin(created))
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, berlin(created))))
                    .status(CaseStatus.PENDING_CUSTOMER).statusSince(berlin(since));
        }

        @Test
        void aCaseWithoutADueInstant_comesAfterOnesWithOne_evenWhenOfferedBetweenThem() {
            SupportCase k1 = cases.get(0);
            SupportCase k2 = cases.get(1);
            SupportCase k8 = cases.get(7);
            SupportCase k9 = cases.get(8);
            BreachingSoon view = BreachingSoon.of(policy).forClock("resolution");
            assertThat(ids(view.withLimit(2).select(List.of(k1, k9, k2), NOW))).containsExactly("K1", "K2");
            assertThat(ids(view.select(List.of(k9, k8), NOW))).containsExactly("K8", "K9");
        }

        @Test
        void atRiskAndBreached_byTheClocksDueInstant_thoseWithoutOneLast() {
            BreachingSoon view = BreachingSoon.of(policy).forClock("resolution");
            BreachingSoon.Result r = view.select(cases, NOW);

            assertThat(view.clock()).isEqualTo("resolution");
            assertThat(r.clock()).isEqualTo("resolution");
            assertThat(ids(r)).containsExactly("K7", "K1", "K2", "K8", "K9");
            assertThat(r.cases()).extracting(e -> r.clockOf(e).orElseThrow().state()).containsExactly(
                    SlaState.BREACHED, SlaState.BREACHED, SlaState.AT_RISK, SlaState.AT_RISK, SlaState.AT_RISK);
            assertThat(r.clockOf(r.cases().get(0)).orElseThrow().due()).contains(berlin("2026-03-07T09:00"));
            assertThat(r.total()).isEqualTo(5);
            assertThat(r.countsByRule()).containsExactly(Map.entry("rest", 5L));
            assertThat(r.countsByAssignee()).containsOnly(Map.entry("ana", 2L), Map.entry("bo", 2L));
            assertThat(r.unassigned()).isEqualTo(1);
            assertThat(r).hasToString("BreachingSoon.Result[resolution, 5 cases at 2026-03-09T11:00:00Z, first [K7, K1, K2,"
                    + " K8, K9], by rule {rest=5}, by assignee " + r.countsByAssignee() + ", unassigned 1]");
        }

        @Test
        void theHorizon_addsOnTrackCasesWhoseClockIsDueWithinIt_butNeverAPausedOne() {
            BreachingSoon view = BreachingSoon.of(policy).forClock("RESOLUTION");
            BreachingSoon.Result three = view.withHorizon(Duration.ofHours(3)).select(cases, NOW);
            BreachingSoon.Result justShort = view.withHorizon(Duration.ofMinutes(179)).select(cases, NOW);
            BreachingSoon.Result month = view.withHorizon(Duration.ofDays(30)).select(cases, NOW);

            assertThat(ids(three)).containsExactly("K7", "K1", "K2", "K3", "K8", "K9");
            assertThat(three.countsByRule()).containsExactly(Map.entry("urgent", 1L), Map.entry("rest", 5L));
            assertThat(three.unassigned()).isEqualTo(2);
            assertThat(ids(justShort)).containsExactly("K7", "K1", "K2", "K8", "K9");
            assertThat(ids(month)).containsExactly("K7", "K1", "K2", "K3", "K4", "K8", "K9");
            assertThat(ids(view.withHorizon(Duration.ofHours(3)).withLimit(2).select(cases, NOW)))
                    .containsExactly("K7", "K1");
        }

        @Test
        void aParallelStream_mergesTheCountsOfTheClocksRules() {
            BreachingSoon view = BreachingSoon.of(policy).forClock("resolution").withHorizon(Duration.ofHours(3));
            for (int i = 0; i < 20; i++) {
                BreachingSoon.Result r = view.select(cases.parallelStream(), NOW);
                assertThat(ids(r)).containsExactly("K7", "K1", "K2", "K3", "K8", "K9");
                assertThat(r.countsByRule()).containsExactly(Map.entry("urgent", 1L), Map.entry("rest", 5L));
                assertThat(r.total()).isEqualTo(6);
            }
        }

        @Test
        void theUpdatesClock_isThePolicysOwnRules() {
            BreachingSoon updates = BreachingSoon.of(policy).forClock("resolution").forClock(" Updates ");
            assertThat(updates.clock()).isEqualTo(DurationClock.UPDATES);
            assertThat(BreachingSoon.of(policy).clock()).isEqualTo("updates");
            BreachingSoon.Result r = updates.select(cases, NOW);
            assertThat(r.clock()).isEqualTo("updates");
            assertThat(r.clockOf(r.cases().get(0))).isEmpty();
            assertThat(ids(r)).isEqualTo(ids(BreachingSoon.of(policy).select(cases, NOW)));
            assertThat(updates.policy()).isSameAs(policy);
        }

        @Test
        void anUnknownClock_namesTheKnownOnes() {
            assertThatThrownBy(() -> BreachingSoon.of(policy).forClock("response"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown clock 'response': expected updates, resolution");
            SlaPolicy noClocks = SlaPolicy.builder(WorkedExamplesTest.NINE_TO_FIVE)
                    .rule(SlaRule.of("all", Condition.always(), Target.businessDays(1))).build();
            assertThatThrownBy(() -> BreachingSoon.of(noClocks).forClock("response"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown clock 'response': expected updates");
            assertThatThrownBy(() -> BreachingSoon.of(policy).forClock(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("name");
            BreachingSoon.Result r = BreachingSoon.of(policy).forClock("resolution").select(cases, NOW);
            assertThatThrownBy(() -> r.clockOf(null)).isInstanceOf(NullPointerException.class).hasMessage("evaluation");
        }
    }

    @Nested
    class Arguments {

        @Test
        void theLimitAndHorizonAtTheirEdges() {
            BreachingSoon view = BreachingSoon.of(STANDARD);
            assertThat(view.withLimit(1).limit()).hasValue(1);
            assertThat(view.limit()).isEmpty();
            assertThat(view.withLimit(Integer.MAX_VALUE - 1).limit()).hasValue(Integer.MAX_VALUE - 1);
            assertThat(view.withHorizon(Duration.ZERO).horizon()).isZero();
            assertThat(view.withHorizon(Target.MAX_LENGTH).horizon()).isEqualTo(Target.MAX_LENGTH);
            assertThatThrownBy(() -> view.withHorizon(Target.MAX_LENGTH.plusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Horizon PT876600H1S is longer than PT876600H: expected at most that");
            assertThatThrownBy(() -> view.withHorizon(Duration.ofNanos(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Horizon PT-0.000000001S is negative: expected zero or more");
            assertThatThrownBy(() -> view.withHorizon(null)).isInstanceOf(NullPointerException.class).hasMessage("horizon");
            assertThatThrownBy(() -> view.withLimit(-1)).hasMessage("Limit -1 is below 1");
            assertThatThrownBy(() -> view.forAssignee(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Assignee ' ' is blank: expected an agent's name");
            assertThatThrownBy(() -> view.select((java.util.stream.Stream<SupportCase>) null, NOW))
                    .isInstanceOf(NullPointerException.class).hasMessage("cases");
            assertThatThrownBy(() -> view.select(CASES.stream(), null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("now");
            java.util.ArrayList<SupportCase> withNull = new java.util.ArrayList<>(CASES);
            withNull.add(null);
            assertThatThrownBy(() -> view.select(withNull, NOW)).isInstanceOf(NullPointerException.class).hasMessage("case");
        }

        @Test
        void settingsAreKeptByEveryOtherSetting() {
            BreachingSoon view = BreachingSoon.of(STANDARD).withHorizon(Duration.ofHours(3)).withLimit(2)
                    .forAssignee("ana");
            assertThat(view.horizon()).isEqualTo(Duration.ofHours(3));
            assertThat(view.limit()).hasValue(2);
            assertThat(view.assignee()).contains("ana");
            BreachingSoon again = view.withLimit(3).withHorizon(Duration.ofHours(1)).forAssignee("bo");
            assertThat(again.horizon()).isEqualTo(Duration.ofHours(1));
            assertThat(again.limit()).hasValue(3);
            assertThat(again.assignee()).contains("bo");
            assertThat(view.withHorizon(Duration.ofHours(1)).limit()).hasValue(2);
            assertThat(view.withHorizon(Duration.ofHours(1)).assignee()).contains("ana");
            assertThat(view.withLimit(5).assignee()).contains("ana");
            assertThat(view.withLimit(5).horizon()).isEqualTo(Duration.ofHours(3));
            assertThat(view.forAssignee("bo").horizon()).isEqualTo(Duration.ofHours(3));
            assertThat(view.forAssignee("bo").limit()).hasValue(2);
            assertThat(view.forClock("updates").limit()).hasValue(2);
            assertThat(view.forClock("updates").assignee()).contains("ana");
            assertThat(view.forClock("updates").horizon()).isEqualTo(Duration.ofHours(3));
            assertThat(BreachingSoon.of(STANDARD).assignee()).isEmpty();
            assertThat(BreachingSoon.of(STANDARD).horizon()).isZero();
        }

        @Test
        void theResultText_ofTheUpdatesView() {
            BreachingSoon.Result r = BreachingSoon.of(STANDARD).select(CASES, NOW);
            assertThat(r).hasToString("BreachingSoon.Result[updates, 3 cases at 2026-03-09T11:00:00Z, first [E, A, B],"
                    + " by rule {first-response=2, pending-customer=1}, by assignee {ana=2, bo=1}, unassigned 0]");
        }
    }
}
