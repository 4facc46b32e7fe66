package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

class SlaJsonTest {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    static final List<CaseEvent> EVERY_KIND = List.of(
            CaseEvent.created("C-1", T, Channel.of("sms"), Priority.URGENT),
            CaseEvent.statusChanged("C-1", T, CaseStatus.PENDING_CUSTOMER),
            CaseEvent.priorityChanged("C-1", T, Priority.EMERGENCY),
            CaseEvent.elevationChanged("C-1", T, true),
            CaseEvent.updateSent("C-1", T.plusNanos(1)),
            CaseEvent.customerMessage("C-1", T),
            CaseEvent.agreedIntervalSet("C-1", T, Duration.ofHours(4)),
            CaseEvent.assigned("C-1", T, Optional.of("ana")),
            CaseEvent.assigned("C-1", T, Optional.empty()),
            CaseEvent.waitingOn("C-1", T, Optional.of("engineering")),
            CaseEvent.waitingOn("C-1", T, Optional.empty()),
            CaseEvent.solved("C-1", T),
            CaseEvent.reopened("C-1", T),
            CaseEvent.closed("C-1", T));

    @Test
    void everyKind_roundTrips() {
        for (CaseEvent e : EVERY_KIND) {
            assertThat(SlaJson.readEvent(SlaJson.writeEvent(e))).isEqualTo(e);
            assertThat(SlaSerdes.caseEvents().deserializer().deserialize("t",
                    SlaSerdes.caseEvents().serializer().serialize("t", e))).isEqualTo(e);
        }
    }

    @Test
    void documentedForms_read() {
        assertThat(SlaJson.readEvent("{\"case\":\"C-1\",\"at\":\"2026-03-02T10:00:00+01:00\",\"kind\":\"created\","
                + "\"channel\":\"email\",\"priority\":\"normal\",\"source\":\"crm\"}"))
                .isEqualTo(CaseEvent.created("C-1", T, Channel.EMAIL, Priority.NORMAL));
        assertThat(SlaJson.writeEvent(CaseEvent.agreedIntervalSet("C-1", T, Duration.ofHours(4))))
                .isEqualTo("{\"case\":\"C-1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"agreed-interval\","
                        + "\"interval\":\"PT4H\"}");
        assertThat(SlaJson.readEvent("{\"case\":\"C-1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"assigned\"}"))
                .isEqualTo(CaseEvent.assigned("C-1", T, Optional.empty()));
    }

