package org.slakit.core.order;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slakit.core.Channel;
import org.slakit.core.Priority;

/**
 * Something waiting for a response from support: a call, a chat, a voicemail, an email, or an
 * item on any other channel a team uses.
 *
 * <p>An item knows its id, its channel, the priority of its case, since when the customer has
 * waited, and, where known, the instant its SLA is due (usually computed by an SLA policy from the
 * case's status and the team's calendar). Create one with
 * {@link #of(String, Channel, Priority, Instant)} and add a due instant with
 * {@link #withSlaDue(Instant)}.
 *
 * <p>Two items are equal when all five fields are equal. Nothing is checked between the fields:
 * a due instant before the waiting instant is allowed (the case may have been breached before it
 * reached this queue).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WaitingItem {

    private final String id;
    private final Channel channel;
    private final Priority priority;
    private final Instant waitingSince;
    private final Instant slaDue; // null when unknown

    private WaitingItem(String id, Channel channel, Priority priority, Instant waitingSince, Instant slaDue) {
        this.id = id;
        this.channel = channel;
        this.priority = priority;
        this.waitingSince = waitingSince;
        this.slaDue = slaDue;
    }

    /**
     * Obtains an item without an SLA due instant.
     *
     * @param id the item's id, such as a case or call id; not blank
     * @param channel the channel the customer is waiting on
     * @param priority the priority of the customer's case
     * @param waitingSince the instant since which the customer has waited for a response
     * @return the item
     * @throws IllegalArgumentException if the id is empty or only whitespace
     */
    public static WaitingItem of(String id, Channel channel, Priority priority, Instant waitingSince) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(waitingSince, "waitingSince");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A waiting item needs an id that is not blank: '" + id + "'");
        }
        return new WaitingItem(id, channel, priority, waitingSince, null);
    }

    /**
     * Returns a copy of this item with the given SLA due instant.
     *
     * @param due the instant the next response is due under the case's SLA
     * @return an item equal to this one except for its due instant
     */
    public WaitingItem withSlaDue(Instant due) {
        Objects.requireNonNull(due, "due");
        return new WaitingItem(id, channel, priority, waitingSince, due);
    }

    /**
     * Returns a copy of this item without an SLA due instant.
     *
     * @return an item equal to this one except that its due instant is empty
     */
    public WaitingItem withoutSlaDue() {
        return slaDue == null ? this : new WaitingItem(id, channel, priority, waitingSince, null);
    }

    /** @return the item's id, not blank */
    public String id() {
        return id;
    }

    /** @return the channel the customer is waiting on */
    public Channel channel() {
        return channel;
    }

    /** @return the priority of the customer's case */
    public Priority priority() {
        return priority;
    }

    /** @return the instant since which the customer has waited */
    public Instant waitingSince() {
        return waitingSince;
    }

    /** @return the instant the next response is due under the SLA, or empty when not known */
    public Optional<Instant> slaDue() {
        return Optional.ofNullable(slaDue);
    }

    /** @return the due instant or null; for the comparator's hot path */
    Instant slaDueOrNull() {
        return slaDue;
    }

    /** Equal when the id, channel, priority, waiting instant and due instant are all equal. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof WaitingItem)) {
            return false;
        }
        WaitingItem other = (WaitingItem) obj;
        return id.equals(other.id)
                && channel.equals(other.channel)
                && priority == other.priority
                && waitingSince.equals(other.waitingSince)
                && Objects.equals(slaDue, other.slaDue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, channel, priority, waitingSince, slaDue);
    }

    /**
     * @return a description such as {@code chat c-3 (normal, waiting since 2026-12-23T09:12:00Z,
     *         no SLA due instant)}
     */
    @Override
    public String toString() {
        return channel + " " + id + " (" + priority.name().toLowerCase(Locale.ROOT)
                + ", waiting since " + waitingSince
                + (slaDue == null ? ", no SLA due instant)" : ", due " + slaDue + ")");
    }
}
