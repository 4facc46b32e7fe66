package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slakit.calendar.BusinessCalendar;

/**
 * What a {@link DurationClock} says about one case at one instant: part of an {@link Evaluation}
 * ({@link Evaluation#clocks()}).
 *
 * <p>The clock's current cycle starts at {@link #start()}: creation for a clock over the case's
 * life, the start of the current spell for a clock that runs only in some statuses. Since then
 * the clock ran in some intervals and was paused or stopped in others ({@link #pausedTime()}).
 * {@link #used()} is the running time in the target's own measure; the {@link #due()} instant is
 * the instant the running time reaches the {@link #targetLength() target length}, known once it
 * is reached or while the clock runs; {@link #atRiskFrom()} likewise for the warning threshold.
 * The state is {@link SlaState#BREACHED} once the clock has run past the due instant (once
 * {@code now} is after it while the clock runs; a pause that starts at the due instant itself is
 * in time),
 * {@link SlaState#AT_RISK} from the at-risk instant on, else {@link SlaState#ON_TRACK}; a clock with
 * no current cycle (the case is solved or closed, or outside the statuses a per-spell clock runs
 * in) is {@link SlaState#NOT_RUNNING}. A paused clock keeps its state: paused time never breaches a
 * case, and a case paused after its due instant stays breached.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClockEvaluation {

    private final DurationClock clock;
    private final SupportCase supportCase;
    private final Instant now;
    private final SlaState state;
    private final boolean running;
    private final SlaRule rule;
    private final Target target;
    private final BusinessCalendar calendar;
    private final Instant start;
    private final Duration used;
    private final Duration length;
    private final Duration pausedTime;
    private final Instant due;
    private final Instant atRisk;

    private ClockEvaluation(DurationClock clock, SupportCase supportCase, Instant now, SlaState state, boolean running,
            SlaRule rule, Target target, BusinessCalendar calendar, Instant start, Duration used, Duration length,
            Duration pausedTime, Instant due, Instant atRisk) {
        this.clock = clock;
        this.supportCase = supportCase;
        this.now = now;
        this.state = state;
        this.running = running;
        this.rule = rule;
        this.target = target;
        this.calendar = calendar;
        this.start = start;
        this.used = used;
        this.length = length;
        this.pausedTime = pausedTime;
        this.due = due;
        this.atRisk = atRisk;
    }

    /**
     * Evaluates a clock for a case whose instants were checked against {@code now}.
     *
     * @throws NoMatchingRuleException if the clock has a cycle and none of its rules matches the case
     */
    static ClockEvaluation of(DurationClock clock, SupportCase c, Instant now, BusinessCalendar calendar,
            WarningThreshold warning) {
        int last = c.logSize() - 1;
        boolean running = clock.runsIn(c.status());
        if (!c.status().isClockRunning() || clock.isPerSpell() && !running) {
            return new ClockEvaluation(clock, c, now, SlaState.NOT_RUNNING, false, null, null, calendar, null,
                    Duration.ZERO, Duration.ZERO, Duration.ZERO, null, null);
        }
        int from = 0;
        Instant start = c.created();
        if (clock.isPerSpell()) {
            from = last;
            while (from > 0 && clock.runsIn(c.logStatus(from - 1))) {
                from--;
            }
            start = c.logSince(from);
        }
        SlaRule rule = clock.match(c).orElseThrow(() -> new NoMatchingRuleException(c.id(), "No rule of clock "
                + clock.name() + " matches case " + c.id() + ": " + clock.rules().stream()
                        .map(r -> "rule '" + r.name() + "' does not match because " + r.condition().describe(c))
                        .collect(Collectors.joining("; "))
                + ". Add a last rule such as 'rule rest when always then 24 hours' to the clock."));
        Target target = rule.target().forCase(c);
        Duration length = target instanceof Target.BusinessDays
                ? calendar.between(start, target.due(start, calendar))
                : target instanceof Target.BusinessTime ? ((Target.BusinessTime) target).length()
                        : ((Target.Elapsed) target).length();
        Duration allowed = warning.usedBeforeRisk(length);
        Duration used = Duration.ZERO;
        Duration runningElapsed = Duration.ZERO;
        Instant due = null;
        Instant atRisk = null;
        Instant runEnd = null; // the end of the last interval in which the clock ran
        for (int i = from; i <= last; i++) {
            if (!clock.runsIn(c.logStatus(i))) {
                continue;
            }
            Instant a = c.logSince(i);
            Instant b = i < last ? c.logSince(i + 1) : now;
            boolean open = i == last; // the current interval runs on past now
            Duration m = target.measure(a, b, calendar);
            if (atRisk == null && (open || used.plus(m).compareTo(allowed) >= 0)) {
                atRisk = target.after(a, allowed.minus(used), calendar);
            }
            if (due == null && (open || used.plus(m).compareTo(length) >= 0)) {
                due = target.after(a, length.minus(used), calendar);
            }
            used = used.plus(m);
            runningElapsed = runningElapsed.plus(Duration.between(a, b));
            runEnd = b;
        }
        // breached once the clock has run past its due instant: a pause that starts at the due
        // instant itself is in time, as an update sent at the due instant is
        SlaState state = due != null && runEnd != null && runEnd.isAfter(due) ? SlaState.BREACHED
                : atRisk != null && !now.isBefore(atRisk) ? SlaState.AT_RISK : SlaState.ON_TRACK;
        return new ClockEvaluation(clock, c, now, state, running, rule, target, calendar, start, used, length,
                Duration.between(start, now).minus(runningElapsed), due, atRisk);
    }

    /** @return the clock */
    public DurationClock clock() {
        return clock;
    }

    /** @return the clock's name */
    public String name() {
        return clock.name();
    }

    /** @return the case evaluated */
    public SupportCase supportCase() {
        return supportCase;
    }

    /** @return the instant of evaluation */
    public Instant now() {
        return now;
    }

    /** @return on track, at risk, breached, or not running (no current cycle) */
    public SlaState state() {
        return state;
    }

    /** @return true if the clock has a cycle and is paused at {@code now} (the case is in a pause status) */
    public boolean isPaused() {
        return state != SlaState.NOT_RUNNING && !running;
    }

    /** @return the clock rule that gives the target; empty without a cycle */
    public Optional<SlaRule> rule() {
        return Optional.ofNullable(rule);
    }

    /** @return the target, "as agreed" resolved for the case; empty without a cycle */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /** @return when the current cycle started: creation, or the start of the current spell; empty without a cycle */
    public Optional<Instant> start() {
        return Optional.ofNullable(start);
    }

    /** @return the running time of the cycle so far, in the target's measure; zero without a cycle */
    public Duration used() {
        return used;
    }

    /** @return the target in its own measure; zero without a cycle */
    public Duration targetLength() {
        return length;
    }

    /** @return what is left of the target, never negative */
    public Duration remaining() {
        Duration r = length.minus(used);
        return r.isNegative() ? Duration.ZERO : r;
    }

    /** @return the wall-clock time since the cycle's start during which the clock did not run (paused or stopped) */
    public Duration pausedTime() {
        return pausedTime;
    }

    /**
     * @return the instant the running time reaches the target: in the past once reached, in the
     *         future while the clock runs, empty while it is paused short of the target or has no cycle
     */
    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    Instant dueOrNull() {
        return due;
    }

    /** @return the instant the running time reaches the warning threshold, known as {@link #due()} is */
    public Optional<Instant> atRiskFrom() {
        return Optional.ofNullable(atRisk);
    }

    /**
     * @return the instant the state changes if nothing happens to the case: the at-risk instant,
     *         or the instant right after the due instant, while the clock runs; empty when it is
     *         paused, breached or has no cycle
     */
    public Optional<Instant> nextChange() {
        if (!running || state == SlaState.NOT_RUNNING) {
            return Optional.empty();
        }
        switch (state) {
            case ON_TRACK:
                return Optional.of(atRisk);
            case AT_RISK:
                return Optional.of(due.plusNanos(1));
            default:
                return Optional.empty();
        }
    }

    /**
     * Explains the evaluation in a few lines: the clock, the rule, the running and paused time, the
     * due instant, in the calendar's zone.
     *
     * @return the explanation
     */
    public String explain() {
        ZoneId zone = calendar.zone();
        StringBuilder sb = new StringBuilder("Clock ").append(clock.name()).append(" of case ")
                .append(supportCase.id()).append(" is ").append(state);
        if (isPaused()) {
            sb.append(", paused (").append(supportCase.status().text()).append(')');
        }
        sb.append(" at ").append(Text.instant(now, zone)).append(".\n");
        if (state == SlaState.NOT_RUNNING) {
            sb.append(supportCase.status().isClockRunning() ? "The clock runs only in "
                    + clock.runsOnlyIn().stream().map(CaseStatus::text).collect(Collectors.joining(", "))
                    + "; the case is " + supportCase.status().text() + ".\n"
                    : "The case is " + supportCase.status().text() + ": the clock is stopped.\n");
            return sb.toString();
        }
        sb.append("Rule '").append(rule.name()).append("' applies because ").append(rule.condition().describe(supportCase))
                .append(": ").append(target).append(".\n");
        sb.append("Started: ").append(Text.instant(start, zone)).append("; running time ").append(Text.duration(used))
                .append(" of ").append(Text.duration(length)).append(", not running for ")
                .append(Text.duration(pausedTime)).append(" (paused or stopped).\n");
        sb.append("Due: ").append(due == null ? "not known while paused" : Text.instant(due, zone)).append(".\n");
        return sb.toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ClockEvaluation)) {
            return false;
        }
        ClockEvaluation o = (ClockEvaluation) obj;
        return clock.equals(o.clock) && supportCase.equals(o.supportCase) && now.equals(o.now) && state == o.state
                && running == o.running && Objects.equals(rule, o.rule) && Objects.equals(due, o.due)
                && Objects.equals(atRisk, o.atRisk) && used.equals(o.used) && length.equals(o.length);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock.name(), supportCase.id(), now, state, due);
    }

    /** @return a one-line summary for logs */
    @Override
    public String toString() {
        return "ClockEvaluation[" + clock.name() + " " + supportCase.id() + " " + state + (isPaused() ? " paused" : "")
                + (due == null ? "" : " due " + due) + " at " + now + "]";
    }
}
