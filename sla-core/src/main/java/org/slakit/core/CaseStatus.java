package org.slakit.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a case stands. The SLA clock runs for {@link #OPEN}, {@link #PENDING_INTERNAL} and
 * {@link #PENDING_CUSTOMER}; a {@link #SOLVED} or {@link #CLOSED} case has no running clock.
 *
 * <p>Each status has a text form, {@link #text()}, that {@link #parse(String)} reads back; the
 * parser also accepts the names helpdesks use ("new", "Pending Internal Response").
 */
public enum CaseStatus {
    /** New or open: support owes the customer progress. Text {@code open}; "new" reads as this too. */
    OPEN("open"),
    /** Waiting for another team inside the company ("Pending Internal Response"). Text {@code pending-internal}. */
    PENDING_INTERNAL("pending-internal"),
    /** Waiting for the customer to answer. Text {@code pending-customer}. */
    PENDING_CUSTOMER("pending-customer"),
    /** Solved: no SLA clock runs. Text {@code solved}. */
    SOLVED("solved"),
    /** Closed: no SLA clock runs. Text {@code closed}. */
    CLOSED("closed");

    private final String text;

    CaseStatus(String text) {
        this.text = text;
    }

    /**
     * Tells whether an SLA clock runs for cases in this status.
     *
     * @return true for open and the two pending statuses, false for solved and closed
     */
    public boolean isClockRunning() {
        return this != SOLVED && this != CLOSED;
    }

    /** @return the text form: {@code open}, {@code pending-internal}, {@code pending-customer}, {@code solved} or {@code closed} */
    public String text() {
        return text;
    }

    /**
     * Reads a status, ignoring case, surrounding blanks, and whether words are separated by blanks,
     * '-' or '_'. Accepted: {@code new} and {@code open} (both {@link #OPEN}),
     * {@code pending internal} and {@code pending internal response}, {@code pending customer} and
     * {@code pending customer response}, {@code solved}, {@code closed}.
     *
     * @param text the status text
     * @return the status
     * @throws IllegalArgumentException naming the text and the accepted values
     */
    public static CaseStatus parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = Separators.PATTERN.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        switch (key) {
            case "new":
            case "open":
                return OPEN;
            case "pending internal":
            case "pending internal response":
                return PENDING_INTERNAL;
            case "pending customer":
            case "pending customer response":
                return PENDING_CUSTOMER;
            case "solved":
                return SOLVED;
            case "closed":
                return CLOSED;
            default:
                throw new IllegalArgumentException("Unknown case status '" + text
                        + "': expected new or open, pending-internal (pending internal response),"
                        + " pending-customer, solved or closed");
        }
    }

    /** Runs of blanks, underscores and hyphens, which status names treat alike. */
    private static final class Separators {
        static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile("[\\s_-]+");
    }
}
