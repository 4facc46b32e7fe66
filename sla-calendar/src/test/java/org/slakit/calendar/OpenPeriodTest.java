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
}
