package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading timestamp cells: iso, iso-local, patterns, zones and ignored offsets. */
class TimestampFormatTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest
    @CsvSource({
            "2026-03-02T09:15:00+01:00, 2026-03-02T08:15:00Z",
            "2026-03-02T09:15:00+0100, 2026-03-02T08:15:00Z",
            "2026-03-02T09:15:00Z, 2026-03-02T09:15:00Z",
            "2026-03-02T09:15+01:00, 2026-03-02T08:15:00Z",
            "2026-03-02T09:15:00.250-05:00, 2026-03-02T14:15:00.250Z",
    })
    void iso_readsOffsetsWithAndWithoutColon(String text, String expected) {
        assertThat(TimestampFormat.of("iso", null, false).parse(text).at).isEqualTo(Instant.parse(expected));
    }

    @Test
    void iso_rejectsABadDateOrLayout() {
        TimestampFormat iso = TimestampFormat.of("iso", null, false);

        assertThatThrownBy(() -> iso.parse("2026-02-30T09:15:00Z")).isInstanceOf(DateTimeException.class)
                .hasMessage("'2026-02-30T09:15:00Z' is not a timestamp of the form iso (could not be parsed:"
                        + " Invalid date 'FEBRUARY 30')");
        assertThatThrownBy(() -> iso.parse("2026-03-02 09:15:00Z")).isInstanceOf(DateTimeException.class)
                .hasMessage("'2026-03-02 09:15:00Z' is not a timestamp of the form iso (could not be parsed at index 10)");
    }

    @Test
    void iso_withoutOffset_saysSo() {
        assertThatThrownBy(() -> TimestampFormat.of("iso", null, false).parse("2026-03-02T09:15:00"))
                .hasMessage("'2026-03-02T09:15:00' is not a timestamp of the form iso (it has no offset)");
    }

    @Test
    void ignoredOffset_readsTheWallClockTimeInTheZone() {
        TimestampFormat f = TimestampFormat.of("iso", AMSTERDAM, true);

        assertThat(f.parse("2013-02-13T12:03:35+0000").at).isEqualTo(Instant.parse("2013-02-13T11:03:35Z"));
        assertThat(f.parse("2013-07-13T12:03:35Z").at).isEqualTo(Instant.parse("2013-07-13T10:03:35Z"));
    }

    @Test
    void localTimes_inTheGapMoveLater_inTheOverlapTakeTheEarlierOffset() {
        TimestampFormat f = TimestampFormat.of("iso-local", AMSTERDAM, false);

        TimestampFormat.Stamp gap = f.parse("2026-03-29T02:30:00");
        TimestampFormat.Stamp overlap = f.parse("2026-10-25T02:30:00");
        TimestampFormat.Stamp plain = f.parse("2026-10-25T03:30:00");

        assertThat(gap.at).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(gap.dst).isEqualTo(TimestampFormat.Dst.GAP);
        assertThat(overlap.at).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(overlap.dst).isEqualTo(TimestampFormat.Dst.OVERLAP);
        assertThat(plain.at).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
        assertThat(plain.dst).isEqualTo(TimestampFormat.Dst.NONE);
    }

    @ParameterizedTest
    @CsvSource({
            "'yyyy-MM-dd HH:mm', 2026-03-02 09:15",
            "'uuuu-MM-dd HH:mm', 2026-03-02 09:15",
            "'dd.MM.yyyy H:mm:ss', 02.03.2026 9:15:00",
            "'M/d/yyyy h:mm a', 3/2/2026 9:15 AM",
    })
    void patterns_readYearOfEraAndProlepticYearAlike(String pattern, String text) {
        assertThat(TimestampFormat.of(pattern, AMSTERDAM, false).parse(text).at).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
    }

    @Test
    void patterns_areStrict() {
        TimestampFormat f = TimestampFormat.of("yyyy-MM-dd HH:mm", AMSTERDAM, false);

        assertThatThrownBy(() -> f.parse("2026-04-31 09:15"))
                .hasMessage("'2026-04-31 09:15' is not a timestamp of the form yyyy-MM-dd HH:mm"
                        + " (could not be parsed: Invalid date 'APRIL 31')");
        assertThatThrownBy(() -> f.parse("2026-03-02 24:15")).hasMessageContaining("(could not be parsed: ");
    }

    @Test
    void patternWithAnOptionalOffset_usesTheOffsetWhenGiven() {
        TimestampFormat f = TimestampFormat.of("yyyy-MM-dd HH:mm[XXX]", AMSTERDAM, false);

        assertThat(f.parse("2026-03-02 09:15").at).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(f.parse("2026-03-02 09:15Z").at).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
    }

    @Test
    void patternWithAZoneId_readsTheZone() {
        TimestampFormat f = TimestampFormat.of("yyyy-MM-dd HH:mm VV", null, false);

        assertThat(f.parse("2026-03-02 09:15 America/New_York").at).isEqualTo(Instant.parse("2026-03-02T14:15:00Z"));
    }
}
