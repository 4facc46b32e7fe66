package org.slakit.core;

import java.util.Locale;
import java.util.Objects;

/**
 * How urgent a case is, from the most urgent to the least. The text form is the lower-case name
 * ({@link #text()}), which {@link #parse(String)} reads back.
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

    /** @return the lower-case name: {@code emergency}, {@code urgent}, {@code normal} or {@code low} */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

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
