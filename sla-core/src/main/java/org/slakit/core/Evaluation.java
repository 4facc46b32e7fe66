package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.slakit.calendar.BusinessCalendar;

/**
 * What an {@link SlaPolicy} says about one case at one instant, from
 * {@link SlaPolicy#evaluate(SupportCase, Instant)}.
 *
 * <h2>The measures</h2>
 * For a running clock ({@link #state()} other than {@link SlaState#NOT_RUNNING}):
 * <ul>
 *   <li>{@link #rule()} matched, with its {@link #target()} resolved for the case (an "as agreed"
 *       target becomes the agreed interval or its fallback);</li>
 *   <li>{@link #clockStart()} (see {@link ClockStart}), {@link #due()} and {@link #atRiskFrom()};</li>
 *   <li>{@link #targetLength()}: the target in its own measure. For business time and elapsed time
 *       it is the target's length; for business days it is the business time between clock start
 *       and due, {@code calendar.between(clockStart, due)};</li>
 *   <li>{@link #used()}: business time between clock start and now for business targets
 *       ({@code calendar.between(clockStart, now)}), elapsed time for elapsed targets; it can exceed
 *       the target length once breached. {@link #remaining()} is the rest of the target, never
 *       negative; {@link #fractionUsed()} is {@code used / targetLength};</li>
 *   <li>{@link #state()}: {@link SlaState#BREACHED} once {@code now} is after the due instant;
 *       otherwise {@link SlaState#AT_RISK} from {@link #atRiskFrom()} on; otherwise
 *       {@link SlaState#ON_TRACK}. The due instant itself is not yet breached: an update sent at the
 *       due instant is in time;</li>
 *   <li>{@link #overdue()}: the elapsed (wall-clock) time since the due instant when breached;</li>
 *   <li>{@link #nextChange()}: the instant the state changes if nothing happens to the case, so an
 *       application can set a timer rather than poll.</li>
 * </ul>
 * For a case without a running clock the optional values are empty and the durations zero.
 *
 * <h2>Several clocks</h2>
 * The measures above are the update cadence's (the policy's rules). The policy's duration clocks
 * (time to resolution, internal SLAs) are in {@link #clocks()}, computed on first use, and
 * {@link #nextChangeOfAnyClock()} is the earliest instant at which any clock changes state.
 *
 * <p>The business calendar is the case's own when it has one, else the policy's default one;
 * {@link #usesCaseCalendar()} says which, and the explanation names it.
 *
 * <p>This class is immutable and thread-safe. Two evaluations are equal when their policy, case,
 * instant and results are equal; evaluating is a pure function, so evaluating the same case at
 * the same instant under an equal policy gives an equal evaluation.
 */
public final class Evaluation {

    private static final Comparator<Evaluation> BY_DUE = (a, b) -> {
        if (a.due != b.due) {
            if (a.due == null) {
                return 1;
            }
            if (b.due == null) {
                return -1;
            }
            int c = a.due.compareTo(b.due);
            if (c != 0) {
                return c;
            }
        }
        return a.supportCase.id().compareTo(b.supportCase.id());
    };

    private final SlaPolicy policy;
    private final SupportCase supportCase;
    private final Instant now;
    private final SlaState state;
    private final SlaRule rule;
    private final int ruleIndex;
    private final Target target;
    private final BusinessCalendar calendar;
    private final boolean caseCalendar;
    private final Instant clockStart;
    private final Instant due;
    /*
     * Computed at once unless the case is breached, then on first use: a benign race, as in
     * String.hashCode, since Instant and Duration are immutable with final fields and every thread
     * computes the same value.
     */
    private Instant atRisk;
    private Duration length;
    /**
     * The duration clocks' evaluations by their position in the policy, each made on first use
     * (the same benign race: a ClockEvaluation is immutable with final fields).
     */
    private final ClockEvaluation[] clockCache;

