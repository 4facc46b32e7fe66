package org.slakit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.metrics.ResolutionGoal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;

class EmbeddingExamplesTest {

    private static final BusinessCalendar TEAM = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 08:00-18:00\n");
    private static final SlaPolicy POLICY = SlaPolicy.standard(TEAM);

    private static Instant berlin(String local) {
        return ZonedDateTime.parse(local + "+01:00[Europe/Berlin]").toInstant();
    }

    @Test
    void service_answersWithDueDateFromItsClock() {
        CaseSlaService service = new CaseSlaService(POLICY, InstantSource.fixed(berlin("2026-12-21T17:30")));
        CaseSlaService.SlaAnswer answer = service.evaluate(new CaseSlaService.CaseRow("C-7", "email", "normal", false,
                "new", berlin("2026-12-21T17:00"), null, null, "anna"));
        // first response: 2 business hours from Mon 17:00 = 1 hour Monday + 1 hour Tuesday from 08:00
        assertThat(answer.due()).contains(berlin("2026-12-22T09:00"));
        assertThat(answer.state()).isEqualTo("ON_TRACK");
        assertThat(answer.explanation()).contains("first-response");
    }

    @Test
    void plugin_setsOneTimerForTheNextStateChange_andNotifiesWhenItFires() {
        List<String> log = new ArrayList<>();
        HelpdeskPlugin plugin = new HelpdeskPlugin(POLICY, new HelpdeskPlugin.Helpdesk() {
            @Override
            public void showSla(String caseId, Optional<Instant> due, SlaState state) {
                log.add("show " + caseId + " " + due.orElse(null) + " " + state);
            }

            @Override
            public void setTimer(String caseId, Instant at) {
                log.add("timer " + caseId + " " + at);
            }

            @Override
            public void cancelTimer(String caseId) {
                log.add("cancel " + caseId);
            }

            @Override
            public void notify(String caseId, String message) {
                log.add("notify " + message);
            }
        });
        Instant created = berlin("2026-12-22T10:00");
        plugin.onCaseChanged(SupportCase.builder("C-9", created).build(), created);
        // due 12:00; at risk once 75% (1h30) of the 2 business hours is used: 11:30
        assertThat(log).containsExactly(
                "show C-9 2026-12-22T11:00:00Z ON_TRACK",
                "timer C-9 2026-12-22T10:30:00Z");
        log.clear();
        plugin.onTimer("C-9", berlin("2026-12-22T11:30"));
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).isEqualTo("show C-9 2026-12-22T11:00:00Z AT_RISK");
        assertThat(log.get(2)).isEqualTo("notify Case C-9 is at risk: next update due 2026-12-22T11:00:00Z");
        log.clear();
        // the agent answers: the case is solved, the clock stops, the timer goes
        plugin.onCaseChanged(SupportCase.builder("C-9", created).lastSentToCustomer(berlin("2026-12-22T11:45"))
                .status(CaseStatus.SOLVED).statusSince(berlin("2026-12-22T11:45")).build(),
                berlin("2026-12-22T11:45"));
        assertThat(log).containsExactly("show C-9 null NOT_RUNNING", "cancel C-9");
    }

    @Test
    void nightlyReport_countsTheDaysCases() {
        List<CaseHistory> histories = List.of(
                // answered after 30 minutes, solved within the day: goal met, update in time
                CaseHistory.of(List.of(
                        CaseEvent.created("C-1", berlin("2026-12-21T09:00"),
                                Channel.EMAIL, Priority.NORMAL),
                        CaseEvent.assigned("C-1", berlin("2026-12-21T09:01"), Optional.of("anna")),
                        CaseEvent.updateSent("C-1", berlin("2026-12-21T09:30")),
                        CaseEvent.solved("C-1", berlin("2026-12-21T15:00")))),
                // first response 4 business hours late at 15:00 (due 11:00): a breach for ben
                CaseHistory.of(List.of(
                        CaseEvent.created("C-2", berlin("2026-12-21T09:00"),
                                Channel.EMAIL, Priority.NORMAL),
                        CaseEvent.assigned("C-2", berlin("2026-12-21T09:01"), Optional.of("ben")),
                        CaseEvent.updateSent("C-2", berlin("2026-12-21T15:00")))));
        String text = new NightlyReport(POLICY, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS)
                .run(histories, LocalDate.of(2026, 12, 21));
        assertThat(text).isEqualTo("SLA report for 2026-12-21 (2 cases)\n"
                + "Goal 80% within 24 hours: 1 of 1 -> PASS\n"
                + "Updates in time: 1 of 2 (50.0%)\n"
                + "Breaches per assignee: {ben=1}\n");
    }
}
