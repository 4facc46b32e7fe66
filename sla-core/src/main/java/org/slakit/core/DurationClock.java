package org.slakit.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A clock that measures one duration over the life of a case, next to the update cadence (the
 * policy's rules, the clock {@value #UPDATES}): time to resolution, or how long another team keeps
 * support waiting.
 *
 * <h2>Two kinds</h2>
 * <ul>
 *   <li><b>Over the case's life</b> (the default): the clock starts at creation, runs while the
 *       case's status has a running clock, <b>pauses</b> while the case is in one of
 *       {@link #pausedIn()} (for example pending customer), stops when the case is solved or
 *       closed, and resumes when it is reopened. Paused and stopped time extend the deadline; they
 *       never reset the clock. One cycle per case.</li>
 *   <li><b>Only in some statuses</b> ({@link #runsOnlyIn()} not empty, for example pending
 *       internal): the clock runs while the case is in one of those statuses and starts afresh
 *       each time the case enters them from another status. One cycle per spell, for internal
 *       SLAs: "engineering answered within a week".</li>
 * </ul>
 *
 * <h2>Targets</h2>
 * The clock's {@link #rules() rules} are tried in order, as the update cadence's are, on the case
 * as it stands; the first that matches gives the target: business time or business days on the
 * case's calendar (else the policy's default calendar), or elapsed time. The running time is
 * measured in the target's own measure: business time inside open hours for business targets,
 * wall-clock time for elapsed ones. A target of N business days is the business time of the first
 * N business days after the clock's start ({@code calendar.between(start,
 * calendar.plusBusinessDays(start, N))}). The due instant is the instant the running time reaches
 * the target; while the clock is paused it is not known yet, unless it was reached before.
 * Rules may test {@code waiting on <team>} ({@link SupportCase#waitingOn()}), so that targets
 * differ per team.
 *
 * <h2>Text form, inside policy text</h2>
 * <pre>
 * clock resolution
 * pauses in pending-customer
 * rule emergency when priority emergency then 4 hours
 * rule urgent when priority urgent then 1 business day
 * rule rest when always then 24 hours
 * </pre>
 * A {@code clock <name>} line starts the clock; {@code pauses in <statuses>} or
 * {@code runs in <statuses>} (at most one of them), {@code rule} and {@code change <rule> to
 * <target>} lines follow until the next {@code clock} line or {@code calendar}. {@link #toString()}
 * writes this form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DurationClock {

    /** The name of the update cadence: the policy's own rules. No duration clock may take it. */
    public static final String UPDATES = "updates";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private final String name;
    private final Set<CaseStatus> pausedIn;
    private final Set<CaseStatus> runsOnlyIn;
    private final List<SlaRule> rules;

    private DurationClock(String name, Set<CaseStatus> pausedIn, Set<CaseStatus> runsOnlyIn, List<SlaRule> rules) {
        this.name = name;
        this.pausedIn = pausedIn;
        this.runsOnlyIn = runsOnlyIn;
        this.rules = rules;
    }

    /**
     * The standard time-to-resolution clock, which states the company goal "80% of tickets resolved
     * within 24 hours": {@code clock resolution} with {@code rule resolution when always then 24 hours},
     * elapsed time from creation, no pause.
     *
     * @return the clock
     */
    public static DurationClock standardResolution() {
        return builder("resolution").rule("resolution", Condition.always(), Target.elapsed(Duration.ofHours(24)))
                .build();
    }

    /**
     * Starts a clock.
     *
     * @param name a letter, then letters, digits, {@code -} or {@code _}; stored in lower case; not
     *        {@value #UPDATES}, and not {@code starts} (which would read as {@code clock starts at})
     * @return a builder
     * @throws IllegalArgumentException if the name is not valid
     */
    public static Builder builder(String name) {
        return new Builder(checkName(name));
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("Invalid clock name '" + name + "': expected a letter, then letters,"
                    + " digits, '-' or '_', at most 64 characters");
        }
        if (lower.equals(UPDATES) || lower.equals("starts")) {
            throw new IllegalArgumentException("Invalid clock name '" + name + "': '" + lower + "' is reserved"
                    + (lower.equals(UPDATES) ? " for the update cadence, the policy's own rules" : ""));
        }
        return lower;
    }

    /** @return the clock's name, in lower case */
    public String name() {
        return name;
    }

    /** @return the statuses in which the clock pauses; empty if it never pauses or runs only in some statuses */
    public Set<CaseStatus> pausedIn() {
        return pausedIn;
    }

    /** @return the statuses in which alone the clock runs, one cycle per spell; empty for a clock over the case's life */
    public Set<CaseStatus> runsOnlyIn() {
        return runsOnlyIn;
    }

    /** @return true if the clock runs only in some statuses, one cycle per spell */
    public boolean isPerSpell() {
        return !runsOnlyIn.isEmpty();
    }

    /** @return the rules that give the target, in the order they are tried */
    public List<SlaRule> rules() {
        return rules;
    }

    /**
     * @param supportCase the case
     * @return the first rule whose condition the case meets, if any
     */
    public Optional<SlaRule> match(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase");
        for (SlaRule r : rules) {
            if (r.condition().test(supportCase)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** True if the clock runs while the case is in {@code status}. */
    boolean runsIn(CaseStatus status) {
        if (!status.isClockRunning()) {
            return false;
        }
        return runsOnlyIn.isEmpty() ? !pausedIn.contains(status) : runsOnlyIn.contains(status);
    }

    /**
     * @param ruleName a rule of this clock, case-insensitive
     * @param target its new target
     * @return this clock with that rule's target changed
     * @throws IllegalArgumentException if the clock has no such rule, naming the rules it has
     */
    public DurationClock withTarget(String ruleName, Target target) {
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(target, "target");
        List<SlaRule> changed = new ArrayList<>(rules);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).name().equalsIgnoreCase(ruleName.strip())) {
                changed.set(i, changed.get(i).withTarget(target));
                return new DurationClock(name, pausedIn, runsOnlyIn, List.copyOf(changed));
            }
        }
        throw new IllegalArgumentException("Unknown rule '" + ruleName + "' in clock " + name + ": expected one of "
                + rules.stream().map(SlaRule::name).collect(Collectors.joining(", ")));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DurationClock)) {
            return false;
        }
        DurationClock o = (DurationClock) obj;
        return name.equals(o.name) && pausedIn.equals(o.pausedIn) && runsOnlyIn.equals(o.runsOnlyIn)
                && rules.equals(o.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, pausedIn, runsOnlyIn, rules);
    }

    /** @return the clock's lines in policy text, each ending with a line break */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("clock ").append(name).append('\n');
        if (!pausedIn.isEmpty()) {
            sb.append("pauses in ").append(statuses(pausedIn)).append('\n');
        }
        if (!runsOnlyIn.isEmpty()) {
            sb.append("runs in ").append(statuses(runsOnlyIn)).append('\n');
        }
        rules.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    private static String statuses(Set<CaseStatus> set) {
        return set.stream().map(CaseStatus::text).collect(Collectors.joining(","));
    }

    /**
     * Builds a {@link DurationClock}. Setting the pause statuses or the run statuses twice, or both,
     * or adding two rules of the same name fails at once with an {@link IllegalStateException}; so
     * does building without rules. A builder is not thread-safe; the clock it builds is.
     */
    public static final class Builder {
        private final String name;
        private Set<CaseStatus> pausedIn;
        private Set<CaseStatus> runsOnlyIn;
        private final List<SlaRule> rules = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param statuses running statuses in which the clock pauses, one or more
         * @return this builder
         * @throws IllegalArgumentException if a status is solved or closed (the clock stops there anyway)
         * @throws IllegalStateException if pause or run statuses were set before
         */
        public Builder pausesIn(Collection<CaseStatus> statuses) {
            if (pausedIn != null || runsOnlyIn != null) {
                throw new IllegalStateException("Clock " + name + ": pause or run statuses set twice");
            }
            pausedIn = running(statuses, "pauses in");
            return this;
        }

        /**
         * @param statuses running statuses in which alone the clock runs, one cycle per spell; one or more
         * @return this builder
         * @throws IllegalArgumentException if a status is solved or closed
         * @throws IllegalStateException if pause or run statuses were set before
         */
        public Builder runsOnlyIn(Collection<CaseStatus> statuses) {
            if (pausedIn != null || runsOnlyIn != null) {
                throw new IllegalStateException("Clock " + name + ": pause or run statuses set twice");
            }
            runsOnlyIn = running(statuses, "runs in");
            return this;
        }

        private Set<CaseStatus> running(Collection<CaseStatus> statuses, String what) {
            Objects.requireNonNull(statuses, "statuses");
            if (statuses.isEmpty()) {
                throw new IllegalArgumentException("Clock " + name + ": '" + what + "' needs at least one status");
            }
            for (CaseStatus s : statuses) {
                if (!Objects.requireNonNull(s, "status").isClockRunning()) {
                    throw new IllegalArgumentException("Clock " + name + ": '" + what + " " + s.text()
                            + "': clocks stop when a case is solved or closed; expected open, pending-internal"
                            + " or pending-customer");
                }
            }
            return Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        }

        /**
         * @param rule a rule giving the target, tried after those added so far
         * @return this builder
         * @throws IllegalStateException if a rule of the same name was added before
         */
        public Builder rule(SlaRule rule) {
            Objects.requireNonNull(rule, "rule");
            if (!names.add(rule.name())) {
                throw new IllegalStateException("Clock " + name + ": two rules are named '" + rule.name()
                        + "': rule names must be unique within a clock, ignoring case");
            }
            rules.add(rule);
            return this;
        }

        /**
         * @param ruleName the rule's name
         * @param condition what a case must meet
         * @param target the target when it does
         * @return this builder
         * @throws IllegalStateException if a rule of the same name was added before
         */
        public Builder rule(String ruleName, Condition condition, Target target) {
            return rule(SlaRule.of(ruleName, condition, target));
        }

        /**
         * Changes the target of a rule added before.
         *
         * @param ruleName the rule's name, case-insensitive
         * @param target the new target
         * @return this builder
         * @throws IllegalArgumentException if no rule of that name was added
         */
        public Builder target(String ruleName, Target target) {
            DurationClock changed = new DurationClock(name, Set.of(), Set.of(), List.copyOf(rules))
                    .withTarget(ruleName, target);
            rules.clear();
            rules.addAll(changed.rules());
            return this;
        }

        /**
         * @return the clock
         * @throws IllegalStateException if no rule was added
         */
        public DurationClock build() {
            if (rules.isEmpty()) {
                throw new IllegalStateException("Clock " + name + " needs at least one rule, such as"
                        + " 'rule resolution when always then 24 hours'");
            }
            return new DurationClock(name, pausedIn != null ? pausedIn : Set.of(),
                    runsOnlyIn != null ? runsOnlyIn : Set.of(), List.copyOf(rules));
        }
    }
}
