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
import org.slakit.core.Evaluation;
import org.slakit.core.SlaState;

/**
 * One instance's part of the breaching-soon view ({@link BreachingSoon} semantics), in a form that
 * travels between instances, and the merge of such parts into the view over all cases.
 *
 * <p>Each instance selects, from the partitions it holds, the first {@code limit} cases in view
 * order (earliest due first, ties by case id) and counts every case in its view. The merged page
 * takes the first {@code limit} of all parts' cases in the same order (each case lives in exactly
 * one partition, so no part can miss one of the overall first {@code limit}) and sums the counts:
 * it equals the view selected over all cases at once.
 *
 * @param now the instant of evaluation
 * @param entries the cases, in view order, at most the limit
 * @param total the number of cases in the view, before the limit
 * @param countsByRule cases in the view per rule name
 * @param countsByAssignee cases in the view per assignee
 * @param unassigned cases in the view with nobody assigned
 * @param limit the limit the page was selected with, if any
 */
public record BreachingSoonPage(Instant now, List<Entry> entries, long total, Map<String, Long> countsByRule,
        Map<String, Long> countsByAssignee, long unassigned, OptionalInt limit) {

    /** The view order: earliest due first, then case id. */
    public static final Comparator<Entry> ORDER = Comparator.comparing(Entry::due).thenComparing(Entry::caseId);

    /**
     * One case in the view.
     *
     * @param caseId the case
     * @param state at risk, breached or on track (due within the horizon)
     * @param rule the rule in force
     * @param due its due instant
     * @param assignee who has the case, if anyone
     */
    public record Entry(String caseId, SlaState state, String rule, Instant due, Optional<String> assignee) {
        /** Checks that no component is null. */
        public Entry {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(assignee, "assignee");
        }
    }

    /** Copies the collections, and checks that no component is null. */
    public BreachingSoonPage {
        Objects.requireNonNull(now, "now");
        entries = List.copyOf(entries);
        countsByRule = Map.copyOf(countsByRule);
        countsByAssignee = Map.copyOf(countsByAssignee);
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * The page of a view's result.
     *
     * @param result the result of {@link BreachingSoon#select}
     * @param limit the view's limit
     * @return the page
     */
    public static BreachingSoonPage of(BreachingSoon.Result result, OptionalInt limit) {
        Objects.requireNonNull(result, "result");
        List<Entry> entries = new ArrayList<>(result.cases().size());
        for (Evaluation e : result.cases()) {
            entries.add(new Entry(e.supportCase().id(), e.state(), e.rule().orElseThrow().name(), e.due().orElseThrow(),
                    e.supportCase().assignee()));
        }
        return new BreachingSoonPage(result.now(), entries, result.total(), result.countsByRule(),
                result.countsByAssignee(), result.unassigned(), limit);
    }

    /**
     * Merges the pages of several instances, selected with the same view at the same instant.
     *
     * @param pages the pages, at least one
     * @return the view over all their cases
     * @throws IllegalArgumentException if there are none, or they differ in instant or limit
     */
    public static BreachingSoonPage merge(Collection<BreachingSoonPage> pages) {
        Objects.requireNonNull(pages, "pages");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("Nothing to merge: expected at least one breaching-soon page");
        }
        BreachingSoonPage first = pages.iterator().next();
        List<Entry> all = new ArrayList<>();
        long total = 0;
        long unassigned = 0;
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> byAssignee = new TreeMap<>();
        for (BreachingSoonPage p : pages) {
            Objects.requireNonNull(p, "page");
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
        return new BreachingSoonPage(first.now, all.subList(0, n), total, byRule, byAssignee, unassigned, first.limit);
    }

    /** @return one line per case: due, state, case, rule, assignee, then the counts */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Breaching soon at ").append(now).append(": ").append(total)
                .append(total == 1 ? " case" : " cases").append(", by rule ").append(new TreeMap<>(countsByRule))
                .append(", unassigned ").append(unassigned);
        for (Entry e : entries) {
            sb.append(String.format("%n  %-32s %-9s %-10s %-26s %s", e.due, e.state, e.caseId, e.rule,
                    e.assignee.orElse("-")));
        }
        return sb.toString();
    }
}
