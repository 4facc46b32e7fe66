package org.slakit.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.Target;

/**
 * The package-private steps of evaluation that the replay ({@code org.slakit.core.history}) uses to
 * evaluate a case from its fields without building a {@code SupportCase} and an {@code Evaluation}
 * at every change. Not public API: the module does not export this package. {@code SlaPolicy}
 * installs the one implementation when its class is initialized, so every caller that holds a
 * policy finds it.
 */
public abstract class CoreAccess {

    private static volatile CoreAccess instance;

    /** For the implementation in {@code org.slakit.core} only. */
    protected CoreAccess() {
    }

    /**
     * Installs the implementation; called once, by {@code SlaPolicy}.
     *
     * @param access the implementation
     * @throws IllegalStateException if one is installed already, or the implementation is not
     *         {@code SlaPolicy}'s own
     */
    public static synchronized void install(CoreAccess access) {
        Objects.requireNonNull(access, "access");
        if (access.getClass().getEnclosingClass() != SlaPolicy.class) {
            throw new IllegalStateException("Only SlaPolicy installs CoreAccess");
        }
        if (instance != null) {
            throw new IllegalStateException("CoreAccess is installed already");
        }
        instance = access;
    }

    /** @return the implementation */
    public static CoreAccess get() {
        CoreAccess a = instance;
        if (a == null) {
            try {
                Class.forName(SlaPolicy.class.getName(), true, SlaPolicy.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = instance;
        }
        return a;
    }

    /**
     * The first rule of the update cadence a running case of these facts matches.
     *
     * @param policy the policy
     * @param priority the case's priority
     * @param elevated its elevated flag
     * @param status its status, one whose clock runs
     * @param sent true if an update was sent
     * @param channel its channel
     * @return the rule's position in {@link SlaPolicy#rules()}, or -1 if no rule matches
     */
    public abstract int ruleIndex(SlaPolicy policy, Priority priority, boolean elevated, CaseStatus status,
            boolean sent, Channel channel);

    /**
     * @param policy the policy
     * @param index a rule's position
     * @param agreed the case's agreed interval, or null
     * @return the rule's target resolved for the case, as evaluation resolves it
     */
    public abstract Target resolvedTarget(SlaPolicy policy, int index, Duration agreed);

    /**
     * The clock start of a rule for a case with these instants, as evaluation computes it.
     *
     * @param policy the policy
     * @param index the rule's position
     * @param created the creation
     * @param runningSince the last reopening, else the creation
     * @param statusSince when the case entered its status
     * @param prioritySince when its priority or elevated flag last changed
     * @param sent the last update sent, or null
     * @return the clock start
     */
    public abstract Instant clockStart(SlaPolicy policy, int index, Instant created, Instant runningSince,
            Instant statusSince, Instant prioritySince, Instant sent);

    /**
     * The at-risk instant of a running clock, as {@code Evaluation.atRiskFrom()} computes it.
     *
     * @param policy the policy, for its warning threshold
     * @param target the resolved target
     * @param calendar the calendar of business measures
     * @param start the clock start
     * @param due the due instant
     * @return the at-risk instant
     */
    public abstract Instant atRisk(SlaPolicy policy, Target target, BusinessCalendar calendar, Instant start,
            Instant due);
}
