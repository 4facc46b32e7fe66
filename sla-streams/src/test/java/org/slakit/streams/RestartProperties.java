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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
            List<TestRecord<byte[], byte[]>> meta;
            try (Harness first = new Harness(sla)) {
                feed.events.subList(0, cut).forEach(first::send);
                emitted.addAll(first.transitions());
                cases = changelog(first, sla.casesStore());
                // the timer index is not logged: the second instance rebuilds it from the cases
                assertThat(first.driver.producedTopicNames()).doesNotContain("slakit-test-" + sla.timersStore()
                        + "-changelog");
                meta = changelog(first, sla.metaStore());
            }
            try (Harness second = new Harness(sla)) {
                restore(second.driver.getKeyValueStore(sla.casesStore()), cases, true);
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

    /**
     * A restart with timers pending (a batch not yet settled, an at-risk and a breach instant ahead):
     * the new instance rebuilds its timer index from the restored cases and fires each exactly once,
     * as an uninterrupted run does; for both kinds of store. An entry the index holds from an earlier
     * run (a persistent index is not logged, so it may be stale) is removed.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void restartFromTheChangelog_withPendingTimers_firesThemExactlyOnce(boolean inMemory) {
        SlaTopology sla = SlaTopology.builder(SlaTopologyTest.POLICY).inMemoryStores(inMemory).build();
        List<SlaTransition> emitted = new ArrayList<>();
        List<TestRecord<byte[], byte[]>> cases;
        List<TestRecord<byte[], byte[]>> meta;
        try (Harness first = new Harness(sla)) {
            BEFORE.forEach(first::send);
            emitted.addAll(first.transitions());
            assertThat(first.timers().approximateNumEntries()).isPositive();
            cases = changelog(first, sla.casesStore());
            meta = changelog(first, sla.metaStore());
        }
        try (Harness second = new Harness(sla)) {
            restore(second.driver.getKeyValueStore(sla.casesStore()), cases, true);
            restore(second.driver.getKeyValueStore(sla.metaStore()), meta, true);
            Bytes ghost = Bytes.wrap(SlaProcessor.timerKey(Instant.parse("2026-03-02T08:00:01Z"), "ghost"));
            second.timers().put(ghost, new byte[0]);
            AFTER.forEach(second::send);
            emitted.addAll(second.transitions());
            assertThat(second.deadLetters()).isEmpty();
            assertThat(second.timers().get(ghost)).isNull();
        }
        emitted.sort(ReferenceTransitions.ORDER);
        assertThat(emitted).containsExactlyElementsOf(uninterrupted(sla));
    }

    /**
     * Before the stop: an urgent case created and settled (its at-risk and breach instants ahead), and
     * a second case created last, its batch not yet settled. After: event time moves past both cases'
     * instants, then a day on.
     */
    private static final List<CaseEvent> BEFORE = List.of(
            CaseEvent.created("C-1", Instant.parse("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.URGENT),
            CaseEvent.created("C-2", Instant.parse("2026-03-02T08:00:05Z"), Channel.EMAIL, Priority.NORMAL),
            CaseEvent.created("C-3", Instant.parse("2026-03-02T08:00:10Z"), Channel.EMAIL, Priority.NORMAL));
    private static final List<CaseEvent> AFTER = List.of(
            CaseEvent.customerMessage("C-2", Instant.parse("2026-03-02T12:00:00Z")),
            CaseEvent.customerMessage("C-2", Instant.parse("2026-03-03T12:00:00Z")),
            CaseEvent.customerMessage("C-2", Instant.parse("2026-03-04T12:00:00Z")));

    private static List<SlaTransition> uninterrupted(SlaTopology sla) {
        try (Harness h = new Harness(sla)) {
            BEFORE.forEach(h::send);
            AFTER.forEach(h::send);
            List<SlaTransition> all = new ArrayList<>(h.transitions());
            all.sort(ReferenceTransitions.ORDER);
            // each case's at-risk and breach, once per clock: the update cadence and the 24-hour resolution
            String[] each = {"C-1 updates", "C-2 updates", "C-3 updates", "C-1 resolution", "C-2 resolution",
                "C-3 resolution"};
            assertThat(all).filteredOn(t -> t.kind() == TransitionKind.BREACHED)
                    .extracting(t -> t.caseId() + " " + t.clock()).containsExactlyInAnyOrder(each);
            assertThat(all).filteredOn(t -> t.kind() == TransitionKind.AT_RISK)
                    .extracting(t -> t.caseId() + " " + t.clock()).containsExactlyInAnyOrder(each);
            return all;
        }
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
