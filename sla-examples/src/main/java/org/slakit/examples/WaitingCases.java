package org.slakit.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.core.CaseStatus;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;
import org.slakit.core.order.WaitingItem;

/**
 * Turns case snapshots into the items a response queue orders: every open case (not pending,
 * solved or closed) waits for support, since its SLA clock started, and is due when its SLA says.
 */
public final class WaitingCases {

    private WaitingCases() {
    }

    /**
     * The waiting items of the open cases.
     *
     * @param cases the snapshots
     * @param policy the policy that times them
     * @param now the instant to evaluate at
     * @return one item per open case, in input order
     */
    public static List<WaitingItem> of(Iterable<SupportCase> cases, SlaPolicy policy, Instant now) {
        List<WaitingItem> items = new ArrayList<>();
        for (SupportCase c : cases) {
            if (c.status() != CaseStatus.OPEN) {
                continue;
            }
            Evaluation e = policy.evaluate(c, now);
            WaitingItem item = WaitingItem.of(c.id(), c.channel(), c.priority(), e.clockStart().orElse(c.created()));
            items.add(e.due().map(item::withSlaDue).orElse(item));
        }
        return items;
    }
}
