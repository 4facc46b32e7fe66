package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Examples of {@link OpenPeriod}. */
class OpenPeriodTest {

    /** Review regression: OpenPeriod.parse reads what toString() writes, and refuses what is not a period. */
    @Nested
    class ParseReadsToString {

        @Test
        void andRefusesWhatIsNotAPeriod() {
            OpenPeriod p = OpenPeriod.of(Instant.parse("2026-12-21T08:00:00Z"), Instant.parse("2026-12-21T16:00:00.5Z"));
            assertThat(OpenPeriod.parse(p.toString())).isEqualTo(p);
            assertThatThrownBy(() -> OpenPeriod.parse("2026-12-21T08:00:00Z"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2026-12-21T08:00:00Z' is not an open period");
            assertThatThrownBy(() -> OpenPeriod.parse("2026-12-21T16:00:00Z/2026-12-21T08:00:00Z"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
        }
    }

    private static OpenPeriod period(String start, String end) {
        return OpenPeriod.of(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void contains_theStartButNotTheEnd() {
        OpenPeriod p = period("2026-03-02T09:00:00Z", "2026-03-02T17:00:00Z");
        assertThat(p.contains(Instant.parse("2026-03-02T09:00:00Z"))).isTrue();
        assertThat(p.contains(Instant.parse("2026-03-02T16:59:59.999999999Z"))).isTrue();
        assertThat(p.contains(Instant.parse("2026-03-02T17:00:00Z"))).isFalse();
        assertThat(p.contains(Instant.parse("2026-03-02T08:59:59.999999999Z"))).isFalse();
    }

    @Test
    void order_byStartThenEnd() {
        OpenPeriod a = period("2026-03-02T09:00:00Z", "2026-03-02T12:00:00Z");
        OpenPeriod b = period("2026-03-02T09:00:00Z", "2026-03-02T17:00:00Z");
        OpenPeriod c = period("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(b.compareTo(c)).isNegative();
        assertThat(c.compareTo(a)).isPositive();
        assertThat(a.compareTo(period("2026-03-02T09:00:00Z", "2026-03-02T12:00:00Z"))).isZero();
    }

    @Test
    void equality_byStartAndEnd() {
        OpenPeriod a = period("2026-03-02T09:00:00Z", "2026-03-02T12:00:00Z");
        OpenPeriod same = period("2026-03-02T09:00:00Z", "2026-03-02T12:00:00Z");
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same)
                .isNotEqualTo(period("2026-03-02T09:00:00Z", "2026-03-02T12:00:01Z"))
                .isNotEqualTo(period("2026-03-02T08:00:00Z", "2026-03-02T12:00:00Z"))
                .isNotEqualTo("2026-03-02T09:00:00Z/2026-03-02T12:00:00Z");
        assertThat(a.hashCode()).isNotEqualTo(period("2026-03-02T09:00:00Z", "2026-03-02T12:00:01Z").hashCode())
                .isNotEqualTo(period("2026-03-02T09:00:01Z", "2026-03-02T12:00:00Z").hashCode())
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z").hashCode() * 31 + Instant.parse("2026-03-02T12:00:00Z").hashCode());
        assertThat(a.duration()).isEqualTo(java.time.Duration.ofHours(3));
    }

    @Test
    void parse_refusesTwoSlashes() {
        assertThatThrownBy(() -> OpenPeriod.parse("2026-03-02T09:00:00Z/2026-03-02T12:00:00Z/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an open period");
    }
}
