package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTest {

    static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");

    static SupportCase normalOpen() {
        return SupportCase.builder("C", CREATED).build();
    }

    @Test
    void urgentOrElevated_matchesEitherAndExplainsWhich() {
        Condition c = Condition.parse("priority urgent or elevated");
        SupportCase urgent = normalOpen().toBuilder().priority(Priority.URGENT).build();
        SupportCase elevated = normalOpen().toBuilder().elevated(true).build();

        assertThat(c).isEqualTo(Condition.priority(Priority.URGENT).or(Condition.elevated()));
        assertThat(c.test(urgent)).isTrue();
        assertThat(c.test(elevated)).isTrue();
        assertThat(c.test(normalOpen())).isFalse();
        assertThat(c.describe(urgent)).isEqualTo("priority is urgent");
        assertThat(c.describe(elevated)).isEqualTo("the case is elevated");
        assertThat(c.describe(normalOpen())).isEqualTo("priority is normal, not urgent and the case is not elevated");
    }

    @Test
    void and_describesEveryPartWhenItHolds_andTheFirstFailingPartWhenNot() {
        Condition c = Condition.parse("priority emergency and nothing sent yet");
        SupportCase fresh = normalOpen().toBuilder().priority(Priority.EMERGENCY).build();
        SupportCase answered = fresh.withLastSentToCustomer(CREATED.plusSeconds(60));

        assertThat(c.describe(fresh)).isEqualTo("priority is emergency and nothing has been sent to the customer yet");
        assertThat(c.test(answered)).isFalse();
        assertThat(c.describe(answered)).isEqualTo("an update was sent to the customer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "always",
        "priority emergency",
        "priority emergency,urgent,low",
        "status open,pending-customer",
        "channel call,chat",
        "channel sms",
        "elevated",
        "not elevated",
        "nothing sent yet",
        "update sent",
        "priority urgent or elevated",
        "priority emergency and nothing sent yet",
        "(priority urgent or elevated) and status open",
        "status open and (channel call or elevated) or update sent",
    })
    void toString_isTheCanonicalText_andParsesBack(String text) {
        Condition c = Condition.parse(text);

        assertThat(c.toString()).isEqualTo(text);
        assertThat(Condition.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void parse_normalizesCaseBlanksOrderAndNesting() {
        assertThat(Condition.parse("PRIORITY Urgent , Emergency")).hasToString("priority emergency,urgent");
        assertThat(Condition.parse("status new")).isEqualTo(Condition.status(CaseStatus.OPEN));
        assertThat(Condition.parse("(elevated and (update sent and status open))"))
                .hasToString("elevated and update sent and status open");
        assertThat(Condition.parse("channel Chat,CALL")).hasToString("channel call,chat");
        assertThat(Condition.parse("always and elevated")).isEqualTo(Condition.elevated());
        assertThat(Condition.parse("always or elevated")).isEqualTo(Condition.always());
    }

    @Test
    void andBindsTighterThanOr() {
        Condition c = Condition.parse("elevated or priority urgent and status open");
        SupportCase elevatedPending = normalOpen().toBuilder().elevated(true).status(CaseStatus.PENDING_CUSTOMER).build();
        SupportCase urgentPending = normalOpen().toBuilder().priority(Priority.URGENT).status(CaseStatus.PENDING_CUSTOMER).build();

        assertThat(c.test(elevatedPending)).isTrue();
        assertThat(c.test(urgentPending)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "\"\"; it is empty",
        "prio urgent; unknown test 'prio'",
        "priority; 'priority' needs a value",
        "priority urgent,; has an empty item",
        "priority critical; Unknown priority 'critical'",
        "status solved; has no running SLA clock",
        "status waiting; Unknown case status 'waiting'",
        "not urgent; 'not' can only be followed by 'elevated'",
        "nothing sent; expected 'nothing sent yet'",
        "elevated urgent; unexpected 'urgent' after 'elevated'",
        "(elevated; '(' is not closed",
        "elevated and; it ends early",
        "channel 1x; Invalid channel name '1x'",
    })
    void parse_rejectsBadText_namingTheWord(String text, String expected) {
        assertThatThrownBy(() -> Condition.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid condition '" + text.strip() + "'")
                .hasMessageContaining(expected);
    }

    @Test
    void statusOfASolvedOrClosedCase_cannotBeTested() {
        assertThatThrownBy(() -> Condition.status(CaseStatus.CLOSED)).hasMessageContaining("'closed'");
        assertThatThrownBy(() -> Condition.statusIn(List.of())).hasMessageContaining("at least one status");
        assertThatThrownBy(() -> Condition.priorityIn(List.of())).hasMessageContaining("at least one priority");
        assertThatThrownBy(() -> Condition.channelIn(List.of())).hasMessageContaining("at least one channel");
    }

    @Test
    void nulls_areRejected() {
        assertThatThrownBy(() -> Condition.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Condition.priority(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Condition.priority(Priority.LOW, (Priority) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Condition.always().and(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Condition.always().or(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Condition.always().test(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Condition.always().describe(null)).isInstanceOf(NullPointerException.class);
    }

    /** PIT found these branches uncovered or their mutants alive (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        @Test
        void eachTestWithoutAValue_suggestsValuesOfItsOwn() {
            assertThatThrownBy(() -> Condition.parse("priority")).hasMessageContaining("'priority' needs a value, such as"
                    + " 'priority urgent' or a list without blanks, such as 'priority emergency,urgent'");
            assertThatThrownBy(() -> Condition.parse("status")).hasMessageContaining("'status' needs a value, such as"
                    + " 'status open' or a list without blanks, such as 'status open,pending-internal'");
            assertThatThrownBy(() -> Condition.parse("channel")).hasMessageContaining("'channel' needs a value, such as"
                    + " 'channel chat' or a list without blanks, such as 'channel call,chat'");
            assertThatThrownBy(() -> Condition.parse("waiting on")).hasMessageContaining("'waiting on' needs a value,"
                    + " such as 'waiting on engineering' or a list without blanks, such as 'waiting on engineering,billing'");
            assertThatThrownBy(() -> Condition.parse("status ( open )")).hasMessageContaining("'status' needs a value");
            assertThatThrownBy(() -> Condition.parse("(channel)")).hasMessageContaining("'channel' needs a value");
        }

        @Test
        void manyGroupsSideBySide_areNotNesting() {
            String groups = String.join(" or ", java.util.Collections.nCopies(ConditionParser.MAX_DEPTH + 2, "(elevated)"));
            assertThat(Condition.parse(groups)).hasToString(
                    String.join(" or ", java.util.Collections.nCopies(ConditionParser.MAX_DEPTH + 2, "elevated")));
        }

        @Test
        void descriptions_ofAlwaysChannelAndTeam() {
            Instant t = Instant.parse("2026-03-02T09:00:00Z");
            SupportCase chat = SupportCase.builder("D-1", t).channel(Channel.CHAT).waitingOn("engineering").build();
            SupportCase email = SupportCase.builder("D-2", t).build();
            assertThat(Condition.always().describe(chat)).isEqualTo("the rule applies to every case");
            assertThat(Condition.channel(Channel.CHAT).describe(chat)).isEqualTo("channel is chat");
            assertThat(Condition.channel(Channel.CHAT, Channel.CALL).describe(email)).isEqualTo("channel is email, not call or chat");
            assertThat(Condition.waitingOn("engineering").describe(chat)).isEqualTo("support waits on engineering");
            assertThat(Condition.waitingOn("engineering").describe(email)).isEqualTo("support waits on no team, not engineering");
        }

        @Test
        void statusChanges_readAsStatusSinceInstant() {
            assertThat(StatusChange.of(CaseStatus.PENDING_CUSTOMER, Instant.parse("2026-03-02T09:00:00Z")))
                    .hasToString("pending-customer since 2026-03-02T09:00:00Z");
        }

        @Test
        void policyText_edges() {
            String calendar = "calendar\nzone Europe/Berlin\nMon-Fri 09:00-17:00\n";
            assertThatThrownBy(() -> SlaPolicy.parse(calendar)).hasMessageNotContaining("no 'calendar' line");
            assertThatThrownBy(() -> SlaPolicy.parse("change open to P2D\nstandard rules\n" + calendar))
                    .hasMessageNotContaining("expected 'change <rule name> to <target>'");
            assertThatThrownBy(() -> SlaPolicy.parse("change open P2D\nstandard rules\n" + calendar))
                    .hasMessageContaining("expected 'change <rule name> to <target>'");
            assertThatThrownBy(() -> SlaPolicy.parse("clock\nrule all when always then 1 hour\n" + calendar))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theRecords_refuseANullMember_namingIt() {
            java.util.Set<Priority> priorities = new java.util.HashSet<>(java.util.Arrays.asList(Priority.LOW, null));
            java.util.Set<CaseStatus> statuses = new java.util.HashSet<>(java.util.Arrays.asList(CaseStatus.OPEN, null));
            java.util.Set<Channel> channels = new java.util.HashSet<>(java.util.Arrays.asList(Channel.CHAT, null));
            assertThatThrownBy(() -> new Condition.PriorityIn(priorities)).isInstanceOf(NullPointerException.class)
                    .hasMessage("priority");
            assertThatThrownBy(() -> new Condition.StatusIn(statuses)).isInstanceOf(NullPointerException.class)
                    .hasMessage("status");
            assertThatThrownBy(() -> new Condition.ChannelIn(channels)).isInstanceOf(NullPointerException.class)
                    .hasMessage("channel");
        }
    }
}
