package org.slakit.core;

import java.util.Locale;
import java.util.Objects;

/**
 * How urgent a case is, from the most urgent to the least.
 */
public enum Priority {
    /** Something is down for the customer; the first update is due within one hour. */
    EMERGENCY,
    /** Urgent: served within one business day. */
    URGENT,
    /** The usual case. */
    NORMAL,
    /** Can wait. */
    LOW;

    /**
     * Reads a priority by name, ignoring case and surrounding blanks.
     *
     * @param text the name, such as {@code urgent}
     * @return the priority
     * @throws IllegalArgumentException naming the text and the accepted names
     */
    public static Priority parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown priority '" + text
                    + "': expected emergency, urgent, normal or low", e);
        }
    }
}
