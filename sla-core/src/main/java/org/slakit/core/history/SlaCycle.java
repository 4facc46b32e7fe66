package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaRule;
import org.slakit.core.Target;

/**
 * One clock cycle of a replayed case (see {@link SlaTimeline}): the time during which the case
 * owed the customer one update.
 *
 * <p>A cycle {@link #start() starts} when the clock starts running: at the creation, at the update
 * that ended the previous cycle, or when a solved or closed case is reopened. It {@link #end() ends}
 * at the next update sent to the customer ({@link CycleOutcome#MET} or {@link CycleOutcome#LATE}),
 * when the case is solved or closed ({@link CycleOutcome#STOPPED}), or at the end of the replay
 * ({@link CycleOutcome#RUNNING} or {@link CycleOutcome#BREACHED}; {@link #end()} is then the
 * replay's {@code now}). Within a cycle the matching rule, the clock start and so the due instant
 * can change, as they do in live evaluation, when the status, priority, elevated flag or agreed
 * interval change; {@link #rule()}, {@link #target()}, {@link #clockStart()} and {@link #due()} are
 * those in force at the end, and {@link #ruleChanges()} lists the changes of rule on the way.
 *
 * <p>The outcome is judged against the due instant in force at the end: an update at the due
 * instant is in time. A case whose due instant moved later within the cycle (say it went pending
 * customer while breached, which under {@link org.slakit.core.ClockStart#RULE_START} restarts the
 * clock) can therefore end {@code MET} and still carry a {@link #breachedAt()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaCycle {

    private final String caseId;
    private final Instant start;
    private final Instant end;
    private final CycleOutcome outcome;
    private final SlaRule rule;
    private final List<RuleChange> ruleChanges;
    private final Target target;
    private final Instant clockStart;
    private final Instant due;
    private final Instant breachedAt;
    private final String assigneeAtBreach;
    private final BusinessCalendar calendar;

    SlaCycle(String caseId, Instant start, Instant end, CycleOutcome outcome, SlaRule rule, List<RuleChange> ruleChanges,
            Target target, Instant clockStart, Instant due, Instant breachedAt, String assigneeAtBreach,
            BusinessCalendar calendar) {
        this.caseId = caseId;
        this.start = start;
        this.end = end;
        this.outcome = outcome;
        this.rule = rule;
        this.ruleChanges = ruleChanges;
        this.target = target;
        this.clockStart = clockStart;
        this.due = due;
        this.breachedAt = breachedAt;
        this.assigneeAtBreach = assigneeAtBreach;
        this.calendar = calendar;
    }

    /** @return the case */
    public String caseId() {
        return caseId;
    }

    /** @return when the cycle began: creation, the update that ended the previous cycle, or the reopening */
    public Instant start() {
        return start;
    }

    /**
     * @return when the cycle ended: the update, the solve or close, or the replay's {@code now} for a
     *         cycle still running
     */
    public Instant end() {
        return end;
    }

    /** @return how the cycle ended, or stands at the end of the replay */
    public CycleOutcome outcome() {
        return outcome;
    }

    /** @return true for {@link CycleOutcome#RUNNING} and {@link CycleOutcome#BREACHED}: the cycle had not ended at {@code now} */
    public boolean isOpen() {
        return outcome == CycleOutcome.RUNNING || outcome == CycleOutcome.BREACHED;
    }

    /** @return the rule in force at the end of the cycle */
    public SlaRule rule() {
        return rule;
    }

    /** @return the changes of rule within the cycle, in time order; empty if one rule applied throughout */
    public List<RuleChange> ruleChanges() {
        return ruleChanges;
    }

    /** @return the target in force at the end, resolved for the case (never "as agreed") */
    public Target target() {
        return target;
    }

    /** @return the clock start in force at the end (see {@link org.slakit.core.ClockStart}); it can be before {@link #start()} */
    public Instant clockStart() {
        return clockStart;
    }

    /** @return the due instant in force at the end */
    public Instant due() {
        return due;
    }

    /**
     * The first instant at which the case was breached in this cycle: the first instant after a due
     * instant then in force (the due instant plus one nanosecond, as
     * {@link org.slakit.core.Evaluation#nextChange()} reports it), or the instant at which a change
     * made the case breached at once. Present for every {@code LATE} and {@code BREACHED} cycle and
     * for a cycle stopped after its due instant, even when the update or the stop came at exactly that
     * first instant; it can also be present on other cycles (see the class documentation).
     *
     * @return the first breach, if any
     */
    public Optional<Instant> breachedAt() {
        return Optional.ofNullable(breachedAt);
    }

    /** @return the agent the case was assigned to at {@link #breachedAt()}; empty if never breached or unassigned then */
    public Optional<String> assigneeAtBreach() {
        return Optional.ofNullable(assigneeAtBreach);
    }

    /**
     * @return the target's measure from the clock start to the end: business time for business
     *         targets, elapsed time otherwise; like {@link org.slakit.core.Evaluation#used()} at the end
     */
    public Duration used() {
        return target.isBusiness() ? calendar.between(clockStart, end) : Duration.between(clockStart, end);
    }

    /** @return the business time from the clock start to the end, on the case's calendar (else the policy's default), whatever the target */
    public Duration businessTimeUsed() {
        return calendar.between(clockStart, end);
    }

    /**
     * How late the cycle ended, in the target's measure: for a business target the business time
     * between the due instant and the end (zero when all of it was closed time), for an elapsed
     * target the elapsed time; zero when the cycle ended at or before its due instant.
     *
     * @return the lateness, not negative
     */
    public Duration overdue() {
        if (!end.isAfter(due)) {
            return Duration.ZERO;
        }
        return target.isBusiness() ? calendar.between(due, end) : Duration.between(due, end);
    }

    /** @return the elapsed (wall-clock) time between the due instant and the end; zero when the cycle ended in time */
    public Duration overdueElapsed() {
        return end.isAfter(due) ? Duration.between(due, end) : Duration.ZERO;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SlaCycle)) {
            return false;
        }
        SlaCycle o = (SlaCycle) obj;
        return caseId.equals(o.caseId) && start.equals(o.start) && end.equals(o.end) && outcome == o.outcome
                && rule.equals(o.rule) && ruleChanges.equals(o.ruleChanges) && target.equals(o.target)
                && clockStart.equals(o.clockStart) && due.equals(o.due) && Objects.equals(breachedAt, o.breachedAt)
                && Objects.equals(assigneeAtBreach, o.assigneeAtBreach) && calendar.equals(o.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, start, end, outcome, rule.name(), due, breachedAt);
    }

    /**
     * @return for example {@code C-7 2026-03-02T09:00:00Z..2026-03-05T10:00:00Z LATE rule open (3 business
     *         days) due 2026-03-05T09:00:00Z, breached at 2026-03-05T09:00:00.000000001Z}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(caseId).append(' ').append(start).append("..").append(end)
                .append(' ').append(outcome).append(" rule ").append(rule.name()).append(" (").append(target)
                .append(") due ").append(due);
        if (!ruleChanges.isEmpty()) {
            sb.append(", rule changes ").append(ruleChanges);
        }
        if (breachedAt != null) {
            sb.append(", breached at ").append(breachedAt);
            if (assigneeAtBreach != null) {
                sb.append(" (assigned to ").append(assigneeAtBreach).append(')');
            }
        }
        return sb.toString();
    }
}
