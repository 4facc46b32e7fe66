package org.slakit.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaTimeline;
import org.slakit.core.metrics.GoalResult;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;
import org.slakit.imports.EventLogImport;
import org.slakit.imports.EventLogMapping;
import org.slakit.imports.ImportReport;
import org.slakit.report.Figures;
import org.slakit.report.HtmlReport;
import org.slakit.report.SlaReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slakit report LOG --mapping MAP --calendar CAL --now T [--html out.html]}. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a CSV event log (a .gz file is unpacked), replays every case through the SLA policy and"
                + " prints the metrics: first reply and resolution times, the resolution goal, SLA cycles kept per rule"
                + " and per week, breaches per assignee. --html also writes them as one self-contained page.",
                "The log is read twice and each case replayed as soon as its last row is read, so memory holds only the"
                + " cases still open in the file. Cases created after --now are left out and counted, as are the events"
                + " after --now of the other cases. Progress goes to stderr every 5 seconds (--quiet: none).",
                "Error budget: by default the import stops when more than 1%% of the rows read are rejected"
                + " (--error-budget). Percentages are rounded half up to one decimal."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the resolution goal passed (or no case was decided)", "1:the resolution goal failed",
                "2:usage or input error", "3:error budget exceeded", "4:internal failure (a bug)",
                "5:out of memory (raise -Xmx)"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "the event log (CSV, or CSV.gz)")
    private Path log;

    @Mixin
    private ImportOptions importOptions;

    @Mixin
    private PolicyOptions policyOptions;

    @Option(names = "--goal", defaultValue = "80% within 24 hours", paramLabel = "GOAL",
            description = "the resolution goal (default: '${DEFAULT-VALUE}')")
    private String goal;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the report as an HTML page")
    private Path html;

    @Override
    public Integer call() throws IOException {
        SlaPolicy policy = policyOptions.policy();
        ZoneId zone = policy.defaultCalendar().zone();
        Instant now = policyOptions.now(policy.defaultCalendar());
        ResolutionGoal resolutionGoal;
        try {
            resolutionGoal = ResolutionGoal.parse(goal);
        } catch (IllegalArgumentException e) {
            throw new InputException("--goal: " + e.getMessage(), e);
        }
        EventLogMapping mapping = importOptions.mapping();
        EventLogImport importer = importOptions.importer(mapping);
        if (html != null && html.toAbsolutePath().getParent() != null && !java.nio.file.Files.isDirectory(html.toAbsolutePath().getParent())) {
            throw new InputException("--html " + html + ": the folder " + html.toAbsolutePath().getParent() + " does not exist");
        }

        MetricsCollector collector = MetricsCollector.of(policy, now, resolutionGoal);
        List<Duration> firstReplies = new ArrayList<>();
        long[] afterNow = new long[2]; // cases created after now, events after now of the others
        ImportReport imported = importer.stream(log, importOptions.attributes, h -> {
            if (h.creation().at().isAfter(now)) {
                afterNow[0]++;
                return;
            }
            for (CaseEvent e : h.events()) {
                afterNow[1] += e.at().isAfter(now) ? 1 : 0;
            }
            CaseHistory upTo = h.upTo(now).orElseThrow();
            SlaTimeline timeline = collector.add(upTo);
            timeline.firstReply().ifPresent(reply -> firstReplies.add(timeline.calendar().between(timeline.created(), reply)));
        });
        var out = spec.commandLine().getOut();
        out.print(Problems.printable(imported.toString()));
        if (afterNow[0] > 0 || afterNow[1] > 0) {
            out.println("after --now " + Figures.dateTime(now, now, zone) + ": " + Figures.count(afterNow[0], "case")
                    + " created later left out; " + Figures.count(afterNow[1], "later event") + " of the other cases left out");
        }
        out.println();

        MetricsReport report = collector.report();
        SlaReport figures = SlaReport.of(report, firstReplies);
        out.print(figures.text());
        if (html != null) {
            String subtitle = log.getFileName() + " · now = " + Inputs.human(now, zone) + " · " + zone
                    + (afterNow[0] > 0 ? " · " + Figures.count(afterNow[0], "case") + " created after now left out" : "");
            HtmlReport.write(figures.page("Support SLA report", subtitle), html);
            out.println("Wrote " + html);
        }
        return report.goal().verdict() == GoalResult.Verdict.FAIL ? Slakit.FINDINGS : Slakit.OK;
    }
}
