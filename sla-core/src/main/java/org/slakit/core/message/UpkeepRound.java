package org.slakit.core.message;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.OpenPeriod;
import org.slakit.core.Evaluation;
import org.slakit.core.NoMatchingRuleException;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.internal.AssigneeCounts;
import org.slakit.core.internal.BoundedSelection;

/**
 * The upkeep round: of any number of cases, those whose next update is due within a window, in
 * the order to send the check-ins, each with a {@link UpkeepItem suggested template}. The standard
 * procedure: "at least two days a week an agent reserves an hour to send progress updates to
 * customers whose cases are aging".
 *
 * <h2>Which cases</h2>
 * A case is in the round when its clock runs (solved and closed cases never are) and its
 * {@link Evaluation#due() due instant} at {@code now} is at or before the end of the window: the
 * end itself is included. So every breached case is in the round, whatever the window. Unlike
 * {@link org.slakit.core.BreachingSoon}, an at-risk case due after the window is not: the round
 * is about due instants, not warnings. The window is one of:
 * <ul>
 *   <li>{@link #within(SlaPolicy, Duration) a fixed duration} of elapsed time from {@code now},
 *       24x7, such as the reserved hour: a round at 16:30 within one hour takes the cases due until
 *       17:30, even when the team closes at 17:00. A zero window takes the breached cases and those
 *       due exactly at {@code now}. To hold the round twice a week and have no case breach in
 *       between, pass the time until the next round instead;</li>
 *   <li>{@link #restOfBusinessDay(SlaPolicy) the rest of the business day}, on each case's
 *       calendar ({@link Evaluation#calendar()}: the case's own, else the policy's default); it
 *       ends at {@link #endOfBusinessDay(BusinessCalendar, Instant)}, the last closing instant of
 *       the business day under way, through a lunch break, and is empty (ends at {@code now}) when
 *       no business day is under way.</li>
 * </ul>
 * The round can be limited to one {@link #forAssignee(String) assignee}.
 *
 * <h2>Order</h2>
 * {@link Evaluation#byDue()}: earliest due instant first, ties broken by case id. A breached case
 * is due before {@code now} and every other case at or after it, so the breached cases come first,
 * the most overdue first, then the others by due instant.
 *
 * <h2>Cost</h2>
 * One evaluation per case (cases of other assignees are skipped before evaluation). With a
 * {@link #withLimit(int) limit} of {@code n}, the first {@code n} are kept in a bounded heap: a case
 * outside the first {@code n} so far costs one comparison, one that enters {@code O(log n)}; the
 * cases are never all sorted. The counts of {@link Result} cover every case in the round, not only
 * the first {@code n}.
 *
 * <pre>
 * UpkeepRound.Result round = UpkeepRound.restOfBusinessDay(policy).forAssignee("ana").withLimit(20)
 *         .select(cases, now);
 * for (UpkeepItem item : round.items()) {
 *     String message = item.render("a fix from our engineers"); // fails naming the placeholder if blank
 * }
 * </pre>
 *
 * <p>This class is immutable and thread-safe; {@link #select} can run in several threads at once.
 */
public final class UpkeepRound {

    private final SlaPolicy policy;
    /** The fixed window, or null for the rest of the business day. */
    private final Duration window;
    private final int limit;
    private final String assignee;

    private UpkeepRound(SlaPolicy policy, Duration window, int limit, String assignee) {
        this.policy = policy;
        this.window = window;
        this.limit = limit;
        this.assignee = assignee;
    }

