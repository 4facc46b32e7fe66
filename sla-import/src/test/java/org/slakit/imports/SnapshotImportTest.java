package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.imports.Fixtures.at;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/** Snapshot logs: each row is a case's state after a change; the events are what changed. */
class SnapshotImportTest {

    private static final String MAPPING = "log.kind = snapshots\ncolumn.case = id\ncolumn.time = at\n"
            + "column.status = state\ncolumn.substatus = sub\ncolumn.priority = impact\ncolumn.assignee = team\n"
            + "column.elevated = escalated\ncolumn.event = note\ntime.format = iso\ndefault.channel = email\n"
            + "status.New/ = open\nstatus.Active/ = open\nstatus.Active/Wait - User = pending-customer\n"
            + "status.Active/Wait - Vendor = pending-internal\nstatus.Done/Resolved = solved\nstatus.Done/Closed = closed\n"
            + "priority.Low = low\npriority.Medium = normal\npriority.High = urgent\n"
            + "event.Mail = update-sent\nevent.Comment = ignore\n";
    private static final String HEADER = "id,at,state,sub,impact,team,escalated,note\n";

    private static ImportResult read(String log) throws IOException {
        return EventLogImport.of(EventLogMapping.parse(MAPPING)).withErrorBudget(ErrorBudget.unlimited())
                .read(new StringReader(log), "snap.csv");
    }

    @Test
    void eventsAreWhatChangedBetweenRows_andOneRowMayYieldSeveral() throws IOException {
        ImportResult result = read(HEADER
                + "INC1,2026-03-02T09:00:00Z,New,,Medium,,,\n"
                + "INC1,2026-03-02T09:00:00Z,New,,Medium,,,Comment\n"           // repeats the state: no event
                + "INC1,2026-03-02T09:10:00Z,Active,,High,T1,,\n"                // priority and assignee at once
                + "INC1,2026-03-02T09:30:00Z,Active,Wait - User,High,T1,,Mail\n"  // status and an update in one row
                + "INC1,2026-03-03T10:00:00Z,Active,,High,T2,yes,\n"             // back to open, reassigned, escalated
                + "INC1,2026-03-04T10:00:00Z,Done,Resolved,High,T2,yes,\n"
                + "INC1,2026-03-05T10:00:00Z,Active,Wait - Vendor,High,T2,yes,\n" // reopened into a pending status
                + "INC1,2026-03-06T10:00:00Z,Done,Closed,High,T2,yes,\n");

        assertThat(result.histories()).containsExactly(CaseHistory.of(List.of(
                CaseEvent.created("INC1", at("2026-03-02T09:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.assigned("INC1", at("2026-03-02T09:10:00Z"), Optional.of("T1")),
                CaseEvent.priorityChanged("INC1", at("2026-03-02T09:10:00Z"), Priority.URGENT),
                CaseEvent.statusChanged("INC1", at("2026-03-02T09:30:00Z"), CaseStatus.PENDING_CUSTOMER),
                CaseEvent.updateSent("INC1", at("2026-03-02T09:30:00Z")),
                CaseEvent.assigned("INC1", at("2026-03-03T10:00:00Z"), Optional.of("T2")),
                CaseEvent.elevationChanged("INC1", at("2026-03-03T10:00:00Z"), true),
                CaseEvent.statusChanged("INC1", at("2026-03-03T10:00:00Z"), CaseStatus.OPEN),
                CaseEvent.solved("INC1", at("2026-03-04T10:00:00Z")),
                CaseEvent.reopened("INC1", at("2026-03-05T10:00:00Z")),
                CaseEvent.statusChanged("INC1", at("2026-03-05T10:00:00Z"), CaseStatus.PENDING_INTERNAL),
                CaseEvent.closed("INC1", at("2026-03-06T10:00:00Z")))));
        ImportReport report = result.report();
        assertThat(report.rowsRead()).isEqualTo(8);
        assertThat(report.rowsUsed()).isEqualTo(8);
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.snapshotRowsWithoutChange()).isEqualTo(1);
        assertThat(report.toString()).contains("snapshots: 7 rows changed the case, 1 row repeated its state (no event)");
    }

    @Test
    void repeatedNewRows_areNotDuplicateCreations() throws IOException {
        StringBuilder log = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            log.append("INC2,2026-03-02T09:0").append(i).append(":00Z,New,,Low,,,\n");
        }
        ImportResult result = read(log.toString());
        assertThat(result.report().rowsRejected()).isZero();
        assertThat(result.histories().get(0).events()).hasSize(1);
        assertThat(result.report().snapshotRowsWithoutChange()).isEqualTo(4);   // the first row creates the case
    }

