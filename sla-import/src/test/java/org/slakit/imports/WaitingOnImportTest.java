package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.imports.Fixtures.at;
import static org.slakit.imports.Fixtures.runText;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/** Whom support waits on (internal SLAs): the waiting-on targets and column, in event and snapshot logs. */
class WaitingOnImportTest {

    private static final String MAPPING = "column.case = id\ncolumn.time = at\ncolumn.event = what\n"
            + "column.waiting-on = waits\ntime.format = iso\ndefault.channel = email\ndefault.priority = normal\n"
            + "event.open = created\nevent.to dev = waiting-on:engineering\nevent.handover = waiting-on\n"
            + "event.back = not-waiting\nevent.ask = status:pending-internal + waiting-on\n";

    @Test
    void fixedTeam_teamFromTheColumn_andNotWaiting_becomeWaitingOnEvents() {
        ImportResult result = runText(EventLogMapping.parse(MAPPING), "id,at,what,waits\n"
                + "C-1,2026-03-02T08:00:00Z,open,\n"
                + "C-1,2026-03-02T08:30:00Z,to dev,ignored-here\n"
                + "C-1,2026-03-02T09:00:00Z,handover,Billing.EU\n"
                + "C-1,2026-03-02T09:30:00Z,handover,\n"
                + "C-1,2026-03-02T10:00:00Z,ask,legal\n"
                + "C-1,2026-03-02T11:00:00Z,back,legal\n");

        assertThat(result.report().rowsRejected()).isZero();
        assertThat(result.histories()).containsExactly(CaseHistory.of(List.of(
                CaseEvent.created("C-1", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.waitingOn("C-1", at("2026-03-02T08:30:00Z"), Optional.of("engineering")),
                CaseEvent.waitingOn("C-1", at("2026-03-02T09:00:00Z"), Optional.of("Billing.EU")),
                CaseEvent.waitingOn("C-1", at("2026-03-02T09:30:00Z"), Optional.empty()),
                CaseEvent.statusChanged("C-1", at("2026-03-02T10:00:00Z"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.waitingOn("C-1", at("2026-03-02T10:00:00Z"), Optional.of("legal")),
                CaseEvent.waitingOn("C-1", at("2026-03-02T11:00:00Z"), Optional.empty()))));
        CaseHistory h = result.histories().get(0);
        assertThat(h.snapshotAt(at("2026-03-02T10:30:00Z")).waitingOn()).contains("legal");
        assertThat(h.snapshotAt(at("2026-03-02T11:00:00Z")).waitingOn()).isEmpty();
    }

    @Test
    void aCellThatIsNoTeamName_isARejectedRowNamingItsLineAndValue() {
        ImportResult result = runText(EventLogMapping.parse(MAPPING), "id,at,what,waits\n"
                + "C-2,2026-03-02T08:00:00Z,open,\n"
                + "C-2,2026-03-02T08:30:00Z,handover,2nd level\n");

        assertThat(result.report().rowsRejected()).isEqualTo(1);
        assertThat(result.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_TEAM);
            assertThat(r.toString()).contains("line 3").contains("bad team").contains("'2nd level' is not a team name");
        });
        assertThat(result.histories().get(0).events()).hasSize(1);
    }

    @Nested
    class TheMapping {

        @Test
        void roundTrips_withTheColumnAndEveryTarget() {
            EventLogMapping mapping = EventLogMapping.parse(MAPPING);
            assertThat(mapping.toString()).contains("column.waiting-on = waits\n")
                    .contains("= waiting-on:engineering\n").contains("= not-waiting\n")
                    .contains("= status:pending-internal + waiting-on\n");
            assertThat(EventLogMapping.parse(mapping.toString())).isEqualTo(mapping);
        }

        @Test
        void targetWithoutTheColumn_isAnErrorNamingTheLine() {
            assertThatThrownBy(() -> EventLogMapping.parse(MAPPING.replace("column.waiting-on = waits\n", "")))
                    .isInstanceOf(MappingFormatException.class)
                    .hasMessageContaining("line 9 'event.handover = waiting-on'")
                    .hasMessageContaining("Target waiting-on reads the team from column.waiting-on");
        }

        @Test
        void aTargetTeamThatIsNoTeamName_isAnError() {
            assertThatThrownBy(() -> EventLogMapping.parse(MAPPING + "event.esc = waiting-on:2nd level\n"))
                    .isInstanceOf(MappingFormatException.class)
                    .hasMessageContaining("line 13")
                    .hasMessageContaining("Team '2nd level' in event target 'waiting-on:2nd level' is not a team name");
        }

        @Test
        void waitingOnTwiceInOneRow_isAnError() {
            assertThatThrownBy(() -> EventLogMapping.parse(MAPPING + "event.esc = waiting-on:dev + not-waiting\n"))
                    .isInstanceOf(MappingFormatException.class)
                    .hasMessageContaining("Target 'not-waiting' is given twice");
        }
    }

    @Nested
    class SnapshotLogs {

        private static final String SNAPSHOTS = "log.kind = snapshots\ncolumn.case = id\ncolumn.time = at\n"
                + "column.status = state\ncolumn.waiting-on = waits\ntime.format = iso\ndefault.channel = chat\n"
                + "default.priority = urgent\n";

        @Test
        void aChangeOfTheCell_isAWaitingOnEvent() {
            ImportResult result = runText(EventLogMapping.parse(SNAPSHOTS), "id,at,state,waits\n"
                    + "S-1,2026-03-02T08:00:00Z,open,\n"
                    + "S-1,2026-03-02T08:10:00Z,pending-internal,engineering\n"
                    + "S-1,2026-03-02T08:20:00Z,pending-internal,engineering\n"
                    + "S-1,2026-03-02T08:30:00Z,pending-internal,billing\n"
                    + "S-1,2026-03-02T09:00:00Z,open,\n");

            assertThat(result.report().rowsRejected()).isZero();
            assertThat(result.histories()).containsExactly(CaseHistory.of(List.of(
                    CaseEvent.created("S-1", at("2026-03-02T08:00:00Z"), Channel.CHAT, Priority.URGENT),
                    CaseEvent.waitingOn("S-1", at("2026-03-02T08:10:00Z"), Optional.of("engineering")),
                    CaseEvent.statusChanged("S-1", at("2026-03-02T08:10:00Z"), CaseStatus.PENDING_INTERNAL),
                    CaseEvent.waitingOn("S-1", at("2026-03-02T08:30:00Z"), Optional.of("billing")),
                    CaseEvent.waitingOn("S-1", at("2026-03-02T09:00:00Z"), Optional.empty()),
                    CaseEvent.statusChanged("S-1", at("2026-03-02T09:00:00Z"), CaseStatus.OPEN))));
            assertThat(result.report().snapshotRowsWithoutChange()).isEqualTo(1);
        }

        @Test
        void waitingTargetsNextToTheColumn_contradictIt() {
            assertThatThrownBy(() -> EventLogMapping.parse(SNAPSHOTS + "column.event = note\nevent.Dev = waiting-on:engineering\n"))
                    .isInstanceOf(MappingFormatException.class)
                    .hasMessageContaining("Target waiting-on:engineering contradicts column.waiting-on");
        }
    }
}
