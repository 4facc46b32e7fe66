package org.slakit.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaTimeline;
import org.slakit.core.metrics.Compliance;
import org.slakit.core.metrics.DurationSummary;
import org.slakit.core.metrics.GoalResult;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;
import org.slakit.core.metrics.WeekMetrics;
import org.slakit.imports.EventLogImport;
import org.slakit.imports.EventLogMapping;
import org.slakit.imports.ImportResult;
import org.slakit.report.HtmlReport;
import org.slakit.report.ReportData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slakit report LOG --mapping MAP --calendar CAL --now T [--html out.html]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Imports a CSV event log (a .gz file is unpacked), replays every case through the SLA policy",
                "and prints the metrics: first reply and resolution times, the resolution goal, SLA compliance per",
                "rule and per week, breaches per assignee. --html also writes them as one self-contained page.",
                "Exit code 0, 1 when the goal fails or rows were rejected, 2 on an input error."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "the event log (CSV, or CSV.gz)")
    private Path log;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "the column mapping of the log")
    private Path mappingFile;

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
        EventLogMapping mapping;
        try {
            mapping = EventLogMapping.read(mappingFile);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        ImportResult imported = EventLogImport.of(mapping).read(log);
        var out = spec.commandLine().getOut();
        out.println("Import of " + log + ":");
        out.print(imported.report());
        out.println();

        MetricsCollector collector = MetricsCollector.of(policy, now, resolutionGoal);
        ReportData.Builder page = ReportData.builder("Support SLA report")
                .subtitle(log.getFileName() + " · now = " + Inputs.human(now, zone) + " · " + zone);
        for (CaseHistory h : imported.histories()) {
            h.upTo(now).ifPresent(upTo -> {
                SlaTimeline timeline = collector.add(upTo);
                timeline.firstReply().ifPresent(reply ->
                        page.firstReplyTime(timeline.calendar().between(timeline.created(), reply)));
            });
        }
        MetricsReport report = collector.report();
        GoalResult result = report.goal();
        TextTable times = new TextTable("measure", "cases", "mean", "median", "p90", "max");
        row(times, "first reply, business time", report.firstReply().businessTime());
        row(times, "first reply, calendar time", report.firstReply().calendarTime());
        row(times, "full resolution, business time", report.resolution().businessTime());
        row(times, "full resolution, calendar time", report.resolution().calendarTime());
        out.println("Metrics of " + report.cases() + " cases at " + Inputs.human(now, zone) + ":");
        times.print(out);
        String goalLine = result.met() + " of " + (result.met() + result.missed()) + " decided cases (" + percent(result.share()) + ")";
        out.println("Goal '" + resolutionGoal + "': " + goalLine + " -> " + result.verdict());
        out.println("Updates sent in time: " + compliance(report.compliance()));
        out.println("Breaches per assignee: " + report.breaches().byAssignee());
        TextTable rules = new TextTable("rule", "in time", "late", "breached now", "rate");
        report.complianceByRule().forEach((rule, c) -> rules.row(rule, c.met(), c.late(), c.breached(), percent(c.rate())));
        rules.print(out);
        TextTable weeks = new TextTable("week of", "kept", "missed", "rate", "breaches");
        for (WeekMetrics w : report.weeks()) {
            weeks.row(w.monday(), w.compliance().kept(), w.compliance().missed(), percent(w.compliance().rate()),
                    w.breaches().total());
            page.week(w.monday(), (int) w.compliance().kept(), (int) (w.compliance().kept() + w.compliance().missed()));
        }
        weeks.print(out);

        if (html != null) {
            page.summary("Cases", String.valueOf(report.cases()))
                    .summary("Resolved within the goal", goalLine + ", goal " + resolutionGoal,
                            result.verdict() == GoalResult.Verdict.PASS ? ReportData.Verdict.PASS : ReportData.Verdict.FAIL)
                    .summary("Updates sent in time", compliance(report.compliance()));
            if (!report.firstReply().businessTime().isEmpty()) {
                page.summary("First reply, median business time", Durations.words(report.firstReply().businessTime().median()));
            }
            for (Map.Entry<String, Compliance> e : report.complianceByRule().entrySet()) {
                page.breaches(e.getKey(), (int) (e.getValue().missed()));
            }
            page.complianceGoalPercent((int) Math.round(resolutionGoal.percent()));
            HtmlReport.write(page.build(), html);
            out.println("Wrote " + html);
        }
        boolean findings = result.verdict() == GoalResult.Verdict.FAIL || imported.report().rowsRejected() > 0;
        return findings ? Slakit.FINDINGS : Slakit.OK;
    }

    private static void row(TextTable table, String name, DurationSummary s) {
        if (s.isEmpty()) {
            table.row(name, 0, "-", "-", "-", "-");
        } else {
            table.row(name, s.count(), Durations.words(s.mean()), Durations.words(s.median()),
                    Durations.words(s.p90()), Durations.words(s.max()));
        }
    }

    private static String compliance(Compliance c) {
        return c.kept() + " of " + (c.kept() + c.missed()) + " (" + percent(c.rate()) + ")";
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", Math.floor(share.getAsDouble() * 1000) / 10) : "-";
    }
}
