package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The fast path for UTC instants reads exactly what {@code ISO_OFFSET_DATE_TIME} reads, and nothing else;
 * instants and transitions are written exactly as {@code Instant.toString} and the JSON tree write them.
 */
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

    @Test
    void instantsAreWrittenAsToStringWrites() {
        // the fast path (1970 to 9999) and the rest (before 1970, after 9999) alike
        qt().forAll(longs().between(-100_000_000_000L, 400_000_000_000L), integers().between(0, 999_999_999),
                integers().between(0, 3)).checkAssert((seconds, nanos, round) -> {
                    int n = round == 0 ? 0 : round == 1 ? nanos / 1_000_000 * 1_000_000
                            : round == 2 ? nanos / 1_000 * 1_000 : nanos;
                    Instant t = Instant.ofEpochSecond(seconds, n);
                    assertThat(SlaJson.instantText(t)).isEqualTo(t.toString());
                });
        for (Instant t : new Instant[] {Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.ofEpochSecond(253_402_300_799L,
                999_999_999), Instant.ofEpochSecond(253_402_300_800L), Instant.ofEpochSecond(-1, 1)}) {
            assertThat(SlaJson.instantText(t)).isEqualTo(t.toString());
        }
    }

    @Test
    void transitionsAreWrittenAsTheJsonTreeWritesThem() {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String[] names = {"C-1", "a\"quoted\" name", "back\\slash", "tab\there", "\u00e9l\u00e8ve \u2603 \ud83d\ude00",
            "ctl\u0001", "", "</script>"};
        qt().forAll(integers().between(0, names.length - 1), integers().between(0, names.length),
                longs().between(-100_000_000_000L, 300_000_000_000L), integers().between(0, 999_999_999))
                .checkAssert((c, a, sec, nanos) -> {
                    Instant at = Instant.ofEpochSecond(sec, nanos);
                    int k = nanos % TransitionKind.values().length;
                    // a plain clock name (the fast path) or any name; a due instant, or none (a paused duration clock)
                    String clock = nanos % 3 == 0 ? names[(c + a) % names.length] : SlaTransition.UPDATES;
                    java.util.Optional<Instant> due = nanos % 5 == 0 ? java.util.Optional.empty()
                            : java.util.Optional.of(at.plusSeconds(60));
                    SlaTransition t = new SlaTransition(names[c], clock, TransitionKind.values()[k],
                            names[(c + 1) % names.length], due, at, at.minusSeconds(3_600),
                            a == names.length ? java.util.Optional.empty() : java.util.Optional.of(names[a]));
                    String tree = mapper.createObjectNode().put("case", t.caseId()).put("clock", t.clock())
                            .put("transition", t.kind().text()).put("rule", t.rule())
                            .put("due", t.due().map(Instant::toString).orElse(null))
                            .put("at", t.at().toString()).put("cycleStart", t.cycleStart().toString())
                            .put("assignee", t.assignee().orElse(null)).toString();
                    assertThat(SlaJson.writeTransition(t)).isEqualTo(tree);
                    assertThat(SlaJson.transitionBytes(t)).isEqualTo(tree.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(SlaJson.readTransition(SlaJson.writeTransition(t))).isEqualTo(t);
                });
    }
}
