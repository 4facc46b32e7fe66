package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.history.WorkedHistories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.Target;

/** The kinds, checks and text of {@link CaseEvent}. Monday March 2, 2026, 09:00 in Berlin is 08:00 UTC. */
class CaseEventTest {

    static final Instant T = at("03-02T09:00");

    @Nested
    class KindsAndText {

        @Test
        void everyFactory_namesItsKind_andTheTextIsCaseInstantKindAndDetails() {
            assertThat(CaseEvent.created("C-1", T, Channel.CHAT, Priority.NORMAL))
                    .returns(EventKind.CREATED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z CREATED chat NORMAL");
            assertThat(CaseEvent.statusChanged("C-1", T, CaseStatus.PENDING_CUSTOMER))
                    .returns(EventKind.STATUS_CHANGED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z STATUS_CHANGED PENDING_CUSTOMER");
            assertThat(CaseEvent.priorityChanged("C-1", T, Priority.URGENT))
                    .returns(EventKind.PRIORITY_CHANGED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z PRIORITY_CHANGED URGENT");
            assertThat(CaseEvent.elevationChanged("C-1", T, true))
                    .returns(EventKind.ELEVATION_CHANGED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z ELEVATION_CHANGED true");
            assertThat(CaseEvent.updateSent("C-1", T))
                    .returns(EventKind.UPDATE_SENT, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z UPDATE_SENT");
            assertThat(CaseEvent.customerMessage("C-1", T))
                    .returns(EventKind.CUSTOMER_MESSAGE, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z CUSTOMER_MESSAGE");
            assertThat(CaseEvent.agreedIntervalSet("C-1", T, Duration.ofHours(4)))
                    .returns(EventKind.AGREED_INTERVAL_SET, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z AGREED_INTERVAL_SET PT4H");
            assertThat(CaseEvent.assigned("C-1", T, Optional.of("ana")))
                    .returns(EventKind.ASSIGNED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z ASSIGNED ana");
            assertThat(CaseEvent.assigned("C-1", T, Optional.empty()))
                    .hasToString("C-1 2026-03-02T08:00:00Z ASSIGNED nobody");
            assertThat(CaseEvent.waitingOn("C-1", T, Optional.of("engineering")))
                    .returns(EventKind.WAITING_ON_CHANGED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z WAITING_ON_CHANGED engineering");
            assertThat(CaseEvent.waitingOn("C-1", T, Optional.empty()))
                    .hasToString("C-1 2026-03-02T08:00:00Z WAITING_ON_CHANGED nobody");
            assertThat(CaseEvent.solved("C-1", T))
                    .returns(EventKind.SOLVED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z SOLVED");
            assertThat(CaseEvent.reopened("C-1", T))
                    .returns(EventKind.REOPENED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z REOPENED");
            assertThat(CaseEvent.closed("C-1", T))
                    .returns(EventKind.CLOSED, CaseEvent::kind)
                    .hasToString("C-1 2026-03-02T08:00:00Z CLOSED");
        }

        @Test
        void statusEvents_sayTheStatusTheyMoveTo() {
            assertThat(((CaseEvent.StatusEvent) CaseEvent.solved("C-1", T)).status()).isEqualTo(CaseStatus.SOLVED);
            assertThat(((CaseEvent.StatusEvent) CaseEvent.reopened("C-1", T)).status()).isEqualTo(CaseStatus.OPEN);
            assertThat(((CaseEvent.StatusEvent) CaseEvent.closed("C-1", T)).status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(((CaseEvent.StatusEvent) CaseEvent.statusChanged("C-1", T, CaseStatus.PENDING_INTERNAL))
                    .status()).isEqualTo(CaseStatus.PENDING_INTERNAL);
        }

        @Test
        void factories_keepTheirDetails() {
            assertThat((CaseEvent.Created) CaseEvent.created("C-1", T, Channel.EMAIL, Priority.LOW))
                    .returns("C-1", CaseEvent.Created::caseId).returns(T, CaseEvent.Created::at)
                    .returns(Channel.EMAIL, CaseEvent.Created::channel).returns(Priority.LOW, CaseEvent.Created::priority);
            assertThat(((CaseEvent.ElevationChanged) CaseEvent.elevationChanged("C-1", T, false)).elevated()).isFalse();
            assertThat(((CaseEvent.AgreedIntervalSet) CaseEvent.agreedIntervalSet("C-1", T, Duration.ofSeconds(1)))
                    .interval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(((CaseEvent.WaitingOnChanged) CaseEvent.waitingOn("C-1", T, Optional.of("billing"))).team())
                    .contains("billing");
        }

        @Test
        void equality_isByKindAndAllComponents() {
            assertThat(CaseEvent.solved("C-1", T)).isEqualTo(CaseEvent.solved("C-1", T))
                    .hasSameHashCodeAs(CaseEvent.solved("C-1", T))
                    .isNotEqualTo(CaseEvent.closed("C-1", T))
                    .isNotEqualTo(CaseEvent.solved("C-2", T))
                    .isNotEqualTo(CaseEvent.solved("C-1", T.plusSeconds(1)));
            assertThat(CaseEvent.elevationChanged("C-1", T, true)).isNotEqualTo(CaseEvent.elevationChanged("C-1", T, false));
        }
    }

    @Nested
    class Checks {

        @Test
        void everyEvent_needsACaseIdNotBlank_andAnInstant() {
            assertThatThrownBy(() -> CaseEvent.updateSent(null, T))
                    .isInstanceOf(NullPointerException.class).hasMessage("caseId");
            assertThatThrownBy(() -> CaseEvent.updateSent(" ", T))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Case id must not be blank");
            assertThatThrownBy(() -> CaseEvent.updateSent("C-1", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("at");
            // every kind checks them
            assertThatThrownBy(() -> CaseEvent.created("", T, Channel.CHAT, Priority.LOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.statusChanged("", T, CaseStatus.OPEN)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.priorityChanged("", T, Priority.LOW)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.elevationChanged("", T, true)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.customerMessage("", T)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("", T, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.assigned("", T, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.waitingOn("", T, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.solved("", T)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.reopened("", T)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CaseEvent.closed("", T)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void detailsMustNotBeNull() {
            assertThatThrownBy(() -> CaseEvent.created("C-1", T, null, Priority.LOW))
                    .isInstanceOf(NullPointerException.class).hasMessage("channel");
            assertThatThrownBy(() -> CaseEvent.created("C-1", T, Channel.CHAT, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("priority");
            assertThatThrownBy(() -> CaseEvent.statusChanged("C-1", T, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("status");
            assertThatThrownBy(() -> CaseEvent.priorityChanged("C-1", T, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("priority");
            assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("C-1", T, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("interval");
            assertThatThrownBy(() -> CaseEvent.assigned("C-1", T, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("assignee");
            assertThatThrownBy(() -> CaseEvent.waitingOn("C-1", T, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("team");
        }

        @Test
        void agreedInterval_positiveWholeSecondsUpToTheLongestTarget() {
            assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("C-1", T, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Agreed interval of case C-1 must be positive, not PT-1S");
            assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("C-1", T, Target.MAX_LENGTH.plusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Agreed interval of case C-1 must be whole seconds and at most PT876600H, not PT876600H1S");
            assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("C-1", T, Duration.ofNanos(1_000_000_001)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Agreed interval of case C-1 must be whole seconds and at most PT876600H, not PT1.000000001S");
            assertThatCode(() -> CaseEvent.agreedIntervalSet("C-1", T, Target.MAX_LENGTH)).doesNotThrowAnyException();
            assertThatCode(() -> CaseEvent.agreedIntervalSet("C-1", T, Duration.ofSeconds(1))).doesNotThrowAnyException();
        }

        @Test
        void teams_areTeamNames() {
            assertThatThrownBy(() -> CaseEvent.waitingOn("C-1", T, Optional.of("2nd line")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Team of case C-1 '2nd line' is not a team name: expected a letter, then letters, digits,"
                            + " '_', '.' or '-', at most 64 characters; use Optional.empty() for none");
            assertThatCode(() -> CaseEvent.waitingOn("C-1", T, Optional.of("tier-2.eng_x"))).doesNotThrowAnyException();
        }
    }
}
