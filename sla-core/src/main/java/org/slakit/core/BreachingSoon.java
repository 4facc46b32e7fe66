package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.internal.AssigneeCounts;
import org.slakit.core.internal.BoundedSelection;

/**
 * The "Breaching soon" view: of any number of cases, those {@link SlaState#AT_RISK at risk},
 * {@link SlaState#BREACHED breached}, or due within a horizon, most urgent first.
 *
 * <p>A case is in the view when its evaluation at {@code now} is at risk or breached, or on track
 * with a due instant at or before {@code now + horizon} (elapsed time); solved and closed cases
 * never are. The view can be limited to one assignee ("violations on my name").
 *
 * <p>The order is {@link Evaluation#byDue()}: earliest due instant first, so the most overdue case
 * comes first, ties broken by case id. With a {@link #withLimit(int) limit} of {@code n}, only the
 * first {@code n} are returned, selected with a bounded heap: the cost is one evaluation per case
 * plus {@code O(log n)} per case that enters the heap, never a sort of all cases. The counts per
 * rule and per assignee, and the total, cover every case in the view, not only the first {@code n}.
 *
 * <pre>
 * BreachingSoon mine = BreachingSoon.of(policy).withHorizon(Duration.ofHours(2)).withLimit(50).forAssignee("ana");
 * BreachingSoon.Result result = mine.select(cases, now);
 * </pre>
 *
 * <h2>Other clocks</h2>
 * By default the view watches the update cadence. {@link #forClock(String)} watches one duration
 * clock of the policy instead, one row per case: the state, due instant and rule are that clock's
 * ({@link Result#clockOf(Evaluation)}), and the order is the clock's due instant, then case id. A
 * paused clock short of its target has no due instant and is in the view only when at risk. Which
 * open cases miss the 24-hour resolution goal within the next two hours is one call:
 * <pre>
 * BreachingSoon.of(SlaPolicy.standard(team)).forClock("resolution").withHorizon(Duration.ofHours(2)).select(cases, now);
 * </pre>
 *
 * <p>This class is immutable and thread-safe; {@link #select} can run in several threads at once.
 */
public final class BreachingSoon {

    private final SlaPolicy policy;
    private final Duration horizon;
    private final int limit;
    private final String assignee;
    /** The duration clock watched, or null for the update cadence. */
    private final String clock;
    /** Its position in the policy's clocks, or -1. */
    private final int clockIndex;

    private BreachingSoon(SlaPolicy policy, Duration horizon, int limit, String assignee, String clock) {
        this.policy = policy;
        this.horizon = horizon;
        this.limit = limit;
        this.assignee = assignee;
        this.clock = clock;
        this.clockIndex = clock == null ? -1 : policy.clocks().indexOf(policy.clock(clock).orElseThrow());
    }

    /**
     * The view of a policy with no horizon (at risk and breached cases only), no limit and every
     * assignee.
     *
     * @param policy the policy to evaluate cases with
     * @return the view
     */
    public static BreachingSoon of(SlaPolicy policy) {
        return new BreachingSoon(Objects.requireNonNull(policy, "policy"), Duration.ZERO, Integer.MAX_VALUE, null, null);
    }

    /**
     * @param horizon also list on-track cases due at or before {@code now + horizon}; zero or positive
     * @return a view with that horizon
     * @throws IllegalArgumentException if the horizon is negative or longer than
     *         {@link Target#MAX_LENGTH}
     */
    public BreachingSoon withHorizon(Duration horizon) {
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("Horizon " + horizon + " is negative: expected zero or more");
        }
        if (horizon.compareTo(Target.MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("Horizon " + horizon + " is longer than " + Target.MAX_LENGTH
                    + ": expected at most that");
        }
        return new BreachingSoon(policy, horizon, limit, assignee, clock);
    }

