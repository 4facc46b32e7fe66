package org.slakit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleReportTest {

    @Test
    void sampleData_fillsEveryPartOfThePage() {
        ReportData data = SampleReport.data();

        assertThat(data.weeks()).hasSize(9);
        assertThat(data.firstReplyTimes()).hasSize(data.weeks().stream().mapToInt(ReportData.Week::total).sum());
        assertThat(data.breachesByRule()).hasSize(6);
        assertThat(data.summary()).isNotEmpty();
        assertThat(data.tables()).hasSize(1);
        assertThat(SampleReport.data()).isEqualTo(data);
    }

    @Test
    void main_writesThePage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/sample.html");

        SampleReport.main(new String[] {out.toString()});

        String page = Files.readString(out);
        assertThat(page).isEqualTo(HtmlReport.render(SampleReport.data()));
        assertThat(page).contains("Support SLA report — Berlin team", "<svg", "First response (2 business hours)");
    }
}
