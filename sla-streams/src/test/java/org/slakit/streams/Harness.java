package org.slakit.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slakit.core.history.CaseEvent;

/** The topology in a {@link TopologyTestDriver}, with JSON in and out. */
final class Harness implements AutoCloseable {

    final SlaTopology sla;
    final TopologyTestDriver driver;
    private final Path stateDir;
    private final TestInputTopic<String, String> input;
    private final TestOutputTopic<String, String> transitions;
    private final TestOutputTopic<String, String> deadLetters;
    private final List<SlaTransition> emitted = new ArrayList<>();
    private final List<DeadLetter> dead = new ArrayList<>();

    Harness(SlaTopology sla, Instant wallClock) {
        this.sla = sla;
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "slakit-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        try {
            stateDir = Files.createTempDirectory("sla-streams");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(sla.topology(), p, wallClock);
        this.input = driver.createInputTopic(sla.inputTopic(), new StringSerializer(), new StringSerializer());
        this.transitions = driver.createOutputTopic(sla.transitionsTopic(), new StringDeserializer(),
                new StringDeserializer());
        this.deadLetters = driver.createOutputTopic(sla.deadLetterTopic(), new StringDeserializer(),
                new StringDeserializer());
    }

    Harness(SlaTopology sla) {
        this(sla, Instant.EPOCH);
    }

    /** Sends an event with its instant as the record timestamp. */
    Harness send(CaseEvent e) {
        input.pipeInput(e.caseId(), SlaJson.writeEvent(e), e.at().toEpochMilli());
        return this;
    }

    Harness sendRaw(String key, String value, Instant timestamp) {
        input.pipeInput(key, value, timestamp.toEpochMilli());
        return this;
    }

    /** Advances the driver's wall clock to {@code t} (not back), running wall-clock punctuation. */
    void wallClockTo(Instant t, Instant current) {
        Duration d = Duration.between(current, t);
        if (!d.isNegative() && !d.isZero()) {
            driver.advanceWallClockTime(d);
        }
    }

    /** @return every transition emitted so far, in emission order */
    List<SlaTransition> transitions() {
        transitions.readValuesToList().forEach(v -> emitted.add(SlaJson.readTransition(v)));
        return List.copyOf(emitted);
    }

    /** @return every dead letter so far */
    List<DeadLetter> deadLetters() {
        deadLetters.readValuesToList().forEach(v -> dead.add(SlaJson.readDeadLetter(v)));
        return List.copyOf(dead);
    }

    KeyValueStore<String, byte[]> cases() {
        return driver.getKeyValueStore(sla.casesStore());
    }

    KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> timers() {
        return driver.getKeyValueStore(sla.timersStore());
    }

    @Override
    public void close() {
        driver.close();
        deleteRecursively(stateDir);
    }

    static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
