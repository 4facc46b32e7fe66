package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.WorkedExamplesTest.berlin;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

class EvaluationTest {

    static final BusinessCalendar TEAM = WorkedExamplesTest.NINE_TO_FIVE;
    static final SlaPolicy STANDARD = WorkedExamplesTest.STANDARD;

    @Test
    void caseCalendar_isUsedInsteadOfTheDefault_andTheExplanationSaysSo() {
        BusinessCalendar newYork = BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-17:00\n");
        SupportCase c = SupportCase.builder("NY-1", berlin("2026-03-06T16:00")).calendar(newYork).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-06T16:30"));

        // Fri 16:00 Berlin is 10:00 in New York (UTC-5): two business hours later is 12:00 there
        assertThat(e.usesCaseCalendar()).isTrue();
        assertThat(e.calendar()).isEqualTo(newYork);
        assertThat(e.due()).contains(Instant.parse("2026-03-06T17:00:00Z"));
        assertThat(e.explain()).contains("on the case's own calendar (zone America/New_York)");
        assertThat(STANDARD.evaluate(c.toBuilder().build(), berlin("2026-03-06T16:30")).explain())
                .doesNotContain("policy's default calendar");
    }

    @Test
    void defaultCalendar_isNamedInTheExplanation() {
        SupportCase c = SupportCase.builder("C-1", berlin("2026-03-06T16:00")).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-09T09:45"));

        assertThat(e.usesCaseCalendar()).isFalse();
        assertThat(e.explain()).isEqualTo("""
                Case C-1 is AT_RISK at Mon 2026-03-09 09:45 +01:00.
                Rule 'first-response' applies because nothing has been sent to the customer yet; the rules before it do not: 'emergency-first-response' (priority is normal, not emergency), 'emergency' (priority is normal, not emergency).
                Target: 2 business hours, on the policy's default calendar (zone Europe/Berlin).
                Clock start: Fri 2026-03-06 16:00 +01:00 (creation: nothing the rule tests has changed since).
                Due: Mon 2026-03-09 10:00 +01:00; closed time skipped: 64h.
                Used: 1h 45m of 2h (87.5%); 15m remaining; at risk from Mon 2026-03-09 09:30 +01:00 (warning at 75%).
                Next change: breached right after Mon 2026-03-09 10:00 +01:00.
                Last sent to customer: never.
                """);
    }

    @Test
    void measures_ofABreachedBusinessDaysTarget() {
        // open, last update Mon 10:00: due Thu 10:00 (3 business days); now Fri 11:00
        SupportCase c = SupportCase.builder("C-2", berlin("2026-03-02T09:00"))
                .lastSentToCustomer(berlin("2026-03-02T10:00")).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-06T11:00"));

        assertThat(e.due()).contains(berlin("2026-03-05T10:00"));
        assertThat(e.state()).isEqualTo(SlaState.BREACHED);
        assertThat(e.targetLength()).isEqualTo(Duration.ofHours(24));
        // Mon 10-17 (7h), Tue, Wed, Thu (8h each), Fri 09-11 (2h)
        assertThat(e.used()).isEqualTo(Duration.ofHours(33));
        assertThat(e.remaining()).isZero();
        assertThat(e.fractionUsed()).isEqualTo(33.0 / 24.0);
        assertThat(e.overdue()).isEqualTo(Duration.ofHours(25));
        assertThat(e.nextChange()).isEmpty();
        assertThat(e.closedTimeSkipped()).isEqualTo(Duration.ofHours(72 - 24));
        assertThat(e.sinceLastSent()).contains(Duration.ofHours(97));
        assertThat(e.lastSentAgeDays()).hasValue(4);
        assertThat(e.lastSentAgeBusinessDays()).hasValue(4);
        assertThat(e.explain()).contains("overdue by 25h of elapsed time", "Next change: none until the case changes",
                "Last sent to customer: Mon 2026-03-02 10:00 +01:00, 4 days and 4 business days ago.");
    }

    @Test
    void lastSentAgeInBusinessDays_countsWholeBusinessDays() {
        SupportCase c = SupportCase.builder("C-3", berlin("2026-03-06T09:00"))
                .lastSentToCustomer(berlin("2026-03-06T16:00")).build();

        assertThat(STANDARD.evaluate(c, berlin("2026-03-09T10:00")).lastSentAgeBusinessDays()).hasValue(0);
        assertThat(STANDARD.evaluate(c, berlin("2026-03-09T10:00")).lastSentAgeDays()).hasValue(2);
        assertThat(STANDARD.evaluate(c, berlin("2026-03-09T16:00")).lastSentAgeBusinessDays()).hasValue(1);
        assertThat(STANDARD.evaluate(c, berlin("2026-03-20T16:00")).lastSentAgeBusinessDays()).hasValue(10);
        assertThat(STANDARD.evaluate(c, berlin("2026-03-06T16:00")).lastSentAgeBusinessDays()).hasValue(0);
        assertThat(STANDARD.evaluate(c.toBuilder().build(), berlin("2026-03-06T16:00")).lastSentAgeDays()).hasValue(0);
    }