    @Test
    void badEvents_areRejected_namingFieldAndValue() {
        assertThatThrownBy(() -> SlaJson.readEvent("[1]")).hasMessage("Case event must be a JSON object, not array");
        assertThatThrownBy(() -> SlaJson.readEvent("{\"case\":\" \",\"at\":\"x\",\"kind\":\"closed\"}"))
                .hasMessage("Case event field 'case' must not be blank");
        assertThatThrownBy(() -> SlaJson.readEvent("{\"case\":\"C-1\",\"at\":5,\"kind\":\"closed\"}"))
                .hasMessage("Case event field 'at' must be a string, not 5");
        assertThatThrownBy(() -> SlaJson.readEvent(
                "{\"case\":\"C-1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"priority\",\"priority\":\"high\"}"))
                .hasMessageStartingWith("Case event field 'priority': ").hasMessageContaining("high");
        assertThatThrownBy(() -> SlaJson.readEvent(
                "{\"case\":\"C-1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"agreed-interval\",\"interval\":\"4h\"}"))
                .hasMessage("Case event field 'interval' is '4h': expected an ISO-8601 duration such as PT4H");
        assertThatThrownBy(() -> SlaJson.readEvent(
                "{\"case\":\"C-1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"agreed-interval\",\"interval\":\"PT0S\"}"))
                .hasMessage("Case event of kind agreed-interval: Agreed interval of case C-1 must be positive, not PT0S");
        assertThatThrownBy(() -> SlaJson.readEvent(
                "{\"case\":\"C-1\",\"at\":\"2026-03-02T09:00:00Z\",\"kind\":\"elevated\",\"elevated\":\"yes\"}"))
                .hasMessage("Case event field 'elevated' must be true or false, not 'yes'");
        assertThatThrownBy(() -> SlaSerdes.caseEvents().deserializer().deserialize("case-events",
                "nope".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Topic case-events holds a record that is not a case event: Case event is not JSON");
    }

    @Test
    void transitions_roundTrip_andAMissingClockIsTheUpdateCadence() {
        SlaTransition t = new SlaTransition("C-1", "updates", TransitionKind.BREACHED, "open", Optional.of(T), T.plusNanos(1),
                T.minusSeconds(3600), Optional.of("ana"));
        assertThat(SlaJson.readTransition(SlaJson.writeTransition(t))).isEqualTo(t);
        assertThat(SlaJson.writeTransition(t)).isEqualTo("{\"case\":\"C-1\",\"clock\":\"updates\",\"transition\":"
                + "\"breached\",\"rule\":\"open\",\"due\":\"2026-03-02T09:00:00Z\",\"at\":\"2026-03-02T09:00:00.000000001Z\","
                + "\"cycleStart\":\"2026-03-02T08:00:00Z\",\"assignee\":\"ana\"}");
        assertThat(SlaJson.readTransition("{\"case\":\"C-1\",\"transition\":\"met\",\"rule\":\"open\",\"due\":"
                + "\"2026-03-02T09:00:00Z\",\"at\":\"2026-03-02T09:00:00Z\",\"cycleStart\":\"2026-03-02T09:00:00Z\"}"))
                .isEqualTo(new SlaTransition("C-1", "updates", TransitionKind.MET, "open", Optional.of(T), T, T, Optional.empty()));
        assertThat(SlaSerdes.transitions().deserializer().deserialize("t",
                SlaSerdes.transitions().serializer().serialize("t", t))).isEqualTo(t);
        // a duration clock paused short of its target has no due instant: null in JSON, and absent reads the same
        SlaTransition paused = new SlaTransition("C-1", "resolution", TransitionKind.MET, "resolution",
                Optional.empty(), T, T.minusSeconds(3600), Optional.empty());
        assertThat(SlaJson.writeTransition(paused)).contains("\"due\":null");
        assertThat(SlaJson.readTransition(SlaJson.writeTransition(paused))).isEqualTo(paused);
        assertThat(SlaJson.readTransition("{\"case\":\"C-1\",\"clock\":\"resolution\",\"transition\":\"met\","
                + "\"rule\":\"resolution\",\"at\":\"2026-03-02T09:00:00Z\",\"cycleStart\":\"2026-03-02T08:00:00Z\"}"))
                .isEqualTo(paused);
    }

    @Test
    void deadLetters_roundTrip() {
        DeadLetter d = new DeadLetter(DeadLetter.Reason.UNKNOWN_CASE, "m", Optional.of("C-1"), Optional.of("{}"),
                Optional.of("case-events"), 3, OptionalLong.of(42));
        assertThat(SlaJson.readDeadLetter(SlaJson.writeDeadLetter(d))).isEqualTo(d);
        DeadLetter fromTimer = new DeadLetter(DeadLetter.Reason.NOT_EVALUATED, "m", Optional.of("C-1"), Optional.empty(),
                Optional.empty(), -1, OptionalLong.empty());
        assertThat(SlaSerdes.deadLetters().deserializer().deserialize("t",
                SlaSerdes.deadLetters().serializer().serialize("t", fromTimer))).isEqualTo(fromTimer);
        assertThat(SlaJson.writeDeadLetter(d)).contains("\"reason\":\"unknown-case\"");
    }

    @Test
    void transitionKinds_readBack() {
        for (TransitionKind k : TransitionKind.values()) {
            assertThat(TransitionKind.parse(k.text())).isEqualTo(k);
        }
        assertThatThrownBy(() -> TransitionKind.parse("due"))
                .hasMessage("Unknown transition 'due': expected at-risk, breached, met, late or stopped");
    }
}
