package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

/** Bad and messy input: each goes to the dead-letter topic with its reason, and the stream goes on unharmed. */
class DeadLetterTest {

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static Harness started() {
        Harness h = new Harness(SlaTopology.builder(SlaTopologyTest.POLICY).inMemoryStores(true).build());
        h.send(CaseEvent.created("C-1", t("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL));
        h.send(CaseEvent.assigned("C-1", t("2026-03-02T08:10:00Z"), Optional.of("ana")));
        return h;
    }

    /** The case's transitions are those of the good events alone. */
    private static void assertUnharmed(Harness h) {
        h.send(CaseEvent.updateSent("C-1", t("2026-03-02T09:00:00Z")));
        h.send(CaseEvent.created("C-9", t("2026-03-02T12:00:00Z"), Channel.CALL, Priority.LOW));
        assertThat(h.transitions()).containsExactly(new SlaTransition("C-1", "updates", TransitionKind.MET,
                "first-response", Optional.of(t("2026-03-02T10:00:00Z")), t("2026-03-02T09:00:00Z"), t("2026-03-02T08:00:00Z"),
                Optional.of("ana")));
    }

    private static DeadLetter only(Harness h) {
        List<DeadLetter> dead = h.deadLetters();
        assertThat(dead).hasSize(1);
        return dead.get(0);
    }

    @Test
    void notJson_isMalformed() {
        try (Harness h = started()) {
            h.sendRaw("C-1", "{\"case\":\"C-1\",", t("2026-03-02T08:20:00Z"));
            DeadLetter d = only(h);
            assertThat(d.reason()).isEqualTo(DeadLetter.Reason.MALFORMED);
            assertThat(d.message()).startsWith("Case event is not JSON");
            assertThat(d.key()).contains("C-1");
            assertThat(d.value()).contains("{\"case\":\"C-1\",");
            assertThat(d.topic()).contains("case-events");
            assertThat(d.partition()).isZero();
            assertThat(d.offset()).isEqualTo(OptionalLong.of(2));
            assertUnharmed(h);
        }
    }

    @Test
    void badInstant_isMalformed_namingFieldAndValue() {
        try (Harness h = started()) {
            h.sendRaw("C-1", "{\"case\":\"C-1\",\"at\":\"2026-03-02 08:20\",\"kind\":\"update-sent\"}",
                    t("2026-03-02T08:20:00Z"));
            assertThat(only(h).message()).isEqualTo("Case event field 'at' is '2026-03-02 08:20': expected an ISO-8601 "
                    + "instant with offset such as 2026-03-02T09:00:00Z");
            assertUnharmed(h);
        }
    }

    @Test
    void unknownKind_andMissingField_areMalformed() {
        try (Harness h = started()) {
            h.sendRaw("C-1", "{\"case\":\"C-1\",\"at\":\"2026-03-02T08:20:00Z\",\"kind\":\"escalated\"}",
                    t("2026-03-02T08:20:00Z"));
            h.sendRaw("C-1", "{\"case\":\"C-1\",\"at\":\"2026-03-02T08:20:00Z\",\"kind\":\"status\"}",
                    t("2026-03-02T08:20:00Z"));
            assertThat(h.deadLetters()).extracting(DeadLetter::message).containsExactly(
                    "Case event field 'kind' is 'escalated': expected created, status, priority, elevated, update-sent, "
                            + "customer-message, agreed-interval, assigned, waiting-on, solved, reopened or closed",
                    "Case event field 'status' is missing");
            assertUnharmed(h);
        }
    }

    @Test
    void keyThatIsNotTheCase_isMalformed() {
        try (Harness h = started()) {
            h.sendRaw("C-2", SlaJson.writeEvent(CaseEvent.solved("C-1", t("2026-03-02T08:20:00Z"))),
                    t("2026-03-02T08:20:00Z"));
            assertThat(only(h).message()).isEqualTo("Record key 'C-2' is not the case of its event "
                    + "C-1 2026-03-02T08:20:00Z SOLVED: events must be keyed by their case id");
            assertUnharmed(h);
        }
    }

    @Test
    void eventForACaseNeverCreated_isUnknownCase() {
        try (Harness h = started()) {
            h.send(CaseEvent.statusChanged("C-404", t("2026-03-02T08:20:00Z"), CaseStatus.SOLVED));
            DeadLetter d = only(h);
            assertThat(d.reason()).isEqualTo(DeadLetter.Reason.UNKNOWN_CASE);
            assertThat(d.message()).isEqualTo("Event C-404 2026-03-02T08:20:00Z STATUS_CHANGED SOLVED is for case C-404, "
                    + "whose creation was never seen");
            assertThat(h.cases().get("C-404")).isNull();
            assertUnharmed(h);
        }
    }

    @Test
    void sameEventTwice_isDuplicate() {
        try (Harness h = started()) {
            h.send(CaseEvent.assigned("C-1", t("2026-03-02T08:10:00Z"), Optional.of("ana")));
            DeadLetter d = only(h);
            assertThat(d.reason()).isEqualTo(DeadLetter.Reason.DUPLICATE);
            assertThat(d.message()).isEqualTo("Event C-1 2026-03-02T08:10:00Z ASSIGNED ana repeats an event of case C-1 "
                    + "already applied at 2026-03-02T08:10:00Z");
            assertUnharmed(h);
        }
    }

    @Test
    void creationTwice_isDuplicateOrCreatedTwice() {
        try (Harness h = started()) {
            h.send(CaseEvent.created("C-1", t("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL));
            h.send(CaseEvent.created("C-1", t("2026-03-02T08:15:00Z"), Channel.CHAT, Priority.URGENT));
            assertThat(h.deadLetters()).extracting(DeadLetter::reason)
                    .containsExactly(DeadLetter.Reason.DUPLICATE, DeadLetter.Reason.CREATED_TWICE);
            assertUnharmed(h);
        }
    }

    @Test
    void eventOlderThanTheCasesLast_isLate_andNotApplied() {
        try (Harness h = started()) {
            byte[] before = h.cases().get("C-1");
            h.send(CaseEvent.priorityChanged("C-1", t("2026-03-02T08:05:00Z"), Priority.EMERGENCY));
            DeadLetter d = only(h);
            assertThat(d.reason()).isEqualTo(DeadLetter.Reason.LATE);
            assertThat(d.message()).isEqualTo("Event C-1 2026-03-02T08:05:00Z PRIORITY_CHANGED EMERGENCY is older than "
                    + "the last event of case C-1 at 2026-03-02T08:10:00Z: late events are not applied (transitions "
                    + "already emitted stand)");
            assertThat(h.cases().get("C-1")).isEqualTo(before);
            assertUnharmed(h);
        }
    }

    @Test
    void eventAtAnInstantWhoseTransitionsWereEmitted_isLate() {
        try (Harness h = started()) {
            // event time moves past the at-risk instant (09:30) and the breach (10:00:00.000000001)
            h.send(CaseEvent.created("C-9", t("2026-03-02T12:00:00Z"), Channel.CALL, Priority.LOW));
            assertThat(h.transitions()).extracting(SlaTransition::kind)
                    .containsExactly(TransitionKind.AT_RISK, TransitionKind.BREACHED);
            h.send(CaseEvent.updateSent("C-1", t("2026-03-02T09:45:00Z"))); // before the emitted breach
            assertThat(only(h).reason()).isEqualTo(DeadLetter.Reason.LATE);
            h.send(CaseEvent.updateSent("C-1", t("2026-03-02T12:00:00Z")));
            h.send(CaseEvent.created("C-10", t("2026-03-02T13:00:00Z"), Channel.CALL, Priority.LOW));
            assertThat(h.transitions()).extracting(SlaTransition::kind)
                    .containsExactly(TransitionKind.AT_RISK, TransitionKind.BREACHED, TransitionKind.LATE);
        }
    }

    @Test
    void instantFarInTheFuture_isFarFuture() {
        try (Harness h = started()) {
            h.sendRaw("C-1", SlaJson.writeEvent(CaseEvent.solved("C-1", t("2126-03-02T08:20:00Z"))),
                    t("2026-03-02T08:20:00Z"));
            DeadLetter d = only(h);
            assertThat(d.reason()).isEqualTo(DeadLetter.Reason.FAR_FUTURE);
            assertThat(d.message()).isEqualTo("Event C-1 2126-03-02T08:20:00Z SOLVED is more than PT24H after its "
                    + "record's timestamp 2026-03-02T08:20:00Z");
            assertUnharmed(h);
        }
    }

    @Test
    void recordWithoutValue_isMalformed() {
        try (Harness h = started()) {
            h.sendRaw("C-1", null, t("2026-03-02T08:20:00Z"));
            assertThat(only(h).message()).isEqualTo("Record with key 'C-1' has no value: a case event was expected");
            assertUnharmed(h);
        }
    }
}
