package org.slakit.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.Priority.EMERGENCY;
import static org.slakit.core.Priority.LOW;
import static org.slakit.core.Priority.NORMAL;
import static org.slakit.core.Priority.URGENT;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.Channel;
import org.slakit.core.Priority;

/** Examples: each sentence of the seed's response priority, configuration errors, explain, next. */
class ResponseOrderTest {

    private static final ResponseOrder STANDARD = ResponseOrder.standard();
    private static final Channel SMS = Channel.of("sms");

    /** An instant on Wednesday 2026-12-23 at the given UTC time of day. */
    private static Instant at(String time) {
        return Instant.parse("2026-12-23T" + time + ":00Z");
    }

    private static WaitingItem call(String id, Priority p, String since) {
        return WaitingItem.of(id, Channel.CALL, p, at(since));
    }

    private static WaitingItem chat(String id, Priority p, String since) {
        return WaitingItem.of(id, Channel.CHAT, p, at(since));
    }

    private static WaitingItem voicemail(String id, Priority p, String since) {
        return WaitingItem.of(id, Channel.VOICEMAIL, p, at(since));
    }

    private static WaitingItem email(String id, Priority p, String since) {
        return WaitingItem.of(id, Channel.EMAIL, p, at(since));
    }

    private static List<WaitingItem> sorted(ResponseOrder order, WaitingItem... items) {
        List<WaitingItem> list = new ArrayList<>(Arrays.asList(items));
        Collections.reverse(list);
        list.sort(order);
        return list;
    }

    // ------------------------------------------------ "incoming call > chat > voicemail > case email"

    @Test
    void seedChannels_callChatVoicemailEmail() {
        WaitingItem e = email("e", EMERGENCY, "08:00").withSlaDue(at("08:30"));
        WaitingItem v = voicemail("v", EMERGENCY, "08:00").withSlaDue(at("08:30"));
        WaitingItem ch = chat("ch", LOW, "09:50");
        WaitingItem c = call("c", LOW, "09:55");
        assertThat(sorted(STANDARD, e, v, ch, c)).containsExactly(c, ch, v, e);
    }

    @Test
    void seedChannels_aNewLowCallBeforeAnOldEmergencyChat() {
        WaitingItem c = call("c-1", LOW, "09:59");
        WaitingItem ch = chat("c-2", EMERGENCY, "07:00");
        assertThat(STANDARD.compare(c, ch)).isNegative();
        assertThat(STANDARD.compare(ch, c)).isPositive();
    }

    @Test
    void seedChannels_aChatBeforeAnOverdueVoicemail() {
        WaitingItem ch = chat("c-1", LOW, "09:59");
        WaitingItem v = voicemail("v-1", EMERGENCY, "07:00").withSlaDue(at("08:00"));
        assertThat(STANDARD.compare(ch, v)).isNegative();
    }

    @Test
    void seedChannels_aVoicemailBeforeAnEarlierDueEmail() {
        WaitingItem v = voicemail("v-1", LOW, "09:59");
        WaitingItem e = email("e-1", EMERGENCY, "07:00").withSlaDue(at("08:00"));
        assertThat(STANDARD.compare(v, e)).isNegative();
    }

    // ------------------------------------------------ "for calls and chats: emergencies or urgent issues first"

    @Test
    void live_emergencyChatBeforeOlderNormalChat() {
        WaitingItem emergency = chat("c-5", EMERGENCY, "09:40");
        WaitingItem normal = chat("c-6", NORMAL, "09:00");
        assertThat(sorted(STANDARD, normal, emergency)).containsExactly(emergency, normal);
    }

    @Test
    void live_urgentCallBeforeOlderLowAndNormalCalls() {
        WaitingItem urgent = call("u", URGENT, "09:40");
        WaitingItem low = call("l", LOW, "09:00");
        WaitingItem normal = call("n", NORMAL, "09:10");
        assertThat(sorted(STANDARD, low, normal, urgent)).containsExactly(urgent, low, normal);
    }

    @Test
    void live_emergencyAndUrgentAreOneClass_theOlderFirst() {
        WaitingItem urgent = chat("u", URGENT, "09:00");
        WaitingItem emergency = chat("e", EMERGENCY, "09:30");
        assertThat(sorted(STANDARD, emergency, urgent)).containsExactly(urgent, emergency);
    }

