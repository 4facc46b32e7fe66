package org.slakit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The package-private helpers behind the page: escaping, formats, buckets, axis steps. */
class ChartsAndFormatsTest {

    @Test
    void escape_replacesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Html.escape("plain · ümlaut ✓")).isEqualTo("plain · ümlaut ✓");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void words_roundsToTheMinuteAndNeverFoldsHoursIntoDays() {
        Map<Duration, String> cases = new LinkedHashMap<>();
        cases.put(Duration.ZERO, "0s");
        cases.put(Duration.ofSeconds(45), "45s");
        cases.put(Duration.ofMillis(59_499), "59s");
        cases.put(Duration.ofMillis(59_500), "1m");
        cases.put(Duration.ofMinutes(47), "47m");
        cases.put(Duration.ofSeconds(47 * 60 + 29), "47m");
        cases.put(Duration.ofSeconds(47 * 60 + 30), "48m");
        cases.put(Duration.ofSeconds(59 * 60 + 45), "1h");
        cases.put(Duration.ofMinutes(192), "3h 12m");
        cases.put(Duration.ofHours(26), "26h");
        cases.put(Duration.ofDays(3).plusMinutes(1), "72h 1m");
        cases.forEach((d, text) -> assertThat(Html.words(d)).as(d.toString()).isEqualTo(text));
        assertThatThrownBy(() -> Html.words(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-1S");
    }

    @Test
    void percent_roundsHalfUpToOneDecimal() {
        assertThat(Figures.percent(29, 36)).isEqualTo("80.6%");   // 80.555...: the demo's figure, not 80.5%
        assertThat(Figures.percent(1, 8)).isEqualTo("12.5%");
        assertThat(Figures.percent(1, 16)).isEqualTo("6.3%");     // 6.25: half up
        assertThat(Figures.percent(1999, 2000)).isEqualTo("100.0%"); // 99.95: half up
        assertThat(Figures.percent(2, 3)).isEqualTo("66.7%");
        assertThat(Figures.percent(0, 7)).isEqualTo("0.0%");
        assertThat(Figures.percent(0, 0)).isEqualTo("-");
        assertThatThrownBy(() -> Figures.percent(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesCarryTheYearOutsideTheCurrentOne() {
        java.time.LocalDate today = java.time.LocalDate.of(2027, 1, 5);
        assertThat(Figures.date(java.time.LocalDate.of(2027, 1, 4), today)).isEqualTo("Mon 4 Jan");
        assertThat(Figures.date(java.time.LocalDate.of(2026, 12, 28), today)).isEqualTo("Mon 28 Dec 2026");
        java.time.Instant now = java.time.Instant.parse("2027-01-05T10:00:00Z");
        assertThat(Figures.dateTime(java.time.Instant.parse("2026-12-28T08:00:00Z"), now, java.time.ZoneId.of("Europe/Berlin")))
                .isEqualTo("Mon 28 Dec 2026 09:00");
        assertThat(Figures.count(1, "case")).isEqualTo("1 case");
        assertThat(Figures.count(1204000, "case")).isEqualTo("1,204,000 cases");
    }

    @Test
    void num_writesAtMostOneDecimalWithADot() {
        assertThat(Html.num(12.0)).isEqualTo("12");
        assertThat(Html.num(12.25)).isEqualTo("12.3");
        assertThat(Html.num(12.04)).isEqualTo("12");
        assertThat(Html.num(-3.5)).isEqualTo("-3.5");
        assertThat(Html.num(0.96)).isEqualTo("1");
    }

    @Test
    void buckets_areHalfOpen() {
        Map<Duration, Integer> cases = new LinkedHashMap<>();
        cases.put(Duration.ZERO, 0);
        cases.put(Duration.ofMinutes(15).minusNanos(1), 0);
        cases.put(Duration.ofMinutes(15), 1);
        cases.put(Duration.ofMinutes(30), 2);
        cases.put(Duration.ofMinutes(59), 2);
        cases.put(Duration.ofHours(1), 3);
        cases.put(Duration.ofHours(2), 4);
        cases.put(Duration.ofHours(4), 5);
        cases.put(Duration.ofHours(8), 6);
        cases.put(Duration.ofHours(24).minusSeconds(1), 6);
        cases.put(Duration.ofHours(24), 7);
        cases.put(Duration.ofDays(400), 7);
        cases.forEach((d, bucket) -> assertThat(ReplyBuckets.indexOf(d)).as(d.toString()).isEqualTo(bucket));
        assertThat(ReplyBuckets.counts(List.of(Duration.ZERO, Duration.ofMinutes(14), Duration.ofHours(30))))
                .containsExactly(2, 0, 0, 0, 0, 0, 0, 1);
        assertThat(ReplyBuckets.LABELS).hasSize(ReplyBuckets.BOUNDS.size() + 1)
                .hasSameSizeAs(ReplyBuckets.LONG_LABELS);
    }

    @Test
    void position_isLinearInsideEachBucket() {
        assertThat(ReplyBuckets.position(Duration.ZERO)).isEqualTo(0.0);
        assertThat(ReplyBuckets.position(Duration.ofSeconds(450))).isEqualTo(0.5);
        assertThat(ReplyBuckets.position(Duration.ofMinutes(15))).isEqualTo(1.0);
        assertThat(ReplyBuckets.position(Duration.ofMinutes(90))).isEqualTo(3.5);
        assertThat(ReplyBuckets.position(Duration.ofHours(16))).isEqualTo(6.5);
        assertThat(ReplyBuckets.position(Duration.ofHours(36))).isEqualTo(7.5);
        assertThat(ReplyBuckets.position(Duration.ofHours(48))).isEqualTo(8.0);
        assertThat(ReplyBuckets.position(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(8.0);
    }

    @Test
    void niceStep_isOneTwoOrFiveTimesAPowerOfTen() {
        int[][] cases = {{0, 1}, {1, 1}, {5, 1}, {6, 2}, {10, 2}, {11, 5}, {25, 5}, {26, 10}, {94, 20}, {107, 50},
                {1000, 200}, {Integer.MAX_VALUE, 500_000_000}};
        for (int[] c : cases) {
            assertThat(Charts.niceStep(c[0], 5)).as("max " + c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void shorten_cutsByCodePointsWithAnEllipsis() {
        assertThat(Charts.shorten("abcdef", 6)).isEqualTo("abcdef");
        assertThat(Charts.shorten("abcdefg", 6)).isEqualTo("abcde…");
        assertThat(Charts.shorten("😀😀😀😀", 3)).isEqualTo("😀😀…");
    }

    @Test
    void byCountDescending_isStableForEqualCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 1);
        counts.put("a", 3);
        counts.put("c", 1);
        assertThat(Charts.byCountDescending(counts)).extracting(Map.Entry::getKey).containsExactly("a", "b", "c");
    }

    @Test
    void targetClass_saysWhetherABucketIsWithinBeyondOrAcrossTheTarget() {
        Duration twoHours = Duration.ofHours(2);
        assertThat(Charts.targetClass(3, twoHours)).isZero(); // [1h, 2h)
        assertThat(Charts.targetClass(4, twoHours)).isEqualTo(2); // [2h, 4h)
        assertThat(Charts.targetClass(3, Duration.ofMinutes(90))).isEqualTo(1);
        assertThat(Charts.targetClass(7, Duration.ofHours(30))).isEqualTo(1); // [24h, ∞)
    }
}
