package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

/**
 * Restart: the topology stops at a random point and a new instance starts from what the changelog
 * topics of the first hold (as Kafka Streams restores a task on another instance); together they
 * emit exactly the transitions of an uninterrupted run, none twice, none lost, and pending timers
 * fire after the restart.
 */
class RestartProperties {

    @Test
    void restartFromTheChangelog_losesNothing_andRepeatsNothing() {
        qt().withExamples(100).forAll(Feeds.feeds()).checkAssert(feed -> {
            boolean inMemory = feed.random.nextBoolean();
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(inMemory)
                    .punctuationInterval(Duration.ofMinutes(1 + feed.random.nextInt(120))).build();
            int cut = feed.random.nextInt(feed.events.size() + 1);
            Instant end = feed.lastEventAt().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(2));
            List<SlaTransition> emitted = new ArrayList<>();
            List<TestRecord<byte[], byte[]>> cases;
            List<TestRecord<byte[], byte[]>> timers;
            List<TestRecord<byte[], byte[]>> meta;
            try (Harness first = new Harness(sla)) {
                feed.events.subList(0, cut).forEach(first::send);
                emitted.addAll(first.transitions());
                cases = changelog(first, sla.casesStore());
                timers = changelog(first, sla.timersStore());
                meta = changelog(first, sla.metaStore());
            }
            try (Harness second = new Harness(sla)) {
                restore(second.driver.getKeyValueStore(sla.casesStore()), cases, true);
                restore(second.driver.getKeyValueStore(sla.timersStore()), timers, false);
                restore(second.driver.getKeyValueStore(sla.metaStore()), meta, true);
                feed.events.subList(cut, feed.events.size()).forEach(second::send);
                second.send(CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW));
                emitted.addAll(second.transitions());
                assertThat(second.deadLetters()).isEmpty();
            }
            emitted.sort(ReferenceTransitions.ORDER);
            assertThat(emitted).containsExactlyElementsOf(ReferenceTransitions.of(feed.histories, feed.policy, end));
        });
    }

    private static List<TestRecord<byte[], byte[]>> changelog(Harness h, String store) {
        TestOutputTopic<byte[], byte[]> topic = h.driver.createOutputTopic("slakit-test-" + store + "-changelog",
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        return topic.readRecordsToList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restore(KeyValueStore store, List<TestRecord<byte[], byte[]>> log, boolean stringKeys) {
        StringDeserializer strings = new StringDeserializer();
        for (TestRecord<byte[], byte[]> r : log) {
            Object key = stringKeys ? strings.deserialize("", r.key()) : Bytes.wrap(r.key());
            if (r.value() == null) {
                store.delete(key);
            } else {
                store.put(key, r.value());
            }
        }
    }
}
