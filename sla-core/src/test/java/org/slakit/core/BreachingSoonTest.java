package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.WorkedExamplesTest.berlin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
}