    /**
     * @param limit the most cases to return, at least 1
     * @return a view with that limit
     * @throws IllegalArgumentException if the limit is below 1
     */
    public BreachingSoon withLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Limit " + limit + " is below 1");
        }
        return new BreachingSoon(policy, horizon, limit, assignee, clock);
    }

    /**
     * @param assignee only cases assigned to this agent; not blank
     * @return a view of one assignee's cases
     * @throws IllegalArgumentException if the assignee is blank (no case has a blank assignee)
     */
    public BreachingSoon forAssignee(String assignee) {
        Objects.requireNonNull(assignee, "assignee");
        if (assignee.isBlank()) {
            throw new IllegalArgumentException("Assignee '" + assignee + "' is blank: expected an agent's name");
        }
        return new BreachingSoon(policy, horizon, limit, assignee, clock);
    }

    /**
     * @param name the clock to watch: {@value DurationClock#UPDATES} for the update cadence (the
     *        default), or the name of one of the policy's duration clocks, case-insensitive
     * @return a view of that clock
     * @throws IllegalArgumentException if the policy has no such clock, naming the clocks it has
     */
    public BreachingSoon forClock(String name) {
        Objects.requireNonNull(name, "name");
        if (name.strip().equalsIgnoreCase(DurationClock.UPDATES)) {
            return new BreachingSoon(policy, horizon, limit, assignee, null);
        }
        DurationClock c = policy.clock(name).orElseThrow(() -> new IllegalArgumentException("Unknown clock '" + name
                + "': expected " + DurationClock.UPDATES + policy.clocks().stream().map(x -> ", " + x.name())
                        .collect(Collectors.joining())));
        return new BreachingSoon(policy, horizon, limit, assignee, c.name());
    }

    /** @return the clock the view watches: {@value DurationClock#UPDATES} or a duration clock's name */
    public String clock() {
        return clock == null ? DurationClock.UPDATES : clock;
    }

    /** @return the policy cases are evaluated with */
    public SlaPolicy policy() {
        return policy;
    }

    /** @return how far ahead on-track cases are listed */
    public Duration horizon() {
        return horizon;
    }

    /** @return the most cases returned; empty for no limit */
    public OptionalInt limit() {
        return limit == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** @return the assignee the view is limited to, if any */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /**
     * Evaluates the cases at {@code now} and selects the view.
     *
     * @param cases the cases, in any order, each id at most once
     * @param now the instant of evaluation
     * @return the selected cases, in order, and the counts
     * @throws IllegalArgumentException or {@link NoMatchingRuleException} from
     *         {@link SlaPolicy#evaluate(SupportCase, Instant)}, naming the case at fault
     */
    public Result select(Iterable<? extends SupportCase> cases, Instant now) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(now, "now");
        Selector selector = new Selector(now);
        for (SupportCase c : cases) {
            selector.accept(c);
        }
        return selector.result();
    }

    /**
     * Evaluates the cases of a stream at {@code now} and selects the view. A parallel stream is
     * evaluated in parallel (in the common fork-join pool, or in the pool whose task runs the
     * terminal operation): each thread keeps its own first cases and counts, which are merged at
     * the end. The answer is the same as for a sequential stream of the same cases, because the
     * view order is total over distinct case ids.
     *
     * @param cases the cases, each id at most once; sequential or parallel
     * @param now the instant of evaluation
     * @return the selected cases, in order, and the counts
     * @throws IllegalArgumentException or {@link NoMatchingRuleException} from
     *         {@link SlaPolicy#evaluate(SupportCase, Instant)}, naming the case at fault
     */
    public Result select(Stream<? extends SupportCase> cases, Instant now) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(now, "now");
        return cases.collect(Collector.of(() -> new Selector(now), Selector::accept, Selector::merge, Selector::result));
    }

    /** One pass over (a part of) the cases: counts and the most urgent cases. */
    private final class Selector {
        private final Instant now;
        private final Instant horizonEnd;
        private final long[] perRule = new long[policy.rules().size()];
        private final Map<String, long[]> perClockRule = new HashMap<>();
        private final AssigneeCounts assignees = new AssigneeCounts();
        private final BoundedSelection<Evaluation> first = new BoundedSelection<>(limit,
                clock == null ? Evaluation.byDue() : byClockDue(clockIndex));
        private long total;

        Selector(Instant now) {
            this.now = now;
            this.horizonEnd = now.plus(horizon);
        }

        void accept(SupportCase c) {
            Objects.requireNonNull(c, "case");
            String who = c.assigneeOrNull();
            if (assignee != null && !assignee.equals(who)) {
                return;
            }
            if (clock == null) {
                acceptUpdateCadence(c, who);
                return;
            }
            Evaluation e = policy.evaluate(c, now);
            ClockEvaluation ce = e.clockAt(clockIndex);
            SlaState state = ce.state();
            if (state == SlaState.NOT_RUNNING || state == SlaState.ON_TRACK
                    && (ce.due().isEmpty() || ce.due().get().isAfter(horizonEnd))) {
                return;
            }
            perClockRule.computeIfAbsent(ce.rule().orElseThrow().name(), k -> new long[1])[0]++;
            total++;
            assignees.add(who);
            first.offer(e);
        }

        /**
         * The view of the update cadence: {@code policy.evaluate(c, now)} taken step by step, so that
         * a case that does not enter the view allocates nothing here. A solved or closed case stops
         * after the status; a case with an elapsed target after the arithmetic of its due and at-risk
         * instants ({@link SlaPolicy#onTrackBeyond}); any other after its due instant and, when due
         * after the horizon, the at-risk test ({@link SlaPolicy#isAtRisk}). Only a case in the view gets its
         * {@link Evaluation}, equal to {@code policy.evaluate(c, now)}; the exceptions are evaluation's
         * own, in its order.
         */
        private void acceptUpdateCadence(SupportCase c, String who) {
            c.checkNow(now);
            if (!c.status().isClockRunning()) {
                return;
            }
            int index = policy.ruleIndex(c);
            Target target = policy.resolvedTarget(index, c.agreedIntervalOrNull());
            Instant start = policy.clockStart(c, index);
            if (target instanceof Target.Elapsed && policy.onTrackBeyond(target, start, now, horizonEnd)) {
                return; // on track and due after the horizon, decided on the numbers
            }
            BusinessCalendar calendar = policy.calendarOf(c);
            Instant due = policy.due(c, target, start, calendar);
            if (!now.isAfter(due) && due.isAfter(horizonEnd) && !policy.isAtRisk(target, calendar, start, due, now)) {
                return; // on track and due after the horizon
            }
            perRule[index]++;
            total++;
            assignees.add(who);
            first.offer(policy.evaluation(c, now, index, target, start, due, calendar));
        }

        Selector merge(Selector other) {
            total += other.total;
            for (int i = 0; i < perRule.length; i++) {
                perRule[i] += other.perRule[i];
            }
            other.perClockRule.forEach((k, v) -> perClockRule.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            assignees.merge(other.assignees);
            first.merge(other.first);
            return this;
        }

        Result result() {
            Map<String, Long> byRule = new LinkedHashMap<>();
            List<SlaRule> rules = clock == null ? policy.rules() : policy.clock(clock).orElseThrow().rules();
            for (int i = 0; i < rules.size(); i++) {
                long n = clock == null ? perRule[i] : perClockRule.getOrDefault(rules.get(i).name(), new long[1])[0];
                if (n > 0) {
                    byRule.put(rules.get(i).name(), n);
                }
            }
            return new Result(now, clock(), first.sorted(), total, Collections.unmodifiableMap(byRule),
                    assignees.byAssignee(), assignees.unassigned());
        }
    }

    /** The order of a duration clock's view: that clock's due instant (none last), then case id. */
    private static Comparator<Evaluation> byClockDue(int clockIndex) {
        return (a, b) -> {
            Instant da = a.clockAt(clockIndex).dueOrNull();
            Instant db = b.clockAt(clockIndex).dueOrNull();
            if (da != null || db != null) {
                if (da == null) {
                    return 1;
                }
                if (db == null) {
                    return -1;
                }
                int c = da.compareTo(db);
                if (c != 0) {
                    return c;
                }
            }
            return a.supportCase().id().compareTo(b.supportCase().id());
        };
    }

    /**
     * The outcome of {@link #select}: the cases in view order, at most the limit, and counts over
     * every case in the view.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Result {
        private final Instant now;
        private final String clock;
        private final List<Evaluation> cases;
        private final long total;
        private final Map<String, Long> countsByRule;
        private final Map<String, Long> countsByAssignee;
        private final long unassigned;

        private Result(Instant now, String clock, List<Evaluation> cases, long total, Map<String, Long> countsByRule,
                Map<String, Long> countsByAssignee, long unassigned) {
            this.now = now;
            this.clock = clock;
            this.cases = cases;
            this.total = total;
            this.countsByRule = countsByRule;
            this.countsByAssignee = countsByAssignee;
            this.unassigned = unassigned;
        }

        /** @return the instant the cases were evaluated at */
        public Instant now() {
            return now;
        }

        /** @return the clock the view watched: {@value DurationClock#UPDATES} or a duration clock's name */
        public String clock() {
            return clock;
        }

        /**
         * @param evaluation one of {@link #cases()}
         * @return the evaluation of the watched duration clock for that case; empty for a view of the
         *         update cadence, whose state and due instant are the evaluation's own
         */
        public Optional<ClockEvaluation> clockOf(Evaluation evaluation) {
            Objects.requireNonNull(evaluation, "evaluation");
            return clock.equals(DurationClock.UPDATES) ? Optional.empty() : evaluation.clock(clock);
        }

        /** @return the first cases of the view, most urgent first, at most the limit */
        public List<Evaluation> cases() {
            return cases;
        }

        /** @return how many cases are in the view, before the limit */
        public long total() {
            return total;
        }

        /**
         * @return how many cases of the view each rule matched (the watched clock's rules), in rule
         *         order; rules without cases are left out
         */
        public Map<String, Long> countsByRule() {
            return countsByRule;
        }

        /** @return how many cases of the view each assignee has, by assignee name; unassigned cases are in {@link #unassigned()} */
        public Map<String, Long> countsByAssignee() {
            return countsByAssignee;
        }

        /** @return how many cases of the view have no assignee */
        public long unassigned() {
            return unassigned;
        }

        /** @return a summary for logs */
        @Override
        public String toString() {
            List<String> ids = new ArrayList<>();
            cases.forEach(e -> ids.add(e.supportCase().id()));
            return "BreachingSoon.Result[" + clock + ", " + total + " cases at " + now + ", first " + ids + ", by rule " + countsByRule
                    + ", by assignee " + countsByAssignee + ", unassigned " + unassigned + "]";
        }
    }
}
