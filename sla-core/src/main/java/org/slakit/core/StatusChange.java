package org.slakit.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A status a case entered, and when: one entry of {@link SupportCase#statusLog()}.
 *
 * @param status the status entered
 * @param since when the case entered it
 */
public record StatusChange(CaseStatus status, Instant since) {

    /** Checks the components. */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
    }

    /**
     * @param status the status entered
     * @param since when the case entered it
     * @return the entry
     */
    public static StatusChange of(CaseStatus status, Instant since) {
        return new StatusChange(status, since);
    }

    /** @return for example {@code pending-customer since 2026-03-02T09:00:00Z} */
    @Override
    public String toString() {
        return status.text() + " since " + since;
    }
}