    @Test
    void nothingSent_hasNoLastSentAge() {
        Evaluation e = STANDARD.evaluate(SupportCase.builder("C-4", berlin("2026-03-06T09:00")).build(), berlin("2026-03-06T09:30"));

        assertThat(e.sinceLastSent()).isEmpty();
        assertThat(e.lastSentAgeDays()).isEmpty();
        assertThat(e.lastSentAgeBusinessDays()).isEmpty();
    }

    @Test
    void ruleStart_followsAPriorityChange_whenTheRuleTestsPriority() {
        // normal and open since Mon; elevated on Wed 14:00; last update Mon 10:00
        SupportCase c = SupportCase.builder("C-5", berlin("2026-03-02T09:00"))
                .elevated(true).prioritySince(berlin("2026-03-04T14:00"))
                .lastSentToCustomer(berlin("2026-03-02T10:00")).build();

        Evaluation byDefault = STANDARD.evaluate(c, berlin("2026-03-04T15:00"));
        Evaluation strict = STANDARD.withClockStart(ClockStart.LAST_UPDATE).evaluate(c, berlin("2026-03-04T15:00"));

        assertThat(byDefault.rule().get().name()).isEqualTo("urgent-or-elevated");
        assertThat(byDefault.clockStart()).contains(berlin("2026-03-04T14:00"));
        assertThat(byDefault.due()).contains(berlin("2026-03-05T14:00"));
        assertThat(byDefault.explain()).contains("when the priority or the elevated flag last changed");
        assertThat(strict.due()).contains(berlin("2026-03-03T10:00"));
        assertThat(strict.state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void ruleStart_ignoresAPriorityChange_whenTheRuleDoesNotTestPriority() {
        // downgraded from urgent to normal on Wed 14:00; open since creation Mon 09:00; last update Mon 10:00
        SupportCase c = SupportCase.builder("C-6", berlin("2026-03-02T09:00"))
                .prioritySince(berlin("2026-03-04T14:00"))
                .lastSentToCustomer(berlin("2026-03-02T10:00")).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-04T15:00"));

        assertThat(e.rule().get().name()).isEqualTo("open");
        assertThat(e.clockStart()).contains(berlin("2026-03-02T10:00"));
        assertThat(e.explain()).contains("the last update sent to the customer, later than when the rule began to apply");
    }

    @Test
    void firstResponse_runsFromCreation_evenAfterAStatusChange() {
        SupportCase c = SupportCase.builder("C-7", berlin("2026-03-02T09:00"))
                .status(CaseStatus.PENDING_INTERNAL).statusSince(berlin("2026-03-02T10:00")).build();

        Evaluation e = STANDARD.evaluate(c, berlin("2026-03-02T10:30"));

        assertThat(e.rule().get().name()).isEqualTo("first-response");
        assertThat(e.clockStart()).contains(berlin("2026-03-02T09:00"));
        assertThat(e.due()).contains(berlin("2026-03-02T11:00"));
    }

    @Test
    void leadTimeLongerThanTheTarget_isAtRiskFromTheClockStart() {
        SlaPolicy p = STANDARD.withWarning(WarningThreshold.leadTime(Duration.ofHours(3)));
        SupportCase c = SupportCase.builder("C-8", berlin("2026-03-02T09:00")).build();

        Evaluation e = p.evaluate(c, berlin("2026-03-02T09:00"));

        assertThat(e.atRiskFrom()).contains(berlin("2026-03-02T09:00"));
        assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
        assertThat(e.explain()).contains("(warning 3 hours before due)");
    }

    @Test
    void calendarWithoutOpenTimeInReach_isReportedWithTheCase() {
        BusinessCalendar once = BusinessCalendar.parse("zone UTC\n2026-03-02 09:00-10:00\n");
        SupportCase c = SupportCase.builder("C-9", Instant.parse("2026-03-02T09:30:00Z")).calendar(once).build();

        assertThatThrownBy(() -> STANDARD.evaluate(c, Instant.parse("2026-03-02T09:45:00Z")))
                .isInstanceOf(DateTimeException.class)
                .hasMessageStartingWith("Case C-9: cannot compute the due instant of '2 business hours' from"
                        + " 2026-03-02T09:30:00Z on the case's calendar: ");
    }

    @Test
    void equalInputs_giveEqualEvaluations() {
        SupportCase c = SupportCase.builder("C-10", berlin("2026-03-02T09:00")).build();
        Instant now = berlin("2026-03-02T10:00");

        Evaluation a = STANDARD.evaluate(c, now);
        Evaluation b = SlaPolicy.parse(STANDARD.toString()).evaluate(c.toBuilder().build(), now);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(STANDARD.evaluate(c, now.plusSeconds(1)));
        assertThat(a.toString()).contains("C-10", "ON_TRACK", "first-response");
    }

    /** Killed PIT mutants (README, "Mutation testing"): the fraction used, equality and the instant of evaluation. */
    @org.junit.jupiter.api.Nested
    class MutationSurvivors {

        private final SlaPolicy standard = SlaPolicy.standard(WorkedExamplesTest.NINE_TO_FIVE);

        @Test
        void fractionUsed_countsTheNanosecondsUsed() {
            // first response: 2 business hours from Fri 16:00; at 16:30:00.5 a quarter and a little is used
            SupportCase c = SupportCase.builder("F-1", berlin("2026-03-06T16:00")).build();
            assertThat(standard.evaluate(c, berlin("2026-03-06T16:30").plusMillis(500)).fractionUsed())
                    .isEqualTo((1800.5) / 7200.0);
            assertThat(standard.evaluate(c, berlin("2026-03-06T16:00")).fractionUsed()).isZero();
        }

        @Test
        void evaluationsAtDifferentInstants_areNotEqual_andEqualOnesHashAlike() {
            SupportCase c = SupportCase.builder("F-3", berlin("2026-03-06T16:00")).build();
            Evaluation a = standard.evaluate(c, berlin("2026-03-06T16:30"));
            Evaluation b = standard.evaluate(c, berlin("2026-03-06T16:31"));
            assertThat(a.now()).isEqualTo(berlin("2026-03-06T16:30"));
            assertThat(a).isNotEqualTo(b).isEqualTo(standard.evaluate(c, berlin("2026-03-06T16:30")));
            assertThat(a.hashCode()).isEqualTo(standard.evaluate(c, berlin("2026-03-06T16:30")).hashCode())
                    .isNotEqualTo(b.hashCode());
        }

        @Test
        void lastSentAge_isZeroWhileTheCalendarIsClosedAfterTheUpdate() {
            // sent Saturday 10:00, now Saturday 11:00: not a business day later
            SupportCase c = SupportCase.builder("F-4", berlin("2026-03-06T16:00"))
                    .lastSentToCustomer(berlin("2026-03-07T10:00")).build();
            assertThat(standard.evaluate(c, berlin("2026-03-07T11:00")).lastSentAgeBusinessDays()).hasValue(0);
        }

        @Test
        void clockByName_findsOnlyThatClock() {
            SupportCase c = SupportCase.builder("F-5", berlin("2026-03-06T16:00")).build();
            Evaluation e = standard.evaluate(c, berlin("2026-03-06T16:10"));
            assertThat(e.clock("no-such-clock")).isEmpty();
            assertThat(e.clock(" RESOLUTION ")).isPresent();
        }

        @Test
        void nextChangeOfAnyClock_isTheEarliest_whenADurationClockComesFirst() {
            DurationClock hour = DurationClock.builder("hour").rule("all", Condition.always(), Target.elapsed(Duration.ofHours(1))).build();
            SlaPolicy policy = SlaPolicy.builder(WorkedExamplesTest.NINE_TO_FIVE).standardRules().clock(hour).build();
            SupportCase c = SupportCase.builder("F-6", berlin("2026-03-06T16:00")).build();
            Evaluation e = policy.evaluate(c, berlin("2026-03-06T16:10"));
            // the cadence changes Monday 09:30 (first response at risk); the one-hour clock at 16:45
            assertThat(e.nextChange()).contains(berlin("2026-03-09T09:30"));
            assertThat(e.nextChangeOfAnyClock()).contains(berlin("2026-03-06T16:45"));
        }

        @Test
        void explain_namesWhyTheClockStarted() {
            SlaPolicy strict = SlaPolicy.parse("clock starts at last update\nstandard rules\ncalendar\n"
                    + "zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
            SupportCase fresh = SupportCase.builder("X-1", berlin("2026-03-02T09:00")).build();
            SupportCase answered = SupportCase.builder("X-2", berlin("2026-03-02T09:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00")).build();
            assertThat(strict.evaluate(fresh, berlin("2026-03-02T09:30")).explain())
                    .contains("(creation, since nothing was sent yet; the policy starts the clock at the last update)");
            assertThat(strict.evaluate(answered, berlin("2026-03-02T10:30")).explain())
                    .contains("(the last update sent to the customer; the policy starts the clock at the last update)");

            SupportCase movedToOpen = SupportCase.builder("X-3", berlin("2026-03-02T09:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .status(CaseStatus.OPEN).statusSince(berlin("2026-03-03T11:00")).build();
            assertThat(standard.evaluate(movedToOpen, berlin("2026-03-03T12:00")).explain())
                    .contains("when the case became open, so the rule began to apply");
            SupportCase raised = SupportCase.builder("X-4", berlin("2026-03-02T09:00")).priority(Priority.URGENT)
                    .prioritySince(berlin("2026-03-03T11:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00")).build();
            assertThat(standard.evaluate(raised, berlin("2026-03-03T12:00")).explain())
                    .contains("when the priority or the elevated flag last changed, so the rule began to apply");
        }

        @Test
        void explain_saysWhetherAnIntervalWasAgreed() {
            SupportCase agreed = SupportCase.builder("X-5", berlin("2026-03-07T08:00")).priority(Priority.EMERGENCY)
                    .agreedInterval(Duration.ofHours(4)).lastSentToCustomer(berlin("2026-03-07T10:00")).build();
            SupportCase none = SupportCase.builder("X-6", berlin("2026-03-07T08:00")).priority(Priority.EMERGENCY)
                    .lastSentToCustomer(berlin("2026-03-07T10:00")).build();
            assertThat(standard.evaluate(agreed, berlin("2026-03-07T11:00")).explain())
                    .contains("the interval agreed with the customer is ");
            assertThat(standard.evaluate(none, berlin("2026-03-07T10:30")).explain())
                    .contains("no interval was agreed, so ");
        }

        @Test
        void explain_ofAPriorityRule_namesThePriority_evenWhenTheStatusChangedAtTheSameInstant() {
            // urgent-or-elevated tests the priority only: raised and moved to open again both at Tue 11:00
            SupportCase raised = SupportCase.builder("X-7", berlin("2026-03-02T09:00")).priority(Priority.URGENT)
                    .prioritySince(berlin("2026-03-03T11:00")).statusSince(berlin("2026-03-03T11:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00")).build();
            assertThat(standard.evaluate(raised, berlin("2026-03-03T12:00")).explain())
                    .contains("when the priority or the elevated flag last changed, so the rule began to apply")
                    .doesNotContain("when the case became");
        }

        @Test
        void explain_ofAStoppedClock_endsWithTheLastUpdate() {
            SupportCase solved = SupportCase.builder("X-8", berlin("2026-03-02T09:00")).status(CaseStatus.SOLVED)
                    .statusSince(berlin("2026-03-02T11:00")).lastSentToCustomer(berlin("2026-03-02T10:00")).build();
            assertThat(standard.evaluate(solved, berlin("2026-03-03T12:00")).explain()).isEqualTo(
                    "Case X-8 is NOT_RUNNING at Tue 2026-03-03 12:00 +01:00.\n"
                    + "Its status is solved, so no SLA clock runs and no rule is needed.\n"
                    + "Last sent to customer: Mon 2026-03-02 10:00 +01:00, 1 day and 1 business day ago.\n");
            SupportCase never = SupportCase.builder("X-9", berlin("2026-03-02T09:00")).status(CaseStatus.CLOSED).build();
            assertThat(standard.evaluate(never, berlin("2026-03-02T09:00")).explain())
                    .endsWith("so no SLA clock runs and no rule is needed.\nLast sent to customer: never.\n");
        }

        @Test
        void nextChangeOfAnyClock_isADurationClocksChange_whenTheCadenceIsBreached() {
            DurationClock day = DurationClock.builder("long").rule("all", Condition.always(), Target.elapsed(Duration.ofHours(100))).build();
            SlaPolicy policy = SlaPolicy.builder(WorkedExamplesTest.NINE_TO_FIVE).standardRules().clock(day).build();
            // first response due Mon 10:00, breached at 10:30; the 100-hour clock is at risk after 75 hours, Mon 19:00
            SupportCase c = SupportCase.builder("F-7", berlin("2026-03-06T16:00")).build();
            Evaluation e = policy.evaluate(c, berlin("2026-03-09T10:30"));
            assertThat(e.state()).isEqualTo(SlaState.BREACHED);
            assertThat(e.nextChange()).isEmpty();
            assertThat(e.nextChangeOfAnyClock()).contains(berlin("2026-03-09T19:00"));
        }

        @Test
        void equality_withItselfAndOtherTypes() {
            SupportCase c = SupportCase.builder("F-8", berlin("2026-03-06T16:00")).build();
            Evaluation e = standard.evaluate(c, berlin("2026-03-06T16:30"));
            assertThat(e).isEqualTo(e).isNotEqualTo("F-8").isNotEqualTo(null);
        }
    }
}
