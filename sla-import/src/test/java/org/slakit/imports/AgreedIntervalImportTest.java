package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.imports.Fixtures.at;
import static org.slakit.imports.Fixtures.runText;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/** The agreed-interval target: "then as agreed" intervals read from a column. */
class AgreedIntervalImportTest {

    private static final String MAPPING = "column.case = id\ncolumn.time = at\ncolumn.event = what\n"
            + "column.interval = every\ntime.format = iso\ndefault.channel = email\ndefault.priority = emergency\n"
            + "event.open = created\nevent.agreed = agreed-interval\n";

    @Test
    void intervalsInWordsAndIso_becomeAgreedIntervalEvents() {
        ImportResult result = runText(EventLogMapping.parse(MAPPING), "id,at,what,every\n"
                + "E-1,2026-03-02T08:00:00Z,open,\n"
                + "E-1,2026-03-02T08:30:00Z,agreed,4 hours\n"
                + "E-1,2026-03-02T12:30:00Z,agreed,PT90M\n");
        assertThat(result.histories()).containsExactly(CaseHistory.of(List.of(
                CaseEvent.created("E-1", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.EMERGENCY),
                CaseEvent.agreedIntervalSet("E-1", at("2026-03-02T08:30:00Z"), Duration.ofHours(4)),
                CaseEvent.agreedIntervalSet("E-1", at("2026-03-02T12:30:00Z"), Duration.ofMinutes(90)))));
        assertThat(result.report().rowsRejected()).isZero();
    }

    @Test
    void unreadableOrBusinessOrEmptyIntervals_areRejectedWithTheirLine() {
        ImportResult result = runText(EventLogMapping.parse(MAPPING), "id,at,what,every\n"
                + "E-1,2026-03-02T08:00:00Z,open,\n"
                + "E-1,2026-03-02T08:30:00Z,agreed,soon\n"
                + "E-1,2026-03-02T08:31:00Z,agreed,2 business hours\n"
                + "E-1,2026-03-02T08:32:00Z,agreed,PT0S\n"
                + "E-1,2026-03-02T08:33:00Z,agreed,\n");
        assertThat(result.report().rowsRejected()).isEqualTo(4);
        assertThat(result.report().rejections()).extracting(Rejection::toString).anySatisfy(r ->
                assertThat(r).contains("line 3").contains("bad interval").contains("'soon' is not an agreed interval"));
        assertThat(result.report().rejections()).extracting(Rejection::toString).anySatisfy(r ->
                assertThat(r).contains("line 4").contains("'2 business hours' is not an agreed interval"));
        assertThat(result.report().rejections()).extracting(Rejection::toString).anySatisfy(r ->
                assertThat(r).contains("line 5").contains("'PT0S'"));
        assertThat(result.report().rejections()).extracting(Rejection::toString).anySatisfy(r ->
                assertThat(r).contains("line 6").contains("missing value"));
    }

    @Test
    void targetWithoutTheColumn_isAMappingError() {
        assertThatThrownBy(() -> EventLogMapping.parse(MAPPING.replace("column.interval = every\n", "")))
                .isInstanceOf(MappingFormatException.class)
                .hasMessageContaining("Target agreed-interval reads the interval from column.interval");
    }

    @Test
    void mappingWithTheColumn_roundTrips() {
        EventLogMapping mapping = EventLogMapping.parse(MAPPING);
        assertThat(EventLogMapping.parse(mapping.toString())).isEqualTo(mapping);
        assertThat(mapping.toString()).contains("column.interval = every");
    }
}
