package org.slakit.core.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of a set of replayed cases at an instant, from {@link MetricsCollector#report()}.
 *
 * <ul>
 *   <li>{@link #firstReply()}: creation to the first update sent to the customer;</li>
 *   <li>{@link #resolution()}: full resolution time, creation to the instant the case last stopped
 *       running, for cases solved or closed at the report's instant (see
 *       {@link org.slakit.core.history.SlaTimeline#resolvedAt()}: a reopened case counts with its
 *       final resolution, and is unresolved while it runs again);</li>
 *   <li>{@link #goal()}: the share resolved within the {@link ResolutionGoal}, with a verdict;</li>
 *   <li>{@link #compliance()} over all cycles, and {@link #complianceByRule()} by the rule in force at
 *       the end of each cycle;</li>
 *   <li>{@link #breaches()} in total and per assignee at the time of the breach;</li>
 *   <li>{@link #weeks()}: compliance and breaches per ISO week, in {@link #zone()};</li>
 *   <li>{@link #complianceByClock()}: for each duration clock of the policy (such as the standard
 *       {@code resolution} clock), its cycles met, late, breached or running, also
 *       {@link #complianceByClockRule() by rule} and {@link #complianceByTeam() by the team support
 *       waited on} at the end of each cycle ("engineering answered 85% of our internal requests
 *       within a week").</li>
 * </ul>
 *
 * <p>A report depends only on the set of cases, not on the order they were fed in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricsReport {

    /** The key of {@link #complianceByTeam()} for cycles that ended waiting on no team. */
    public static final String NO_TEAM = "no team";

    private final Instant now;
    private final ZoneId zone;
    private final long cases;
    private final Map<String, Compliance> complianceByClock;
    private final Map<String, Map<String, Compliance>> complianceByClockRule;
    private final Map<String, Map<String, Compliance>> complianceByTeam;
    private final DurationMetric firstReply;
    private final DurationMetric resolution;
    private final GoalResult goal;
    private final Compliance compliance;
    private final Map<String, Compliance> complianceByRule;
    private final Breaches breaches;
    private final List<WeekMetrics> weeks;

    MetricsReport(Instant now, ZoneId zone, long cases, Map<String, Compliance> complianceByClock,
            Map<String, Map<String, Compliance>> complianceByClockRule,
            Map<String, Map<String, Compliance>> complianceByTeam, DurationMetric firstReply, DurationMetric resolution,
            GoalResult goal, Compliance compliance, Map<String, Compliance> complianceByRule, Breaches breaches,
            List<WeekMetrics> weeks) {
        this.now = now;
        this.zone = zone;
        this.cases = cases;
        this.complianceByClock = complianceByClock;
        this.complianceByClockRule = complianceByClockRule;
        this.complianceByTeam = complianceByTeam;
        this.firstReply = firstReply;
        this.resolution = resolution;
        this.goal = goal;
        this.compliance = compliance;
        this.complianceByRule = complianceByRule;
        this.breaches = breaches;
        this.weeks = weeks;
    }

    /**
     * @return for each duration clock of the policy, in the policy's order, its cycles met (kept),
     *         late or breached (missed) and running; a cycle counts when it ends, or at the report's
     *         instant when it still runs
     */
    public Map<String, Compliance> complianceByClock() {
        return complianceByClock;
    }

    /** @return for each duration clock, its compliance by the clock rule in force at the end of each cycle, in rule order */
    public Map<String, Map<String, Compliance>> complianceByClockRule() {
        return complianceByClockRule;
    }

    /**
     * @return for each duration clock, its compliance by the team support waited on at the end of
     *         each cycle, in team order; cycles without a team under {@link #NO_TEAM}
     */
    public Map<String, Map<String, Compliance>> complianceByTeam() {
        return complianceByTeam;
    }

    /** @return the instant the cases were replayed up to */
    public Instant now() {
        return now;
    }

    /** @return the zone of the weeks: the policy's default calendar's */
    public ZoneId zone() {
        return zone;
    }

    /** @return the number of cases */
    public long cases() {
        return cases;
    }

    /** @return first reply times; {@link DurationMetric#notYet()} counts the cases without a reply */
    public DurationMetric firstReply() {
        return firstReply;
    }

    /** @return full resolution times; {@link DurationMetric#notYet()} counts the cases not resolved at {@link #now()} */
    public DurationMetric resolution() {
        return resolution;
    }

    /** @return the share resolved within the goal, and the verdict */
    public GoalResult goal() {
        return goal;
    }

    /** @return compliance over all cycles */
    public Compliance compliance() {
        return compliance;
    }

    /** @return compliance per rule name, in the policy's order, every rule present (with zeros if it never applied) */
    public Map<String, Compliance> complianceByRule() {
        return complianceByRule;
    }

    /** @return breaches in total and per assignee */
    public Breaches breaches() {
        return breaches;
    }

    /** @return the weeks with a decided cycle or a breach, in time order */
    public List<WeekMetrics> weeks() {
        return weeks;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof MetricsReport)) {
            return false;
        }
        MetricsReport o = (MetricsReport) obj;
        return now.equals(o.now) && zone.equals(o.zone) && cases == o.cases && firstReply.equals(o.firstReply)
                && resolution.equals(o.resolution) && goal.equals(o.goal) && compliance.equals(o.compliance)
                && complianceByRule.equals(o.complianceByRule) && breaches.equals(o.breaches) && weeks.equals(o.weeks)
                && complianceByClock.equals(o.complianceByClock) && complianceByClockRule.equals(o.complianceByClockRule)
                && complianceByTeam.equals(o.complianceByTeam);
    }

    @Override
    public int hashCode() {
        return Objects.hash(now, cases, firstReply, resolution, goal, compliance, breaches, weeks);
    }

    /** @return a few lines for a log or a console: every figure of the report */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(cases).append(cases == 1 ? " case" : " cases").append(" at ").append(now).append('\n');
        sb.append("first reply: ").append(firstReply).append('\n');
        sb.append("resolution: ").append(resolution).append('\n');
        sb.append("goal ").append(goal).append('\n');
        sb.append("compliance: ").append(compliance).append('\n');
        complianceByRule.forEach((rule, c) -> sb.append("  ").append(rule).append(": ").append(c).append('\n'));
        sb.append("breaches: ").append(breaches).append('\n');
        for (WeekMetrics w : weeks) {
            sb.append(w).append('\n');
        }
        complianceByClock.forEach((clock, c) -> {
            sb.append("clock ").append(clock).append(": ").append(c).append('\n');
            complianceByClockRule.get(clock).forEach((rule, r) -> sb.append("  ").append(rule).append(": ").append(r)
                    .append('\n'));
            Map<String, Compliance> teams = complianceByTeam.get(clock);
            if (teams.size() > 1 || !teams.containsKey(NO_TEAM) && !teams.isEmpty()) {
                teams.forEach((team, t) -> sb.append("  team ").append(team).append(": ").append(t).append('\n'));
            }
        });
        return sb.toString();
    }
}
