package org.slakit.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.slakit.core.BreachingSoon;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaState;

/**
 * One instance's part of the breaching-soon view ({@link BreachingSoon} semantics), in a form that
 * travels between instances, and the merge of such parts into the view over all cases.
 *
 * <p>Each instance selects, from the partitions it holds, the first {@code limit} cases in view
 * order ({@link #ORDER}) and counts every case in its view. The merged page takes the first
 * {@code limit} of all parts' cases in the same order (each case lives in exactly one partition, so
 * no part can miss one of the overall first {@code limit}) and sums the counts: it equals the view
 * selected over all cases at once.
 *
 * <h2>The clock watched</h2>
 * A page watches one clock, as its view does ({@link BreachingSoon#forClock}): the update cadence,
 * {@value SlaTransition#UPDATES}, or one of the policy's duration clocks, by name. Each
 * {@link Entry}'s state, rule and due instant are that clock's: for the update cadence the case's
 * evaluation ({@link Evaluation#state()}, {@link Evaluation#rule()}, {@link Evaluation#due()}), for
 * a duration clock that clock's evaluation ({@link BreachingSoon.Result#clockOf(Evaluation)}). The
 * counts by rule are of the watched clock's rules. A duration clock paused short of its target has
 * no due instant yet: its entry's {@link Entry#due()} is empty, and it is in the view only when at
 * risk; such entries come last, by case id. Pages of different clocks are never merged.
 *
 * @param now the instant of evaluation
 * @param clock the clock the view watches: {@value SlaTransition#UPDATES} or a duration clock's
 *        name, as {@link BreachingSoon#clock()} and {@link BreachingSoon.Result#clock()} give it
 * @param entries the cases, in view order ({@link #ORDER}), at most the limit
 * @param total the number of cases in the view, before the limit
 * @param countsByRule cases in the view per rule name of the watched clock
 * @param countsByAssignee cases in the view per assignee
 * @param unassigned cases in the view with nobody assigned
 * @param limit the limit the page was selected with, if any
 */
