package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/**
 * The SLA bugs that shipped in other libraries (DOMAIN.md, "What went wrong elsewhere"), one test
 * each, named after the bug it pins; the calendar bugs are pinned in sla-calendar's
 * {@code PeerBugsRegressionTest}. Expected instants are written out (Berlin, March 2026 is UTC+1;
 * 2026-03-02 is a Monday).
 */
class PeerBugsRegressionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    private static final SlaPolicy STANDARD = SlaPolicy.standard(NINE_TO_FIVE);

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Nested
    class Targets {

        @Test
        void durationsWrittenInDays_P2D_silentlyAppliedAs48BusinessHours_areRefused() {
            for (String ambiguous : List.of("2 days", "P2D", "2 day")) {
                assertThatThrownBy(() -> Target.parse(ambiguous)).as(ambiguous)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 business days");
            }
            assertThatThrownBy(() -> SlaPolicy.parse("rule r when always then 2 days\ncalendar\nzone UTC\nMon 09:00-17:00\n"))
                    .isInstanceOf(PolicyFormatException.class).hasMessageStartingWith("line 1 ");
            assertThat(Target.parse("2 business days")).isNotEqualTo(Target.parse("48 business hours"));
        }
    }

    @Nested
    class Warnings {

        @Test
        void warningComputedAsAWallClockOffset_firesAtNightBeforeAMorningDeadline() {
            SlaPolicy policy = SlaPolicy.parse("warning 1 hour before due\nrule r when always then 2 business hours\n"
                    + "calendar\nzone Europe/Berlin\nMon-Fri 08:00-18:00\n");
            SupportCase c = SupportCase.builder("W-1", berlin("2026-03-02T16:30")).build();

            Evaluation e = policy.evaluate(c, berlin("2026-03-02T17:00"));

            assertThat(e.due()).contains(berlin("2026-03-03T08:30"));
            // one business hour before Tue 08:30 is Mon 17:30, not Tue 07:30 (closed) nor midnight
            assertThat(e.atRiskFrom()).contains(berlin("2026-03-02T17:30"));
            assertThat(e.nextChange()).contains(berlin("2026-03-02T17:30"));
        }
    }

    @Nested
    class Clocks {

        @Test
        void statusChangeTheRuleDoesNotTest_resetsTheClock() {
            // urgent, answered Mon 10:00; moved to pending internal Mon 14:00 and back to open Tue 09:30
            SupportCase c = SupportCase.builder("U-1", berlin("2026-03-02T09:00")).priority(Priority.URGENT)
                    .lastSentToCustomer(berlin("2026-03-02T10:00"))
                    .status(CaseStatus.OPEN).statusSince(berlin("2026-03-03T09:30"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-03T09:45"));

            assertThat(e.rule().orElseThrow().name()).isEqualTo("urgent-or-elevated");
            assertThat(e.due()).contains(berlin("2026-03-03T10:00"));
            assertThat(e.state()).isEqualTo(SlaState.AT_RISK);
            assertThat(STANDARD.evaluate(c, berlin("2026-03-03T10:00:00.000000001")).state()).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void caseBreachedTheInstantItLeavesAPendingState() {
            // update sent Mon 2026-03-02, pending customer; the customer answers Thu 2026-03-12 10:00 and it is open again
            SupportCase c = SupportCase.builder("P-1", berlin("2026-03-02T09:00"))
                    .lastSentToCustomer(berlin("2026-03-02T11:00"))
                    .status(CaseStatus.OPEN).statusSince(berlin("2026-03-12T10:00"))
                    .build();

            Evaluation e = STANDARD.evaluate(c, berlin("2026-03-12T10:00"));

            assertThat(e.rule().orElseThrow().name()).isEqualTo("open");
            assertThat(e.state()).isEqualTo(SlaState.ON_TRACK);
            assertThat(e.due()).contains(berlin("2026-03-17T10:00"));
        }

        @Test
        void pauseStateThatResetsTheClock_insteadOfExtendingIt() {
            DurationClock clock = DurationClock.builder("resolution").pausesIn(List.of(CaseStatus.PENDING_CUSTOMER))
                    .rule("rest", Condition.always(), Target.businessTime(Duration.ofHours(8))).build();
            SlaPolicy policy = SlaPolicy.builder(NINE_TO_FIVE).standardRules().clock(clock).build();
            // open Mon 09:00-15:00 (6 h used), pending customer until Wed 09:00, open again
            SupportCase c = SupportCase.builder("R-1", berlin("2026-03-02T09:00"))
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, berlin("2026-03-02T09:00")),
                            StatusChange.of(CaseStatus.PENDING_CUSTOMER, berlin("2026-03-02T15:00"))))
                    .status(CaseStatus.OPEN).statusSince(berlin("2026-03-04T09:00"))
                    .build();

            ClockEvaluation e = policy.evaluateClock(c, berlin("2026-03-04T10:00"), "resolution");

            assertThat(e.used()).isEqualTo(Duration.ofHours(7));
            assertThat(e.due()).contains(berlin("2026-03-04T11:00")); // extended by the pause, not 8 h from Wed 09:00
        }

        @Test
        void timerThatFiresTwiceAfterARestart_nextChangeAlwaysMovesForward() {
            SupportCase c = SupportCase.builder("T-1", berlin("2026-03-06T16:00")).build();
            List<SlaState> states = new ArrayList<>();
            Instant now = berlin("2026-03-06T16:30");
            for (int i = 0; i < 5; i++) {
                Evaluation e = STANDARD.evaluate(c, now);
                // a restart evaluates again at the same instant: the same answer, no second firing
                assertThat(STANDARD.evaluate(c, now).nextChange()).isEqualTo(e.nextChange());
                states.add(e.state());
                Optional<Instant> next = e.nextChange();
                if (next.isEmpty()) {
                    break;
                }
                assertThat(next.get()).isAfter(now);
                now = next.get();
            }
            assertThat(states).containsExactly(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
            assertThat(now).isEqualTo(berlin("2026-03-09T10:00").plusNanos(1));
        }
    }
}
