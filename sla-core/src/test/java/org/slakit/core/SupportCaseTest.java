package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

class SupportCaseTest {

    static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    static final SlaPolicy POLICY = SlaPolicy.standard(BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n"));

    @Test
    void builder_defaults() {
        SupportCase c = SupportCase.builder("C-1", CREATED).build();

        assertThat(c.id()).isEqualTo("C-1");
        assertThat(c.created()).isEqualTo(CREATED);
        assertThat(c.channel()).isEqualTo(Channel.EMAIL);
        assertThat(c.priority()).isEqualTo(Priority.NORMAL);
        assertThat(c.isElevated()).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.statusSince()).isEqualTo(CREATED);
        assertThat(c.prioritySince()).isEqualTo(CREATED);
        assertThat(c.lastSentToCustomer()).isEmpty();
        assertThat(c.agreedInterval()).isEmpty();
        assertThat(c.calendar()).isEmpty();
        assertThat(c.assignee()).isEmpty();
    }

    @Test
    void toBuilder_copiesEverything_andEqualityIsByValue() {
        SupportCase c = SupportCase.builder("C-1", CREATED).channel(Channel.CHAT).priority(Priority.URGENT)
                .elevated(true).prioritySince(CREATED.plusSeconds(10)).status(CaseStatus.PENDING_INTERNAL)
                .statusSince(CREATED.plusSeconds(20)).lastSentToCustomer(CREATED.plusSeconds(30))
                .agreedInterval(Duration.ofHours(4)).calendar(BusinessCalendar.alwaysOpen(java.time.ZoneOffset.UTC))
                .assignee("ana").build();

        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.toBuilder().assignee("bo").build()).isNotEqualTo(c);
        assertThat(c.withLastSentToCustomer(CREATED.plusSeconds(40)).lastSentToCustomer()).contains(CREATED.plusSeconds(40));
        assertThat(c.toString()).contains("C-1", "chat", "urgent elevated", "pending-internal", "assigned to ana");
    }

    @Test
    void build_rejectsInstantsBeforeCreation_namingCaseAndField() {
        Instant before = CREATED.minusSeconds(1);

        assertThatThrownBy(() -> SupportCase.builder("C-7", CREATED).lastSentToCustomer(before).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-7: lastSentToCustomer 2026-03-02T07:59:59Z is before created 2026-03-02T08:00:00Z");
        assertThatThrownBy(() -> SupportCase.builder("C-7", CREATED).statusSince(before).build())
                .hasMessageContaining("Case C-7: statusSince");
        assertThatThrownBy(() -> SupportCase.builder("C-7", CREATED).prioritySince(before).build())
                .hasMessageContaining("Case C-7: prioritySince");
    }

    @Test
    void build_rejectsBadOptionalValues() {
        assertThatThrownBy(() -> SupportCase.builder("C-7", CREATED).agreedInterval(Duration.ZERO).build())
                .hasMessage("Case C-7: agreedInterval PT0S must be positive");
        assertThatThrownBy(() -> SupportCase.builder("C-7", CREATED).agreedInterval(Duration.ofMillis(10)).build())
                .hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> SupportCase.builder("C-7", CREATED).assignee(" ").build())
                .hasMessage("Case C-7: assignee must not be blank");
        assertThatThrownBy(() -> SupportCase.builder(" ", CREATED)).hasMessageContaining("must not be blank");
    }

    @Test
    void evaluate_rejectsNowBeforeCreation_namingCaseAndField() {
        SupportCase c = SupportCase.builder("C-8", CREATED).build();

        assertThatThrownBy(() -> POLICY.evaluate(c, CREATED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-8: now 2026-03-02T07:59:59Z is before created 2026-03-02T08:00:00Z");
    }

    @Test
    void evaluate_rejectsAStatusEnteredInTheFuture() {
        SupportCase c = SupportCase.builder("C-9", CREATED).statusSince(CREATED.plusSeconds(3600)).build();

        assertThatThrownBy(() -> POLICY.evaluate(c, CREATED.plusSeconds(60)))
                .hasMessage("Case C-9: statusSince 2026-03-02T09:00:00Z is after now 2026-03-02T08:01:00Z"
                        + " (a status entered in the future)");
    }

    @Test
    void evaluate_rejectsAnUpdateOrPriorityInTheFuture() {
        SupportCase sent = SupportCase.builder("C-10", CREATED).lastSentToCustomer(CREATED.plusSeconds(3600)).build();
        SupportCase raised = SupportCase.builder("C-11", CREATED).prioritySince(CREATED.plusSeconds(3600)).build();

        assertThatThrownBy(() -> POLICY.evaluate(sent, CREATED)).hasMessageContaining("Case C-10: lastSentToCustomer");
        assertThatThrownBy(() -> POLICY.evaluate(raised, CREATED)).hasMessageContaining("Case C-11: prioritySince");
    }

    @Test
    void nulls_areRejected() {
        SupportCase.Builder b = SupportCase.builder("C", CREATED);
        assertThatThrownBy(() -> SupportCase.builder(null, CREATED)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> SupportCase.builder("C", null)).isInstanceOf(NullPointerException.class).hasMessage("created");
        assertThatThrownBy(() -> b.channel(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.priority(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.status(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.statusSince(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.prioritySince(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.lastSentToCustomer(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.agreedInterval(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.calendar(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.assignee(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> POLICY.evaluate(null, CREATED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> POLICY.evaluate(b.build(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void caseStatus_parse_acceptsHelpdeskNames_andListsThemOnError() {
        assertThat(CaseStatus.parse("new")).isEqualTo(CaseStatus.OPEN);
        assertThat(CaseStatus.parse(" Open ")).isEqualTo(CaseStatus.OPEN);
        assertThat(CaseStatus.parse("Pending Internal Response")).isEqualTo(CaseStatus.PENDING_INTERNAL);
        assertThat(CaseStatus.parse("pending_customer")).isEqualTo(CaseStatus.PENDING_CUSTOMER);
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseStatus.parse(s.text())).isEqualTo(s);
        }
        assertThatThrownBy(() -> CaseStatus.parse("waiting"))
                .hasMessage("Unknown case status 'waiting': expected new or open, pending-internal"
                        + " (pending internal response), pending-customer, solved or closed");
    }

    /** PIT found these members uncovered or their mutants alive (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        @Test
        void text_ofABareCase() {
            assertThat(SupportCase.builder("C-1", CREATED).build()).hasToString("SupportCase[C-1, created"
                    + " 2026-03-02T08:00:00Z, email, normal since 2026-03-02T08:00:00Z, open since 2026-03-02T08:00:00Z,"
                    + " last sent never]");
        }

        @Test
        void text_ofACaseWithEverything() {
            SupportCase c = SupportCase.builder("C-2", CREATED).priority(Priority.LOW)
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, CREATED),
                            StatusChange.of(CaseStatus.SOLVED, CREATED.plusSeconds(600))))
                    .status(CaseStatus.OPEN).statusSince(CREATED.plusSeconds(1200)).lastReopened(CREATED.plusSeconds(1200))
                    .lastSentToCustomer(CREATED.plusSeconds(300)).agreedInterval(Duration.ofHours(4))
                    .calendar(BusinessCalendar.alwaysOpen(java.time.ZoneId.of("Europe/Berlin")))
                    .assignee("ana").waitingOn("engineering").build();
            assertThat(c).hasToString("SupportCase[C-2, created 2026-03-02T08:00:00Z, email, low since"
                    + " 2026-03-02T08:00:00Z, open since 2026-03-02T08:20:00Z, last sent 2026-03-02T08:05:00Z,"
                    + " reopened 2026-03-02T08:20:00Z, agreed interval PT4H, own calendar in Europe/Berlin,"
                    + " assigned to ana, waiting on engineering, earlier [open since 2026-03-02T08:00:00Z,"
                    + " solved since 2026-03-02T08:10:00Z]]");
            assertThat(c.waitingOn()).contains("engineering");
        }

        @Test
        void equality_withItselfAndOtherTypes_andHashesThatTellCasesApart() {
            SupportCase c = SupportCase.builder("C-1", CREATED).build();
            assertThat(c).isEqualTo(c).isNotEqualTo("C-1").isNotEqualTo(null);
            assertThat(c.hashCode()).isNotEqualTo(SupportCase.builder("C-2", CREATED).build().hashCode());
            assertThat(c).isNotEqualTo(c.toBuilder().waitingOn("billing").build())
                    .isNotEqualTo(c.toBuilder().lastReopened(CREATED).build())
                    .isNotEqualTo(c.toBuilder().earlierStatuses(List.of(StatusChange.of(CaseStatus.PENDING_CUSTOMER,
                            CREATED))).statusSince(CREATED.plusSeconds(1)).build())
                    .isNotEqualTo(c.toBuilder().statusSince(CREATED.plusSeconds(1)).build());
        }

        @Test
        void statusLog_withoutEarlierStatuses_isOpenFromCreationWhenTheStatusCameLater() {
            SupportCase fromCreation = SupportCase.builder("C-1", CREATED).status(CaseStatus.PENDING_CUSTOMER).build();
            assertThat(fromCreation.statusLog()).containsExactly(StatusChange.of(CaseStatus.PENDING_CUSTOMER, CREATED));
            SupportCase later = SupportCase.builder("C-1", CREATED).status(CaseStatus.PENDING_CUSTOMER)
                    .statusSince(CREATED.plusSeconds(60)).build();
            assertThat(later.statusLog()).containsExactly(StatusChange.of(CaseStatus.OPEN, CREATED),
                    StatusChange.of(CaseStatus.PENDING_CUSTOMER, CREATED.plusSeconds(60)));
        }

        @Test
        void earlierStatuses_startAtCreation_andEachIsLaterThanTheOneBefore() {
            assertThatThrownBy(() -> SupportCase.builder("C-1", CREATED)
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, CREATED.plusSeconds(60))))
                    .statusSince(CREATED.plusSeconds(120)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1: the first earlier status open since 2026-03-02T08:01:00Z must start at"
                            + " creation, 2026-03-02T08:00:00Z");
            assertThatThrownBy(() -> SupportCase.builder("C-1", CREATED)
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, CREATED), StatusChange.of(CaseStatus.SOLVED, CREATED)))
                    .statusSince(CREATED.plusSeconds(120)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1: earlier status open since 2026-03-02T08:00:00Z is followed by solved since"
                            + " 2026-03-02T08:00:00Z: expected a later instant");
            assertThatThrownBy(() -> SupportCase.builder("C-1", CREATED)
                    .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, CREATED)))
                    .status(CaseStatus.PENDING_CUSTOMER).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1: earlier status open since 2026-03-02T08:00:00Z is followed by pending-customer"
                            + " since 2026-03-02T08:00:00Z: expected a later instant");
            assertThat(SupportCase.builder("C-1", CREATED).earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, CREATED)))
                    .status(CaseStatus.PENDING_CUSTOMER).statusSince(CREATED.plusNanos(1)).build().statusLog()).hasSize(2);
        }

        @Test
        void agreedInterval_theLongestIsAccepted() {
            assertThat(SupportCase.builder("C-1", CREATED).agreedInterval(Target.MAX_LENGTH).build().agreedInterval())
                    .contains(Target.MAX_LENGTH);
            assertThatThrownBy(() -> SupportCase.builder("C-1", CREATED).agreedInterval(Target.MAX_LENGTH.plusSeconds(1)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1: agreedInterval PT876600H1S must be whole seconds and at most PT876600H");
            assertThatThrownBy(() -> SupportCase.builder("C-1", CREATED).agreedInterval(Duration.ofMillis(1500)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1: agreedInterval PT1.5S must be whole seconds and at most PT876600H");
        }

        @Test
        void notWaitingOn_clearsTheTeam() {
            SupportCase c = SupportCase.builder("C-1", CREATED).waitingOn("billing").notWaitingOn().assignee("ana").build();
            assertThat(c.waitingOn()).isEmpty();
            assertThat(c.assignee()).contains("ana");
        }
    }
}