    private Evaluation(SlaPolicy policy, SupportCase supportCase, Instant now, SlaState state, RuleClock clock,
            Instant atRisk, Duration length) {
        this.policy = policy;
        this.supportCase = supportCase;
        this.now = now;
        this.state = state;
        BusinessCalendar own = supportCase.calendarOrNull();
        this.calendar = own != null ? own : policy.defaultCalendar();
        this.caseCalendar = own != null;
        this.rule = clock == null ? null : clock.rule();
        this.ruleIndex = clock == null ? -1 : clock.ruleIndex();
        this.target = clock == null ? null : clock.target();
        this.clockStart = clock == null ? null : clock.start();
        this.due = clock == null ? null : clock.due();
        this.atRisk = atRisk;
        this.length = length;
        this.clockCache = new ClockEvaluation[policy.clocks().size()];
    }

    /** The matched rule of a running clock, its target resolved for the case, the clock start and the due instant. */
    record RuleClock(SlaRule rule, int ruleIndex, Target target, Instant start, Instant due) {
    }

    /** A case without a running clock: solved or closed. */
    static Evaluation notRunning(SlaPolicy policy, SupportCase supportCase, Instant now) {
        return new Evaluation(policy, supportCase, now, SlaState.NOT_RUNNING, null, null, null);
    }

    /** A case past its due instant; the target length and the at-risk instant are computed when asked for. */
    static Evaluation breached(SlaPolicy policy, SupportCase supportCase, Instant now, RuleClock clock) {
        return new Evaluation(policy, supportCase, now, SlaState.BREACHED, clock, null, null);
    }

    /** A case at or before its due instant: on track before {@code atRisk}, at risk from it. */
    static Evaluation inTime(SlaPolicy policy, SupportCase supportCase, Instant now, RuleClock clock, Instant atRisk,
            Duration length) {
        return new Evaluation(policy, supportCase, now, now.isBefore(atRisk) ? SlaState.ON_TRACK : SlaState.AT_RISK,
                clock, atRisk, length);
    }

    /**
     * The order of the "breaching soon" view: earliest due instant first (so the most overdue case
     * comes first), then by case id; evaluations without a running clock come last. Within one set of
     * cases with distinct ids the order is total. It is not consistent with equals across
     * evaluations of the same case id, which are not expected in one view.
     *
     * @return the comparator
     */
    public static Comparator<Evaluation> byDue() {
        return BY_DUE;
    }

    // ------------------------------------------------------------------ queries

    /** @return the case evaluated */
    public SupportCase supportCase() {
        return supportCase;
    }

    /** @return the instant of evaluation */
    public Instant now() {
        return now;
    }

    /** @return on track, at risk, breached, or not running */
    public SlaState state() {
        return state;
    }

    /** @return the matched rule; empty when no clock runs */
    public Optional<SlaRule> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * @return the target that applies, resolved for the case: never "as agreed"; empty when no clock
     *         runs
     */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /** @return the calendar for business measures and business-day ages: the case's own, else the policy's default */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** @return true if the case's own calendar is used, false if the policy's default calendar */
    public boolean usesCaseCalendar() {
        return caseCalendar;
    }

    /** @return when the clock started; empty when no clock runs */
    public Optional<Instant> clockStart() {
        return Optional.ofNullable(clockStart);
    }

    /** @return when the next update is due; empty when no clock runs */
    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    /** @return from when the case is at risk (see {@link WarningThreshold}); empty when no clock runs */
    public Optional<Instant> atRiskFrom() {
        return Optional.ofNullable(atRiskOrNull());
    }

    private Duration lengthOrNull() {
        Duration l = length;
        if (l == null && due != null) {
            l = SlaPolicy.length(target, calendar, clockStart, due);
            length = l;
        }
        return l;
    }

    private Instant atRiskOrNull() {
        Instant a = atRisk;
        if (a == null && due != null) {
            a = policy.atRisk(target, calendar, clockStart, lengthOrNull());
            atRisk = a;
        }
        return a;
    }

    /** @return the target in its own measure (see the class documentation); zero when no clock runs */
    public Duration targetLength() {
        Duration l = lengthOrNull();
        return l == null ? Duration.ZERO : l;
    }

