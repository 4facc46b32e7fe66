package org.slakit.core;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slakit.calendar.BusinessCalendar;

/**
 * An SLA policy: an ordered list of named {@link SlaRule rules}, a default calendar, a
 * {@link WarningThreshold warning threshold} and a {@link ClockStart clock-start reading}. The first
 * rule whose condition a case meets gives its target; a case no rule matches is an error
 * ({@link NoMatchingRuleException}), never a guess. Solved and closed cases have no running clock
 * and need no rule.
 *
 * <h2>The standard policy</h2>
 * {@link #standard(BusinessCalendar)} is the seed's table, as these rules in this order:
 * <pre>
 * rule emergency-first-response when priority emergency and nothing sent yet then 1 hour
 * rule emergency when priority emergency and update sent then as agreed, else 1 hour
 * rule first-response when nothing sent yet then 2 business hours
 * rule urgent-or-elevated when priority urgent or elevated then 1 business day
 * rule open when status open then 3 business days
 * rule pending-internal when status pending-internal then 1 week
 * rule pending-customer when status pending-customer then 3 weeks
 * </pre>
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
 * standard rules                                              # the seven rules above
 * rule &lt;name&gt; when &lt;condition&gt; then &lt;target&gt;                 # see Condition and Target
 * change &lt;name&gt; to &lt;target&gt;                                  # retarget a rule defined above
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

    private static final int NO_RULE = -1;

    private final List<SlaRule> rules;
    private final BusinessCalendar defaultCalendar;
    private final WarningThreshold warning;
    private final ClockStart clockStart;

    private final boolean[] statusRule;
    private final boolean[] priorityRule;
    /** First matching rule per (priority, elevated, status, sent), or null when a rule tests the channel. */
    private final int[] lookup;

    private SlaPolicy(List<SlaRule> rules, BusinessCalendar defaultCalendar, WarningThreshold warning,
            ClockStart clockStart) {
        this.rules = List.copyOf(rules);
        this.defaultCalendar = defaultCalendar;
        this.warning = warning;
        this.clockStart = clockStart;
        int n = this.rules.size();
        this.statusRule = new boolean[n];
        this.priorityRule = new boolean[n];
        boolean channels = false;
        Set<Channel> named = new LinkedHashSet<>();
        for (SlaRule r : this.rules) {
            channels |= r.condition().testsChannel();
            r.condition().collectChannels(named);
        }
        List<Channel> space = new ArrayList<>(named);
        space.add(unnamedChannel(named));
        for (int i = 0; i < n; i++) {
            Condition c = this.rules.get(i).condition();
            statusRule[i] = dependsOnStatus(c, space);
            priorityRule[i] = dependsOnPriority(c, space);
        }
        this.lookup = channels ? null : buildLookup();
    }

    private static final List<CaseStatus> RUNNING =
            List.of(CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER);

    private static Channel unnamedChannel(Set<Channel> named) {
        for (int i = 0; ; i++) {
            Channel c = Channel.of("unnamed" + i);
            if (!named.contains(c)) {
                return c;
            }
        }
    }

    /** True if changing only the status of some case changes whether it meets the condition. */
    private static boolean dependsOnStatus(Condition c, List<Channel> channels) {
        for (Priority p : Priority.values()) {
            for (boolean elevated : new boolean[] {false, true}) {
                for (boolean sent : new boolean[] {false, true}) {
                    for (Channel ch : channels) {
                        Boolean first = null;
                        for (CaseStatus s : RUNNING) {
                            boolean meets = c.test(p, elevated, s, sent, ch);
                            if (first == null) {
                                first = meets;
                            } else if (first != meets) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** True if changing only the priority or the elevated flag of some case changes whether it meets the condition. */
    private static boolean dependsOnPriority(Condition c, List<Channel> channels) {
        for (CaseStatus s : RUNNING) {
            for (boolean sent : new boolean[] {false, true}) {
                for (Channel ch : channels) {
                    Boolean first = null;
                    for (Priority p : Priority.values()) {
                        for (boolean elevated : new boolean[] {false, true}) {
                            boolean meets = c.test(p, elevated, s, sent, ch);
                            if (first == null) {
                                first = meets;
                            } else if (first != meets) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    private int[] buildLookup() {
        int[] table = new int[Priority.values().length * 2 * 3 * 2];
        for (Priority p : Priority.values()) {
            for (int elevated = 0; elevated < 2; elevated++) {
                for (CaseStatus s : RUNNING) {
                    for (int sent = 0; sent < 2; sent++) {
                        int found = NO_RULE;
                        for (int i = 0; i < rules.size() && found == NO_RULE; i++) {
                            if (rules.get(i).condition().test(p, elevated == 1, s, sent == 1, Channel.EMAIL)) {
                                found = i;
                            }
                        }
                        table[key(p, elevated == 1, s, sent == 1)] = found;
                    }
                }
            }
        }
        return table;
    }

    private static int key(Priority p, boolean elevated, CaseStatus s, boolean sent) {
        return ((p.ordinal() * 2 + (elevated ? 1 : 0)) * 3 + s.ordinal()) * 2 + (sent ? 1 : 0);
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
     * The seed's table (see the class documentation), with the default warning threshold (75%) and
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

    /** @return the rules, in the order they are tried */
    public List<SlaRule> rules() {
        return rules;
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
     * @param reading another clock-start reading
     * @return this policy with that reading
     */
    public SlaPolicy withClockStart(ClockStart reading) {
        return new SlaPolicy(rules, defaultCalendar, warning, Objects.requireNonNull(reading, "reading"));
    }

    /**
     * @param threshold another warning threshold
     * @return this policy with that threshold
     */
    public SlaPolicy withWarning(WarningThreshold threshold) {
        return new SlaPolicy(rules, defaultCalendar, Objects.requireNonNull(threshold, "threshold"), clockStart);
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
        BusinessCalendar own = supportCase.calendarOrNull();
        BusinessCalendar calendar = own != null ? own : defaultCalendar;
        if (!supportCase.status().isClockRunning()) {
            return new Evaluation(this, supportCase, now, SlaState.NOT_RUNNING, null, -1, null, calendar, own != null,
                    null, null, null, null);
        }
        int index = ruleIndex(supportCase);
        SlaRule rule = rules.get(index);
        Target target = rule.target().resolve(supportCase.agreedIntervalOrNull());
        Instant start = clockStart(supportCase, index);
        Instant due;
        try {
            due = target.due(start, calendar);
        } catch (DateTimeException e) {
            throw new DateTimeException("Case " + supportCase.id() + ": cannot compute the due instant of '" + target
                    + "' from " + start + " on the " + (own != null ? "case's" : "policy's default")
                    + " calendar: " + e.getMessage(), e);
        }
        if (now.isAfter(due)) {
            // breached: the target length and the at-risk instant are computed when asked for
            return new Evaluation(this, supportCase, now, SlaState.BREACHED, rule, index, target, calendar, own != null,
                    start, due, null, null);
        }
        Duration length = length(target, calendar, start, due);
        Instant atRisk = atRisk(target, calendar, start, length);
        SlaState state = now.isBefore(atRisk) ? SlaState.ON_TRACK : SlaState.AT_RISK;
        return new Evaluation(this, supportCase, now, state, rule, index, target, calendar, own != null, start, due,
                atRisk, length);
    }

    /** The target in its own measure: business time between start and due for business days, else its length. */
    static Duration length(Target target, BusinessCalendar calendar, Instant start, Instant due) {
        return target.kind() == Target.Kind.BUSINESS_DAYS ? calendar.between(start, due) : target.length().get();
    }

    /** The earliest instant at which the part of the target the warning allows is used. */
    Instant atRisk(Target target, BusinessCalendar calendar, Instant start, Duration length) {
        Duration allowed = warning.usedBeforeRisk(length);
        return target.isBusiness() ? calendar.plus(start, allowed) : start.plus(allowed);
    }

    int ruleIndex(SupportCase c) {
        int found = NO_RULE;
        if (lookup != null) {
            found = lookup[key(c.priority(), c.isElevated(), c.status(), c.lastSentOrNull() != null)];
        } else {
            for (int i = 0; i < rules.size() && found == NO_RULE; i++) {
                if (rules.get(i).condition().test(c)) {
                    found = i;
                }
            }
        }
        if (found == NO_RULE) {
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
        Instant start = c.runningSince();
        if (statusRule[index] && c.statusSince().isAfter(start)) {
            start = c.statusSince();
        }
        if (priorityRule[index] && c.prioritySince().isAfter(start)) {
            start = c.prioritySince();
        }
        return start;
    }

    private Instant clockStart(SupportCase c, int index) {
        Instant sent = c.lastSentOrNull();
        if (clockStart == ClockStart.LAST_UPDATE) {
            return sent != null ? sent : c.created();
        }
        Instant start = ruleStart(c, index);
        return sent != null && sent.isAfter(start) ? sent : start;
    }

    boolean isStatusRule(int index) {
        return statusRule[index];
    }

    boolean isPriorityRule(int index) {
        return priorityRule[index];
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
        return rules.equals(o.rules) && defaultCalendar.equals(o.defaultCalendar) && warning.equals(o.warning)
                && clockStart == o.clockStart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, defaultCalendar, warning, clockStart);
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
        sb.append("calendar\n").append(defaultCalendar);
        return sb.toString();
    }

    // ------------------------------------------------------------------ builder

    /**
     * Builds an {@link SlaPolicy}. Rules are tried in the order they are added. Setting the warning
     * threshold or the clock start twice, or adding two rules of the same name, fails at once with
     * a message naming the values. A builder is not thread-safe; the policy it builds is.
     */
    public static final class Builder {
        private final BusinessCalendar defaultCalendar;
        private final List<SlaRule> rules = new ArrayList<>();
        private WarningThreshold warning;
        private ClockStart clockStart;

        private Builder(BusinessCalendar defaultCalendar) {
            this.defaultCalendar = defaultCalendar;
        }

        /**
         * Adds a rule after those added so far.
         *
         * @param rule the rule
         * @return this builder
         * @throws IllegalArgumentException if a rule of the same name was added before
         */
        public Builder rule(SlaRule rule) {
            Objects.requireNonNull(rule, "rule");
            if (rules.stream().anyMatch(r -> r.name().equals(rule.name()))) {
                throw new IllegalArgumentException("Two rules are named '" + rule.name() + "': rule names must be unique");
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
         * @throws IllegalArgumentException if the name is invalid or used before
         */
        public Builder rule(String name, Condition condition, Target target) {
            return rule(SlaRule.of(name, condition, target));
        }

        /**
         * Adds the seven {@link SlaPolicy#standardRules() standard rules} after those added so far.
         *
         * @return this builder
         * @throws IllegalArgumentException if one of their names is used before
         */
        public Builder standardRules() {
            STANDARD_RULES.forEach(this::rule);
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
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).name().equalsIgnoreCase(ruleName.strip())) {
                    rules.set(i, rules.get(i).withTarget(target));
                    return this;
                }
            }
            throw new IllegalArgumentException("Unknown rule '" + ruleName + "': "
                    + (rules.isEmpty() ? "no rules are defined yet"
                            : "expected one of " + rules.stream().map(SlaRule::name).collect(Collectors.joining(", "))));
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
            return new SlaPolicy(rules, defaultCalendar, warning != null ? warning : WarningThreshold.DEFAULT,
                    clockStart != null ? clockStart : ClockStart.RULE_START);
        }
    }
}
