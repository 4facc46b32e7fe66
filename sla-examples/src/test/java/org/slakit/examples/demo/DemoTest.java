package org.slakit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slakit.core.SlaPolicy;
import org.slakit.core.metrics.MetricsReport;

class DemoTest {

    private static String run(Instant now) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Demo.run(out, now);
        out.flush();
        return text.toString();
    }

    @Test
    void printsEverySectionOnTheShippedData() {
        String out = run(DemoData.NOW);
        assertThat(out).contains("now is Tue 2026-11-24 10:30 CET")
                .contains("== Breaching soon: ")
                .contains("== Resolution goal, live: ")
                .contains("== Answer next: ")
                .contains("== Upkeep round: ")
                .contains("== Metrics: ")
                .contains("Resolution goal '80% within 24 hours': ")
                .contains("Percentages are rounded half up to one decimal.");
        // the rendered check-in message never carries a raw placeholder
        assertThat(out).contains("Message for C-").doesNotContain("{resolution}").doesNotContain("{outcome}");
        // the most overdue case is explained
        assertThat(out).contains("Why is C-").contains("Clock start: ");
    }

    @Test
    void isDeterministic() {
        assertThat(run(DemoData.NOW)).isEqualTo(run(DemoData.NOW));
    }

    @Test
    void earlierNow_seesFewerCases() {
        String early = run(Instant.parse("2026-10-01T08:00:00Z"));
        String late = run(DemoData.NOW);
        int earlyCases = Integer.parseInt(early.replaceAll("(?s)^slakit demo: (\\d+) .*", "$1"));
        int lateCases = Integer.parseInt(late.replaceAll("(?s)^slakit demo: (\\d+) .*", "$1"));
        assertThat(earlyCases).isPositive().isLessThan(lateCases);
    }

    @Test
    void metricsAddUp() {
        DemoData data = DemoData.shipped();
        MetricsReport report = Demo.metricsReport(data, SlaPolicy.standard(data.team()), DemoData.NOW);
        assertThat(report.cases()).isEqualTo(data.histories().size());
        assertThat(report.goal().met() + report.goal().missed() + report.goal().undecided()).isEqualTo(report.cases());
        assertThat(data.histories()).hasSizeBetween(200, 400);
    }

    @Test
    void nowOption() {
        assertThat(Demo.parseNow(new String[0])).isEqualTo(DemoData.NOW);
        assertThat(Demo.parseNow(new String[] {"--now", "2026-11-02T08:00:00Z"})).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThatThrownBy(() -> Demo.parseNow(new String[] {"--now", "yesterday"}))
                .hasMessageContaining("--now 'yesterday' is not an instant");
        assertThatThrownBy(() -> Demo.parseNow(new String[] {"--later"})).hasMessageContaining("usage: Demo");
    }
}