    @Test
    void rowsOutOfTimeOrder_areSortedBeforeComparing() throws IOException {
        ImportResult result = read(HEADER
                + "INC3,2026-03-02T10:00:00Z,Done,Resolved,Low,T1,,\n"
                + "INC3,2026-03-02T09:00:00Z,New,,Low,T1,,\n");
        assertThat(result.histories().get(0).events()).containsExactly(
                CaseEvent.created("INC3", at("2026-03-02T09:00:00Z"), Channel.EMAIL, Priority.LOW),
                CaseEvent.assigned("INC3", at("2026-03-02T09:00:00Z"), Optional.of("T1")),
                CaseEvent.solved("INC3", at("2026-03-02T10:00:00Z")));
        assertThat(result.report().eventsOutOfOrder()).isEqualTo(1);
    }

    @Test
    void unmappedStatusPair_isRejectedWithItsLineAndBothColumns() throws IOException {
        ImportResult result = read(HEADER + "INC4,2026-03-02T09:00:00Z,New,,Low,,,\nINC4,2026-03-02T09:10:00Z,Active,Frozen,Low,,,\n");
        assertThat(result.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.message()).startsWith("state/sub 'Active/Frozen' is not mapped: expected one of New/, Active/");
        });
    }

    @Test
    void snapshotMappingChecks() {
        assertThatThrownBy(() -> EventLogMapping.parse("log.kind = snapshots\ncolumn.case = id\ncolumn.time = at\n"
                + "time.format = iso\ndefault.channel = email\ndefault.priority = normal\n"))
                .hasMessageContaining("Missing key column.status");
        assertThatThrownBy(() -> EventLogMapping.parse(MAPPING + "event.Open = created\n"))
                .hasMessageContaining("In a snapshot log a case is created at its first row");
        assertThatThrownBy(() -> EventLogMapping.parse("log.kind = rows\n")).hasMessageContaining("Invalid log.kind 'rows'");
        EventLogMapping m = EventLogMapping.parse(MAPPING);
        assertThat(EventLogMapping.parse(m.toString())).isEqualTo(m);
        assertThat(m.toString()).startsWith("log.kind = snapshots\n");
    }

    @Test
    void shippedBpi2013Mapping_readsTheVolvoShape() throws IOException {
        String log = "\uFEFFSR Number,Change Date+Time,Status,Sub Status,Activity,Activity Level,Involved ST Function Div,"
                + "Involved Org line 3,Involved ST,Involved ST 2,ST Level,SR Latest Impact,Product,Country,Owner Country,"
                + "Owner First Name,Resource\n"
                + "1-1,2010-03-31T15:59:42+01:00,Accepted,In Progress,Accepted-In Progress,x,A2_4,Org line A2,V30,V30,L1,Medium,"
                + "P,fr,France,F,fr-F\n"
                + "1-1,2010-03-31T16:45:48+01:00,Queued,Awaiting Assignment,x,x,A2_5,Org line A2,V5 3rd,V5,L3,High,P,fr,France,F,fr-F\n"
                + "1-1,2010-04-01T09:00:00+01:00,Accepted,Wait - User,x,x,A2_5,Org line A2,V5 3rd,V5,L3,High,P,fr,France,F,fr-F\n"
                + "1-1,2010-04-06T15:44:07+01:00,Completed,Resolved,x,x,A2_5,Org line A2,V5 3rd,V5,L3,High,P,fr,France,F,fr-F\n";
        ImportResult result = EventLogImport.of(EventLogMapping.shipped("bpi2013")).read(new StringReader(log), "VINST.csv");
        assertThat(result.histories().get(0).events()).containsExactly(
                CaseEvent.created("1-1", at("2010-03-31T14:59:42Z"), Channel.of("service-desk"), Priority.NORMAL),
                CaseEvent.assigned("1-1", at("2010-03-31T14:59:42Z"), Optional.of("V30")),
                CaseEvent.assigned("1-1", at("2010-03-31T15:45:48Z"), Optional.of("V5 3rd")),
                CaseEvent.priorityChanged("1-1", at("2010-03-31T15:45:48Z"), Priority.URGENT),
                CaseEvent.statusChanged("1-1", at("2010-04-01T08:00:00Z"), CaseStatus.PENDING_CUSTOMER),
                CaseEvent.solved("1-1", at("2010-04-06T14:44:07Z")));
    }
}
