package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The largest mappings and event logs the import accepts and what happens past them (README, "Limits of the text formats"). */
class ImportLimitsTest {

    private static final String BASE = "column.case = case\ncolumn.time = time\ncolumn.event = event\n"
            + "time.format = iso\ndefault.channel = email\ndefault.priority = normal\n";

    @Test
    void aMappingOfOneHundredThousandEventEntries_isRead() {
        StringBuilder text = new StringBuilder(BASE).append("event.open = created\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("event.note ").append(i).append(" = ignore\n");
        }
        EventLogMapping m = EventLogMapping.parse(text.toString());
        assertThat(EventLogMapping.parse(m.toString())).isEqualTo(m);
    }

    @Test
    void aMappingLineOfAMegabyte_isRead_andAKeyTwiceIsAnError() {
        String column = "c".repeat(1_000_000);
        EventLogMapping m = EventLogMapping.parse(BASE.replace("column.case = case", "column.case = " + column) + "event.open = created\n");
        assertThat(m.toString()).contains(column);
        assertThatThrownBy(() -> EventLogMapping.parse(BASE + "column.case = again\n"))
                .isInstanceOf(MappingFormatException.class).hasMessageStartingWith("line 7 ");
    }

    @Test
    void anEventLogCellOfAMegabyte_isRead() {
        EventLogMapping m = Fixtures.mapping("clean.mapping");
        String owner = "o".repeat(1_000_000);
        ImportResult r = Fixtures.runText(m, "ticket,when,event,status,priority,channel,owner\n"
                + "T-1,2026-03-02T09:00:00+01:00,opened,,normal,chat,\n"
                + "T-1,2026-03-02T09:05:00+01:00,assigned,,,,\"" + owner + "\"\n");
        assertThat(r.report().rowsUsed()).isEqualTo(2);
        assertThat(r.report().rowsRejected()).isZero();
    }
}
