package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;

/** The stored state per case: it reads back to itself, and stays within 256 bytes (the key excluded). */
class CaseClockCodecProperties {

    static final int BUDGET = 256;

    @Test
    void everyStateReachedByAFeed_roundTrips_andFitsTheBudget() {
        qt().withExamples(100).forAll(Feeds.feeds()).checkAssert(feed -> {
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(true).build();
            try (Harness h = new Harness(sla)) {
                for (CaseEvent e : feed.events) {
                    h.send(e);
                    try (KeyValueIterator<String, byte[]> it = h.cases().all()) {
                        while (it.hasNext()) {
                            KeyValue<String, byte[]> kv = it.next();
                            assertThat(kv.value.length).isLessThanOrEqualTo(BUDGET);
                            assertThat(CaseClockCodec.encode(CaseClockCodec.decode(kv.key, kv.value)))
                                    .isEqualTo(kv.value);
                        }
                    }
                }
            }
        });
    }

    /**
     * The fullest state of a case under a policy with a duration clock that pauses: every optional field
     * present (a waiting-on team, a status log in which that clock paused and resumed), an open cycle of
     * each clock, four events at the last instant, names of 24 characters (channel, assignees,
     * team; each character more costs a byte per name) and
     * instants of millisecond precision, as helpdesk exports and Kafka timestamps have (an instant with a
     * nanosecond part costs up to three more bytes). Each further status change adds a log entry,
     * about five bytes.
     */
    @Test
    void fullestState_fitsTheBudget() {
        SlaPolicy policy = SlaPolicy.parse("""
                standard rules
                clock fix
                pauses in pending-customer
                rule team when waiting on engineering then 2 business days
                rule rest when always then 8 business hours
                calendar
                zone Europe/Berlin
                Mon-Fri 09:00-17:00
                """);
        String name = "a-24-character-name-xxxx";
        assertThat(name).hasSize(24);
        Instant t0 = Instant.parse("2026-03-02T08:00:00.123Z");
        CaseClock c = CaseClock.create((CaseEvent.Created) CaseEvent.created("C-1", t0, Channel.of(name),
                Priority.URGENT), policy);
        CaseClock.Sink none = new CaseClock.Sink() {
            @Override
            public void transition(SlaTransition t) {
            }

            @Override
            public void problem(String message) {
                throw new AssertionError(message);
            }
        };
        Instant t1 = t0.plus(Duration.ofDays(3)).plusMillis(1);
        c.apply(CaseEvent.assigned("C-1", t0.plusSeconds(60), Optional.of(name)), policy, none);
        c.apply(CaseEvent.waitingOn("C-1", t0.plusSeconds(61), Optional.of("engineering-" + name.substring(12))),
                policy, none);
        c.apply(CaseEvent.updateSent("C-1", t0.plusSeconds(600)), policy, none);
        c.apply(CaseEvent.statusChanged("C-1", t0.plusSeconds(700), CaseStatus.PENDING_CUSTOMER), policy, none);
        c.apply(CaseEvent.statusChanged("C-1", t0.plusSeconds(800), CaseStatus.OPEN), policy, none);
        c.apply(CaseEvent.solved("C-1", t0.plusSeconds(900)), policy, none);
        c.apply(CaseEvent.agreedIntervalSet("C-1", t0.plusSeconds(1000), Duration.ofHours(4)), policy, none);
        c.apply(CaseEvent.reopened("C-1", t1), policy, none);
        c.apply(CaseEvent.elevationChanged("C-1", t1, true), policy, none);
        c.apply(CaseEvent.statusChanged("C-1", t1, CaseStatus.PENDING_INTERNAL), policy, none);
        c.apply(CaseEvent.assigned("C-1", t1, Optional.of(name.replace('x', 'y'))), policy, none);
        c.apply(CaseEvent.customerMessage("C-1", t1), policy, none);
        c.advance(t1.plusSeconds(1), policy, none); // settles: open cycles
        c.apply(CaseEvent.assigned("C-1", t1.plusSeconds(5), Optional.of(name)), policy, none);
        assertThat(c.cycleOpen).isTrue();
        assertThat(c.clocks).allSatisfy(k -> assertThat(k.live() && !k.paused).isTrue());
        assertThat(c.log).hasSizeGreaterThanOrEqualTo(4);
        c.lateBatch = true;
        byte[] bytes = CaseClockCodec.encode(c);
        assertThat(CaseClockCodec.decode("C-1", bytes).lateBatch).isTrue();
        assertThat(bytes.length).isLessThanOrEqualTo(BUDGET);
        assertThat(CaseClockCodec.encode(CaseClockCodec.decode("C-1", bytes))).isEqualTo(bytes);
    }
}
