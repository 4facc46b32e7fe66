package org.slakit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;

/** The text and the page of a metrics report show the same tables. */
class SlaReportTest {

    private static final BusinessCalendar BERLIN = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    private static final Instant NOW = Instant.parse("2026-03-18T11:00:00Z");

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static MetricsReport report(List<CaseHistory> histories) {
        MetricsCollector c = MetricsCollector.of(SlaPolicy.standard(BERLIN), NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        histories.forEach(c::add);
        return c.report();
    }

    @Test
    void textAndPage_carryTheSameTables_withTotalsAndUnassigned() {
        MetricsReport report = report(List.of(
                CaseHistory.of(List.of(CaseEvent.created("C-1", at("2026-03-16T08:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                        CaseEvent.assigned("C-1", at("2026-03-16T08:00:00Z"), Optional.of("ana")),
                        CaseEvent.updateSent("C-1", at("2026-03-16T09:00:00Z")),
                        CaseEvent.solved("C-1", at("2026-03-16T10:00:00Z")))),
                // never answered, nobody assigned: breached now
                CaseHistory.of(List.of(CaseEvent.created("C-2", at("2026-03-16T08:00:00Z"), Channel.EMAIL, Priority.NORMAL)))));
        SlaReport figures = SlaReport.of(report, List.of(Duration.ofHours(1)));
        String text = figures.text();
        ReportData page = figures.page("t", "");

        assertThat(text).contains("Metrics of 2 cases at Wed 18 Mar 2026 12:00 (Europe/Berlin):")
                .contains("Updates sent in time: 1 of 2 decided cycles (50.0%)")
                .contains("stopped late").contains("unassigned").contains(Figures.ROUNDING);
        assertThat(page.tables()).extracting(ReportData.Table::title)
                .containsExactly("Reply and resolution times", "SLA cycles per rule", "Clocks next to the update cadence",
                        "Breaches per assignee", "SLA cycles per week");
        // the standard resolution clock: C-1 resolved in 2 hours, C-2 open for 52 hours
        assertThat(figures.clocks().rows()).containsExactly(List.of("resolution", "1", "0", "1", "0", "50.0%"));
        for (ReportData.Table t : page.tables()) {
            for (List<String> row : t.rows()) {
                assertThat(text).as(t.title()).containsPattern(String.join(" +", row.stream()
                        .map(java.util.regex.Pattern::quote).toList()));
            }
        }
        assertThat(figures.breachesByAssignee().rows()).containsExactly(List.of("unassigned", "1"), List.of("total", "1"));
        assertThat(text).doesNotContain("{").doesNotContainPattern("\\w=\\d");   // no Java map
    }

    @Test
    void emptyReport_saysNoCasesAndHasNoVerdict() {
        SlaReport figures = SlaReport.of(report(List.of()), List.of());
        assertThat(figures.text()).isEqualTo("Metrics at Wed 18 Mar 2026 12:00 (Europe/Berlin): no cases\n" + Figures.ROUNDING + "\n");
        ReportData page = figures.page("t", "");
        assertThat(page.summary()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("no cases");
            assertThat(r.verdict()).isEmpty();
        });
        assertThat(HtmlReport.render(page)).doesNotContain("FAIL").doesNotContain("NO_CASES");
    }
}
