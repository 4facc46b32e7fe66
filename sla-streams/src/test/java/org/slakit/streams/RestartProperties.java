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

    private static final String CALENDAR = """
            calendar
            zone Europe/Berlin
            Mon-Fri 09:00-12:30 13:30-17:00
            """;
    /** The policy before the restarts below: one update-cadence rule, no duration clock. */
    private static final org.slakit.core.SlaPolicy NO_CLOCKS = org.slakit.core.SlaPolicy.parse("""
            warning at 50%
            rule rest when always then 2 business days
            """ + CALENDAR);

    /**
     * A restart with a policy that adds a duration clock pausing in pending customer: the case's status log
     * was kept under the policy without clocks, so the new clock counts the three days the case waited on
     * the customer as paused. Case A, created Monday 08:00Z, waited on the customer 09:00Z to Thursday
     * 08:00Z: 1 of its 24 hours used before, so from Thursday 08:00Z at risk (50%) after 11 more hours,
     * Thursday 19:00Z, and due after 23, Friday 07:00Z.
     */
    @Test
    void restartWithAPolicyThatAddsAPausingClock_timesItOnTheStatusLogKeptBefore() {
        org.slakit.core.SlaPolicy withClock = org.slakit.core.SlaPolicy.parse("""
                warning at 50%
                rule rest when always then 2 business days
                clock resolution
                pauses in pending-customer
                rule rest when always then 24 hours
                """ + CALENDAR);
        Instant monday = Instant.parse("2026-03-02T08:00:00Z");
        List<CaseEvent> before = List.of(
                CaseEvent.created("A", monday, Channel.EMAIL, Priority.NORMAL),
                CaseEvent.statusChanged("A", monday.plus(Duration.ofHours(1)),
                        org.slakit.core.CaseStatus.PENDING_CUSTOMER),
                CaseEvent.statusChanged("A", Instant.parse("2026-03-05T08:00:00Z"), org.slakit.core.CaseStatus.OPEN));
        CaseEvent message = CaseEvent.customerMessage("A", Instant.parse("2026-03-05T09:00:00Z"));
        Instant end = Instant.parse("2026-03-06T08:00:00Z");
        List<SlaTransition> resolution = restartedWith(NO_CLOCKS, before, withClock, List.of(message), end).stream()
                .filter(t -> t.clock().equals("resolution")).toList();
        Instant due = Instant.parse("2026-03-06T07:00:00Z");
        assertThat(resolution).containsExactly(
                new SlaTransition("A", "resolution", TransitionKind.AT_RISK, "rest", java.util.Optional.of(due),
                        Instant.parse("2026-03-05T19:00:00Z"), monday, java.util.Optional.empty()),
                new SlaTransition("A", "resolution", TransitionKind.BREACHED, "rest", java.util.Optional.of(due),
                        due.plusNanos(1), monday, java.util.Optional.empty()));
        List<CaseEvent> all = new ArrayList<>(before);
        all.add(message);
        assertThat(ReferenceTransitions.of(org.slakit.core.history.CaseHistory.of(all), withClock, end).stream()
                .filter(t -> t.clock().equals("resolution"))).containsExactlyElementsOf(resolution);
    }

    /**
     * A per-spell clock added by a restart starts its cycle where the case's spell in its statuses began,
     * read from the status log: case B went pending internal Monday 09:00Z and pending customer Monday
     * 10:00Z; the clock runs in both, 8 hours, at risk (50%) after 4: from Monday 09:00Z, at risk 13:00Z,
     * due 17:00Z.
     */
    @Test
    void restartWithAPolicyThatAddsAPerSpellClock_startsItsCycleWhereTheSpellBegan() {
        org.slakit.core.SlaPolicy withClock = org.slakit.core.SlaPolicy.parse("""
                warning at 50%
                rule rest when always then 2 business days
                clock waiting
                runs in pending-internal,pending-customer
                rule rest when always then 8 hours
                """ + CALENDAR);
        Instant monday = Instant.parse("2026-03-02T08:00:00Z");
        List<CaseEvent> before = List.of(
                CaseEvent.created("B", monday, Channel.EMAIL, Priority.NORMAL),
                CaseEvent.statusChanged("B", monday.plus(Duration.ofHours(1)),
                        org.slakit.core.CaseStatus.PENDING_INTERNAL),
                CaseEvent.statusChanged("B", monday.plus(Duration.ofHours(2)),
                        org.slakit.core.CaseStatus.PENDING_CUSTOMER));
        CaseEvent message = CaseEvent.customerMessage("B", monday.plus(Duration.ofHours(3)));
        Instant end = monday.plus(Duration.ofDays(1));
        List<SlaTransition> waiting = restartedWith(NO_CLOCKS, before, withClock, List.of(message), end).stream()
                .filter(t -> t.clock().equals("waiting")).toList();
        Instant spell = monday.plus(Duration.ofHours(1));
        Instant due = Instant.parse("2026-03-02T17:00:00Z");
        assertThat(waiting).containsExactly(
                new SlaTransition("B", "waiting", TransitionKind.AT_RISK, "rest", java.util.Optional.of(due),
                        Instant.parse("2026-03-02T13:00:00Z"), spell, java.util.Optional.empty()),
                new SlaTransition("B", "waiting", TransitionKind.BREACHED, "rest", java.util.Optional.of(due),
                        due.plusNanos(1), spell, java.util.Optional.empty()));
    }

    /** The transitions of a second instance with {@code policyAfter}, restored from the changelogs of a first one. */
    private static List<SlaTransition> restartedWith(org.slakit.core.SlaPolicy policyBefore, List<CaseEvent> before,
            org.slakit.core.SlaPolicy policyAfter, List<CaseEvent> after, Instant end) {
        SlaTopology first = SlaTopology.builder(policyBefore).inMemoryStores(true).build();
        SlaTopology second = SlaTopology.builder(policyAfter).inMemoryStores(true).build();
        List<TestRecord<byte[], byte[]>> cases;
        List<TestRecord<byte[], byte[]>> meta;
        try (Harness h = new Harness(first)) {
            before.forEach(h::send);
            cases = changelog(h, first.casesStore());
            meta = changelog(h, first.metaStore());
        }
        try (Harness h = new Harness(second)) {
            restore(h.driver.getKeyValueStore(second.casesStore()), cases, true);
            restore(h.driver.getKeyValueStore(second.metaStore()), meta, true);
            after.forEach(h::send);
            h.send(CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW));
            assertThat(h.deadLetters()).isEmpty();
            return h.transitions();
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
