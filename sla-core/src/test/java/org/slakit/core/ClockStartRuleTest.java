package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/**
 * When a rule's clock starts: at the latest of the clock's last start (creation or reopening) and
 * the last change of each field the rule's own condition tests. Expected instants are written out.
 */
class ClockStartRuleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    static final SlaPolicy STANDARD = SlaPolicy.standard(NINE_TO_FIVE);

    /** Local time in Berlin; 2026-03-02 is a Monday, before the DST change (UTC+1). */
    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Nested
    class StatusChangesDoNotRestartRulesThatIgnoreTheStatus {

        @Test
        void urgentCase_movedToPendingInternalAndBack_keepsTuesday1000() {
            // answered Monday 10:00 (due Tuesday 10:00); pending internal at 14:00; open again Tuesday 09:30
            SupportCase c = SupportCase.builder("U-1", berlin("2026-03-02T09:00"))
                    .priority(Priority.URGENT)
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .status(CaseStatus.OPEN)
                    .statusSince(berlin("2026-03-03T09:30"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-03T09:45"));

            assertThat(e.rule().get().name()).isEqualTo("urgent-or-elevated");
            assertThat(e.clockStart()).contains(berlin("2026-03-02T10:00"));
            assertThat(e.due()).contains(berlin("2026-03-03T10:00"));
            assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
            assertThat(STANDARD.evaluate(c, berlin("2026-03-03T10:01")).state()).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void emergencyCadence_movedToPendingCustomer_keepsItsHour() {
            SupportCase c = SupportCase.builder("E-1", berlin("2026-03-07T08:00"))
                    .priority(Priority.EMERGENCY)
                    .lastSentToCustomer(berlin("2026-03-07T10:00"))
                    .status(CaseStatus.PENDING_CUSTOMER)
                    .statusSince(berlin("2026-03-07T10:40"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-07T10:50"));

            assertThat(e.rule().get().name()).isEqualTo("emergency");
            assertThat(e.due()).contains(berlin("2026-03-07T11:00"));
        }

        @Test
        void firstResponse_ignoresStatusChanges() {
            SupportCase c = SupportCase.builder("F-1", berlin("2026-03-02T09:00"))
                    .status(CaseStatus.PENDING_INTERNAL)
                    .statusSince(berlin("2026-03-02T10:30"))
                    .build();

            assertThat(STANDARD.evaluate(c, berlin("2026-03-02T10:45")).due()).contains(berlin("2026-03-02T11:00"));
        }
    }

    @Nested
    class ChangesOfTestedFieldsStartTheRule {

        @Test
        void openRule_startsWhenTheCaseBecameOpen() {
            // the example of the README: pending customer from Monday March 2, open again Thursday March 12 10:00
            SupportCase c = SupportCase.builder("O-1", berlin("2026-02-27T09:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .statusSince(berlin("2026-03-12T10:00"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-12T10:05"));

            assertThat(e.rule().get().name()).isEqualTo("open");
            assertThat(e.due()).contains(berlin("2026-03-17T10:00"));
            assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
        }

        @Test
        void urgentRule_startsWhenTheCaseWasElevated() {
            SupportCase c = SupportCase.builder("N-1", berlin("2026-03-02T09:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .elevated(true)
                    .prioritySince(berlin("2026-03-02T15:00"))
                    .build();

            assertThat(STANDARD.evaluate(c, berlin("2026-03-02T15:30")).due()).contains(berlin("2026-03-03T15:00"));
        }

        @Test
        void emergencyFirstResponse_startsWhenTheCaseBecameAnEmergency() {
            // created 09:00, raised to emergency at 12:00 with nothing sent: the rule tests the priority
            SupportCase c = SupportCase.builder("E-2", berlin("2026-03-02T09:00"))
                    .priority(Priority.EMERGENCY)
                    .prioritySince(berlin("2026-03-02T12:00"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-02T12:10"));

            assertThat(e.rule().get().name()).isEqualTo("emergency-first-response");
            assertThat(e.due()).contains(berlin("2026-03-02T13:00"));
            assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
            assertThat(e.explain()).contains("when the priority or the elevated flag last changed");
        }
    }

    @Nested
    class ReopeningRestartsEveryRule {

        @Test
        void urgentCase_reopened_startsAFreshBusinessDay() {
            SupportCase c = SupportCase.builder("R-1", berlin("2026-03-02T09:00"))
                    .priority(Priority.URGENT)
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .lastReopened(berlin("2026-03-04T11:00"))
                    .statusSince(berlin("2026-03-04T11:00"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-04T11:30"));

            assertThat(e.clockStart()).contains(berlin("2026-03-04T11:00"));
            assertThat(e.due()).contains(berlin("2026-03-05T11:00"));
            assertThat(e.explain()).contains("when the case was reopened");
        }

        @Test
        void firstResponse_afterAReopening_countsFromIt() {
            SupportCase c = SupportCase.builder("R-2", berlin("2026-03-02T09:00"))
                    .lastReopened(berlin("2026-03-05T14:00"))
                    .statusSince(berlin("2026-03-05T14:00"))
                    .build();

            assertThat(STANDARD.evaluate(c, berlin("2026-03-05T14:10")).due()).contains(berlin("2026-03-05T16:00"));
        }

        @Test
        void strictReading_ignoresTheReopening() {
            SlaPolicy strict = STANDARD.withClockStart(ClockStart.LAST_UPDATE);
            SupportCase c = SupportCase.builder("R-3", berlin("2026-03-02T09:00"))
                    .priority(Priority.URGENT)
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .lastReopened(berlin("2026-03-04T11:00"))
                    .statusSince(berlin("2026-03-04T11:00"))
                    .build();

            assertThat(strict.evaluate(c, berlin("2026-03-04T11:30")).due()).contains(berlin("2026-03-03T10:00"));
        }
    }

    @Nested
    class LastReopenedIsChecked {

        @Test
        void afterTheStatusChange_isRejected() {
            SupportCase.Builder b = SupportCase.builder("X-1", berlin("2026-03-02T09:00"))
                    .statusSince(berlin("2026-03-02T10:00"))
                    .lastReopened(berlin("2026-03-02T11:00"));

            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(b::build)
                    .withMessage("Case X-1: lastReopened 2026-03-02T10:00:00Z is after statusSince 2026-03-02T09:00:00Z:"
                            + " reopening moves the case into a status, so the status cannot be older than the reopening");
        }

        @Test
        void beforeCreation_isRejected() {
            SupportCase.Builder b = SupportCase.builder("X-2", berlin("2026-03-02T09:00"))
                    .lastReopened(berlin("2026-03-01T11:00"));

            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(b::build)
                    .withMessageContaining("lastReopened 2026-03-01T10:00:00Z is before created");
        }

        @Test
        void afterNow_isRejectedWhenEvaluated() {
            SupportCase c = SupportCase.builder("X-3", berlin("2026-03-02T09:00"))
                    .lastReopened(berlin("2026-03-02T12:00"))
                    .statusSince(berlin("2026-03-02T12:00"))
                    .build();

            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> STANDARD.evaluate(c, berlin("2026-03-02T11:00")))
                    .withMessageContaining("X-3");
            assertThat(c.runningSince()).isEqualTo(berlin("2026-03-02T12:00"));
            assertThat(c.lastReopened()).contains(berlin("2026-03-02T12:00"));
            assertThat(Duration.between(c.created(), c.runningSince())).isEqualTo(Duration.ofHours(3));
        }
    }
}
