package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

/**
 * Quiet punctuation (a case whose batch punctuation settles or whose timers it fires is not written
 * again, whatever it emits; the settled and fired marks in the meta store let a read repeat that without
 * emitting) changes nothing a user sees: for any feed, also
 * with events out of time order, repeated, or arriving after their instant was settled, with any
 * number of cases kept decoded, any budget per punctuation and a restart from the changelogs at any
 * point, the transitions and dead letters are exactly those of writing every settled batch.
 */
class QuietSettlingProperties {

    private static final List<Duration> INTERVALS = List.of(Duration.ofMillis(1), Duration.ofMinutes(1),
            Duration.ofMinutes(37), Duration.ofHours(5), Duration.ofDays(1));
    private static final int[] RECENT = {1, 2, 3, SlaProcessor.RECENT};
    private static final int[] BUDGETS = {1, 2, 3, 100_000};

    @Test
    void restartAnywhere_withMessyInput_emitsWhatWritingEverySettledBatchEmits() {
        qt().withExamples(300).forAll(Feeds.feeds()).checkAssert(QuietSettlingProperties::restartAnywhere);
    }

    /**
     * One feed made messy, run twice with a restart from the changelogs at the same random point: writing
     * every settled batch (the reference) and settling quietly, each instance keeping a random number of
     * cases decoded. Stream time, or wall-clock time advanced at random points (none at all before the
     * restart, sometimes: the first instance then saves no event time). (The reference restarts at the
     * same point: a restart itself may change what a late event does, since the new instance punctuates
     * at other points.)
     */
    static void restartAnywhere(Feeds.Feed feed) {
        SplittableRandom r = feed.random;
        List<CaseEvent> events = messy(r, feed.events);
        Instant end = feed.lastEventAt().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(2));
        events.add(CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW));
        Duration interval = Feeds.pick(r, INTERVALS);
        boolean inMemory = r.nextBoolean();
        // a small budget leaves batches and timers for the next punctuation
        int budget = BUDGETS[r.nextInt(BUDGETS.length)];
        int cut = r.nextInt(events.size() + 1);
        List<Instant> wall = null; // stream time
        SlaTopology.Builder b = SlaTopology.builder(feed.policy).inMemoryStores(inMemory).punctuationInterval(interval)
                .maxTimersPerPunctuation(budget);
        if (r.nextBoolean()) {
            b.timeMode(SlaTopology.TimeMode.WALL_CLOCK_TIME);
            // the wall clock before each event: not advanced, at the event's instant, or up to 3 hours after
            wall = new ArrayList<>();
            boolean quietBeforeCut = r.nextInt(4) == 0;
            for (int i = 0; i < events.size(); i++) {
                Instant t = events.get(i).at().truncatedTo(ChronoUnit.MILLIS);
                int k = quietBeforeCut && i < cut ? 3 : r.nextInt(4);
                wall.add(k == 0 ? t : k == 1 ? t.plus(Duration.ofMinutes(r.nextInt(180))) : null);
            }
        }
        List<String> expected = run(events, wall, cut, b.quietSettling(false).build(), b.build());
        List<String> actual = run(events, wall, cut, b.quietSettling(true).recentCases(RECENT[r.nextInt(RECENT.length)])
                .build(), b.recentCases(RECENT[r.nextInt(RECENT.length)]).build());
        assertThat(actual).as("events:%n%s%nwall clock: %s%ncut %d", events, wall, cut)
                .containsExactlyElementsOf(expected);
    }

    /**
     * What the events give, sorted, with a restart from the changelogs of the first instance before
     * {@code cut}; with a wall clock (null: stream time) advanced to its instant, if any, before each
     * event, by five minutes right after the restart, and at the end to five minutes and then a day after
     * the last event.
     */
    private static List<String> run(List<CaseEvent> events, List<Instant> wall, int cut, SlaTopology first,
            SlaTopology second) {
        List<String> out = new ArrayList<>();
        List<TestRecord<byte[], byte[]>> cases;
        List<TestRecord<byte[], byte[]>> meta;
        Instant clock = events.get(0).at().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofHours(1));
        try (Harness h = new Harness(first, clock)) {
            for (int i = 0; i < cut; i++) {
                clock = wall == null ? clock : advance(h, wall.get(i), clock);
                h.send(events.get(i));
            }
            out.addAll(seen(h));
            cases = changelog(h, first.casesStore());
            meta = changelog(h, first.metaStore());
        }
        try (Harness h = new Harness(second, clock)) {
            restore(h.driver.getKeyValueStore(second.casesStore()), cases);
            restore(h.driver.getKeyValueStore(second.metaStore()), meta);
            if (wall != null) {
                clock = advance(h, clock.plus(Duration.ofMinutes(5)), clock);
            }
            for (int i = cut; i < events.size(); i++) {
                clock = wall == null ? clock : advance(h, wall.get(i), clock);
                h.send(events.get(i));
            }
            if (wall != null) {
                Instant last = events.get(events.size() - 1).at().truncatedTo(ChronoUnit.MILLIS);
                clock = advance(h, last.plus(Duration.ofMinutes(5)), clock);
                advance(h, last.plus(Duration.ofDays(1)), clock);
            }
            out.addAll(seen(h));
        }
        out.sort(null);
        return out;
    }

    private static Instant advance(Harness h, Instant to, Instant clock) {
        if (to == null || !to.isAfter(clock)) {
            return clock;
        }
        h.wallClockTo(to, clock);
        return to;
    }

    /**
     * Wall-clock time, and the first instance never punctuates (so it saves no event time): the second
     * settles the restored batches on its first punctuation, before any record, without an event time.
     * With one case kept decoded, a case settled then and dropped unwritten would be read back with its
     * batch pending and no mark to cover it: its timer taken for stale, its at-risk and breach lost. So
     * without an event time every settled batch is written.
     */
    @Test
    void wallClockRestartBeforeAnyPunctuation_writesWhatItSettles() {
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        List<CaseEvent> events = List.of(
                CaseEvent.created("A", t0, Channel.EMAIL, Priority.NORMAL),
                CaseEvent.created("B", t0, Channel.EMAIL, Priority.NORMAL));
        List<Instant> wall = new ArrayList<>();
        wall.add(null);
        wall.add(null); // no punctuation before the restart (cut after both)
        SlaTopology.Builder b = SlaTopology.builder(SlaTopologyTest.POLICY).inMemoryStores(true)
                .timeMode(SlaTopology.TimeMode.WALL_CLOCK_TIME).punctuationInterval(Duration.ofMinutes(1))
                .recentCases(1);
        List<String> expected = run(events, wall, 2, b.quietSettling(false).build(), b.build());
        assertThat(expected).filteredOn(s -> s.contains("\"at-risk\"") || s.contains("\"breached\""))
                .hasSize(6); // A's and B's: the update cadence's at-risk and breach, the resolution clock's at-risk
        assertThat(run(events, wall, 2, b.quietSettling(true).build(), b.build())).containsExactlyElementsOf(expected);
    }

    /**
     * The budget of a punctuation runs out between two batches at one instant: the case settled quietly
     * there is not covered by the settled mark (the other batch at that instant is not settled yet), so
     * it is written; a late event at that instant is then late for it, also once it left the decoded
     * cases.
     */
    @Test
    void budgetRunningOutWithinAnInstant_writesTheCaseSettledThere() {
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");
        Instant minute = t0.plus(Duration.ofMinutes(1)); // A's at-risk instant is hours later: it settles quietly
        List<CaseEvent> events = List.of(
                CaseEvent.created("A", t0, Channel.EMAIL, Priority.NORMAL),
                CaseEvent.created("B", t0, Channel.EMAIL, Priority.NORMAL),
                CaseEvent.created("C", minute, Channel.EMAIL, Priority.NORMAL), // punctuation: settles A only
                CaseEvent.customerMessage("C", minute.plusSeconds(1)), // reads C: A leaves the decoded cases
                CaseEvent.customerMessage("A", t0), // late: A's batch at t0 was settled
                CaseEvent.created("zz-end", t0.plus(Duration.ofDays(9)), Channel.EMAIL, Priority.LOW));
        SlaTopology.Builder b = SlaTopology.builder(SlaTopologyTest.POLICY).inMemoryStores(true)
                .punctuationInterval(Duration.ofMinutes(1)).maxTimersPerPunctuation(1).recentCases(1);
        List<String> expected = run(events, null, events.size(), b.quietSettling(false).build(), b.build());
        assertThat(expected).filteredOn(s -> s.startsWith("dead letter")).containsExactly(
                "dead letter LATE Optional[A] Optional[{\"case\":\"A\",\"at\":\"2026-03-02T08:00:00Z\","
                        + "\"kind\":\"customer-message\"}]");
        assertThat(run(events, null, events.size(), b.quietSettling(true).build(), b.build()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void withoutRestart_quietSettlingWritesFewerChangesAndEmitsTheSame() {
        // the demo's log: quiet settling leaves batches unwritten, and what comes out is the same
        DemoLog demo = DemoLog.shipped();
        Instant end = demo.lastEventAt().plus(Duration.ofDays(2));
        List<CaseEvent> events = new ArrayList<>(demo.feed);
        events.add(CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW));
        SlaTopology reference = SlaTopology.builder(demo.policy).inMemoryStores(true)
                .punctuationInterval(Duration.ofHours(1)).quietSettling(false).build();
        SlaTopology quiet = SlaTopology.builder(demo.policy).inMemoryStores(true)
                .punctuationInterval(Duration.ofHours(1)).build();
        List<String> expected;
        int referenceWrites;
        try (Harness h = new Harness(reference)) {
            events.forEach(h::send);
            expected = seen(h);
            expected.sort(null);
            referenceWrites = changelog(h, reference.casesStore()).size();
        }
        try (Harness h = new Harness(quiet)) {
            events.forEach(h::send);
            List<String> actual = seen(h);
            actual.sort(null);
            assertThat(actual).containsExactlyElementsOf(expected);
            int writes = changelog(h, quiet.casesStore()).size();
            assertThat(writes).isLessThan(referenceWrites * 9 / 10).isGreaterThanOrEqualTo(events.size() - 1);
        }
        assertThat(expected).anyMatch(s -> s.startsWith("transition ")).anyMatch(s -> s.contains("breached"));
    }

    /**
     * The feed with messy input: some events moved later (out of time order), some repeated later, and
     * some new events at the instant of an earlier event of their case, arriving later.
     */
    static List<CaseEvent> messy(SplittableRandom r, List<CaseEvent> feed) {
        List<CaseEvent> events = new ArrayList<>(feed);
        int n = events.size();
        int moves = r.nextInt(4);
        for (int m = 0; m < moves && n > 1; m++) {
            int i = r.nextInt(n);
            CaseEvent e = events.remove(i);
            events.add(i + r.nextInt(n - i), e);
        }
        int extras = r.nextInt(4);
        for (int m = 0; m < extras; m++) {
            int i = r.nextInt(events.size());
            CaseEvent e = events.get(i);
            CaseEvent extra = switch (r.nextInt(3)) {
                case 0 -> e; // repeated
                case 1 -> CaseEvent.customerMessage(e.caseId(), e.at());
                default -> CaseEvent.updateSent(e.caseId(), e.at());
            };
            events.add(i + 1 + r.nextInt(events.size() - i), extra);
        }
        return events;
    }

    /**
     * What came out so far: transitions and dead letters (reason, key, value), sorted (a restarted task
     * punctuates at other points, so the order between cases may differ; each case's own order is checked
     * by the law tests).
     */
    private static List<String> seen(Harness h) {
        List<String> out = new ArrayList<>();
        h.transitions().forEach(t -> out.add("transition " + SlaJson.writeTransition(t)));
        h.deadLetters().forEach(d -> out.add("dead letter " + d.reason() + " " + d.key() + " " + d.value()));
        return out;
    }

    private static List<TestRecord<byte[], byte[]>> changelog(Harness h, String store) {
        TestOutputTopic<byte[], byte[]> topic = h.driver.createOutputTopic("slakit-test-" + store + "-changelog",
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        return topic.readRecordsToList();
    }

    private static void restore(KeyValueStore<String, byte[]> store, List<TestRecord<byte[], byte[]>> log) {
        StringDeserializer strings = new StringDeserializer();
        for (TestRecord<byte[], byte[]> r : log) {
            String key = strings.deserialize("", r.key());
            if (r.value() == null) {
                store.delete(key);
            } else {
                store.put(key, r.value());
            }
        }
    }
}
