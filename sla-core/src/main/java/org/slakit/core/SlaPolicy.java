package org.slakit.core;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.internal.CoreAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SLA policy: an ordered list of named {@link SlaRule rules}, a default calendar, a
 * {@link WarningThreshold warning threshold} and a {@link ClockStart clock-start reading}. The first
 * rule whose condition a case meets gives its target; a case no rule matches is an error
 * ({@link NoMatchingRuleException}), never a guess. Solved and closed cases have no running clock
 * and need no rule.
 *
 * <h2>The standard policy</h2>
 * {@link #standard(BusinessCalendar)} is the standard table, as these rules in this order:
 * <pre>
 * rule emergency-first-response when priority emergency and nothing sent yet then 1 hour
 * rule emergency when priority emergency and update sent then as agreed, else 1 hour
 * rule first-response when nothing sent yet then 2 business hours
 * rule urgent-or-elevated when priority urgent or elevated then 1 business day
 * rule open when status open then 3 business days
 * rule pending-internal when status pending-internal then 1 week
 * rule pending-customer when status pending-customer then 3 weeks
 * </pre>
 * and the duration clock {@code resolution} ({@link DurationClock#standardResolution()}), which
 * states the company goal "80% of tickets resolved within 24 hours":
 * <pre>
 * clock resolution
 * rule resolution when always then 24 hours
 * </pre>
 *
 * <h2>Several clocks</h2>
 * The rules are the update cadence, the clock {@value DurationClock#UPDATES}: how long the customer
 * may wait for the next update. {@link #clocks() Duration clocks} run next to it (time to
 * resolution with pauses, internal SLAs per team); {@link Evaluation#clocks()} evaluates them.
 * {@link Evaluation#state()}, {@link Evaluation#due()} and {@link Evaluation#nextChange()} are the
 * update cadence's; {@link Evaluation#nextChangeOfAnyClock()} is the earliest over every clock.
 *
 * <h2>Evaluation</h2>
 * {@link #evaluate(SupportCase, Instant)} finds the rule, starts the clock (see {@link ClockStart}),
 * and measures the target on the case's own calendar when it has one, else on this policy's
 * default calendar. It is a pure function of the policy, the case and {@code now}.
 *
 * <h2>Text form</h2>
 * One statement per line; {@code #} starts a comment; blank lines are ignored; keywords are
 * case-insensitive:
 * <pre>
 * clock starts at rule start | clock starts at last update   # optional, default rule start
 * warning at 75% | warning 1 hour before due                  # optional, default at 75%
 * standard rules                                              # the seven rules above, and the resolution clock
 * rule &lt;name&gt; when &lt;condition&gt; then &lt;target&gt;                 # see Condition and Target
 * change &lt;name&gt; to &lt;target&gt;                                  # retarget a rule defined above
 * clock &lt;name&gt;                                                # a duration clock; its lines follow:
 * pauses in &lt;statuses&gt; | runs in &lt;statuses&gt;                   #   optional
 * rule ... | change ...                                       #   its rules, until the next clock line
 * calendar                                                    # the rest is the default calendar
 * zone Europe/Berlin
 * Mon-Fri 09:00-17:00
 * </pre>
 * {@link #toString()} writes this form (every rule spelled out) and {@code parse(p.toString()).equals(p)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaPolicy {

    private static final List<SlaRule> STANDARD_RULES = List.of(
            SlaRule.of("emergency-first-response", Condition.priority(Priority.EMERGENCY).and(Condition.nothingSent()),
                    Target.elapsed(Duration.ofHours(1))),
            SlaRule.of("emergency", Condition.priority(Priority.EMERGENCY).and(Condition.updateSent()),
                    Target.asAgreed(Target.elapsed(Duration.ofHours(1)))),
            SlaRule.of("first-response", Condition.nothingSent(), Target.businessTime(Duration.ofHours(2))),
            SlaRule.of("urgent-or-elevated", Condition.priority(Priority.URGENT).or(Condition.elevated()),
                    Target.businessDays(1)),
            SlaRule.of("open", Condition.status(CaseStatus.OPEN), Target.businessDays(3)),
            SlaRule.of("pending-internal", Condition.status(CaseStatus.PENDING_INTERNAL),
                    Target.elapsed(Duration.ofDays(7))),
            SlaRule.of("pending-customer", Condition.status(CaseStatus.PENDING_CUSTOMER),
                    Target.elapsed(Duration.ofDays(21))));

    private static final Logger LOG = LoggerFactory.getLogger(SlaPolicy.class);
    /** The most warnings logged one by one when a policy is built; the rest are counted. */
    private static final int LOGGED_WARNINGS = 10;

    static {
        CoreAccess.install(new Access());
    }

    /** The package-private steps of evaluation, for the replay in {@code org.slakit.core.history}. */
    private static final class Access extends CoreAccess {
        @Override
        public int ruleIndex(SlaPolicy policy, Priority priority, boolean elevated, CaseStatus status, boolean sent,
                Channel channel) {
            return policy.ruleIndexOrNone(priority, elevated, status, sent, channel);
        }

        @Override
        public Target resolvedTarget(SlaPolicy policy, int index, Duration agreed) {
            return policy.resolvedTarget(index, agreed);
        }

        @Override
        public Instant clockStart(SlaPolicy policy, int index, Instant created, Instant runningSince,
                Instant statusSince, Instant prioritySince, Instant sent) {
            return policy.clockStart(index, created, runningSince, statusSince, prioritySince, sent);
        }

        @Override
        public Instant atRisk(SlaPolicy policy, Target target, BusinessCalendar calendar, Instant start, Instant due) {
            return policy.atRisk(target, calendar, start, length(target, calendar, start, due));
        }
    }

    private final List<SlaRule> rules;
    private final BusinessCalendar defaultCalendar;
    private final WarningThreshold warning;
    private final ClockStart clockStart;
    private final RuleAnalysis analysis;
    private final List<DurationClock> clocks;

    private SlaPolicy(List<SlaRule> rules, List<DurationClock> clocks, BusinessCalendar defaultCalendar,
            WarningThreshold warning, ClockStart clockStart, RuleAnalysis analysis) {
        this.clocks = List.copyOf(clocks);
        this.rules = List.copyOf(rules);
        this.defaultCalendar = defaultCalendar;
        this.warning = warning;
        this.clockStart = clockStart;
        this.analysis = analysis != null ? analysis : new RuleAnalysis(this.rules);
    }

    // ------------------------------------------------------------------ factories

    /**
     * Starts a policy.
     *
     * @param defaultCalendar the calendar for business targets of cases without a calendar of their own
     * @return a builder
     */
    public static Builder builder(BusinessCalendar defaultCalendar) {
        return new Builder(Objects.requireNonNull(defaultCalendar, "defaultCalendar"));
    }

    /**
     * The standard table (see the class documentation), with the default warning threshold (75%) and
     * the default clock start ({@link ClockStart#RULE_START}).
     *
     * @param calendar the default calendar for business targets
     * @return the standard policy
     */
    public static SlaPolicy standard(BusinessCalendar calendar) {
        return builder(calendar).standardRules().build();
    }

    /** @return the seven rules of the standard policy, in order */
    public static List<SlaRule> standardRules() {
        return STANDARD_RULES;
    }

    /**
     * Reads a policy from its text form (see the class documentation).
     *
     * @param text the policy text, ending with a {@code calendar} block
     * @return the policy
     * @throws PolicyFormatException naming the line, the offending text and what was expected: an
     *         unknown rule name in a {@code change} line, a zero or negative target, an unknown test,
     *         a bad calendar line (numbered within the whole policy text), a missing calendar
     */
    public static SlaPolicy parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return PolicyFormat.parse(text);
    }

    // ------------------------------------------------------------------ queries

    /** @return the rules of the update cadence (the clock {@value DurationClock#UPDATES}), in the order they are tried */
    public List<SlaRule> rules() {
        return rules;
    }

    /**
     * @return the duration clocks that run next to the update cadence, in the order they were
     *         added; the standard policy has one, {@code resolution}
     */
    public List<DurationClock> clocks() {
        return clocks;
    }

    /**
     * @param name a clock's name, case-insensitive
     * @return the duration clock of that name, if any
     */
    public Optional<DurationClock> clock(String name) {
        Objects.requireNonNull(name, "name");
        return clocks.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * @param name a rule name, case-insensitive
     * @return the rule of that name, if any
     */
    public Optional<SlaRule> rule(String name) {
        Objects.requireNonNull(name, "name");
        return rules.stream().filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** @return the calendar for business targets of cases without a calendar of their own */
    public BusinessCalendar defaultCalendar() {
        return defaultCalendar;
    }

    /** @return when a case becomes at risk */
    public WarningThreshold warning() {
        return warning;
    }

    /** @return when the clock starts */
    public ClockStart clockStart() {
        return clockStart;
    }

    /**
     * The problems found in the rules when the policy was built: one sentence for each rule that can
     * never match, because every case that meets its condition meets an earlier rule first (it
     * follows a rule that matches every case, or repeats an earlier condition), or because no case
     * can meet its condition. Such a policy still works; the rule is dead text. {@link Builder#build()}
     * also logs each warning through SLF4J at WARN level.
     *
     * @return the warnings, in rule order; empty when every rule can match
     */
    public List<String> warnings() {
        return analysis.warnings();
    }

    /**
     * @param reading another clock-start reading
     * @return this policy with that reading
     */
    public SlaPolicy withClockStart(ClockStart reading) {
        return new SlaPolicy(rules, clocks, defaultCalendar, warning, Objects.requireNonNull(reading, "reading"),
                analysis);
    }

    /**
     * @param threshold another warning threshold
     * @return this policy with that threshold
     */
    public SlaPolicy withWarning(WarningThreshold threshold) {
        return new SlaPolicy(rules, clocks, defaultCalendar, Objects.requireNonNull(threshold, "threshold"), clockStart,
                analysis);
    }

    /**
     * The rule that applies to a case: the first whose condition it meets.
     *
     * @param supportCase the case
     * @return the rule; empty for a solved or closed case, which needs none
     * @throws NoMatchingRuleException if the case's clock runs and no rule matches it
     */
    public Optional<SlaRule> match(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase");
        if (!supportCase.status().isClockRunning()) {
            return Optional.empty();
        }
        return Optional.of(rules.get(ruleIndex(supportCase)));
    }

    /**
     * Evaluates a case at an instant: the matching rule, clock start, due instant, state and the
     * rest of {@link Evaluation}.
     *
     * @param supportCase the case
     * @param now the instant of evaluation; not before the case's creation, nor before its status
     *        change, priority change or last update
     * @return the evaluation
     * @throws IllegalArgumentException naming the case id and the field, if {@code now} is before
     *         creation or the case has a status change, priority change or last update after {@code now}
     * @throws NoMatchingRuleException if the case's clock runs and no rule matches it
     * @throws DateTimeException naming the case, if its calendar has no open time within reach
     */
    public Evaluation evaluate(SupportCase supportCase, Instant now) {
        Objects.requireNonNull(supportCase, "supportCase");
        Objects.requireNonNull(now, "now");
        supportCase.checkNow(now);
        if (!supportCase.status().isClockRunning()) {
            return Evaluation.notRunning(this, supportCase, now);
        }
        BusinessCalendar calendar = calendarOf(supportCase);
        int index = ruleIndex(supportCase);
        Target target = resolvedTarget(index, supportCase.agreedIntervalOrNull());
        Instant start = clockStart(supportCase, index);
        return evaluation(supportCase, now, index, target, start, due(supportCase, target, start, calendar), calendar);
    }

    /** The calendar of a case's business measures: its own, else the default one. */
    BusinessCalendar calendarOf(SupportCase supportCase) {
        BusinessCalendar own = supportCase.calendarOrNull();
        return own != null ? own : defaultCalendar;
    }

    /**
     * The due instant of a running case's clock, as {@link #evaluate} computes it.
     *
     * @throws DateTimeException naming the case, if its calendar has no open time within reach
     */
    Instant due(SupportCase supportCase, Target target, Instant start, BusinessCalendar calendar) {
        try {
            return target.due(start, calendar);
        } catch (DateTimeException e) {
            throw new DateTimeException("Case " + supportCase.id() + ": cannot compute the due instant of '" + target
                    + "' from " + start + " on the " + (supportCase.calendarOrNull() != null ? "case's" : "policy's default")
                    + " calendar: " + e.getMessage(), e);
        }
    }

    /** The evaluation of a running case, from its rule, target, clock start and due instant. */
    Evaluation evaluation(SupportCase supportCase, Instant now, int index, Target target, Instant start, Instant due,
            BusinessCalendar calendar) {
        Evaluation.RuleClock clock = new Evaluation.RuleClock(rules.get(index), index, target, start, due);
        if (now.isAfter(due)) {
            return Evaluation.breached(this, supportCase, now, clock);
        }
        Duration length = length(target, calendar, start, due);
        return Evaluation.inTime(this, supportCase, now, clock, atRisk(target, calendar, start, length), length);
    }

    /**
     * Whether a running clock in time ({@code now} at or before {@code due}) is at risk at
     * {@code now}: the state {@link #evaluation} gives, {@code !now.isBefore(atRisk)}, decided
     * without making the at-risk instant where a bound settles it. Business time never exceeds
     * elapsed time, so the at-risk instant of a business target is never before clock start plus
     * the part of the target the warning allows; before that instant the case is on track. Elapsed
     * targets are decided exactly on the numbers.
     */
    boolean isAtRisk(Target target, BusinessCalendar calendar, Instant start, Instant due, Instant now) {
        if (target instanceof Target.Elapsed) {
            long used = warning.usedBeforeRiskNanos(((Target.Elapsed) target).length().toNanos());
            return atLeastApart(start, now, used);
        }
        long length = target instanceof Target.BusinessTime ? ((Target.BusinessTime) target).length().toNanos()
                : length(target, calendar, start, due).toNanos();
        long used = warning.usedBeforeRiskNanos(length);
        if (!atLeastApart(start, now, used)) {
            return false;
        }
        return !now.isBefore(target.after(start, Duration.ofNanos(used), calendar));
    }

    /** Clock starts before this second are far enough from {@link Instant#MAX} for any target. */
    private static final long SAFE_SECONDS = Instant.MAX.getEpochSecond() - Target.MAX_LENGTH.getSeconds() - 1;

    /**
     * True if a running clock with an elapsed target is on track at {@code now} and due after
     * {@code horizonEnd} (not before {@code now}), decided without making its due and at-risk
     * instants: what {@link #evaluation} says, as long as the due instant can be made (a clock start
     * near {@link Instant#MAX} is left to {@link #due}, which fails there).
     */
    boolean onTrackBeyond(Target target, Instant start, Instant now, Instant horizonEnd) {
        if (start.getEpochSecond() >= SAFE_SECONDS) {
            return false;
        }
        long length = ((Target.Elapsed) target).length().toNanos();
        return !atLeastApart(start, horizonEnd, length) && !atLeastApart(start, now, warning.usedBeforeRiskNanos(length));
    }

    /** True if {@code to - from >= nanos}, for {@code nanos >= 0}, without overflow. */
    static boolean atLeastApart(Instant from, Instant to, long nanos) {
        long s = to.getEpochSecond() - from.getEpochSecond();
        long whole = nanos / 1_000_000_000L;
        if (s > whole + 1) {
            return true;
        }
        if (s < whole - 1) {
            return false;
        }
        return (s - whole) * 1_000_000_000L + (to.getNano() - from.getNano()) >= nanos - whole * 1_000_000_000L;
    }

    /**
     * Evaluates one duration clock of a case at an instant, without the update cadence: what a view
     * over that clock needs.
     *
     * @param supportCase the case
     * @param now the instant of evaluation, checked as by {@link #evaluate}
     * @param clockName a duration clock of this policy, case-insensitive
     * @return the clock's evaluation
     * @throws IllegalArgumentException if the policy has no such clock (naming the clocks it has), or
     *         as {@link #evaluate}
     * @throws NoMatchingRuleException if the clock has a cycle and none of its rules matches the case
     */
    public ClockEvaluation evaluateClock(SupportCase supportCase, Instant now, String clockName) {
        Objects.requireNonNull(supportCase, "supportCase");
        Objects.requireNonNull(now, "now");
        DurationClock clock = clock(clockName).orElseThrow(() -> new IllegalArgumentException("Unknown clock '"
                + clockName + "': this policy has " + (clocks.isEmpty() ? "no duration clocks"
                        : "the clocks " + clocks.stream().map(DurationClock::name).collect(Collectors.joining(", ")))));
        supportCase.checkNow(now);
        BusinessCalendar own = supportCase.calendarOrNull();
        return ClockEvaluation.of(clock, supportCase, now, own != null ? own : defaultCalendar, warning);
    }

    /** The target in its own measure: business time between start and due for business days, else its length. */
    static Duration length(Target target, BusinessCalendar calendar, Instant start, Instant due) {
        if (target instanceof Target.BusinessTime) {
            return ((Target.BusinessTime) target).length();
        }
        if (target instanceof Target.Elapsed) {
            return ((Target.Elapsed) target).length();
        }
        return target.measure(start, due, calendar);
    }

    /** The earliest instant at which the part of the target the warning allows is used. */
    Instant atRisk(Target target, BusinessCalendar calendar, Instant start, Duration length) {
        return target.after(start, warning.usedBeforeRisk(length), calendar);
    }

    int ruleIndex(SupportCase c) {
        int found = analysis.ruleIndex(c);
        if (found == RuleAnalysis.NO_RULE) {
            throw new NoMatchingRuleException(c.id(), "No rule of the policy matches case " + c.id() + " ("
                    + c.priority().text() + (c.isElevated() ? ", elevated" : ", not elevated") + ", "
                    + c.status().text() + ", " + (c.lastSentOrNull() == null ? "nothing sent yet" : "update sent")
                    + ", channel " + c.channel() + "): "
                    + rules.stream().map(r -> "rule '" + r.name() + "' does not match because "
                            + r.condition().describe(c)).collect(Collectors.joining("; "))
                    + ". Add a rule for such cases, for example a last rule 'rule other when always then 3 business days'.");
        }
        return found;
    }

    /**
     * When the matched rule began to apply (see {@link ClockStart#RULE_START}): the latest of when the
     * case's clock last started running and the last change of each field the rule's condition tests.
     */
    Instant ruleStart(SupportCase c, int index) {
        return ruleStart(index, c.runningSince(), c.statusSince(), c.prioritySince());
    }

    /** {@link #ruleStart(SupportCase, int)} from the instants it reads. */
    private Instant ruleStart(int index, Instant runningSince, Instant statusSince, Instant prioritySince) {
        Instant start = runningSince;
        if (analysis.testsStatus(index) && statusSince.isAfter(start)) {
            start = statusSince;
        }
        if (analysis.testsPriority(index) && prioritySince.isAfter(start)) {
            start = prioritySince;
        }
        return start;
    }

    Instant clockStart(SupportCase c, int index) {
        return clockStart(index, c.created(), c.runningSince(), c.statusSince(), c.prioritySince(), c.lastSentOrNull());
    }

    /**
     * The clock start of rule {@code index} for a case with these instants: what
     * {@link #evaluate} computes, without the case.
     *
     * @param sent the last update sent, or null
     */
    Instant clockStart(int index, Instant created, Instant runningSince, Instant statusSince, Instant prioritySince,
            Instant sent) {
        if (clockStart == ClockStart.LAST_UPDATE) {
            return sent != null ? sent : created;
        }
        Instant start = ruleStart(index, runningSince, statusSince, prioritySince);
        return sent != null && sent.isAfter(start) ? sent : start;
    }

    /**
     * The first rule of the update cadence a running case of these facts matches, or -1 when none
     * does: {@link #evaluate}'s lookup, without the case.
     */
    int ruleIndexOrNone(Priority priority, boolean elevated, CaseStatus status, boolean sent, Channel channel) {
        return analysis.ruleIndex(priority, elevated, status, sent, channel);
    }

    /** The target of rule {@code index} resolved for a case with this agreed interval (null for none). */
    Target resolvedTarget(int index, Duration agreed) {
        Target t = rules.get(index).target();
        return t instanceof Target.AsAgreed ? ((Target.AsAgreed) t).resolve(agreed) : t;
    }

    boolean isStatusRule(int index) {
        return analysis.testsStatus(index);
    }

    boolean isPriorityRule(int index) {
        return analysis.testsPriority(index);
    }

    // ------------------------------------------------------------------ value

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SlaPolicy)) {
            return false;
        }
        SlaPolicy o = (SlaPolicy) obj;
        return rules.equals(o.rules) && clocks.equals(o.clocks) && defaultCalendar.equals(o.defaultCalendar)
                && warning.equals(o.warning)
                && clockStart == o.clockStart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, clocks, defaultCalendar, warning, clockStart);
    }

    /** @return the policy's text form, which {@link #parse(CharSequence)} reads back to an equal policy */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("clock starts at ").append(clockStart == ClockStart.RULE_START ? "rule start" : "last update").append('\n');
        sb.append("warning ").append(warning).append('\n');
        for (SlaRule rule : rules) {
            sb.append(rule).append('\n');
        }
        clocks.forEach(sb::append);
        sb.append("calendar\n").append(defaultCalendar);
        return sb.toString();
    }

    // ------------------------------------------------------------------ builder

    private static boolean testsTeam(Condition c) {
        if (c instanceof Condition.WaitingOnIn) {
            return true;
        }
        List<Condition> parts = c instanceof Condition.All ? ((Condition.All) c).parts()
                : c instanceof Condition.Any ? ((Condition.Any) c).parts() : List.of();
        return parts.stream().anyMatch(SlaPolicy::testsTeam);
    }

    /**
     * Builds an {@link SlaPolicy}. Rules are tried in the order they are added. Setting the warning
     * threshold or the clock start twice, or adding two rules of the same name (ignoring case), fails
     * at once with an {@link IllegalStateException} naming the values; so does building without rules.
     * Rules that can never match are reported by {@link SlaPolicy#warnings()} and logged at WARN. A builder is not thread-safe; the policy it builds is.
     */
    public static final class Builder {
        private final BusinessCalendar defaultCalendar;
        private final List<SlaRule> rules = new ArrayList<>();
        /** Position of each rule by its name in lower case: names are unique ignoring case. */
        private final Map<String, Integer> byName = new HashMap<>();
        private WarningThreshold warning;
        private ClockStart clockStart;
        private final List<DurationClock> clocks = new ArrayList<>();
        /** Clocks that {@link #standardRules()} added and a clock of the same name replaces. */
        private final java.util.Set<String> standardClocks = new java.util.HashSet<>();

        private Builder(BusinessCalendar defaultCalendar) {
            this.defaultCalendar = defaultCalendar;
        }

        /**
         * Adds a rule after those added so far.
         *
         * @param rule the rule
         * @return this builder
         * @throws IllegalStateException if a rule of the same name (ignoring case) was added before
         */
        public Builder rule(SlaRule rule) {
            Objects.requireNonNull(rule, "rule");
            if (testsTeam(rule.condition())) {
                throw new IllegalArgumentException("Rule '" + rule.name() + "' tests 'waiting on', which only the rules"
                        + " of a duration clock can: the update cadence does not depend on the team support waits on");
            }
            String key = rule.name().toLowerCase(Locale.ROOT);
            Integer before = byName.putIfAbsent(key, rules.size());
            if (before != null) {
                throw new IllegalStateException("Two rules are named '" + rules.get(before).name() + "'"
                        + (rules.get(before).name().equals(rule.name()) ? "" : " and '" + rule.name() + "'")
                        + ": rule names must be unique, ignoring case");
            }
            rules.add(rule);
            return this;
        }

        /**
         * Adds a rule after those added so far.
         *
         * @param name the rule's name
         * @param condition what a case must meet
         * @param target the target when it does
         * @return this builder
         * @throws IllegalArgumentException if the name is invalid
         * @throws IllegalStateException if the name is used before
         */
        public Builder rule(String name, Condition condition, Target target) {
            return rule(SlaRule.of(name, condition, target));
        }

        /**
         * Adds the seven {@link SlaPolicy#standardRules() standard rules} after those added so far,
         * and the standard duration clock {@code resolution} ({@link DurationClock#standardResolution()}),
         * which a later {@link #clock(DurationClock) clock} of the same name replaces.
         *
         * @return this builder
         * @throws IllegalStateException if one of their names is used before
         */
        public Builder standardRules() {
            STANDARD_RULES.forEach(this::rule);
            DurationClock resolution = DurationClock.standardResolution();
            if (clocks.stream().noneMatch(c -> c.name().equals(resolution.name()))) {
                clock(resolution); // a team's own clock of that name, added before, stays
                standardClocks.add(resolution.name());
            }
            return this;
        }

        /**
         * Adds a duration clock after those added so far.
         *
         * @param clock the clock
         * @return this builder
         * @throws IllegalStateException if a clock of the same name was added before
         */
        public Builder clock(DurationClock clock) {
            Objects.requireNonNull(clock, "clock");
            for (int i = 0; i < clocks.size(); i++) {
                if (clocks.get(i).name().equals(clock.name())) {
                    if (!standardClocks.remove(clock.name())) {
                        throw new IllegalStateException("Two clocks are named '" + clock.name()
                                + "': clock names must be unique");
                    }
                    clocks.set(i, clock); // a team's own clock replaces the standard one of that name
                    return this;
                }
            }
            clocks.add(clock);
            return this;
        }

        /**
         * Changes the target of a rule added before, keeping its place and condition.
         *
         * @param ruleName the rule's name, case-insensitive
         * @param target the new target
         * @return this builder
         * @throws IllegalArgumentException if no rule of that name was added, naming the known rules
         */
        public Builder target(String ruleName, Target target) {
            Objects.requireNonNull(ruleName, "ruleName");
            Objects.requireNonNull(target, "target");
            Integer i = byName.get(ruleName.strip().toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new IllegalArgumentException("Unknown rule '" + ruleName + "': "
                        + (rules.isEmpty() ? "no rules are defined yet" : "expected one of "
                                + rules.stream().map(SlaRule::name).collect(Collectors.joining(", "))));
            }
            rules.set(i, rules.get(i).withTarget(target));
            return this;
        }

        /**
         * @param threshold when a case becomes at risk; default {@link WarningThreshold#DEFAULT}
         * @return this builder
         * @throws IllegalStateException if the threshold was set before
         */
        public Builder warning(WarningThreshold threshold) {
            Objects.requireNonNull(threshold, "threshold");
            if (warning != null) {
                throw new IllegalStateException("Warning threshold set twice: '" + warning + "' and '" + threshold + "'");
            }
            this.warning = threshold;
            return this;
        }

        /**
         * @param reading when the clock starts; default {@link ClockStart#RULE_START}
         * @return this builder
         * @throws IllegalStateException if the reading was set before
         */
        public Builder clockStart(ClockStart reading) {
            Objects.requireNonNull(reading, "reading");
            if (clockStart != null) {
                throw new IllegalStateException("Clock start set twice: " + clockStart + " and " + reading);
            }
            this.clockStart = reading;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalStateException if no rule was added
         */
        public SlaPolicy build() {
            if (rules.isEmpty()) {
                throw new IllegalStateException("A policy needs at least one rule: add rules or the standard rules");
            }
            SlaPolicy policy = new SlaPolicy(rules, clocks, defaultCalendar,
                    warning != null ? warning : WarningThreshold.DEFAULT,
                    clockStart != null ? clockStart : ClockStart.RULE_START, null);
            int count = policy.analysis.warningCount();
            if (count > 0 && LOG.isWarnEnabled()) {
                for (int i = 0; i < count && i < LOGGED_WARNINGS; i++) {
                    LOG.warn("SLA policy: {}", policy.analysis.warning(i));
                }
                if (count > LOGGED_WARNINGS) {
                    LOG.warn("SLA policy: {} more rules can never match; SlaPolicy.warnings() lists them all",
                            count - LOGGED_WARNINGS);
                }
            }
            return policy;
        }
    }
}
