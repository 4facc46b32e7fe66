package org.slakit.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slakit.core.metrics.Breaches;
import org.slakit.core.metrics.Compliance;
import org.slakit.core.metrics.DurationSummary;
import org.slakit.core.metrics.GoalResult;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.WeekMetrics;

/**
 * The figures of a {@link MetricsReport} as tables, written the same way as text ({@link #text()})
 * and as an HTML page ({@link #page(String, String)}), so that the two cannot disagree. Numbers
 * are written as {@link Figures} says (percentages rounded half up to one decimal).
 *
 * <p>What the tables count:
 * <ul>
 *   <li><b>Cycles</b>: a clock cycle is the time during which a case owes the customer one update.
 *       A cycle is <i>kept</i> when an update was sent in time; <i>missed</i> when the update was
 *       late, the case was solved or closed after the due instant without one (stopped late), or
 *       the cycle is still running past its due instant (breached now). The rate is kept / (kept +
 *       missed); cycles running in time and cycles stopped in time owe nothing yet.</li>
 *   <li><b>Breaches</b>: cycles that went past their due instant, counted once each, per assignee
 *       at the time of the breach ("unassigned" when nobody had the case). A breached cycle can
 *       still end kept when a change moves its due instant (a case going pending customer), so
 *       breaches can outnumber missed cycles.</li>
 *   <li><b>Weeks</b>: per ISO week (from Monday) in the report's zone; a cycle counts in the week
 *       it was decided, a breach in the week it happened.</li>
 * </ul>
 * An empty report says "no cases" in each section.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaReport {

    /** Said when no case has a first reply: the log shows no update sent to a customer. */
    static final String NO_REPLIES = "No case has an update sent to the customer (no row maps to update-sent): first reply"
            + " times are not measured, and SLA cycles end only when cases are solved or closed.";

    private final MetricsReport report;
    private final List<Duration> firstReplyTimes;

    private SlaReport(MetricsReport report, List<Duration> firstReplyTimes) {
        this.report = report;
        this.firstReplyTimes = firstReplyTimes;
    }

    /**
     * The figures of a metrics report.
     *
     * @param report the metrics
     * @param firstReplyBusinessTimes each case's first reply time in business time, for the
     *        page's distribution chart (may be empty)
     * @return the report
     */
    public static SlaReport of(MetricsReport report, List<Duration> firstReplyBusinessTimes) {
        Objects.requireNonNull(report, "report");
        return new SlaReport(report, List.copyOf(firstReplyBusinessTimes));
    }

    /** @return the metrics */
    public MetricsReport metrics() {
        return report;
    }

    private LocalDate today() {
        return report.now().atZone(report.zone()).toLocalDate();
    }

    /** @return first reply and resolution times: count, mean, median, p90, max */
    public ReportData.Table times() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(times("first reply, business time", report.firstReply().businessTime()));
        rows.add(times("first reply, calendar time", report.firstReply().calendarTime()));
        rows.add(times("full resolution, business time", report.resolution().businessTime()));
        rows.add(times("full resolution, calendar time", report.resolution().calendarTime()));
        return ReportData.Table.of("Reply and resolution times", List.of("measure", "cases", "mean", "median", "p90", "max"), rows);
    }

    private static List<String> times(String name, DurationSummary s) {
        if (s.isEmpty()) {
            return List.of(name, "0", "-", "-", "-", "-");
        }
        return List.of(name, Figures.count(s.count()), Figures.words(s.mean()), Figures.words(s.median()),
                Figures.words(s.p90()), Figures.words(s.max()));
    }

    /** @return the resolution goal in one line: {@code 29 of 36 decided cases (80.6%), 3 undecided: PASS} */
    public String goalLine() {
        GoalResult g = report.goal();
        if (g.verdict() == GoalResult.Verdict.NO_CASES) {
            return report.cases() == 0 ? "no cases" : "no cases decided yet (" + Figures.count(g.undecided(), "case") + " undecided)";
        }
        return Figures.count(g.met()) + " of " + Figures.count(g.met() + g.missed()) + " decided cases ("
                + Figures.percent(g.met(), g.met() + g.missed()) + ")"
                + (g.undecided() > 0 ? ", " + Figures.count(g.undecided()) + " undecided" : "") + ": " + g.verdict();
    }

    /** @return SLA cycles kept in one line: {@code 120 of 150 cycles (80.0%)} */
    public String complianceLine() {
        Compliance c = report.compliance();
        if (report.cases() == 0) {
            return "no cases";
        }
        return Figures.count(c.kept()) + " of " + Figures.count(c.kept() + c.missed()) + " decided cycles ("
                + Figures.percent(c.kept(), c.kept() + c.missed()) + ")";
    }

    /** @return cycles per rule: in time, late, stopped late, breached now, missed, rate; with a total row */
    public ReportData.Table rules() {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Compliance> e : report.complianceByRule().entrySet()) {
            rows.add(ruleRow(e.getKey(), e.getValue()));
        }
        if (!rows.isEmpty()) {
            rows.add(ruleRow("total", report.compliance()));
        }
        return ReportData.Table.of("SLA cycles per rule", List.of("rule", "in time", "late", "stopped late",
                "breached now", "missed", "rate"), rows);
    }

    private static List<String> ruleRow(String name, Compliance c) {
        return List.of(name, Figures.count(c.met()), Figures.count(c.late()), Figures.count(c.stoppedLate()),
                Figures.count(c.breached()), Figures.count(c.missed()), Figures.percent(c.kept(), c.kept() + c.missed()));
    }

    /**
     * @return the duration clocks (time to resolution, internal SLAs): for each clock its cycles in
     *         time, late, breached now, still running in time and the rate, then a row per rule, and a
     *         row per team support waited on where teams were named; empty when the policy has no
     *         duration clock
     */
    public ReportData.Table clocks() {
        List<List<String>> rows = new ArrayList<>();
        report.complianceByClock().forEach((clock, c) -> {
            rows.add(clockRow(clock, c));
            Map<String, Compliance> byRule = report.complianceByClockRule().get(clock);
            if (byRule.size() > 1) {
                byRule.forEach((rule, r) -> rows.add(clockRow("  rule " + rule, r)));
            }
            Map<String, Compliance> byTeam = report.complianceByTeam().get(clock);
            if (byTeam.size() > 1 || byTeam.size() == 1 && !byTeam.containsKey(MetricsReport.NO_TEAM)) {
                byTeam.forEach((team, t) -> rows.add(clockRow("  team " + team, t)));
            }
        });
        return ReportData.Table.of("Clocks next to the update cadence", List.of("clock", "in time", "late",
                "breached now", "running", "rate"), rows);
    }

    private static List<String> clockRow(String name, Compliance c) {
        return List.of(name, Figures.count(c.met()), Figures.count(c.late()), Figures.count(c.breached()),
                Figures.count(c.running()), Figures.percent(c.kept(), c.kept() + c.missed()));
    }

    /** How many assignees the breaches table lists by name; the others share one row. */
    public static final int ASSIGNEES_LISTED = 20;

    /**
     * @return breaches per assignee at the time of the breach, most first: the first
     *         {@value #ASSIGNEES_LISTED} by name, the others in one row, "unassigned", and a total row
     */
    public ReportData.Table breachesByAssignee() {
        Breaches b = report.breaches();
        List<List<String>> rows = new ArrayList<>();
        List<Map.Entry<String, Long>> sorted = b.byAssignee().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        sorted.stream().limit(ASSIGNEES_LISTED).forEach(e -> rows.add(List.of(e.getKey(), Figures.count(e.getValue()))));
        if (sorted.size() > ASSIGNEES_LISTED) {
            long others = sorted.stream().skip(ASSIGNEES_LISTED).mapToLong(Map.Entry::getValue).sum();
            rows.add(List.of("the other " + Figures.count(sorted.size() - ASSIGNEES_LISTED, "assignee"), Figures.count(others)));
        }
        if (b.unassigned() > 0) {
            rows.add(List.of("unassigned", Figures.count(b.unassigned())));
        }
        if (report.cases() > 0) {
            rows.add(List.of("total", Figures.count(b.total())));
        }
        return ReportData.Table.of("Breaches per assignee", List.of("assignee", "breaches"), rows);
    }

    /** @return cycles kept and missed and breaches per ISO week */
    public ReportData.Table weeks() {
        List<List<String>> rows = new ArrayList<>();
        for (WeekMetrics w : report.weeks()) {
            Compliance c = w.compliance();
            rows.add(List.of(Figures.date(w.monday(), today()), Figures.count(c.kept()), Figures.count(c.missed()),
                    Figures.percent(c.kept(), c.kept() + c.missed()), Figures.count(w.breaches().total())));
        }
        return ReportData.Table.of("SLA cycles per week", List.of("week of", "kept", "missed", "rate", "breaches"), rows);
    }

    /**
     * The report as text: a heading, the tables, and the sentence stating the rounding.
     *
     * @return the text, each line ending with a line break
     */
    public String text() {
        ZoneId zone = report.zone();
        StringBuilder sb = new StringBuilder();
        String at = report.now().atZone(zone).format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
                java.util.Locale.ENGLISH)) + " (" + zone.getId() + ")";
        if (report.cases() == 0) {
            sb.append("Metrics at ").append(at).append(": no cases\n");
            sb.append(Figures.ROUNDING).append('\n');
            return sb.toString();
        }
        sb.append("Metrics of ").append(Figures.count(report.cases(), "case")).append(" at ").append(at).append(":\n");
        sb.append(table(times()));
        if (report.firstReply().businessTime().isEmpty()) {
            sb.append(NO_REPLIES).append('\n');
        }
        sb.append("Resolution goal '").append(report.goal().goal()).append("': ").append(goalLine()).append('\n');
        sb.append("Updates sent in time: ").append(complianceLine()).append('\n');
        sb.append('\n').append(rules().title()).append(" (kept = in time; missed = late + stopped late + breached now):\n");
        sb.append(table(rules()));
        if (!report.complianceByClock().isEmpty()) {
            sb.append('\n').append(clocks().title()).append(" (one cycle per case life, or per spell; in time = ended"
                    + " by its due instant):\n");
            sb.append(table(clocks()));
        }
        sb.append('\n').append(breachesByAssignee().title()).append(" (cycles past their due instant, counted once, by who had the case then):\n");
        sb.append(table(breachesByAssignee()));
        sb.append('\n').append(weeks().title()).append(" (in ").append(zone.getId()).append("):\n");
        sb.append(table(weeks()));
        sb.append(Figures.ROUNDING).append('\n');
        return sb.toString();
    }

    private static String table(ReportData.Table t) {
        if (t.rows().isEmpty()) {
            return "  none\n";
        }
        TextTable table = new TextTable(t.header().toArray(String[]::new));
        t.rows().forEach(r -> table.row(r.toArray()));
        return table.toString();
    }

    /**
     * The report as the data of an HTML page ({@link HtmlReport#render}): the same figures and
     * tables as {@link #text()}, with charts of the weeks, the first reply times and the missed
     * cycles per rule.
     *
     * @param title the page title
     * @param subtitle the line under it (what was read, when); may be empty
     * @return the page data
     */
    public ReportData page(String title, String subtitle) {
        ReportData.Builder page = ReportData.builder(title).subtitle(subtitle);
        if (report.cases() == 0) {
            page.summary("Cases", "no cases");
            return page.build();
        }
        GoalResult g = report.goal();
        page.summary("Cases", Figures.count(report.cases()));
        String goal = goalLine();
        if (g.verdict() == GoalResult.Verdict.NO_CASES) {
            page.summary("Resolution goal " + g.goal(), goal);
        } else {
            page.summary("Resolution goal " + g.goal(), goal.substring(0, goal.lastIndexOf(':')),
                    g.verdict() == GoalResult.Verdict.PASS ? ReportData.Verdict.PASS : ReportData.Verdict.FAIL);
        }
        page.summary("Updates sent in time", complianceLine());
        page.summary("Breaches", Figures.count(report.breaches().total()));
        if (!report.firstReply().businessTime().isEmpty()) {
            page.summary("First reply, median business time", Figures.words(report.firstReply().businessTime().median()));
        } else {
            page.summary("First reply", NO_REPLIES);
        }
        // every week from the first to the last, so that the chart's axis is time: a week without a
        // decided cycle is drawn as such, not left out
        LocalDate next = null;
        for (WeekMetrics w : report.weeks()) {
            for (; next != null && next.isBefore(w.monday()); next = next.plusWeeks(1)) {
                page.week(next, 0, 0);
            }
            Compliance c = w.compliance();
            page.week(w.monday(), Math.toIntExact(c.kept()), Math.toIntExact(c.kept() + c.missed()));
            next = w.monday().plusWeeks(1);
        }
        page.complianceGoalPercent((int) Math.round(g.goal().percent()));
        page.firstReplyTimes(firstReplyTimes);
        report.complianceByRule().forEach((rule, c) -> page.breaches(rule, Math.toIntExact(c.missed())));
        page.table(times()).table(rules());
        if (!report.complianceByClock().isEmpty()) {
            page.table(clocks());
        }
        page.table(breachesByAssignee()).table(weeks());
        return page.build();
    }
}
