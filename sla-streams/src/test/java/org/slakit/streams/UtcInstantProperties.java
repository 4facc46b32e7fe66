package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The fast path for UTC instants reads exactly what {@code ISO_OFFSET_DATE_TIME} reads, and nothing else. */
class UtcInstantProperties {

    private static Instant slow(String v) {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(v, Instant::from);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Test
    void everyInstantAsWritten_readsFast_andAsTheFormatterDoes() {
        // years 0000 to 9999, any nanosecond: Instant.toString's forms (no fraction, 3, 6 or 9 digits)
        qt().forAll(longs().between(-62_167_219_200L, 253_402_300_799L), integers().between(0, 999_999_999))
                .checkAssert((seconds, nanos) -> {
                    Instant t = Instant.ofEpochSecond(seconds, nanos);
                    String v = t.toString();
                    assertThat(SlaJson.utcInstant(v)).as(v).isEqualTo(t).isEqualTo(slow(v));
                });
    }

    @Test
    void anythingElse_isLeftToTheFormatter_orAgreesWithIt() {
        String[] samples = {"2026-03-02T09:00:00Z", "2026-02-29T09:00:00Z", "2028-02-29T09:00:00Z",
            "2026-02-30T09:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
            "2026-03-02T24:00:00Z", "2026-03-02T23:60:00Z", "2026-03-02T23:59:60Z", "2026-03-02T09:00:00.Z",
            "2026-03-02T09:00:00.1234567891Z", "2026-03-02T09:00:00.000000001Z", "2026-03-02T09:00Z",
            "2026-03-02T09:00:00+01:00", "2026-03-02t09:00:00Z", "2026-03-02T09:00:00z", "2026-3-02T09:00:00Z",
            "+2026-03-02T09:00:00Z", "2026-03-02T09:0a:00Z", "2026-03-02 09:00:00Z", "2026-03-02T09:00:00.5Z",
            "-001-03-02T09:00:00Z", "2026-03-02T09:00:00.12x4Z"};
        for (String v : samples) {
            Instant fast = SlaJson.utcInstant(v);
            if (fast != null) {
                assertThat(fast).as(v).isEqualTo(slow(v));
            }
        }
        qt().forAll(integers().between(0, 9999), integers().between(0, 14), integers().between(0, 33),
                integers().between(0, 26 * 62 - 1)).checkAssert((y, mo, d, hs) -> {
                    String v = String.format("%04d-%02d-%02dT%02d:30:%02dZ", y, mo, d, hs / 62, hs % 62);
                    Instant fast = SlaJson.utcInstant(v);
                    assertThat(fast).as(v).isEqualTo(slow(v));
                });
    }
}
