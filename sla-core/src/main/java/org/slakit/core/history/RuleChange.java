package org.slakit.core.history;

import java.time.Instant;
import java.util.Objects;
import org.slakit.core.SlaRule;

/**
 * Within one clock cycle, the instant at which another rule of the policy began to match the case
 * (for example when an open case went pending-customer, or was elevated).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleChange {

    private final Instant at;
    private final SlaRule from;
    private final SlaRule to;

    private RuleChange(Instant at, SlaRule from, SlaRule to) {
        this.at = at;
        this.from = from;
        this.to = to;
    }

    /**
     * Obtains a rule change.
     *
     * @param at when the new rule began to match
     * @param from the rule that matched before
     * @param to the rule that matches from {@code at}
     * @return the change
     * @throws IllegalArgumentException if both rules have the same name
     */
    public static RuleChange of(Instant at, SlaRule from, SlaRule to) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.name().equals(to.name())) {
            throw new IllegalArgumentException("A rule change needs two different rules, not '" + from.name() + "' twice");
        }
        return new RuleChange(at, from, to);
    }

    /** @return when the new rule began to match */
    public Instant at() {
        return at;
    }

    /** @return the rule that matched before */
    public SlaRule from() {
        return from;
    }

    /** @return the rule that matches from {@link #at()} on */
    public SlaRule to() {
        return to;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RuleChange)) {
            return false;
        }
        RuleChange o = (RuleChange) obj;
        return at.equals(o.at) && from.equals(o.from) && to.equals(o.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, from, to);
    }

    /** @return for example {@code open -> pending-customer at 2026-03-02T10:00:00Z} */
    @Override
    public String toString() {
        return from.name() + " -> " + to.name() + " at " + at;
    }
}
