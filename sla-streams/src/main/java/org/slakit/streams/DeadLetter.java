package org.slakit.streams;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An input record the topology could not apply, or a case it could not evaluate, as written to the
 * dead-letter topic. Nothing is dropped silently: every record is either applied or reported here
 * (and logged through slf4j at WARN).
 *
 * @param reason why
 * @param message a sentence naming the value at fault and where it was found
 * @param key the record's key (the case id), if it had one
 * @param value the record's value as text (UTF-8, invalid bytes replaced), if it had one
 * @param topic the input topic, if the problem came from a record
 * @param partition the input partition, or -1
 * @param offset the input offset, or empty
 */
public record DeadLetter(Reason reason, String message, Optional<String> key, Optional<String> value,
        Optional<String> topic, int partition, OptionalLong offset) {

    /** Why a record or case went to the dead-letter topic. */
    public enum Reason {
        /** Not JSON, not an object, a field missing or of the wrong form, no key, or a key that is not the event's case. */
        MALFORMED,
        /** An event for a case whose creation was never seen. */
        UNKNOWN_CASE,
        /** A second creation of a case that exists, with other details than the first. */
        CREATED_TWICE,
        /** The same event again (same case, instant, kind and details as one already applied at that instant). */
        DUPLICATE,
        /**
         * An event older than the case's last event, or at or before an instant for which the case's
         * transitions were already emitted.
         */
        LATE,
        /**
         * An instant more than the allowed skew after the record's timestamp (the time it was sent), or, for
         * a record without timestamp, after the task's event time.
         */
        FAR_FUTURE,
        /** The policy could not evaluate the case (no rule matches it, or its calendar has no open time in reach). */
        NOT_EVALUATED
    }

    /** Checks that no component is null. */
    public DeadLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(offset, "offset");
    }

    /** @return the reason and the message */
    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
