package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.imports.Fixtures.at;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

/** In an event log, one row can be several events: targets joined by +. */
class SeveralEventsPerRowTest {

    private static final String MAPPING = "column.case = id\ncolumn.time = at\ncolumn.event = what\ncolumn.assignee = who\n"
            + "time.format = iso\ndefault.channel = email\ndefault.priority = normal\n"
            + "event.Open = created + assigned\n"
            + "event.Asked customer = update-sent + status:pending-customer\n"
            + "event.Customer replied = customer-message + status:open\n";

    @Test
    void aRowMayYieldSeveralEvents_inTheOrderWritten() throws IOException {
        ImportResult result = EventLogImport.of(EventLogMapping.parse(MAPPING)).read(new StringReader("id,at,what,who\n"
                + "C1,2026-03-02T09:00:00Z,Open,ana\n"
                + "C1,2026-03-02T10:00:00Z,Asked customer,\n"
                + "C1,2026-03-03T10:00:00Z,Customer replied,\n"), "log.csv");

        assertThat(result.histories().get(0).events()).containsExactly(
                CaseEvent.created("C1", at("2026-03-02T09:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.assigned("C1", at("2026-03-02T09:00:00Z"), Optional.of("ana")),
                CaseEvent.updateSent("C1", at("2026-03-02T10:00:00Z")),
                CaseEvent.statusChanged("C1", at("2026-03-02T10:00:00Z"), CaseStatus.PENDING_CUSTOMER),
                CaseEvent.customerMessage("C1", at("2026-03-03T10:00:00Z")),
                CaseEvent.statusChanged("C1", at("2026-03-03T10:00:00Z"), CaseStatus.OPEN));
        assertThat(result.report().rowsUsed()).isEqualTo(3);
    }

    @Test
    void joinedTargets_roundTripAndAreChecked() {
        EventLogMapping m = EventLogMapping.parse(MAPPING);
        assertThat(m.toString()).contains("event.Asked customer = update-sent + status:pending-customer\n");
        assertThat(EventLogMapping.parse(m.toString())).isEqualTo(m);
        assertThatThrownBy(() -> EventLogMapping.parse(MAPPING + "event.Note = update-sent + ignore\n"))
                .hasMessageContaining("ignore stands alone");
        assertThatThrownBy(() -> EventLogMapping.parse(MAPPING + "event.Twice = status:open + status\n"))
                .hasMessageContaining("is given twice");
        assertThatThrownBy(() -> EventLogMapping.parse(MAPPING + "event.Late = update-sent + created\n"))
                .hasMessageContaining("created can only come first");
    }
}
