package org.slakit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.slakit.report.ReportData.SummaryRow;
import org.slakit.report.ReportData.Table;
import org.slakit.report.ReportData.Verdict;
import org.slakit.report.ReportData.Week;

class ReportDataTest {

    private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    @Test
    void builder_keepsWhatWasGiven() {
        ReportData data = ReportData.builder("T").subtitle("S")
                .summary("a", "1").summary("b", "2", Verdict.FAIL)
                .week(MAR_2.plusWeeks(1), 1, 2).week(MAR_2, 3, 4)
                .complianceGoalPercent(80)
                .firstReplyTime(Duration.ofMinutes(5)).firstReplyTimes(List.of(Duration.ofMinutes(2), Duration.ZERO))
                .firstReplyTarget(Duration.ofHours(2))
                .breaches("z", 1).breaches(new LinkedHashMap<>(Map.of("y", 0)))
                .table(Table.of("t", List.of("h"), List.of(List.of("c"))))
                .build();

        assertThat(data.title()).isEqualTo("T");
        assertThat(data.subtitle()).isEqualTo("S");
        assertThat(data.summary()).containsExactly(SummaryRow.of("a", "1"), SummaryRow.of("b", "2", Verdict.FAIL));
        assertThat(data.summary().get(0).verdict()).isEmpty();
        assertThat(data.summary().get(1).verdict()).contains(Verdict.FAIL);
        assertThat(data.weeks()).containsExactly(Week.of(MAR_2, 3, 4), Week.of(MAR_2.plusWeeks(1), 1, 2));
        assertThat(data.complianceGoalPercent()).isEqualTo(OptionalInt.of(80));
        assertThat(data.firstReplyTimes()).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ZERO);
        assertThat(data.firstReplyTarget()).contains(Duration.ofHours(2));
        assertThat(data.breachesByRule()).containsExactly(Map.entry("z", 1), Map.entry("y", 0));
        assertThat(data.tables()).containsExactly(Table.of("t", List.of("h"), List.of(List.of("c"))));
    }

    @Test
    void builder_defaultsAreEmpty() {
        ReportData data = ReportData.builder("T").build();

        assertThat(data.subtitle()).isEmpty();
        assertThat(data.summary()).isEmpty();
        assertThat(data.weeks()).isEmpty();
        assertThat(data.complianceGoalPercent()).isEmpty();
        assertThat(data.firstReplyTimes()).isEmpty();
        assertThat(data.firstReplyTarget()).isEqualTo(Optional.empty());
        assertThat(data.breachesByRule()).isEmpty();
        assertThat(data.tables()).isEmpty();
    }

    @Test
    void report_isIndependentOfTheBuilderAndUnmodifiable() {
        ReportData.Builder builder = ReportData.builder("T").week(MAR_2, 1, 1).breaches("a", 1);
        List<Duration> times = new ArrayList<>(List.of(Duration.ofMinutes(1)));
        builder.firstReplyTimes(times);
        ReportData data = builder.build();
        times.add(Duration.ofMinutes(2));
        builder.week(MAR_2.plusWeeks(1), 1, 1).breaches("b", 2).firstReplyTime(Duration.ofMinutes(3));

        assertThat(data.weeks()).hasSize(1);
        assertThat(data.breachesByRule()).containsOnlyKeys("a");
        assertThat(data.firstReplyTimes()).containsExactly(Duration.ofMinutes(1));
        assertThatThrownBy(() -> data.weeks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.breachesByRule().put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.firstReplyTimes().add(Duration.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equals_comparesAllPartsIncludingRuleOrder() {
        ReportData a = ReportData.builder("T").week(MAR_2, 1, 2).breaches("x", 1).breaches("y", 2).build();
        ReportData b = ReportData.builder("T").week(MAR_2, 1, 2).breaches("x", 1).breaches("y", 2).build();
        ReportData swapped = ReportData.builder("T").week(MAR_2, 1, 2).breaches("y", 2).breaches("x", 1).build();
        ReportData otherWeek = ReportData.builder("T").week(MAR_2, 2, 2).breaches("x", 1).breaches("y", 2).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(swapped).isNotEqualTo(otherWeek);
        assertThat(a).isNotEqualTo(ReportData.builder("T2").week(MAR_2, 1, 2).breaches("x", 1).breaches("y", 2).build());
        assertThat(a.toString()).contains("T", "1 weeks", "2 rules");
    }

    @Test
    void title_mustNotBeBlank() {
        assertThatThrownBy(() -> ReportData.builder("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A report title must not be blank, got '  '");
    }

    @Test
    void week_countsMustMakeSense() {
        assertThatThrownBy(() -> Week.of(MAR_2, 5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Week 2026-03-02: expected 0 <= met <= total, got met 5 and total 4");
        assertThatThrownBy(() -> Week.of(MAR_2, -1, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got met -1");
        assertThatThrownBy(() -> Week.of(MAR_2, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total -1");
        assertThat(Week.of(MAR_2, 0, 0).total()).isZero();
    }

    @Test
    void week_sameStartTwiceFails() {
        ReportData.Builder b = ReportData.builder("T").week(MAR_2, 1, 2);

        assertThatThrownBy(() -> b.week(MAR_2, 1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Week 2026-03-02 was already added (week of 2026-03-02: 1/2), cannot add week of 2026-03-02: 1/3");
    }

    @Test
    void rule_sameNameTwiceFailsAndNegativeCountsFail() {
        ReportData.Builder b = ReportData.builder("T").breaches("First response", 2);

        assertThatThrownBy(() -> b.breaches("First response", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Breaches of rule 'First response' were already set to 2, cannot set 3");
        assertThatThrownBy(() -> b.breaches("Open", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Breaches of rule 'Open' cannot be negative, got -1");
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("Open", null);
        assertThatThrownBy(() -> b.breaches(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("count of Open");
    }

    @Test
    void goalAndTarget_areCheckedAndSetOnce() {
        assertThatThrownBy(() -> ReportData.builder("T").complianceGoalPercent(101))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("compliance goal must be 0 to 100 percent, got 101");
        assertThatThrownBy(() -> ReportData.builder("T").complianceGoalPercent(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
        assertThatThrownBy(() -> ReportData.builder("T").complianceGoalPercent(80).complianceGoalPercent(90))
                .isInstanceOf(IllegalStateException.class).hasMessage("compliance goal was already set to 80%");
        assertThatThrownBy(() -> ReportData.builder("T").firstReplyTarget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A first reply target must be positive, got PT0S");
        assertThatThrownBy(() -> ReportData.builder("T").firstReplyTarget(Duration.ofHours(2))
                .firstReplyTarget(Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("first reply target was already set to PT2H");
        assertThatThrownBy(() -> ReportData.builder("T").subtitle("a").subtitle("b"))
                .isInstanceOf(IllegalStateException.class).hasMessage("subtitle was already set to 'a'");
    }

    @Test
    void firstReplyTimes_mustNotBeNegative_andABadListAddsNothing() {
        ReportData.Builder b = ReportData.builder("T");

        assertThatThrownBy(() -> b.firstReplyTime(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A first reply time cannot be negative, got PT-1S");
        assertThatThrownBy(() -> b.firstReplyTimes(List.of(Duration.ofMinutes(1), Duration.ofMinutes(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1M");
        assertThat(b.build().firstReplyTimes()).isEmpty();
    }

    @Test
    void table_rowsMustBeAsWideAsTheHeader() {
        assertThatThrownBy(() -> Table.of("Soon", List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'Soon' row 2 has 1 cells, expected 2 like the header [a, b]: [3]");
        assertThatThrownBy(() -> Table.of("Soon", List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'Soon' needs at least one column");
        assertThat(Table.of("Soon", List.of("a"), List.of()).rows()).isEmpty();
    }

    @Test
    void nulls_areRejectedWithTheParameterName() {
        ReportData.Builder b = ReportData.builder("T");
        npe(() -> ReportData.builder(null), "title");
        npe(() -> b.subtitle(null), "subtitle");
        npe(() -> b.summary(null), "row");
        npe(() -> b.summary(null, "v"), "label");
        npe(() -> b.summary("l", null), "value");
        npe(() -> b.summary("l", "v", null), "verdict");
        npe(() -> b.week(null), "week");
        npe(() -> b.week(null, 1, 1), "start");
        npe(() -> b.firstReplyTime(null), "businessTime");
        npe(() -> b.firstReplyTimes(null), "businessTimes");
        npe(() -> b.firstReplyTarget(null), "businessTime");
        npe(() -> b.breaches(null, 1), "rule");
        npe(() -> b.breaches(null), "countsByRule");
        npe(() -> b.table(null), "table");
        npe(() -> Table.of(null, List.of("a"), List.of()), "title");
        npe(() -> Table.of("t", null, List.of()), "header");
        npe(() -> Table.of("t", List.of("a"), null), "rows");
        npe(() -> Table.of("t", List.of("a"), Collections.singletonList(null)), "row");
    }

    private static void npe(ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(parameter);
    }
}