    // ------------------------------------------------ "then whoever has waited longest"

    @Test
    void live_normalChats_theOlderFirst() {
        WaitingItem older = chat("c-3", NORMAL, "09:12");
        WaitingItem newer = chat("c-4", NORMAL, "09:30");
        assertThat(sorted(STANDARD, newer, older)).containsExactly(older, newer);
    }

    @Test
    void live_normalAndLowRankAlike_theOlderFirst() {
        WaitingItem low = call("l", LOW, "09:00");
        WaitingItem normal = call("n", NORMAL, "09:01");
        assertThat(STANDARD.compare(low, normal)).isNegative();
    }

    @Test
    void live_theDueInstantDoesNotCount() {
        WaitingItem older = chat("a", NORMAL, "09:00").withSlaDue(at("12:00"));
        WaitingItem dueSooner = chat("b", NORMAL, "09:05").withSlaDue(at("09:10"));
        assertThat(STANDARD.compare(older, dueSooner)).isNegative();
    }

    // ------------------------------------------------ queued channels: earliest due, then longest wait

    @Test
    void queued_earliestDueFirst_whateverThePriorityAndWait() {
        WaitingItem dueSoon = email("e-1", LOW, "09:50").withSlaDue(at("10:00"));
        WaitingItem dueLater = email("e-2", EMERGENCY, "08:00").withSlaDue(at("11:30"));
        assertThat(sorted(STANDARD, dueLater, dueSoon)).containsExactly(dueSoon, dueLater);
    }

    @Test
    void queued_withoutDueInstantAfterAllWithOne() {
        WaitingItem none = voicemail("v-1", EMERGENCY, "06:00");
        WaitingItem late = voicemail("v-2", LOW, "09:00").withSlaDue(at("23:00"));
        assertThat(sorted(STANDARD, none, late)).containsExactly(late, none);
    }

    @Test
    void queued_sameDue_theOlderFirst() {
        WaitingItem older = email("e-1", LOW, "09:00").withSlaDue(at("12:00"));
        WaitingItem newer = email("e-2", EMERGENCY, "09:30").withSlaDue(at("12:00"));
        assertThat(STANDARD.compare(older, newer)).isNegative();
    }

    @Test
    void queued_noDueInstants_theOlderFirst() {
        WaitingItem older = email("e-1", LOW, "09:00");
        WaitingItem newer = email("e-2", EMERGENCY, "09:30");
        assertThat(STANDARD.compare(older, newer)).isNegative();
    }

    // ------------------------------------------------ the tie-break

    @Test
    void tieBreak_byIdThenPriorityThenDue() {
        WaitingItem a = chat("c-1", NORMAL, "09:00");
        WaitingItem b = chat("c-2", NORMAL, "09:00");
        assertThat(STANDARD.compare(a, b)).isNegative();
        WaitingItem aUrgent = chat("c-1", URGENT, "09:00");
        WaitingItem aEmergency = chat("c-1", EMERGENCY, "09:00");
        assertThat(STANDARD.compare(aEmergency, aUrgent)).isNegative();
        WaitingItem aDue = a.withSlaDue(at("10:00"));
        assertThat(STANDARD.compare(aDue, a)).isNegative();
        assertThat(STANDARD.compare(aDue, a.withSlaDue(at("10:01")))).isNegative();
    }

    @Test
    void compare_zeroExactlyForEqualItems() {
        WaitingItem a = email("e-1", NORMAL, "09:00").withSlaDue(at("10:00"));
        WaitingItem same = email("e-1", NORMAL, "09:00").withSlaDue(at("10:00"));
        assertThat(STANDARD.compare(a, same)).isZero();
        assertThat(STANDARD.compare(a, a.withoutSlaDue())).isNotZero();
    }

    // ------------------------------------------------ configuration

