package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/** The worked cases of the Proof section, with hand-computed expected instants. */
class WorkedExamplesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    static final BusinessCalendar EIGHT_TO_SIX = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 08:00-18:00\n");
    static final SlaPolicy STANDARD = SlaPolicy.standard(NINE_TO_FIVE);

    /** Local time in Berlin; March 2026 is before the DST change (UTC+1). 2026-03-06 is a Friday. */
    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void firstResponse_createdFriday1600_dueMonday1000() {
        SupportCase c = SupportCase.builder("C-1", berlin("2026-03-06T16:00")).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-06T16:30"));

        assertThat(e.rule().get().name()).isEqualTo("first-response");
        assertThat(e.clockStart()).contains(berlin("2026-03-06T16:00"));
        assertThat(e.due()).contains(berlin("2026-03-09T10:00"));
        assertThat(e.targetLength()).isEqualTo(Duration.ofHours(2));
        assertThat(e.used()).isEqualTo(Duration.ofMinutes(30));
        assertThat(e.remaining()).isEqualTo(Duration.ofMinutes(90));
        assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
        // 75% of 2 business hours is 90 minutes: Fri 16:00-17:00, then Mon 09:00-09:30
        assertThat(e.atRiskFrom()).contains(berlin("2026-03-09T09:30"));
        assertThat(e.nextChange()).contains(berlin("2026-03-09T09:30"));
        // Fri 17:00 to Mon 09:00 is closed: 64 hours skipped
        assertThat(e.closedTimeSkipped()).isEqualTo(Duration.ofHours(64));
    }

    @Test
    void emergency_updatedAt1000_withAgreedFourHours_dueAt1400Elapsed() {
        // a Saturday: the calendar is closed, the emergency cadence is elapsed time
        SupportCase c = SupportCase.builder("E-1", berlin("2026-03-07T08:00"))
                .priority(Priority.EMERGENCY)
                .agreedInterval(Duration.ofHours(4))
                .lastSentToCustomer(berlin("2026-03-07T10:00"))
                .build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-07T11:00"));

        assertThat(e.rule().get().name()).isEqualTo("emergency");
        assertThat(e.target()).contains(Target.elapsed(Duration.ofHours(4)));
        assertThat(e.clockStart()).contains(berlin("2026-03-07T10:00"));
        assertThat(e.due()).contains(berlin("2026-03-07T14:00"));
        assertThat(e.used()).isEqualTo(Duration.ofHours(1));
        assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(e.closedTimeSkipped()).isZero();
    }

    @Test
    void emergency_withoutAgreedInterval_fallsBackToOneHour() {
        SupportCase c = SupportCase.builder("E-2", berlin("2026-03-07T08:00"))
                .priority(Priority.EMERGENCY)
                .lastSentToCustomer(berlin("2026-03-07T10:00"))
                .build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-07T10:50"));

        assertThat(e.target()).contains(Target.elapsed(Duration.ofHours(1)));
        assertThat(e.due()).contains(berlin("2026-03-07T11:00"));
        assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void emergencyFirstResponse_isOneElapsedHourFromCreation() {
        SupportCase c = SupportCase.builder("E-3", berlin("2026-03-07T08:00")).priority(Priority.EMERGENCY).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-07T09:00:01"));

        assertThat(e.rule().get().name()).isEqualTo("emergency-first-response");
        assertThat(e.due()).contains(berlin("2026-03-07T09:00"));
        assertThat(e.state()).isEqualTo(SlaState.BREACHED);
        assertThat(e.overdue()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void urgent_updatedTuesday1500_dueWednesday1500() {
        SupportCase c = SupportCase.builder("U-1", berlin("2026-03-09T09:00"))
                .priority(Priority.URGENT)
                .lastSentToCustomer(berlin("2026-03-10T15:00"))
                .build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-10T16:00"));

        assertThat(e.rule().get().name()).isEqualTo("urgent-or-elevated");
        assertThat(e.due()).contains(berlin("2026-03-11T15:00"));
        // one business day from Tue 15:00 is Tue 15-17 and Wed 09-15: 8 business hours
        assertThat(e.targetLength()).isEqualTo(Duration.ofHours(8));
        assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void urgent_becameUrgentTuesday1500_afterAnUpdateThatMorning_dueWednesday1500() {
        SupportCase c = SupportCase.builder("U-2", berlin("2026-03-09T09:00"))
                .priority(Priority.URGENT)
                .prioritySince(berlin("2026-03-10T15:00"))
                .lastSentToCustomer(berlin("2026-03-10T10:00"))
                .build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-10T16:00"));

        assertThat(e.clockStart()).contains(berlin("2026-03-10T15:00"));
        assertThat(e.due()).contains(berlin("2026-03-11T15:00"));
    }

    @Test
    void pendingCustomer_threeWeeksMinusOneHour_isAtRisk_andThreeWeeksPlusOneSecond_isBreached() {
        Instant since = berlin("2026-03-02T10:00");
        SupportCase c = SupportCase.builder("P-1", berlin("2026-03-02T09:00"))
                .status(CaseStatus.PENDING_CUSTOMER)
                .statusSince(since)
                .lastSentToCustomer(since)
                .build();
        Instant threeWeeks = Instant.parse("2026-03-23T09:00:00Z"); // 10:00 Berlin, 21 x 24 h later

        Evaluation almost = STANDARD.evaluate(c, threeWeeks.minus(Duration.ofHours(1)));
        Evaluation exactly = STANDARD.evaluate(c, threeWeeks);
        Evaluation after = STANDARD.evaluate(c, threeWeeks.plusSeconds(1));

        assertThat(almost.rule().get().name()).isEqualTo("pending-customer");
        assertThat(almost.due()).contains(threeWeeks);
        assertThat(almost.state()).isEqualTo(SlaState.AT_RISK);
        assertThat(exactly.state()).isEqualTo(SlaState.AT_RISK);
        assertThat(after.state()).isEqualTo(SlaState.BREACHED);
        assertThat(after.overdue()).isEqualTo(Duration.ofSeconds(1));
        assertThat(almost.nextChange()).contains(threeWeeks.plusNanos(1));
    }

    @Test
    void leavingPendingCustomerAfterTenDays_isOnTrackByDefault_andBreachedUnderTheStrictReading() {
        Instant day0 = berlin("2026-03-02T10:00"); // Monday
        Instant day10 = berlin("2026-03-12T10:00"); // Thursday: the customer answers
        SupportCase c = SupportCase.builder("P-2", berlin("2026-03-02T09:00"))
                .status(CaseStatus.OPEN)
                .statusSince(day10)
                .lastSentToCustomer(day0)
                .build();
        Instant now = berlin("2026-03-12T11:00");

        Evaluation byDefault = STANDARD.evaluate(c, now);
        Evaluation strict = STANDARD.withClockStart(ClockStart.LAST_UPDATE).evaluate(c, now);

        assertThat(byDefault.rule().get().name()).isEqualTo("open");
        assertThat(byDefault.clockStart()).contains(day10);
        assertThat(byDefault.due()).contains(berlin("2026-03-17T10:00")); // Thu + 3 business days = Tue
        assertThat(byDefault.state()).isEqualTo(SlaState.ON_TRACK);

        assertThat(strict.clockStart()).contains(day0);
        assertThat(strict.due()).contains(berlin("2026-03-05T10:00")); // Mon + 3 business days = Thu
        assertThat(strict.state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void oneHourWarning_beforeATuesday1100Deadline_onAnEightToSixCalendar_firesTuesday1000() {
        SlaPolicy policy = SlaPolicy.builder(EIGHT_TO_SIX).standardRules()
                .warning(WarningThreshold.leadTime(Duration.ofHours(1))).build();
        // first response: 2 business hours from Tue 09:00 is Tue 11:00
        SupportCase c = SupportCase.builder("W-1", berlin("2026-03-10T09:00")).build();

        Evaluation before = policy.evaluate(c, berlin("2026-03-10T09:59"));
        Evaluation at = policy.evaluate(c, berlin("2026-03-10T10:00"));

        assertThat(before.due()).contains(berlin("2026-03-10T11:00"));
        assertThat(before.atRiskFrom()).contains(berlin("2026-03-10T10:00"));
        assertThat(before.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(before.nextChange()).contains(berlin("2026-03-10T10:00"));
        assertThat(at.state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void oneHourWarning_beforeATuesday0830Deadline_firesMonday1730_notInTheNight() {
        SlaPolicy policy = SlaPolicy.builder(EIGHT_TO_SIX)
                .rule("urgent", Condition.always(), Target.businessDays(1))
                .warning(WarningThreshold.leadTime(Duration.ofHours(1))).build();
        SupportCase c = SupportCase.builder("W-2", berlin("2026-03-09T08:30")).build();

        Evaluation e = policy.evaluate(c, berlin("2026-03-09T12:00"));

        assertThat(e.due()).contains(berlin("2026-03-10T08:30"));
        assertThat(e.atRiskFrom()).contains(berlin("2026-03-09T17:30"));
        // a wall-clock offset would have said Tue 07:30, while the team is away
        assertThat(e.atRiskFrom().get()).isNotEqualTo(berlin("2026-03-10T07:30"));
    }

    @Test
    void oneHourWarning_whenExactlyAnHourRemainsFromAClose_isAtRiskFromThatClose() {
        SlaPolicy policy = SlaPolicy.builder(NINE_TO_FIVE)
                .rule("any", Condition.always(), Target.businessTime(Duration.ofHours(4)))
                .warning(WarningThreshold.leadTime(Duration.ofHours(1))).build();
        // Mon 14:00 + 4 business hours = Tue 10:00; from Mon 17:00 on, one business hour remains
        SupportCase c = SupportCase.builder("W-4", berlin("2026-03-09T14:00")).build();

        Evaluation e = policy.evaluate(c, berlin("2026-03-09T16:59"));

        assertThat(e.due()).contains(berlin("2026-03-10T10:00"));
        assertThat(e.atRiskFrom()).contains(berlin("2026-03-09T17:00"));
        assertThat(policy.evaluate(c, berlin("2026-03-09T20:00")).state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void warningAsAFraction_onAnElapsedTarget_isElapsedTime() {
        SupportCase c = SupportCase.builder("W-3", berlin("2026-03-06T12:00"))
                .status(CaseStatus.PENDING_INTERNAL)
                .lastSentToCustomer(berlin("2026-03-06T12:00"))
                .build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-06T13:00"));

        assertThat(e.due()).contains(berlin("2026-03-13T12:00"));
        // 75% of 168 hours is 126 hours
        assertThat(e.atRiskFrom()).contains(berlin("2026-03-06T12:00").plus(Duration.ofHours(126)));
    }
}
