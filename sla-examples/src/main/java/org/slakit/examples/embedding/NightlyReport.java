package org.slakit.examples.embedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.metrics.Compliance;
import org.slakit.core.metrics.GoalResult;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;

/**
 * Embedding 3: a nightly report. A scheduled job streams the case histories of the application
 * (from its database, one case at a time) through the same {@link SlaPolicy} that drives the live
 * view, so the report and the live view can never disagree, and writes a few lines for the team
 * lead: yesterday's goal, compliance, and who breached.
 *
 * <p>Memory stays flat: the collector keeps counts and the durations its percentiles need, not
 * the histories.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NightlyReport {

    private final SlaPolicy policy;
    private final ResolutionGoal goal;

    /**
     * Creates the job.
     *
     * @param policy the policy the live view uses
     * @param goal the resolution goal, such as {@link ResolutionGoal#EIGHTY_PERCENT_IN_24_HOURS}
     */
    public NightlyReport(SlaPolicy policy, ResolutionGoal goal) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.goal = Objects.requireNonNull(goal, "goal");
    }

    /**
     * Runs the report as of the end of a day.
     *
     * @param histories the histories, read lazily one at a time
     * @param day the day that just ended, in the policy calendar's zone
     * @return the report's text
     */
    public String run(Iterable<CaseHistory> histories, LocalDate day) {
        ZoneId zone = policy.defaultCalendar().zone();
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        MetricsCollector collector = MetricsCollector.of(policy, endOfDay, goal);
        for (CaseHistory history : histories) {
            history.upTo(endOfDay).ifPresent(collector::add);
        }
        MetricsReport report = collector.report();
        GoalResult result = report.goal();
        Compliance compliance = report.compliance();
        StringBuilder text = new StringBuilder();
        text.append("SLA report for ").append(day).append(" (").append(report.cases()).append(" cases)\n");
        text.append("Goal ").append(goal).append(": ").append(result.met()).append(" of ")
                .append(result.met() + result.missed()).append(" -> ").append(result.verdict()).append('\n');
        text.append("Updates in time: ").append(compliance.kept()).append(" of ")
                .append(compliance.kept() + compliance.missed());
        compliance.rate().ifPresent(rate -> text.append(String.format(Locale.ROOT, " (%.1f%%)", rate * 100)));
        text.append('\n');
        text.append("Breaches per assignee: ").append(report.breaches().byAssignee()).append('\n');
        return text.toString();
    }
}