    @Test
    void standard_isTheDocumentedBuilder() {
        ResponseOrder built = ResponseOrder.builder()
                .live(Channel.CALL, Channel.CHAT)
                .queued(Channel.VOICEMAIL, Channel.EMAIL)
                .urgencyClass(EMERGENCY, URGENT)
                .build();
        assertThat(built).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
        assertThat(STANDARD.channels()).containsExactly(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL);
        assertThat(STANDARD.isLive(Channel.CALL)).isTrue();
        assertThat(STANDARD.isLive(Channel.CHAT)).isTrue();
        assertThat(STANDARD.isLive(Channel.VOICEMAIL)).isFalse();
        assertThat(STANDARD.isLive(Channel.EMAIL)).isFalse();
        assertThat(STANDARD.urgencyClasses()).containsExactly(Set.of(EMERGENCY, URGENT));
        assertThat(STANDARD).hasToString("ResponseOrder[call live, chat live, voicemail queued, email queued;"
                + " urgency classes: emergency+urgent]");
    }

    @Test
    void builder_chatAboveCalls() {
        ResponseOrder chatFirst = ResponseOrder.builder()
                .live(Channel.CHAT, Channel.CALL)
                .queued(Channel.EMAIL)
                .urgencyClass(EMERGENCY, URGENT)
                .build();
        assertThat(chatFirst.compare(chat("c", LOW, "09:59"), call("k", EMERGENCY, "08:00"))).isNegative();
        assertThat(chatFirst).isNotEqualTo(STANDARD);
    }

    @Test
    void builder_smsAsAQueuedChannelAfterEmail() {
        ResponseOrder withSms = ResponseOrder.builder()
                .live(Channel.CALL, Channel.CHAT)
                .queued(Channel.VOICEMAIL, Channel.EMAIL, SMS)
                .urgencyClass(EMERGENCY, URGENT)
                .build();
        WaitingItem text = WaitingItem.of("s-1", Channel.of("SMS"), EMERGENCY, at("07:00")).withSlaDue(at("07:30"));
        WaitingItem mail = email("e-1", LOW, "09:00");
        assertThat(withSms.compare(mail, text)).isNegative();
        assertThat(withSms.explain(text, mail)).isEqualTo("email e-1 before sms s-1: emails come before sms");
    }

    @Test
    void builder_emergencyStrictlyBeforeUrgent() {
        ResponseOrder tiers = ResponseOrder.builder()
                .live(Channel.CALL)
                .urgencyClass(EMERGENCY)
                .urgencyClass(URGENT)
                .build();
        WaitingItem urgent = call("u", URGENT, "08:00");
        WaitingItem emergency = call("e", EMERGENCY, "09:00");
        WaitingItem normal = call("n", NORMAL, "07:00");
        assertThat(sorted(tiers, normal, urgent, emergency)).containsExactly(emergency, urgent, normal);
        assertThat(tiers.explain(urgent, emergency))
                .isEqualTo("call e before call u: e is emergency, which goes before urgent on live channels");
    }

    @Test
    void builder_withoutUrgencyClasses_liveChannelsByWaitAlone() {
        ResponseOrder fifo = ResponseOrder.builder().live(Channel.CHAT).build();
        assertThat(fifo.compare(chat("old", LOW, "09:00"), chat("new", EMERGENCY, "09:01"))).isNegative();
        assertThat(fifo.urgencyClasses()).isEmpty();
        assertThat(fifo).hasToString("ResponseOrder[chat live; urgency classes: none]");
    }

