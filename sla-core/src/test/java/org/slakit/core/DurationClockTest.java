package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/** Duration clocks: worked examples with hand-written instants, the text form and its errors. */
class DurationClockTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");

    /** Berlin wall-clock time; 2026-03-02 is a Monday, before the DST change. */
    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    static SlaPolicy policyWith(DurationClock clock, BusinessCalendar calendar) {
        return SlaPolicy.builder(calendar).standardRules().clock(clock).build();
    }

    @Nested
    class WorkedExamples {

        @Test
        void pausedTwiceInPendingCustomer_theDeadlineMovesByThePausedBusinessTime() {
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.businessTime(Duration.ofHours(8))).build();
            SupportCase c = SupportCase.builder("P-1", berlin("2026-03-02T09:00"))
                    .earlierStatuses(List.of(
                            StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T09:00")),
                            StatusChange.of(CaseStatus.PENDING_CUSTOMER, berlin("2026-03-02T11:00")),
                            StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T14:00")),
                            StatusChange.of(CaseStatus.PENDING_CUSTOMER, berlin("2026-03-03T10:00"))))
                    .status(CaseStatus.OPEN).statusSince(berlin("2026-03-04T09:30"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .build();

            ClockEvaluation e = policyWith(clock, NINE_TO_FIVE).evaluateClock(c, berlin("2026-03-04T10:00"), "resolution");

            // running: Mon 09-11 (2h), Mon 14-17 (3h), Tue 09-10 (1h), Wed 09:30-10:00 (30m)
            assertThat(e.used()).isEqualTo(Duration.ofMinutes(390));
            // without pauses due Mon 17:00; paused business time Mon 11-14, Tue 10-17, Wed 09:00-09:30 = 10h30m
            assertThat(e.due()).contains(berlin("2026-03-04T11:30"));
            // 75% (6h) was used exactly when the second pause began
            assertThat(e.atRiskFrom()).contains(berlin("2026-03-03T10:00"));
            assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
            assertThat(e.isPaused()).isFalse();
            assertThat(e.nextChange()).contains(berlin("2026-03-04T11:30").plusNanos(1));
            // 49h since creation, of which 22h30m running in wall-clock time
            assertThat(e.pausedTime()).isEqualTo(Duration.ofMinutes(26 * 60 + 30));
        }

        @Test
        void leavingAPause_neverBreachesACaseWhoseRunningTimeIsNotUsedUp() {
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(24))).build();
            SupportCase back = SupportCase.builder("P-2", berlin("2026-03-02T09:00"))
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T09:00")),
                            StatusChange.of(CaseStatus.PENDING_CUSTOMER, berlin("2026-03-02T10:00"))))
                    .statusSince(berlin("2026-03-12T10:00"))
                    .build();

            ClockEvaluation e = policyWith(clock, NINE_TO_FIVE).evaluateClock(back, berlin("2026-03-12T10:00"), "resolution");

            assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
            assertThat(e.used()).isEqualTo(Duration.ofHours(1));
            assertThat(e.due()).contains(berlin("2026-03-13T09:00"));
        }

        @Test
        void reopenedAfterSolved_resumesWithTheTimeItHadUsed() {
            CaseHistory h = CaseHistory.of(List.of(
                    CaseEvent.created("R-1", berlin("2026-03-02T09:00"), Channel.EMAIL, Priority.NORMAL),
                    CaseEvent.solved("R-1", berlin("2026-03-02T15:00")),
                    CaseEvent.reopened("R-1", berlin("2026-03-04T09:00"))));
            Instant now = berlin("2026-03-04T10:00");

            ClockEvaluation e = SlaPolicy.standard(NINE_TO_FIVE).evaluate(h.snapshotAt(now), now).clock("resolution")
                    .orElseThrow();

            assertThat(e.used()).isEqualTo(Duration.ofHours(7));
            assertThat(e.due()).contains(berlin("2026-03-05T03:00"));
            assertThat(e.atRiskFrom()).contains(berlin("2026-03-04T21:00"));
            assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
            assertThat(e.pausedTime()).isEqualTo(Duration.ofHours(42));
        }

        @Test
        void aPauseThatStartsWhenAlreadyBreached_staysBreached() {
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(24))).build();
            SupportCase c = SupportCase.builder("B-1", berlin("2026-03-02T09:00"))
                    .status(CaseStatus.PENDING_CUSTOMER).statusSince(berlin("2026-03-03T10:00"))
                    .build();

            ClockEvaluation e = policyWith(clock, NINE_TO_FIVE).evaluateClock(c, berlin("2026-03-03T12:00"), "resolution");

            assertThat(e.state()).isEqualTo(SlaState.BREACHED);
            assertThat(e.isPaused()).isTrue();
            assertThat(e.due()).contains(berlin("2026-03-03T09:00"));
            assertThat(e.nextChange()).isEmpty();
        }

        @Test
        void aPauseThatStartsAtTheDueInstant_isInTime() {
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(24))).build();
            SupportCase c = SupportCase.builder("B-2", berlin("2026-03-02T09:00"))
                    .status(CaseStatus.PENDING_CUSTOMER).statusSince(berlin("2026-03-03T09:00"))
                    .build();

            ClockEvaluation e = policyWith(clock, NINE_TO_FIVE).evaluateClock(c, berlin("2026-03-04T12:00"), "resolution");

            assertThat(e.used()).isEqualTo(Duration.ofHours(24));
            assertThat(e.due()).contains(berlin("2026-03-03T09:00"));
            assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
            assertThat(e.isPaused()).isTrue();
        }

        @Test
        void aPausedClockShortOfItsTarget_hasNoDueInstantAndNoNextChange() {
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(24))).build();
            SupportCase c = SupportCase.builder("W-1", berlin("2026-03-02T09:00"))
                    .status(CaseStatus.PENDING_CUSTOMER).statusSince(berlin("2026-03-02T10:00"))
                    .build();

            ClockEvaluation e = policyWith(clock, NINE_TO_FIVE).evaluateClock(c, berlin("2026-03-20T10:00"), "resolution");

            assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
            assertThat(e.isPaused()).isTrue();
            assertThat(e.due()).isEmpty();
            assertThat(e.nextChange()).isEmpty();
            assertThat(e.used()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void businessTimeOverAWeekendAndADaylightSavingChange() {
            // New York switches to daylight saving time on Sunday 2026-03-08; the team is closed at weekends
            BusinessCalendar newYork = BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-20:00\n");
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.businessTime(Duration.ofHours(4))).build();
            Instant created = Instant.parse("2026-03-06T23:00:00Z"); // Fri 18:00 EST
            SupportCase c = SupportCase.builder("D-1", created)
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, created),
                            StatusChange.of(CaseStatus.PENDING_CUSTOMER, Instant.parse("2026-03-07T00:00:00Z"))))
                    .statusSince(Instant.parse("2026-03-09T13:00:00Z")) // Mon 09:00 EDT
                    .build();

            ClockEvaluation e = policyWith(clock, newYork).evaluateClock(c, Instant.parse("2026-03-09T13:30:00Z"),
                    "resolution");

            // Fri 18:00-19:00 ran (1h); paused Fri 19:00-20:00 and Mon 08:00-09:00; 3h left from Mon 09:00 EDT
            assertThat(e.due()).contains(Instant.parse("2026-03-09T16:00:00Z"));
            assertThat(e.used()).isEqualTo(Duration.ofMinutes(90));
        }

        @Test
        void anInternalClock_runsPerSpell_withATargetPerTeam() {
            DurationClock internal = DurationClock.builder("internal").runsOnlyIn(List.of(CaseStatus.PENDING_INTERNAL))
                    .rule("engineering", Condition.waitingOn("engineering"), Target.elapsed(Duration.ofDays(7)))
                    .rule("other", Condition.always(), Target.businessDays(3)).build();
            SlaPolicy p = policyWith(internal, NINE_TO_FIVE);
            SupportCase c = SupportCase.builder("I-1", berlin("2026-03-02T09:00"))
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T09:00")),
                            StatusChange.of(CaseStatus.PENDING_INTERNAL, berlin("2026-03-02T10:00")),
                            StatusChange.of(CaseStatus.OPEN, berlin("2026-03-03T10:00"))))
                    .status(CaseStatus.PENDING_INTERNAL).statusSince(berlin("2026-03-04T12:00"))
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .waitingOn("billing")
                    .build();

            ClockEvaluation e = p.evaluateClock(c, berlin("2026-03-04T13:00"), "internal");

            // the second spell started Wed 12:00: three business days later is Mon 12:00
            assertThat(e.start()).contains(berlin("2026-03-04T12:00"));
            assertThat(e.rule().get().name()).isEqualTo("other");
            assertThat(e.due()).contains(berlin("2026-03-09T12:00"));
            assertThat(p.evaluateClock(c.toBuilder().waitingOn("engineering").build(), berlin("2026-03-04T13:00"),
                    "internal").due()).contains(berlin("2026-03-11T12:00"));
            // outside its statuses the clock has no cycle
            SupportCase open = c.toBuilder().status(CaseStatus.OPEN).build();
            assertThat(p.evaluateClock(open, berlin("2026-03-04T13:00"), "internal").state()).isEqualTo(SlaState.NOT_RUNNING);
        }
    }

    @Nested
    class TheStandardPolicy {

        @Test
        void hasTheResolutionClock_twentyFourElapsedHoursFromCreation() {
            SlaPolicy p = SlaPolicy.standard(NINE_TO_FIVE);
            SupportCase c = SupportCase.builder("S-1", berlin("2026-03-06T16:00")).build();

            ClockEvaluation e = p.evaluate(c, berlin("2026-03-07T10:00")).clock("resolution").orElseThrow();

            assertThat(p.clocks()).containsExactly(DurationClock.standardResolution());
            assertThat(e.due()).contains(berlin("2026-03-07T16:00"));
            assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
        }

        @Test
        void nextChangeOfAnyClock_isTheEarliest() {
            SlaPolicy p = SlaPolicy.standard(NINE_TO_FIVE);
            // open, answered Fri 10:00: the update cadence is due Wed 10:00 and at risk after 18 of its 24
            // business hours (Tue 12:00); the resolution clock is at risk after 18 hours (Sat 03:00)
            SupportCase c = SupportCase.builder("S-2", berlin("2026-03-06T09:00"))
                    .lastSentToCustomer(berlin("2026-03-06T10:00")).build();

            Evaluation e = p.evaluate(c, berlin("2026-03-06T11:00"));

            assertThat(e.nextChange()).contains(berlin("2026-03-10T12:00"));
            assertThat(e.nextChangeOfAnyClock()).contains(berlin("2026-03-07T03:00"));
        }

        @Test
        void theLiveGoal_whichOpenCasesMissTheTwentyFourHoursWithinTwoHours_isOneCall() {
            SlaPolicy p = SlaPolicy.standard(NINE_TO_FIVE);
            Instant now = berlin("2026-03-10T12:00");
            List<SupportCase> cases = List.of(
                    SupportCase.builder("late", berlin("2026-03-09T10:00")).lastSentToCustomer(now).build(),
                    SupportCase.builder("soon", berlin("2026-03-09T13:30")).lastSentToCustomer(now).build(),
                    SupportCase.builder("later", berlin("2026-03-09T15:00")).lastSentToCustomer(now).build(),
                    SupportCase.builder("done", berlin("2026-03-09T09:00")).status(CaseStatus.SOLVED)
                            .statusSince(berlin("2026-03-09T11:00")).build());

            BreachingSoon.Result r = BreachingSoon.of(p).forClock("resolution").withHorizon(Duration.ofHours(2))
                    .select(cases, now);

            assertThat(r.cases()).extracting(e -> e.supportCase().id()).containsExactly("late", "soon", "later");
            assertThat(r.clockOf(r.cases().get(0)).orElseThrow().state()).isEqualTo(SlaState.BREACHED);
            assertThat(r.clockOf(r.cases().get(1)).orElseThrow().due()).contains(berlin("2026-03-10T13:30"));
            assertThat(r.countsByRule()).containsExactly(java.util.Map.entry("resolution", 3L));
            assertThat(r.clock()).isEqualTo("resolution");
            // the default view still watches the update cadence
            assertThat(BreachingSoon.of(p).select(cases, now).clock()).isEqualTo("updates");
        }
    }

    @Nested
    class TextForm {

        static final String TEXT = """
                standard rules
                clock resolution
                pauses in pending-customer
                rule emergency when priority emergency then 4 hours
                rule urgent when priority urgent then 1 business day
                rule rest when always then 24 hours
                clock internal
                runs in pending-internal
                rule engineering when waiting on engineering then 1 week
                rule other when always then 3 business days
                change other to 2 business days
                calendar
                zone Europe/Berlin
                Mon-Fri 09:00-17:00
                """;

        @Test
        void clocksAreRead_andTheStandardResolutionClockIsReplaced() {
            SlaPolicy p = SlaPolicy.parse(TEXT);

            assertThat(p.clocks()).extracting(DurationClock::name).containsExactly("resolution", "internal");
            assertThat(p.clock("resolution").get().pausedIn()).containsExactly(CaseStatus.PENDING_CUSTOMER);
            assertThat(p.clock("internal").get().runsOnlyIn()).containsExactly(CaseStatus.PENDING_INTERNAL);
            assertThat(p.clock("internal").get().rules().get(1).target()).isEqualTo(Target.businessDays(2));
            assertThat(p.rules()).hasSize(7);
        }

        @Test
        void roundTripsThroughToString() {
            SlaPolicy p = SlaPolicy.parse(TEXT);

            assertThat(SlaPolicy.parse(p.toString())).isEqualTo(p);
            assertThat(p.toString()).contains("clock internal\nruns in pending-internal\n"
                    + "rule engineering when waiting on engineering then 1 week\n");
            assertThat(SlaPolicy.parse(SlaPolicy.standard(NINE_TO_FIVE).toString()))
                    .isEqualTo(SlaPolicy.standard(NINE_TO_FIVE));
        }

        @Test
        void aPolicyOfTheOldForm_parsesUnchanged_withTheStandardClockOnlyFromStandardRules() {
            SlaPolicy own = SlaPolicy.parse("rule all when always then 1 business day\ncalendar\n" + NINE_TO_FIVE);

            assertThat(own.clocks()).isEmpty();
            assertThat(own.toString()).doesNotContain("clock resolution");
        }

        @Test
        void errorsNameTheLine() {
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\npauses in pending-customer\ncalendar\n" + NINE_TO_FIVE))
                    .isInstanceOf(PolicyFormatException.class)
                    .hasMessage("line 2 'pauses in pending-customer': 'pauses in' belongs to a duration clock:"
                            + " expected a line 'clock <name>' before it");
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock x\npauses in solved\nrule a when always"
                    + " then 1 hour\ncalendar\n" + NINE_TO_FIVE))
                    .hasMessageStartingWith("line 3 'pauses in solved': Clock x: 'pauses in solved': clocks stop when");
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock x\ncalendar\n" + NINE_TO_FIVE))
                    .hasMessage("line 2 'clock x': Clock x needs at least one rule, such as"
                            + " 'rule resolution when always then 24 hours'");
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock updates\ncalendar\n" + NINE_TO_FIVE))
                    .hasMessageContaining("'updates' is reserved for the update cadence");
            assertThatThrownBy(() -> SlaPolicy.parse("rule a when waiting on billing then 1 hour\ncalendar\n" + NINE_TO_FIVE))
                    .hasMessageContaining("only the rules of a duration clock can");
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock x\npauses in pending-customer\n"
                    + "runs in pending-internal\nrule a when always then 1 hour\ncalendar\n" + NINE_TO_FIVE))
                    .hasMessage("line 4 'runs in pending-internal': Clock x: pause or run statuses set twice");
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock x\nrule a when always then 1 hour\n"
                    + "clock x\nrule b when always then 1 hour\ncalendar\n" + NINE_TO_FIVE))
                    .hasMessage("line 4 'clock x': Two clocks are named 'x': clock names must be unique");
            // a clock without rules is reported on its own line, also when the next clock ends it
            assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock x\nclock y\nrule b when always then 1 hour\n"
                    + "calendar\n" + NINE_TO_FIVE))
                    .hasMessage("line 2 'clock x': Clock x needs at least one rule, such as"
                            + " 'rule resolution when always then 24 hours'");
        }

        @Test
        void aClockWithoutAMatchingRule_isReportedWithTheCase() {
            DurationClock urgentOnly = DurationClock.builder("fast")
                    .rule("urgent", Condition.priority(Priority.URGENT), Target.elapsed(Duration.ofHours(4))).build();
            SlaPolicy p = policyWith(urgentOnly, NINE_TO_FIVE);
            SupportCase c = SupportCase.builder("N-1", berlin("2026-03-02T09:00")).build();

            assertThatThrownBy(() -> p.evaluateClock(c, berlin("2026-03-02T10:00"), "fast"))
                    .isInstanceOf(NoMatchingRuleException.class)
                    .hasMessageStartingWith("No rule of clock fast matches case N-1: rule 'urgent' does not match"
                            + " because priority is normal, not urgent.");
            assertThatThrownBy(() -> p.evaluateClock(c, berlin("2026-03-02T10:00"), "slow"))
                    .hasMessage("Unknown clock 'slow': this policy has the clocks resolution, fast");
            assertThat(p.clock("FAST")).isEqualTo(Optional.of(urgentOnly));
        }
    }

    @Nested
    class ReviewFindings {

        @Test
        void aClockWithoutAMatchingRule_doesNotStopQuestionsAboutAnother() {
            SlaPolicy p = SlaPolicy.parse("standard rules\nclock internal\nruns in pending-internal\n"
                    + "rule eng when waiting on engineering then 1 week\ncalendar\n" + NINE_TO_FIVE);
            SupportCase c = SupportCase.builder("X", berlin("2026-03-02T09:00")).status(CaseStatus.PENDING_INTERNAL)
                    .statusSince(berlin("2026-03-02T10:00")).waitingOn("billing").build();
            Instant now = berlin("2026-03-04T10:00");

            assertThat(p.evaluate(c, now).clock("resolution").orElseThrow().state()).isEqualTo(SlaState.BREACHED);
            assertThat(BreachingSoon.of(p).forClock("resolution").select(List.of(c), now).total()).isEqualTo(1);
            assertThatThrownBy(() -> p.evaluate(c, now).clock("internal"))
                    .isInstanceOf(NoMatchingRuleException.class).hasMessageContaining("No rule of clock internal");
        }

        @Test
        void teamNames_areWordsThatReadBackAsThemselves() {
            assertThat(SupportCase.isTeamName("engineering")).isTrue();
            assertThat(SupportCase.isTeamName("level-2.ops")).isTrue();
            for (String bad : List.of("a(b", "x)", "#ops", "Engineering team", "no team", "", "2nd")) {
                assertThat(SupportCase.isTeamName(bad)).as(bad).isFalse();
                assertThatThrownBy(() -> Condition.waitingOn(bad)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> SupportCase.builder("T", berlin("2026-03-02T09:00")).waitingOn(bad).build())
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a team name");
                assertThatThrownBy(() -> org.slakit.core.history.CaseEvent.waitingOn("T", berlin("2026-03-02T09:00"),
                        Optional.of(bad))).isInstanceOf(IllegalArgumentException.class);
            }
            Condition c = Condition.waitingOn("level-2.ops", "billing");
            assertThat(Condition.parse(c.toString())).isEqualTo(c);
        }

        @Test
        void theStandardRules_keepAClockOfTheSameNameAddedBefore() {
            DurationClock mine = DurationClock.builder("resolution")
                    .rule("rest", Condition.always(), Target.elapsed(Duration.ofHours(8))).build();

            SlaPolicy before = SlaPolicy.builder(NINE_TO_FIVE).clock(mine).standardRules().build();
            SlaPolicy after = SlaPolicy.builder(NINE_TO_FIVE).standardRules().clock(mine).build();

            assertThat(before.clocks()).containsExactly(mine);
            assertThat(after.clocks()).containsExactly(mine);
        }

        @Test
        void pauseAndRunLists_mayHaveBlanksAroundCommas() {
            SlaPolicy p = SlaPolicy.parse("standard rules\nclock x\npauses in pending-customer , pending-internal\n"
                    + "rule a when always then 1 hour\ncalendar\n" + NINE_TO_FIVE);

            assertThat(p.clock("x").get().pausedIn()).containsExactly(CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER);
        }
    }
}