public record BreachingSoonPage(Instant now, String clock, List<Entry> entries, long total,
        Map<String, Long> countsByRule, Map<String, Long> countsByAssignee, long unassigned, OptionalInt limit) {

    /**
     * The view order, {@link BreachingSoon}'s for the page's clock: earliest due instant first (so
     * the most overdue case comes first), entries without a due instant (a duration clock paused
     * short of its target) last, ties broken by case id. Total over distinct case ids.
     */
    public static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.due().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::caseId);

    /**
     * One case in the view, as the watched clock sees it.
     *
     * @param caseId the case
     * @param state the clock's state: at risk, breached, or on track (due within the horizon); never
     *        not running
     * @param rule the name of the clock's rule in force
     * @param due the clock's due instant: in the past once reached; empty only for a duration clock
     *        paused short of its target, whose entry is then at risk
     * @param assignee who has the case, if anyone
     */
    public record Entry(String caseId, SlaState state, String rule, Optional<Instant> due, Optional<String> assignee) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the state is not running (such a case is never in the
         *         view), or the due instant is empty while the state is not at risk (a paused clock
         *         short of its target is in the view only when at risk; a breached clock has reached
         *         its due instant, an on-track one in the view is due within the horizon)
         */
        public Entry {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(assignee, "assignee");
            if (state == SlaState.NOT_RUNNING) {
                throw new IllegalArgumentException("Case " + caseId + ": a clock that is not running is never in the"
                        + " breaching-soon view");
            }
            if (due.isEmpty() && state != SlaState.AT_RISK) {
                throw new IllegalArgumentException("Case " + caseId + ": no due instant with state " + state
                        + ": only a paused clock short of its target has none, and it is in the view only when at risk");
            }
        }

        /**
         * An entry with a due instant (every entry of the update cadence's view).
         *
         * @param caseId the case
         * @param state the clock's state
         * @param rule the name of the clock's rule in force
         * @param due the clock's due instant
         * @param assignee who has the case, if anyone
         */
        public Entry(String caseId, SlaState state, String rule, Instant due, Optional<String> assignee) {
            this(caseId, state, rule, Optional.of(Objects.requireNonNull(due, "due")), assignee);
        }
    }

    /**
     * Copies the collections, and checks the components.
     *
     * @throws NullPointerException if a component, an entry or a count is null
     * @throws IllegalArgumentException if the clock is blank, or an entry of the update cadence's
     *         page has no due instant (only a duration clock can be paused)
     */
    public BreachingSoonPage {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(clock, "clock");
        if (clock.isBlank()) {
            throw new IllegalArgumentException("Clock '" + clock + "' is blank: expected " + SlaTransition.UPDATES
                    + " or a duration clock's name");
        }
        entries = List.copyOf(entries);
        countsByRule = Map.copyOf(countsByRule);
        countsByAssignee = Map.copyOf(countsByAssignee);
        Objects.requireNonNull(limit, "limit");
        if (clock.equals(SlaTransition.UPDATES)) {
            for (Entry e : entries) {
                if (e.due().isEmpty()) {
                    throw new IllegalArgumentException("Case " + e.caseId() + " has no due instant in a page of the"
                            + " update cadence: only a duration clock is paused short of its target");
                }
            }
        }
    }

    /**
     * The page of a view's result, of the clock the result watched ({@link BreachingSoon.Result#clock()}):
     * for the update cadence each entry is the case's evaluation, for a duration clock the
     * evaluation of that clock ({@link BreachingSoon.Result#clockOf(Evaluation)}). The counts are
     * the result's.
     *
     * @param result the result of {@link BreachingSoon#select}
     * @param limit the view's limit ({@link BreachingSoon#limit()})
     * @return the page
     */
    public static BreachingSoonPage of(BreachingSoon.Result result, OptionalInt limit) {
        Objects.requireNonNull(result, "result");
        List<Entry> entries = new ArrayList<>(result.cases().size());
        for (Evaluation e : result.cases()) {
            Optional<ClockEvaluation> clock = result.clockOf(e);
            if (clock.isEmpty()) {
                entries.add(new Entry(e.supportCase().id(), e.state(), e.rule().orElseThrow().name(),
                        e.due().orElseThrow(), e.supportCase().assignee()));
            } else {
                ClockEvaluation c = clock.get();
                entries.add(new Entry(e.supportCase().id(), c.state(), c.rule().orElseThrow().name(), c.due(),
                        e.supportCase().assignee()));
            }
        }
        return new BreachingSoonPage(result.now(), result.clock(), entries, result.total(), result.countsByRule(),
                result.countsByAssignee(), result.unassigned(), limit);
    }

    /**
     * Merges the pages of several instances, selected with the same view (clock, horizon, limit,
     * assignee) at the same instant. The clock, instant and limit are checked; the horizon and
     * assignee are not part of a page, and pages of views that differ only in them merge into
     * nonsense.
     *
     * @param pages the pages, at least one; one page merges into itself
     * @return the view over all their cases
     * @throws IllegalArgumentException if there are none, or they differ in clock (naming both), or
     *         in instant or limit
     */
    public static BreachingSoonPage merge(Collection<BreachingSoonPage> pages) {
        Objects.requireNonNull(pages, "pages");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("Nothing to merge: expected at least one breaching-soon page");
        }
        BreachingSoonPage first = pages.iterator().next();
        Objects.requireNonNull(first, "page");
        List<Entry> all = new ArrayList<>();
        long total = 0;
        long unassigned = 0;
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> byAssignee = new TreeMap<>();
        for (BreachingSoonPage p : pages) {
            Objects.requireNonNull(p, "page");
            if (!p.clock.equals(first.clock)) {
                throw new IllegalArgumentException("Breaching-soon pages of different clocks cannot be merged: one"
                        + " watches '" + first.clock + "', another '" + p.clock + "'");
            }
            if (!p.now.equals(first.now) || !p.limit.equals(first.limit)) {
                throw new IllegalArgumentException("Breaching-soon pages of different views cannot be merged: one at "
                        + first.now + " with limit " + first.limit + ", another at " + p.now + " with limit " + p.limit);
            }
            all.addAll(p.entries);
            total += p.total;
            unassigned += p.unassigned;
            p.countsByRule.forEach((k, v) -> byRule.merge(k, v, Long::sum));
            p.countsByAssignee.forEach((k, v) -> byAssignee.merge(k, v, Long::sum));
        }
        all.sort(ORDER);
        int n = first.limit.isPresent() ? Math.min(first.limit.getAsInt(), all.size()) : all.size();
        return new BreachingSoonPage(first.now, first.clock, all.subList(0, n), total, byRule, byAssignee, unassigned,
                first.limit);
    }

    /**
     * @return the clock, the instant and the counts, then one line per case: due instant (or
     *         {@code paused} for a duration clock paused short of its target), state, case, rule,
     *         assignee ({@code -} for none)
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Breaching soon (clock ").append(clock).append(") at ").append(now)
                .append(": ").append(total).append(total == 1 ? " case" : " cases").append(", by rule ")
                .append(new TreeMap<>(countsByRule)).append(", unassigned ").append(unassigned);
        for (Entry e : entries) {
            sb.append(String.format("%n  %-32s %-9s %-10s %-26s %s", e.due.map(Instant::toString).orElse("paused"),
                    e.state, e.caseId, e.rule, e.assignee.orElse("-")));
        }
        return sb.toString();
    }
}
