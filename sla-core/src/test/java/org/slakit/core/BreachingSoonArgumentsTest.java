package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/** Arguments the view must refuse at once rather than fail on later (found in review). */
class BreachingSoonArgumentsTest {

    private final BreachingSoon view = BreachingSoon.of(SlaPolicy.standard(
            BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n")));

    @Test
    void horizonThatWouldOverflow_isRefusedWhenSet() {
        assertThatThrownBy(() -> view.withHorizon(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is longer than");
    }

    @Test
    void blankAssignee_isRefused() {
        assertThatThrownBy(() -> view.forAssignee(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Assignee ' ' is blank: expected an agent's name");
    }
}
