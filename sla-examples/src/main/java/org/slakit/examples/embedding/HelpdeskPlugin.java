package org.slakit.examples.embedding;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;

/**
 * Embedding 2: a helpdesk plugin that, whenever a case changes, computes its due date and sets
 * one timer for the next moment the case's SLA state changes (on track -> at risk -> breached),
 * instead of polling every case every minute.
 *
 * <p>The helpdesk calls {@link #onCaseChanged(SupportCase, Instant)} from its event hook and
 * {@link #onTimer(String, Instant)} when a timer fires; the plugin tells the helpdesk what to show
 * through {@link Helpdesk}. Timers are re-armed from {@link Evaluation#nextChange()}, so a case
 * costs one evaluation per change and one per state transition.
 *
 * <p>Not thread-safe: a helpdesk calls plugins from one event thread.
 */
public final class HelpdeskPlugin {

    /** What the plugin needs from the helpdesk it runs in. */
    public interface Helpdesk {
        /** Shows the due date and state on the case. */
        void showSla(String caseId, Optional<Instant> due, SlaState state);

        /** Schedules {@link HelpdeskPlugin#onTimer} for the case at the instant, replacing any earlier timer. */
        void setTimer(String caseId, Instant at);

        /** Removes the case's timer, if any. */
        void cancelTimer(String caseId);

        /** Tells the assignee (or the team) that the case needs attention. */
        void notify(String caseId, String message);
    }

    private final SlaPolicy policy;
    private final Helpdesk helpdesk;
    private final Map<String, SupportCase> cases = new HashMap<>();

    /**
     * Creates the plugin.
     *
     * @param policy the policy
     * @param helpdesk the helpdesk's callbacks
     */
    public HelpdeskPlugin(SlaPolicy policy, Helpdesk helpdesk) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.helpdesk = Objects.requireNonNull(helpdesk, "helpdesk");
    }

    /**
     * A case was created or changed (status, priority, an update sent...).
     *
     * @param supportCase the case as it is now
     * @param now the instant of the change
     */
    public void onCaseChanged(SupportCase supportCase, Instant now) {
        cases.put(supportCase.id(), supportCase);
        refresh(supportCase, now);
    }

    /**
     * A timer set by this plugin fired.
     *
     * @param caseId the case
     * @param now the instant it fired
     */
    public void onTimer(String caseId, Instant now) {
        SupportCase supportCase = cases.get(caseId);
        if (supportCase != null) {
            Evaluation e = refresh(supportCase, now);
            if (e.state() == SlaState.AT_RISK) {
                helpdesk.notify(caseId, "Case " + caseId + " is at risk: next update due " + e.due().orElseThrow());
            } else if (e.state() == SlaState.BREACHED) {
                helpdesk.notify(caseId, "Case " + caseId + " breached its SLA at " + e.due().orElseThrow());
            }
        }
    }

    private Evaluation refresh(SupportCase supportCase, Instant now) {
        Evaluation e = policy.evaluate(supportCase, now);
        helpdesk.showSla(supportCase.id(), e.due(), e.state());
        Optional<Instant> next = e.nextChange();
        if (next.isPresent()) {
            helpdesk.setTimer(supportCase.id(), next.get());
        } else {
            helpdesk.cancelTimer(supportCase.id());
        }
        return e;
    }
}
