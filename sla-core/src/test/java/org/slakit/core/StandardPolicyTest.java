package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/**
 * The whole decision table of the standard policy, every priority x elevated x status x
 * replied-or-not, written out by hand from the seed's table (DOMAIN.md) and checked cell by cell.
 * The same table is printed in the README; a test keeps the two equal.
 */
class StandardPolicyTest {

    /** Columns 3 to 8 are the statuses with a running clock, each without and with an update sent. */
    static final String TABLE = """
            | priority | elevated | open, nothing sent | open, update sent | pending-internal, nothing sent | pending-internal, update sent | pending-customer, nothing sent | pending-customer, update sent | solved or closed |
            |---|---|---|---|---|---|---|---|---|
            | emergency | no | emergency-first-response: 1 hour | emergency: as agreed, else 1 hour | emergency-first-response: 1 hour | emergency: as agreed, else 1 hour | emergency-first-response: 1 hour | emergency: as agreed, else 1 hour | no clock |
            | emergency | yes | emergency-first-response: 1 hour | emergency: as agreed, else 1 hour | emergency-first-response: 1 hour | emergency: as agreed, else 1 hour | emergency-first-response: 1 hour | emergency: as agreed, else 1 hour | no clock |
            | urgent | no | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | no clock |
            | urgent | yes | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | no clock |
            | normal | no | first-response: 2 business hours | open: 3 business days | first-response: 2 business hours | pending-internal: 1 week | first-response: 2 business hours | pending-customer: 3 weeks | no clock |
            | normal | yes | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | no clock |
            | low | no | first-response: 2 business hours | open: 3 business days | first-response: 2 business hours | pending-internal: 1 week | first-response: 2 business hours | pending-customer: 3 weeks | no clock |
            | low | yes | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | first-response: 2 business hours | urgent-or-elevated: 1 business day | no clock |
            """;

    static final CaseStatus[] RUNNING = {CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER};

    static final BusinessCalendar CALENDAR = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static String cell(SlaPolicy policy, SupportCase c) {
        Evaluation e = policy.evaluate(c, NOW);
        if (e.state() == SlaState.NOT_RUNNING) {
            return "no clock";
        }
        SlaRule rule = e.rule().get();
        return rule.name() + ": " + rule.target();
    }

    static SupportCase situation(Priority priority, boolean elevated, CaseStatus status, boolean sent) {
        SupportCase.Builder b = SupportCase.builder("T", CREATED).priority(priority).elevated(elevated).status(status);
        if (sent) {
            b.lastSentToCustomer(CREATED.plus(Duration.ofMinutes(30)));
        }
        return b.build();
    }

    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toArray(String[]::new);
            if (!cells[0].equals("priority") && !cells[0].startsWith("---")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void everyPriorityElevatedStatusAndRepliedCombination_matchesTheTable() {
        SlaPolicy policy = SlaPolicy.standard(CALENDAR);
        List<String[]> rows = rows();
        assertThat(rows).hasSize(Priority.values().length * 2);
        int checked = 0;
        for (String[] row : rows) {
            Priority priority = Priority.parse(row[0]);
            boolean elevated = row[1].equals("yes");
            for (int s = 0; s < RUNNING.length; s++) {
                for (int sent = 0; sent < 2; sent++) {
                    String expected = row[2 + 2 * s + sent];
                    SupportCase c = situation(priority, elevated, RUNNING[s], sent == 1);
                    assertThat(cell(policy, c)).as("%s elevated=%s %s sent=%s", priority, elevated, RUNNING[s], sent == 1)
                            .isEqualTo(expected);
                    checked++;
                }
            }
            for (CaseStatus done : List.of(CaseStatus.SOLVED, CaseStatus.CLOSED)) {
                for (int sent = 0; sent < 2; sent++) {
                    assertThat(cell(policy, situation(priority, elevated, done, sent == 1))).isEqualTo(row[8]);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Priority.values().length * 2 * CaseStatus.values().length * 2);
    }

    @Test
    void theStandardPolicyReadFromItsTextIsTheSame() {
        SlaPolicy policy = SlaPolicy.standard(CALENDAR);
        SlaPolicy parsed = SlaPolicy.parse("standard rules\ncalendar\n" + CALENDAR);

        assertThat(parsed).isEqualTo(policy);
        assertThat(SlaPolicy.parse(policy.toString())).isEqualTo(policy);
        assertThat(policy.warning()).isEqualTo(WarningThreshold.fraction(0.75));
        assertThat(policy.clockStart()).isEqualTo(ClockStart.RULE_START);
    }

    @Test
    void theStandardRules_areTheSeedTableInOrder() {
        assertThat(SlaPolicy.standardRules()).extracting(SlaRule::toString).containsExactly(
                "rule emergency-first-response when priority emergency and nothing sent yet then 1 hour",
                "rule emergency when priority emergency and update sent then as agreed, else 1 hour",
                "rule first-response when nothing sent yet then 2 business hours",
                "rule urgent-or-elevated when priority urgent or elevated then 1 business day",
                "rule open when status open then 3 business days",
                "rule pending-internal when status pending-internal then 1 week",
                "rule pending-customer when status pending-customer then 3 weeks");
    }

    @Test
    void solvedAndClosedCases_areNotRunning_andSaySo() {
        SlaPolicy policy = SlaPolicy.standard(CALENDAR);
        for (CaseStatus done : List.of(CaseStatus.SOLVED, CaseStatus.CLOSED)) {
            Evaluation e = policy.evaluate(situation(Priority.EMERGENCY, true, done, true), NOW);

            assertThat(e.state()).isEqualTo(SlaState.NOT_RUNNING);
            assertThat(e.rule()).isEmpty();
            assertThat(e.due()).isEmpty();
            assertThat(e.nextChange()).isEmpty();
            assertThat(e.explain()).contains("Its status is " + done.text() + ", so no SLA clock runs and no rule is needed.");
        }
    }

    @Test
    void readmePrintsTheSameTable() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);

        assertThat(text).contains(TABLE.strip());
    }
}
