package org.slakit.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;

/**
 * The baseline for {@link ViewBench}: evaluate every case, keep those in the view, sort all of
 * them, cut to the limit, and count per rule and per assignee. Same answer as
 * {@link org.slakit.core.BreachingSoon}, the obvious way.
 */
final class NaiveView {

    private NaiveView() {
    }

    /** The first {@code limit} cases of the view, with counts, as a small record. */
    static final class Result {
        final List<Evaluation> cases;
        final Map<String, Long> byRule;
        final Map<String, Long> byAssignee;

        Result(List<Evaluation> cases, Map<String, Long> byRule, Map<String, Long> byAssignee) {
            this.cases = cases;
            this.byRule = byRule;
            this.byAssignee = byAssignee;
        }
    }

    static Result select(SlaPolicy policy, List<SupportCase> cases, Instant now, Duration horizon, int limit) {
        Instant end = now.plus(horizon);
        List<Evaluation> in = new ArrayList<>();
        for (SupportCase c : cases) {
            Evaluation e = policy.evaluate(c, now);
            SlaState s = e.state();
            if (s == SlaState.AT_RISK || s == SlaState.BREACHED || s == SlaState.ON_TRACK && !e.due().get().isAfter(end)) {
                in.add(e);
            }
        }
        in.sort(Evaluation.byDue());
        Map<String, Long> byRule = new HashMap<>();
        Map<String, Long> byAssignee = new HashMap<>();
        for (Evaluation e : in) {
            byRule.merge(e.rule().get().name(), 1L, Long::sum);
            e.supportCase().assignee().ifPresent(a -> byAssignee.merge(a, 1L, Long::sum));
        }
        return new Result(new ArrayList<>(in.subList(0, Math.min(limit, in.size()))), byRule, byAssignee);
    }
}