    /** @return the target's measure used from clock start to now; zero when no clock runs */
    public Duration used() {
        if (clockStart == null) {
            return Duration.ZERO;
        }
        return target.isBusiness() ? calendar.between(clockStart, now) : Duration.between(clockStart, now);
    }

    /** @return {@code targetLength - used}, or zero once that is negative or when no clock runs */
    public Duration remaining() {
        Duration rest = targetLength().minus(used());
        return rest.isNegative() ? Duration.ZERO : rest;
    }

    /** @return {@code used / targetLength}: 0 at clock start, 1 when the target is used up, above 1 after; 0 when no clock runs */
    public double fractionUsed() {
        Duration length = lengthOrNull();
        if (length == null) {
            return 0;
        }
        Duration used = used();
        return (used.getSeconds() + used.getNano() / 1e9) / (length.getSeconds() + length.getNano() / 1e9);
    }

    /** @return the elapsed time since the due instant when breached; zero otherwise */
    public Duration overdue() {
        return state == SlaState.BREACHED ? Duration.between(due, now) : Duration.ZERO;
    }

    /**
     * @return the closed time between clock start and due that the target skips: the elapsed time
     *         minus the target length for business targets; zero for elapsed targets and when no
     *         clock runs
     */
    public Duration closedTimeSkipped() {
        if (target == null || !target.isBusiness()) {
            return Duration.ZERO;
        }
        return Duration.between(clockStart, due).minus(lengthOrNull());
    }

    /**
     * The instant of the next state change if the case does not change: {@link #atRiskFrom()} when
     * on track; the first instant after the due instant (due plus one nanosecond) when at risk; empty
     * when breached or not running.
     *
     * @return the next change, if any
     */
    public Optional<Instant> nextChange() {
        switch (state) {
            case ON_TRACK:
                return Optional.of(atRiskOrNull());
            case AT_RISK:
                return Optional.of(due.plusNanos(1));
            default:
                return Optional.empty();
        }
    }

    /**
     * The policy's duration clocks ({@link SlaPolicy#clocks()}) evaluated for this case at the same
     * instant, in the policy's order; computed on first use. The update cadence is this evaluation
     * itself.
     *
     * @return one evaluation per duration clock; empty if the policy has none
     * @throws NoMatchingRuleException if a clock has a cycle and none of its rules matches the case
     */
    public List<ClockEvaluation> clocks() {
        List<ClockEvaluation> out = new ArrayList<>(clockCache.length);
        for (int i = 0; i < clockCache.length; i++) {
            out.add(clockAt(i));
        }
        return List.copyOf(out);
    }