    /**
     * A round over the cases due within a fixed window of elapsed time from {@code now}, every
     * assignee, no limit.
     *
     * @param policy the policy to evaluate cases with
     * @param window how far after {@code now} a due instant may lie, inclusive; zero or positive
     * @return the round
     * @throws IllegalArgumentException if the window is negative
     */
    public static UpkeepRound within(SlaPolicy policy, Duration window) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("Window " + window + " is negative: expected zero or more");
        }
        return new UpkeepRound(policy, window, Integer.MAX_VALUE, null);
    }

    /**
     * A round over the cases due by the end of the business day under way on each case's calendar
     * (see {@link #endOfBusinessDay(BusinessCalendar, Instant)}), every assignee, no limit.
     *
     * @param policy the policy to evaluate cases with
     * @return the round
     */
    public static UpkeepRound restOfBusinessDay(SlaPolicy policy) {
        return new UpkeepRound(Objects.requireNonNull(policy, "policy"), null, Integer.MAX_VALUE, null);
    }

    /**
     * @param limit the most items to return, at least 1
     * @return this round with that limit
     * @throws IllegalArgumentException if the limit is below 1
     */
    public UpkeepRound withLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Limit " + limit + " is below 1: expected at least 1");
        }
        return new UpkeepRound(policy, window, limit, assignee);
    }

    /**
     * @param assignee only cases assigned to this agent (compared exactly)
     * @return this round, limited to one assignee's cases
     */
    public UpkeepRound forAssignee(String assignee) {
        return new UpkeepRound(policy, window, limit, Objects.requireNonNull(assignee, "assignee"));
    }

    /** @return the policy cases are evaluated with */
    public SlaPolicy policy() {
        return policy;
    }

    /** @return the fixed window; empty when the round runs to the end of the business day */
    public Optional<Duration> window() {
        return Optional.ofNullable(window);
    }

    /** @return true if the round runs to the end of the business day, false for a fixed window */
    public boolean isRestOfBusinessDay() {
        return window == null;
    }

    /** @return the most items returned; empty for no limit */
    public OptionalInt limit() {
        return limit == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** @return the assignee the round is limited to, if any */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /**
     * The end of this round's window, inclusive, for a case measured on {@code calendar}: for a
     * fixed window {@code now + window} (the calendar plays no part; {@link Instant#MAX} if the
     * sum would pass it); for the rest of the business day
     * {@link #endOfBusinessDay(BusinessCalendar, Instant) endOfBusinessDay(calendar, now)}.
     *
     * @param calendar the case's calendar, as in {@link Evaluation#calendar()}
     * @param now the instant of the round
     * @return the end of the window, never before {@code now}
     */
    public Instant windowEnd(BusinessCalendar calendar, Instant now) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        return window == null ? endOfBusinessDay(calendar, now) : fixedEnd(now);
    }

    private Instant fixedEnd(Instant now) {
        // saturate instead of overflowing: every due instant is at or before Instant.MAX
        return window.compareTo(Duration.between(now, Instant.MAX)) >= 0 ? Instant.MAX : now.plus(window);
    }

    /**
     * The end of "the rest of the business day" at {@code now}: the last closing instant of the
     * business day under way, or {@code now} itself when none is under way.
     * <ul>
     *   <li>When the calendar is open at {@code now}, the business day under way is the local date
     *       (in the calendar's zone) that the open period containing {@code now} belongs to; a night
     *       shift belongs to the date it starts on, so on a Fri 22:00-06:00 shift the business day
     *       at Saturday 02:00 is Friday's, and ends on Saturday at 06:00.</li>
     *   <li>When it is closed at {@code now} but a period of the local date of {@code now} is still
     *       to come (before the opening, in a lunch break), that date is the business day under
     *       way.</li>
     *   <li>The result is the closing instant of that date's last period
     *       ({@link BusinessCalendar#openPeriodsOn(LocalDate)}): a lunch break does not end the day,
     *       so on a 09:00-12:30 13:30-17:00 day the result at 10:00, at 12:45 and at 08:00 is 17:00.</li>
     *   <li>Otherwise (after the day's last close, the closing instant itself included since
     *       periods are half-open, or on a weekend or holiday) no business day is under way and the
     *       result is {@code now}: the window is empty, and only cases due at or before {@code now}
     *       are in the round.</li>
     * </ul>
     * On a calendar open around the clock the business day ends at the next local midnight.
     *
     * @param calendar the calendar
     * @param now the instant
     * @return the end of the business day under way, never before {@code now}
     * @throws java.time.DateTimeException if {@code now} is outside the calendar's supported range
     */
    public static Instant endOfBusinessDay(BusinessCalendar calendar, Instant now) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        if (calendar.isOpen(now)) {
            // a period lasts at most a day, so it belongs to today, yesterday or, across a DST change, the day before
            for (int back = 0; back <= 2; back++) {
                List<OpenPeriod> periods = calendar.openPeriodsOn(today.minusDays(back));
                for (OpenPeriod p : periods) {
                    if (p.contains(now)) {
                        return periods.get(periods.size() - 1).end();
                    }
                }
            }
            throw new IllegalStateException("The calendar is open at " + now + " but no open period of "
                    + today.minusDays(2) + " to " + today + " contains it: " + calendar);
        }
        List<OpenPeriod> periods = calendar.openPeriodsOn(today);
        if (!periods.isEmpty()) {
            Instant end = periods.get(periods.size() - 1).end();
            if (end.isAfter(now)) {
                return end;
            }
        }
        return now;
    }

    /**
     * Evaluates the cases at {@code now} and selects the round.
     *
     * @param cases the cases, in any order, each id at most once
     * @param now the instant of the round
     * @return the items in order, at most the limit, and the counts
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
     * Evaluates the cases of a stream at {@code now} and selects the round. A parallel stream is
     * evaluated in parallel; the answer is the same as for a sequential stream of the same cases,
     * because the round order is total over distinct case ids.
     *
     * @param cases the cases, each id at most once; sequential or parallel
     * @param now the instant of the round
     * @return the items in order, at most the limit, and the counts
     * @throws IllegalArgumentException or {@link NoMatchingRuleException} from
     *         {@link SlaPolicy#evaluate(SupportCase, Instant)}, naming the case at fault
     */
    public Result select(Stream<? extends SupportCase> cases, Instant now) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(now, "now");
        return cases.collect(Collector.of(() -> new Selector(now), Selector::accept, Selector::merge, Selector::result));
    }

    /** One pass over (a part of) the cases: counts, and the first items in round order. */
    private final class Selector {
        private final Instant now;
        private final Instant fixedEnd;
        private final Map<BusinessCalendar, Instant> dayEnds = new IdentityHashMap<>();
        private final BoundedSelection<Evaluation> first = new BoundedSelection<>(limit, Evaluation.byDue());
        private final AssigneeCounts assignees = new AssigneeCounts();
        private long breached;
        private long total;

        Selector(Instant now) {
            this.now = now;
            this.fixedEnd = window == null ? null : fixedEnd(now);
        }

        void accept(SupportCase c) {
            Objects.requireNonNull(c, "case");
            String who = c.assignee().orElse(null);
            if (assignee != null && !assignee.equals(who)) {
                return;
            }
            Evaluation e = policy.evaluate(c, now);
            if (e.state() == SlaState.NOT_RUNNING || e.due().orElseThrow().isAfter(end(e.calendar()))) {
                return;
            }
            total++;
            if (e.state() == SlaState.BREACHED) {
                breached++;
            }
            assignees.add(who);
            first.offer(e);
        }

        Selector merge(Selector other) {
            total += other.total;
            breached += other.breached;
            assignees.merge(other.assignees);
            first.merge(other.first);
            return this;
        }

        private Instant end(BusinessCalendar calendar) {
            return fixedEnd != null ? fixedEnd : dayEnds.computeIfAbsent(calendar, k -> endOfBusinessDay(k, now));
        }

        Result result() {
            List<UpkeepItem> items = new ArrayList<>();
            for (Evaluation e : first.sorted()) {
                items.add(UpkeepItem.of(e));
            }
            return new Result(now, Collections.unmodifiableList(items), total, breached,
                    assignees.byAssignee(), assignees.unassigned());
        }
    }

    /**
     * The outcome of {@link #select}: the items in round order, at most the limit, and counts over
     * every case in the round.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Result {
        private final Instant now;
        private final List<UpkeepItem> items;
        private final long total;
        private final long breached;
        private final Map<String, Long> countsByAssignee;
        private final long unassigned;

        private Result(Instant now, List<UpkeepItem> items, long total, long breached,
                Map<String, Long> countsByAssignee, long unassigned) {
            this.now = now;
            this.items = items;
            this.total = total;
            this.breached = breached;
            this.countsByAssignee = countsByAssignee;
            this.unassigned = unassigned;
        }

        /** @return the instant the cases were evaluated at */
        public Instant now() {
            return now;
        }

        /** @return the first items of the round, breached first, then by due instant; at most the limit; unmodifiable */
        public List<UpkeepItem> items() {
            return items;
        }

        /** @return how many cases are in the round, before the limit */
        public long total() {
            return total;
        }

        /** @return how many cases of the round are breached, before the limit */
        public long breached() {
            return breached;
        }

        /**
         * @return how many cases of the round each assignee has, by assignee name; unassigned cases
         *         are in {@link #unassigned()}; unmodifiable
         */
        public Map<String, Long> countsByAssignee() {
            return countsByAssignee;
        }

        /** @return how many cases of the round have no assignee */
        public long unassigned() {
            return unassigned;
        }

        /** @return a summary for logs */
        @Override
        public String toString() {
            List<String> ids = new ArrayList<>();
            items.forEach(i -> ids.add(i.supportCase().id()));
            return "UpkeepRound.Result[" + total + " cases at " + now + ", " + breached + " breached, first " + ids
                    + ", by assignee " + countsByAssignee + ", unassigned " + unassigned + "]";
        }
    }
}
