package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

/**
 * The law of the topology: for any histories of several cases interleaved on one partition, with
 * punctuation at random points, the transitions emitted are those {@code SlaTimeline.replay} derives
 * from the same histories, at the same instants ({@link ReferenceTransitions}).
 */
class SlaTopologyProperties {

    private static final List<Duration> INTERVALS = List.of(Duration.ofMillis(1), Duration.ofMinutes(1),
            Duration.ofMinutes(37), Duration.ofHours(5), Duration.ofDays(1));

    @Test
    void streamTime_emitsWhatTheReplayDerives() {
        qt().withExamples(300).forAll(Feeds.feeds()).checkAssert(feed -> {
            Duration interval = Feeds.pick(feed.random, INTERVALS);
            // one case kept decoded: every quietly settled case is written when the next is read
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(true).punctuationInterval(interval)
                    .recentCases(feed.random.nextBoolean() ? 1 : SlaProcessor.RECENT).build();
            Instant end = feed.lastEventAt().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(2));
            try (Harness h = new Harness(sla)) {
                feed.events.forEach(h::send);
                // a case created later moves event time to the end: every earlier instant is then final
                h.send(CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW));
                check(feed, h, end);
            }
        });
    }

    @Test
    void wallClockTime_emitsWhatTheReplayDerives() {
        qt().withExamples(300).forAll(Feeds.feeds()).checkAssert(feed -> {
            Duration interval = Feeds.pick(feed.random, INTERVALS);
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(true).punctuationInterval(interval)
                    .timeMode(SlaTopology.TimeMode.WALL_CLOCK_TIME).build();
            Instant clock = feed.events.get(0).at().truncatedTo(ChronoUnit.MILLIS);
            Instant end = feed.lastEventAt().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(2));
            try (Harness h = new Harness(sla, clock)) {
                for (CaseEvent e : feed.events) {
                    Instant t = e.at().truncatedTo(ChronoUnit.MILLIS);
                    if (feed.random.nextInt(3) == 0 && t.isAfter(clock)) {
                        h.wallClockTo(t, clock); // wall-clock punctuation, never past an event not yet seen
                        clock = t;
                    }
                    h.send(e);
                }
                h.wallClockTo(end, clock);
                check(feed, h, end);
            }
        });
    }

    @Test
    void stateWrittenInVersion1_goesOnAfterARestart() {
        qt().withExamples(200).forAll(Feeds.feeds()).checkAssert(feed -> {
            Duration interval = Feeds.pick(feed.random, INTERVALS);
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(true).punctuationInterval(interval).build();
            Instant end = feed.lastEventAt().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(2));
            int cut = feed.random.nextInt(feed.events.size() + 1);
            List<SlaTransition> emitted = new ArrayList<>();
            List<KeyValue<String, byte[]>> cases = new ArrayList<>();
            List<KeyValue<String, byte[]>> meta = new ArrayList<>();
            try (Harness first = new Harness(sla)) {
                feed.events.subList(0, cut).forEach(first::send);
                emitted.addAll(first.transitions());
                try (KeyValueIterator<String, byte[]> it = first.cases().all()) {
                    it.forEachRemaining(cases::add);
                }
                try (KeyValueIterator<String, byte[]> it = first.driver.<String, byte[]>getKeyValueStore(
                        sla.metaStore()).all()) {
                    it.forEachRemaining(meta::add);
                }
            }
            try (Harness second = new Harness(sla)) {
                // the stores as version 1 left them: version byte 1, one timer per case at its next
                // instant (the timer store is rebuilt from the cases on start: these are replaced)
                for (KeyValue<String, byte[]> kv : cases) {
                    byte[] v1 = CaseClockCodec.encode(CaseClockCodec.decode(kv.key, kv.value), 1);
                    second.cases().put(kv.key, v1);
                    Instant next = CaseClockCodec.decode(kv.key, kv.value).nextTimer();
                    if (next != null) {
                        second.timers().put(Bytes.wrap(SlaProcessor.timerKey(next, kv.key)), new byte[0]);
                    }
                }
                meta.forEach(kv -> second.driver.<String, byte[]>getKeyValueStore(sla.metaStore()).put(kv.key, kv.value));
                feed.events.subList(cut, feed.events.size()).forEach(second::send);
                second.send(CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW));
                emitted.addAll(second.transitions());
                assertThat(second.deadLetters()).isEmpty();
            }
            // version 1 kept no status log, team or duration clocks: the update cadence goes on exactly; the
            // duration clocks start afresh (CaseClock.reconcile), so they are not compared here
            emitted.removeIf(t -> !t.clock().equals(SlaTransition.UPDATES));
            emitted.sort(ReferenceTransitions.ORDER);
            List<SlaTransition> expected = new ArrayList<>(ReferenceTransitions.of(feed.histories, feed.policy, end));
            expected.removeIf(t -> !t.clock().equals(SlaTransition.UPDATES));
            assertThat(emitted).containsExactlyElementsOf(expected);
        });
    }

    private static void check(Feeds.Feed feed, Harness h, Instant end) {
        List<SlaTransition> emitted = new ArrayList<>(h.transitions());
        assertThat(h.deadLetters()).isEmpty();
        // per case, transitions come out in time order
        Map<String, Instant> last = new HashMap<>();
        for (SlaTransition t : emitted) {
            Instant before = last.put(t.caseId(), t.at());
            assertThat(before == null || !t.at().isBefore(before)).as("%s after %s", t, before).isTrue();
        }
        emitted.sort(ReferenceTransitions.ORDER);
        assertThat(emitted).containsExactlyElementsOf(ReferenceTransitions.of(feed.histories, feed.policy, end));
    }
}
