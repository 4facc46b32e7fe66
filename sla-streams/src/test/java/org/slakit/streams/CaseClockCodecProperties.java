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

    /** Every optional field present, an open cycle, four events at the last instant, 40-character names. */
    @Test
    void fullestState_fitsTheBudget() {
        String name = "a-forty-character-assignee-name-xxxxxxxx";
        Instant t0 = Instant.parse("2026-03-02T08:00:00.123456789Z");
        CaseClock c = CaseClock.create((CaseEvent.Created) CaseEvent.created("C-1", t0,
                Channel.of("a-channel-name-of-forty-characters-xxxxx"), Priority.URGENT));
        CaseClock.Sink none = new CaseClock.Sink() {
            @Override
            public void transition(SlaTransition t) {
            }

            @Override
            public void problem(String message) {
                throw new AssertionError(message);
            }
        };
        Instant t1 = t0.plus(Duration.ofDays(3)).plusNanos(1);
        c.apply(CaseEvent.assigned("C-1", t0.plusSeconds(60), Optional.of(name)), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.updateSent("C-1", t0.plusSeconds(600)), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.solved("C-1", t0.plusSeconds(900)), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.agreedIntervalSet("C-1", t0.plusSeconds(1000), Duration.ofHours(4)), SlaTopologyTest.POLICY,
                none);
        c.apply(CaseEvent.reopened("C-1", t1), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.elevationChanged("C-1", t1, true), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.statusChanged("C-1", t1, CaseStatus.PENDING_CUSTOMER), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.assigned("C-1", t1, Optional.of(name.replace('x', 'y'))), SlaTopologyTest.POLICY, none);
        c.apply(CaseEvent.customerMessage("C-1", t1), SlaTopologyTest.POLICY, none);
        c.advance(t1.plusSeconds(1), SlaTopologyTest.POLICY, none); // settles: an open cycle
        c.apply(CaseEvent.assigned("C-1", t1.plusSeconds(5), Optional.of(name)), SlaTopologyTest.POLICY, none);
        assertThat(c.cycleOpen).isTrue();
        c.lateBatch = true;
        byte[] bytes = CaseClockCodec.encode(c);
        assertThat(CaseClockCodec.decode("C-1", bytes).lateBatch).isTrue();
        assertThat(bytes.length).isLessThanOrEqualTo(BUDGET);
        assertThat(CaseClockCodec.encode(CaseClockCodec.decode("C-1", bytes))).isEqualTo(bytes);
    }
}
