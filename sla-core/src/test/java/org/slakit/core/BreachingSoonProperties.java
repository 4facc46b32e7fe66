package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The view against the slow reference: evaluate every case, filter, sort everything, cut. Also the
 * contract of the view's comparator.
 */
class BreachingSoonProperties {

    /** The reference order, written out: due instant, then case id. */
    static final Comparator<Evaluation> REFERENCE_ORDER = (a, b) -> {
        Instant da = a.due().get();
        Instant db = b.due().get();
        if (da.isBefore(db)) {
            return -1;
        }
        if (db.isBefore(da)) {
            return 1;
        }
        return a.supportCase().id().compareTo(b.supportCase().id());
    };

    @Test
    void aParallelStream_givesTheSequentialAnswer() {
        qt().withExamples(30).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SlaPolicy policy = Scenarios.policy(r);
            List<SupportCase> cases = Scenarios.cases(r, 500 + r.nextInt(1500));
            Instant now = Scenarios.nowFor(r, cases);
            BreachingSoon view = BreachingSoon.of(policy).withHorizon(Duration.ofHours(r.nextInt(48)))
                    .withLimit(1 + r.nextInt(40));

            BreachingSoon.Result sequential = view.select(cases, now);
            BreachingSoon.Result parallel = view.select(cases.parallelStream(), now);

            assertThat(parallel.cases()).isEqualTo(sequential.cases());
            assertThat(parallel.total()).isEqualTo(sequential.total());
            assertThat(parallel.countsByRule()).containsExactlyEntriesOf(sequential.countsByRule());
            assertThat(parallel.countsByAssignee()).isEqualTo(sequential.countsByAssignee());
            assertThat(parallel.unassigned()).isEqualTo(sequential.unassigned());
        });
    }

    @Test
    void theViewEqualsAFullSortOfTheSameEvaluations() {
        qt().withExamples(200).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SlaPolicy policy = Scenarios.policy(r);
            List<SupportCase> cases = Scenarios.cases(r, r.nextInt(80));
            Instant now = Scenarios.nowFor(r, cases);
            Duration horizon = Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : r.nextLong(5 * 24 * 60));
            BreachingSoon view = BreachingSoon.of(policy).withHorizon(horizon);
            int limit = Integer.MAX_VALUE;
            if (r.nextInt(3) > 0) {
                limit = 1 + r.nextInt(12);
                view = view.withLimit(limit);
            }
            String assignee = null;
            if (r.nextInt(3) == 0) {
                assignee = Scenarios.pick(r, Scenarios.ASSIGNEES);
                view = view.forAssignee(assignee);
            }

            int entry = r.nextInt(3);
            BreachingSoon.Result result = entry == 0 ? view.select(cases, now)
                    : view.select(entry == 1 ? cases.stream() : cases.parallelStream(), now);

            // the slow reference
            List<Evaluation> all = new ArrayList<>();
            for (SupportCase c : cases) {
                if (assignee != null && !assignee.equals(c.assignee().orElse(null))) {
                    continue;
                }
                Evaluation e = policy.evaluate(c, now);
                boolean in = e.state() == SlaState.AT_RISK || e.state() == SlaState.BREACHED
                        || e.state() == SlaState.ON_TRACK && !e.due().get().isAfter(now.plus(horizon));
                if (in) {
                    all.add(e);
                }
            }
            all.sort(REFERENCE_ORDER);
            Map<String, Long> byRule = new LinkedHashMap<>();
            for (SlaRule rule : policy.rules()) {
                long n = all.stream().filter(e -> e.rule().get().equals(rule)).count();
                if (n > 0) {
                    byRule.put(rule.name(), n);
                }
            }
            Map<String, Long> byAssignee = new TreeMap<>();
            all.forEach(e -> e.supportCase().assignee().ifPresent(a -> byAssignee.merge(a, 1L, Long::sum)));

            assertThat(result.cases()).containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
            assertThat(result.total()).isEqualTo(all.size());
            assertThat(result.countsByRule()).containsExactlyEntriesOf(byRule);
            assertThat(result.countsByAssignee()).containsExactlyEntriesOf(byAssignee);
            assertThat(result.unassigned()).isEqualTo(all.stream().filter(e -> e.supportCase().assignee().isEmpty()).count());
        });
    }

    @Test
    void byDue_isAntisymmetricTransitiveAndConsistentWithEqualsForDistinctIds() {
        qt().withExamples(200).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            SlaPolicy policy = Scenarios.policy(r);
            List<SupportCase> cases = Scenarios.cases(r, 3 + r.nextInt(6));
            Instant now = Scenarios.nowFor(r, cases);
            List<Evaluation> es = new ArrayList<>();
            for (SupportCase c : cases) {
                es.add(policy.evaluate(c, now));
            }
            es.add(policy.evaluate(cases.get(0), now)); // an equal twin
            Comparator<Evaluation> order = Evaluation.byDue();

            for (Evaluation a : es) {
                for (Evaluation b : es) {
                    assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
                    assertThat(order.compare(a, b) == 0).isEqualTo(a.equals(b));
                    if (a.due().isPresent() && b.due().isPresent()) {
                        assertThat(Integer.signum(order.compare(a, b))).isEqualTo(Integer.signum(REFERENCE_ORDER.compare(a, b)));
                    } else if (a.due().isEmpty() && b.due().isPresent()) {
                        assertThat(order.compare(a, b)).isPositive();
                    }
                    for (Evaluation c : es) {
                        if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
                            assertThat(order.compare(a, c)).isLessThanOrEqualTo(0);
                        }
                    }
                }
            }
        });
    }
}