    /**
     * One duration clock's evaluation; the other clocks are not evaluated, so a clock whose rules do
     * not cover the case does not stop a question about another.
     *
     * @param name a duration clock's name, case-insensitive
     * @return its evaluation, if the policy has such a clock
     * @throws NoMatchingRuleException if that clock has a cycle and none of its rules matches the case
     */
    public Optional<ClockEvaluation> clock(String name) {
        Objects.requireNonNull(name, "name");
        List<DurationClock> all = policy.clocks();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equalsIgnoreCase(name.strip())) {
                return Optional.of(clockAt(i));
            }
        }
        return Optional.empty();
    }

    /** The evaluation of the policy's {@code i}-th duration clock, made on first use. */
    ClockEvaluation clockAt(int i) {
        ClockEvaluation c = clockCache[i];
        if (c == null) {
            c = ClockEvaluation.of(policy.clocks().get(i), supportCase, now, calendar, policy.warning());
            clockCache[i] = c;
        }
        return c;
    }

    /**
     * @return the earliest instant at which the state of any clock changes if nothing happens to the
     *         case: the update cadence's {@link #nextChange()} and every duration clock's; empty when
     *         no clock will change by itself
     */
    public Optional<Instant> nextChangeOfAnyClock() {
        Instant earliest = nextChange().orElse(null);
        for (ClockEvaluation c : clocks()) {
            Instant t = c.nextChange().orElse(null);
            if (t != null && (earliest == null || t.isBefore(earliest))) {
                earliest = t;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** @return the elapsed time since the last update sent to the customer; empty if nothing was sent */
    public Optional<Duration> sinceLastSent() {
        Instant sent = supportCase.lastSentOrNull();
        return sent == null ? Optional.empty() : Optional.of(Duration.between(sent, now));
    }

    /**
     * @return the age of the last update sent to the customer in whole calendar days (24-hour
     *         periods elapsed); empty if nothing was sent
     */
    public OptionalLong lastSentAgeDays() {
        Instant sent = supportCase.lastSentOrNull();
        return sent == null ? OptionalLong.empty() : OptionalLong.of(Duration.between(sent, now).toDays());
    }

    /**
     * The age of the last update sent to the customer in whole business days on {@link #calendar()}:
     * the largest {@code n >= 0} with {@code calendar.plusBusinessDays(lastSent, n) <= now}, so an
     * update sent Friday 16:00 is 0 business days old on Monday 10:00 and 1 on Monday 16:00.
     *
     * @return the age; empty if nothing was sent
     */
    public OptionalLong lastSentAgeBusinessDays() {
        Instant sent = supportCase.lastSentOrNull();
        if (sent == null) {
            return OptionalLong.empty();
        }
        ZoneId zone = calendar.zone();
        long estimate = calendar.businessDaysBetween(LocalDate.ofInstant(sent, zone), LocalDate.ofInstant(now, zone));
        int n = (int) Math.min(Math.max(estimate, 0), Integer.MAX_VALUE - 1);
        while (n > 0 && calendar.plusBusinessDays(sent, n).isAfter(now)) {
            n--;
        }
        while (!calendar.plusBusinessDays(sent, n + 1).isAfter(now)) {
            n++;
        }
        return OptionalLong.of(n);
    }

    // ------------------------------------------------------------------ explanation

    /**
     * Explains the evaluation in a few lines of English: the state, the rule and why it matched (and
     * why the rules before it did not), the target and the calendar used, the clock start and why,
     * the due instant and the closed time skipped, what is used and remaining, the next change, and
     * the age of the last update. Instants are written in the calendar's zone.
     *
     * @return the explanation, lines separated by {@code \n}
     */
    public String explain() {
        ZoneId zone = calendar.zone();
        StringBuilder sb = new StringBuilder();
        sb.append("Case ").append(supportCase.id()).append(" is ").append(state).append(" at ")
                .append(Text.instant(now, zone)).append(".\n");
        if (rule == null) {
            sb.append("Its status is ").append(supportCase.status().text())
                    .append(", so no SLA clock runs and no rule is needed.\n");
            appendLastSent(sb, zone);
            return sb.toString();
        }
        sb.append("Rule '").append(rule.name()).append("' applies because ").append(rule.condition().describe(supportCase));
        List<SlaRule> before = policy.rules().subList(0, ruleIndex);
        if (!before.isEmpty()) {
            sb.append("; the rules before it do not: ").append(before.stream()
                    .map(r -> "'" + r.name() + "' (" + r.condition().describe(supportCase) + ")")
                    .collect(Collectors.joining(", ")));
        }
        sb.append(".\n");
        sb.append("Target: ");
        if (rule.target().kind() == Target.Kind.AS_AGREED) {
            sb.append(rule.target()).append(": ").append(supportCase.agreedIntervalOrNull() != null
                    ? "the interval agreed with the customer is " : "no interval was agreed, so ").append(target);
        } else {
            sb.append(target);
        }
        if (target.isBusiness()) {
            sb.append(", on ").append(caseCalendar ? "the case's own calendar" : "the policy's default calendar")
                    .append(" (zone ").append(zone).append(").\n");
        } else {
            sb.append(" of elapsed time, 24x7, no calendar.\n");
        }
        sb.append("Clock start: ").append(Text.instant(clockStart, zone)).append(" (").append(clockReason()).append(").\n");
        sb.append("Due: ").append(Text.instant(due, zone));
        if (target.isBusiness()) {
            sb.append("; closed time skipped: ").append(Text.duration(closedTimeSkipped()));
        }
        sb.append(".\n");
        sb.append("Used: ").append(Text.duration(used())).append(" of ").append(Text.duration(targetLength()))
                .append(" (").append(Text.percent(fractionUsed())).append(")");
        if (state == SlaState.BREACHED) {
            sb.append("; overdue by ").append(Text.duration(overdue())).append(" of elapsed time");
        } else {
            sb.append("; ").append(Text.duration(remaining())).append(" remaining");
        }
        sb.append("; at risk from ").append(Text.instant(atRiskOrNull(), zone)).append(" (warning ")
                .append(policy.warning()).append(").\n");
        sb.append("Next change: ");
        switch (state) {
            case ON_TRACK:
                sb.append("at risk at ").append(Text.instant(atRiskOrNull(), zone));
                break;
            case AT_RISK:
                sb.append("breached right after ").append(Text.instant(due, zone));
                break;
            default:
                sb.append("none until the case changes");
                break;
        }
        sb.append(".\n");
        appendLastSent(sb, zone);
        return sb.toString();
    }

    private String clockReason() {
        ZoneId zone = calendar.zone();
        Instant sent = supportCase.lastSentOrNull();
        if (policy.clockStart() == ClockStart.LAST_UPDATE) {
            return sent != null ? "the last update sent to the customer; the policy starts the clock at the last update"
                    : "creation, since nothing was sent yet; the policy starts the clock at the last update";
        }
        Instant ruleStart = policy.ruleStart(supportCase, ruleIndex);
        if (sent != null && clockStart.equals(sent) && sent.isAfter(ruleStart)) {
            return "the last update sent to the customer, later than when the rule began to apply, "
                    + Text.instant(ruleStart, zone);
        }
        String why;
        boolean sinceRunning = ruleStart.isAfter(supportCase.runningSince());
        if (sinceRunning && policy.isStatusRule(ruleIndex) && ruleStart.equals(supportCase.statusSince())) {
            why = "when the case became " + supportCase.status().text() + ", so the rule began to apply";
        } else if (sinceRunning && policy.isPriorityRule(ruleIndex) && ruleStart.equals(supportCase.prioritySince())) {
            why = "when the priority or the elevated flag last changed, so the rule began to apply";
        } else if (supportCase.lastReopened().isPresent()) {
            why = "when the case was reopened: every rule's clock starts anew then, and nothing the rule tests"
                    + " has changed since";
        } else {
            why = "creation: nothing the rule tests has changed since";
        }
        return sent == null ? why : why + "; later than the last update sent to the customer, "
                + Text.instant(sent, zone);
    }

    private void appendLastSent(StringBuilder sb, ZoneId zone) {
        Instant sent = supportCase.lastSentOrNull();
        if (sent == null) {
            sb.append("Last sent to customer: never.\n");
            return;
        }
        sb.append("Last sent to customer: ").append(Text.instant(sent, zone)).append(", ")
                .append(Text.count(lastSentAgeDays().getAsLong(), "day")).append(" and ")
                .append(Text.count(lastSentAgeBusinessDays().getAsLong(), "business day")).append(" ago.\n");
    }

    // ------------------------------------------------------------------ value

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Evaluation)) {
            return false;
        }
        Evaluation o = (Evaluation) obj;
        return state == o.state && now.equals(o.now) && supportCase.equals(o.supportCase)
                && Objects.equals(due, o.due) && Objects.equals(atRiskOrNull(), o.atRiskOrNull())
                && Objects.equals(clockStart, o.clockStart) && Objects.equals(rule, o.rule)
                && Objects.equals(target, o.target) && Objects.equals(lengthOrNull(), o.lengthOrNull())
                && caseCalendar == o.caseCalendar && policy.equals(o.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(supportCase, now, state, due, clockStart, rule, target);
    }

    /** @return a one-line summary for logs: case id, state, rule and due instant */
    @Override
    public String toString() {
        return "Evaluation[" + supportCase.id() + " " + state + (rule == null ? ""
                : " rule " + rule.name() + " due " + due) + " at " + now + "]";
    }
}