    @Test
    void builder_noChannels() {
        assertThatThrownBy(() -> ResponseOrder.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A response order needs at least one channel: add channels with live(...) or queued(...)");
        assertThatThrownBy(() -> ResponseOrder.builder().urgencyClass(URGENT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A response order needs at least one channel");
    }

    @Test
    void builder_channelListedTwice() {
        assertThatThrownBy(() -> ResponseOrder.builder()
                .live(Channel.CALL, Channel.CHAT)
                .queued(Channel.VOICEMAIL, Channel.of("Chat"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Channel chat is listed twice, at places 2 and 4: each channel has exactly one place"
                        + " in the order");
        assertThatThrownBy(() -> ResponseOrder.builder().queued(Channel.EMAIL, Channel.EMAIL).build())
                .hasMessage("Channel email is listed twice, at places 1 and 2: each channel has exactly one place"
                        + " in the order");
    }

    @Test
    void builder_priorityInTwoUrgencyClasses() {
        assertThatThrownBy(() -> ResponseOrder.builder()
                .live(Channel.CALL)
                .urgencyClass(EMERGENCY, URGENT)
                .urgencyClass(URGENT)
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Priority urgent is in urgency classes 1 and 2: each priority belongs to at most one class");
        assertThatThrownBy(() -> ResponseOrder.builder().live(Channel.CALL).urgencyClass(URGENT, URGENT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Priority urgent is listed twice in urgency class 1");
    }

    @Test
    void builder_emptyArguments() {
        assertThatThrownBy(() -> ResponseOrder.builder().live())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("live(...) needs at least one channel");
        assertThatThrownBy(() -> ResponseOrder.builder().queued())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("queued(...) needs at least one channel");
        assertThatThrownBy(() -> ResponseOrder.builder().urgencyClass())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("urgencyClass(...) needs at least one priority");
    }

    @Test
    void builder_nulls() {
        assertThatThrownBy(() -> ResponseOrder.builder().live(Channel.CALL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("channels[1]");
        assertThatThrownBy(() -> ResponseOrder.builder().queued((Channel[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("channels");
        assertThatThrownBy(() -> ResponseOrder.builder().urgencyClass(URGENT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("priorities[1]");
    }

    @Test
    void builder_isReusable_andBuildsIndependentOrders() {
        ResponseOrder.Builder builder = ResponseOrder.builder().live(Channel.CALL);
        ResponseOrder first = builder.build();
        ResponseOrder second = builder.queued(Channel.EMAIL).build();
        assertThat(first.channels()).containsExactly(Channel.CALL);
        assertThat(second.channels()).containsExactly(Channel.CALL, Channel.EMAIL);
    }

    @Test
    void unknownChannel_compareNamesTheItemAndTheKnownChannels() {
        WaitingItem text = WaitingItem.of("s-9", SMS, NORMAL, at("09:00"));
        WaitingItem c = call("c-1", NORMAL, "09:00");
        String message = "Item s-9 is on channel sms, which this response order does not know:"
                + " known channels are call, chat, voicemail, email";
        assertThatThrownBy(() -> STANDARD.compare(text, c))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> STANDARD.compare(c, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> STANDARD.compare(text, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> STANDARD.explain(c, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void unknownChannel_nextChecksEveryItem_evenAloneOrForZero() {
        WaitingItem text = WaitingItem.of("s-9", SMS, NORMAL, at("09:00"));
        assertThatThrownBy(() -> STANDARD.next(5, List.of(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Item s-9 is on channel sms");
        assertThatThrownBy(() -> STANDARD.next(0, List.of(call("c", NORMAL, "09:00"), text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Item s-9 is on channel sms");
    }

    @Test
    void unknownChannel_isLive() {
        assertThatThrownBy(() -> STANDARD.isLive(SMS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Channel sms is not in this response order: known channels are call, chat, voicemail, email");
    }

    @Test
    void compare_nulls() {
        WaitingItem c = call("c-1", NORMAL, "09:00");
        assertThatThrownBy(() -> STANDARD.compare(null, c)).isInstanceOf(NullPointerException.class).hasMessage("a");
        assertThatThrownBy(() -> STANDARD.compare(c, null)).isInstanceOf(NullPointerException.class).hasMessage("b");
        assertThatThrownBy(() -> STANDARD.explain(c, c, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> STANDARD.isLive(null)).isInstanceOf(NullPointerException.class);
    }

    // ------------------------------------------------ explain

    @Test
    void explain_channels() {
        assertThat(STANDARD.explain(chat("c-2", EMERGENCY, "08:00"), call("c-1", LOW, "09:00")))
                .isEqualTo("call c-1 before chat c-2: calls come before chats");
        assertThat(STANDARD.explain(email("e-1", NORMAL, "08:00"), voicemail("v-1", NORMAL, "09:00")))
                .isEqualTo("voicemail v-1 before email e-1: voicemails come before emails");
    }

    @Test
    void explain_waitingTime() {
        WaitingItem a = chat("c-3", NORMAL, "09:12");
        WaitingItem b = chat("c-4", NORMAL, "09:30");
        String expected = "chat c-3 before chat c-4: both normal, c-3 has waited since 09:12, longer than c-4"
                + " (since 09:30)";
        assertThat(STANDARD.explain(a, b)).isEqualTo(expected);
        assertThat(STANDARD.explain(b, a)).isEqualTo(expected);
    }

    @Test
    void explain_waitingTime_inAZone_withSecondsAndDatesOnlyWhenNeeded() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WaitingItem a = chat("c-3", NORMAL, "09:12");
        WaitingItem b = chat("c-4", NORMAL, "09:30");
        assertThat(STANDARD.explain(a, b, berlin)).isEqualTo("chat c-3 before chat c-4: both normal, c-3 has waited"
                + " since 10:12, longer than c-4 (since 10:30)");
        WaitingItem c = WaitingItem.of("c-5", Channel.CHAT, NORMAL, Instant.parse("2026-12-23T09:12:05Z"));
        assertThat(STANDARD.explain(a, c)).isEqualTo("chat c-3 before chat c-5: both normal, c-3 has waited"
                + " since 09:12:00, longer than c-5 (since 09:12:05)");
        WaitingItem d = WaitingItem.of("c-6", Channel.CHAT, NORMAL, Instant.parse("2026-12-22T23:30:00Z"));
        assertThat(STANDARD.explain(a, d)).isEqualTo("chat c-6 before chat c-3: both normal, c-6 has waited"
                + " since 2026-12-22 23:30, longer than c-3 (since 2026-12-23 09:12)");
        assertThat(STANDARD.explain(a, d, berlin)).isEqualTo("chat c-6 before chat c-3: both normal, c-6 has"
                + " waited since 00:30, longer than c-3 (since 10:12)");
    }

    @Test
    void explain_urgencyClass() {
        assertThat(STANDARD.explain(chat("c-6", NORMAL, "09:00"), chat("c-5", EMERGENCY, "09:40")))
                .isEqualTo("chat c-5 before chat c-6: c-5 is emergency, which goes before normal on live channels");
        assertThat(STANDARD.explain(call("k-1", URGENT, "09:00"), call("k-2", EMERGENCY, "09:40")))
                .isEqualTo("call k-1 before call k-2: urgent and emergency rank alike on live channels, k-1 has"
                        + " waited since 09:00, longer than k-2 (since 09:40)");
    }

    @Test
    void explain_dueInstants() {
        WaitingItem e1 = email("e-1", LOW, "09:50").withSlaDue(at("10:00"));
        WaitingItem e2 = email("e-2", EMERGENCY, "08:00").withSlaDue(at("11:30"));
        WaitingItem e3 = email("e-3", EMERGENCY, "07:00");
        WaitingItem e4 = email("e-4", NORMAL, "07:30");
        WaitingItem e5 = email("e-5", NORMAL, "08:30").withSlaDue(at("10:00"));
        assertThat(STANDARD.explain(e2, e1)).isEqualTo("email e-1 before email e-2: e-1 is due at 10:00, before e-2"
                + " (due 11:30)");
        assertThat(STANDARD.explain(e3, e1)).isEqualTo("email e-1 before email e-3: e-1 is due at 10:00 and e-3 has"
                + " no SLA due instant");
        assertThat(STANDARD.explain(e4, e3)).isEqualTo("email e-3 before email e-4: neither has an SLA due instant,"
                + " e-3 has waited since 07:00, longer than e-4 (since 07:30)");
        assertThat(STANDARD.explain(e1, e5)).isEqualTo("email e-5 before email e-1: both due at 10:00, e-5 has waited"
                + " since 08:30, longer than e-1 (since 09:50)");
    }

    @Test
    void explain_tieBreaks() {
        assertThat(STANDARD.explain(chat("c-2", NORMAL, "09:00"), chat("c-1", NORMAL, "09:00")))
                .isEqualTo("chat c-1 before chat c-2: both normal, both waiting since 09:00; c-1 comes before c-2 by id");
        assertThat(STANDARD.explain(chat("c-1", URGENT, "09:00"), chat("c-1", EMERGENCY, "09:00")))
                .isEqualTo("chat c-1 before chat c-1: emergency and urgent rank alike on live channels, both waiting"
                        + " since 09:00; the same id, so the priority decides: emergency before urgent");
        WaitingItem plain = chat("c-1", NORMAL, "09:00");
        assertThat(STANDARD.explain(plain, plain.withSlaDue(at("09:30"))))
                .isEqualTo("chat c-1 before chat c-1: both normal, both waiting since 09:00; the same id, so the due"
                        + " instant decides: c-1 is due at 09:30 and the other has no SLA due instant");
        assertThat(STANDARD.explain(plain.withSlaDue(at("09:45")), plain.withSlaDue(at("09:30"))))
                .isEqualTo("chat c-1 before chat c-1: both normal, both waiting since 09:00; the same id, so the due"
                        + " instant decides: 09:30 before 09:45");
    }

    @Test
    void explain_equalItems() {
        WaitingItem a = chat("c-1", NORMAL, "09:00");
        assertThat(STANDARD.explain(a, chat("c-1", NORMAL, "09:00")))
                .isEqualTo("chat c-1 and chat c-1 are equal: neither comes first");
    }

    // ------------------------------------------------ next

    @Test
    void next_theFirstNInOrder() {
        WaitingItem e = email("e", NORMAL, "08:00").withSlaDue(at("10:00"));
        WaitingItem v = voicemail("v", NORMAL, "08:00");
        WaitingItem ch1 = chat("ch1", NORMAL, "09:00");
        WaitingItem ch2 = chat("ch2", URGENT, "09:30");
        WaitingItem c = call("c", LOW, "09:55");
        List<WaitingItem> all = List.of(e, v, ch1, ch2, c);
        assertThat(STANDARD.next(3, all)).containsExactly(c, ch2, ch1);
        assertThat(STANDARD.next(10, all)).containsExactly(c, ch2, ch1, v, e);
        assertThat(STANDARD.next(0, all)).isEmpty();
        assertThat(STANDARD.next(2, Stream.of(e, v, ch1, ch2, c).parallel())).containsExactly(c, ch2);
        assertThat(STANDARD.next(Integer.MAX_VALUE, all)).hasSize(5);
        assertThat(STANDARD.next(3, List.of())).isEmpty();
    }

    @Test
    void next_keepsEqualItemsAsOftenAsTheyOccur() {
        WaitingItem a = chat("c-1", NORMAL, "09:00");
        WaitingItem b = chat("c-1", NORMAL, "09:00");
        assertThat(STANDARD.next(2, List.of(a, call("k", LOW, "09:00"), b))).containsExactly(
                call("k", LOW, "09:00"), a);
        assertThat(STANDARD.next(3, List.of(a, b))).containsExactly(a, a);
    }

    @Test
    void next_resultIsUnmodifiable() {
        List<WaitingItem> next = STANDARD.next(1, List.of(chat("c-1", NORMAL, "09:00")));
        assertThatThrownBy(() -> next.add(chat("c-2", NORMAL, "09:00")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void next_badArguments() {
        assertThatThrownBy(() -> STANDARD.next(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of items to return must be zero or more: -1");
        assertThatThrownBy(() -> STANDARD.next(1, (Iterable<WaitingItem>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("items");
        assertThatThrownBy(() -> STANDARD.next(1, (Stream<WaitingItem>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("items");
        assertThatThrownBy(() -> STANDARD.next(1, Arrays.asList(chat("c-1", NORMAL, "09:00"), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("item");
    }

    /** PIT found these mutants alive or uncovered (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        @Test
        void standard_isTheSameOrderEachTime() {
            ResponseOrder standard = ResponseOrder.standard();
            assertThat(standard).isSameAs(ResponseOrder.standard());
            assertThat(standard.channels()).containsExactly(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL);
        }

        @Test
        void equality_withItselfAndOtherTypes_andHashesThatTellOrdersApart() {
            ResponseOrder chatFirst = ResponseOrder.builder().live(Channel.CHAT, Channel.CALL)
                    .queued(Channel.VOICEMAIL, Channel.EMAIL).urgencyClass(EMERGENCY, URGENT).build();
            ResponseOrder allQueued = ResponseOrder.builder()
                    .queued(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL).urgencyClass(EMERGENCY, URGENT).build();
            ResponseOrder noClasses = ResponseOrder.builder().live(Channel.CALL, Channel.CHAT)
                    .queued(Channel.VOICEMAIL, Channel.EMAIL).build();
            assertThat(STANDARD).isEqualTo(STANDARD).isNotEqualTo("standard").isNotEqualTo(null)
                    .isNotEqualTo(chatFirst).isNotEqualTo(allQueued).isNotEqualTo(noClasses);
            assertThat(STANDARD.hashCode()).isNotEqualTo(chatFirst.hashCode()).isNotEqualTo(allQueued.hashCode())
                    .isNotEqualTo(noClasses.hashCode());
        }
    }
}
