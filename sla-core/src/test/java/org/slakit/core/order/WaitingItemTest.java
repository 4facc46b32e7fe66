package org.slakit.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.slakit.core.Channel;
import org.slakit.core.Priority;

class WaitingItemTest {

    private static final Instant NINE = Instant.parse("2026-12-23T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-23T10:00:00Z");

    @Test
    void of_keepsTheFields_withoutDue() {
        WaitingItem item = WaitingItem.of("c-1", Channel.CHAT, Priority.URGENT, NINE);
        assertThat(item.id()).isEqualTo("c-1");
        assertThat(item.channel()).isEqualTo(Channel.CHAT);
        assertThat(item.priority()).isEqualTo(Priority.URGENT);
        assertThat(item.waitingSince()).isEqualTo(NINE);
        assertThat(item.slaDue()).isEmpty();
    }

    @Test
    void withSlaDue_andWithout() {
        WaitingItem item = WaitingItem.of("e-1", Channel.EMAIL, Priority.NORMAL, NINE);
        WaitingItem due = item.withSlaDue(TEN);
        assertThat(due.slaDue()).isEqualTo(Optional.of(TEN));
        assertThat(item.slaDue()).isEmpty();
        assertThat(due.withoutSlaDue()).isEqualTo(item);
        assertThat(item.withoutSlaDue()).isSameAs(item);
        assertThat(item.withSlaDue(NINE.minusSeconds(60)).slaDue()).contains(NINE.minusSeconds(60));
    }

    @Test
    void equals_byAllFields() {
        WaitingItem item = WaitingItem.of("e-1", Channel.EMAIL, Priority.NORMAL, NINE).withSlaDue(TEN);
        assertThat(item).isEqualTo(WaitingItem.of("e-1", Channel.of("EMAIL"), Priority.NORMAL, NINE).withSlaDue(TEN))
                .hasSameHashCodeAs(WaitingItem.of("e-1", Channel.EMAIL, Priority.NORMAL, NINE).withSlaDue(TEN));
        assertThat(item).isNotEqualTo(WaitingItem.of("e-2", Channel.EMAIL, Priority.NORMAL, NINE).withSlaDue(TEN));
        assertThat(item.hashCode()).isNotEqualTo(WaitingItem.of("e-2", Channel.EMAIL, Priority.NORMAL, NINE).withSlaDue(TEN)
                .hashCode());
        assertThat(item).isNotEqualTo(WaitingItem.of("e-1", Channel.VOICEMAIL, Priority.NORMAL, NINE).withSlaDue(TEN));
        assertThat(item).isNotEqualTo(WaitingItem.of("e-1", Channel.EMAIL, Priority.LOW, NINE).withSlaDue(TEN));
        assertThat(item).isNotEqualTo(WaitingItem.of("e-1", Channel.EMAIL, Priority.NORMAL, TEN).withSlaDue(TEN));
        assertThat(item).isNotEqualTo(item.withSlaDue(NINE));
        assertThat(item).isNotEqualTo(item.withoutSlaDue());
        assertThat(item).isNotEqualTo("e-1");
    }

    @Test
    void toString_readable() {
        WaitingItem item = WaitingItem.of("c-3", Channel.CHAT, Priority.NORMAL, NINE);
        assertThat(item).hasToString("chat c-3 (normal, waiting since 2026-12-23T09:00:00Z, no SLA due instant)");
        assertThat(item.withSlaDue(TEN))
                .hasToString("chat c-3 (normal, waiting since 2026-12-23T09:00:00Z, due 2026-12-23T10:00:00Z)");
    }

    @Test
    void of_rejectsBlankIds() {
        assertThatThrownBy(() -> WaitingItem.of(" ", Channel.CHAT, Priority.NORMAL, NINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A waiting item needs an id that is not blank: ' '");
        assertThatThrownBy(() -> WaitingItem.of("", Channel.CHAT, Priority.NORMAL, NINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nulls() {
        assertThatThrownBy(() -> WaitingItem.of(null, Channel.CHAT, Priority.NORMAL, NINE))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> WaitingItem.of("c", null, Priority.NORMAL, NINE))
                .isInstanceOf(NullPointerException.class).hasMessage("channel");
        assertThatThrownBy(() -> WaitingItem.of("c", Channel.CHAT, null, NINE))
                .isInstanceOf(NullPointerException.class).hasMessage("priority");
        assertThatThrownBy(() -> WaitingItem.of("c", Channel.CHAT, Priority.NORMAL, null))
                .isInstanceOf(NullPointerException.class).hasMessage("waitingSince");
        assertThatThrownBy(() -> WaitingItem.of("c", Channel.CHAT, Priority.NORMAL, NINE).withSlaDue(null))
                .isInstanceOf(NullPointerException.class).hasMessage("due");
    }
}
