package org.slakit.streams;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.slakit.core.history.CaseEvent;

/**
 * Kafka serdes for the JSON forms of {@link SlaJson}: case events for producers, transitions and dead
 * letters for consumers. A record that is not of the form fails with a {@link SerializationException}
 * naming the topic and the field at fault (the topology itself reads raw bytes and dead-letters
 * such records instead). A null value stays null (a tombstone).
 *
 * <p>This class is immutable and thread-safe, as are its serdes.
 */
public final class SlaSerdes {

    private SlaSerdes() {
    }

    /** @return the serde of case events */
    public static Serde<CaseEvent> caseEvents() {
        return serde(SlaJson::writeEvent, SlaJson::readEvent, "case event");
    }

    /** @return the serde of transitions */
    public static Serde<SlaTransition> transitions() {
        return serde(SlaJson::writeTransition, SlaJson::readTransition, "transition");
    }

    /** @return the serde of dead letters */
    public static Serde<DeadLetter> deadLetters() {
        return serde(SlaJson::writeDeadLetter, SlaJson::readDeadLetter, "dead letter");
    }

    private static <T> Serde<T> serde(Function<T, String> write, Function<String, T> read, String what) {
        Serializer<T> serializer = (topic, value) -> value == null ? null
                : write.apply(value).getBytes(StandardCharsets.UTF_8);
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return read.apply(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new SerializationException("Topic " + topic + " holds a record that is not a " + what + ": "
                        + e.getMessage(), e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
