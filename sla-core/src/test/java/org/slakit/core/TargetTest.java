package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slakit.calendar.BusinessCalendar;

class TargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "2 business hours; BUSINESS_TIME; PT2H",
        "30 business minutes; BUSINESS_TIME; PT30M",
        "90 business minutes; BUSINESS_TIME; PT1H30M",
        "45 business seconds; BUSINESS_TIME; PT45S",
        "1 hour; ELAPSED; PT1H",
        "1 week; ELAPSED; PT168H",
        "3 weeks; ELAPSED; PT504H",
        "36 hours; ELAPSED; PT36H",
        "5 minutes; ELAPSED; PT5M",
    })
    void parse_durationTargets_roundTrip(String text, Target.Kind kind, Duration length) {
        Target t = Target.parse(text);

        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t).isEqualTo(kind == Target.Kind.ELAPSED ? new Target.Elapsed(length) : new Target.BusinessTime(length));
        assertThat(t.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"1 business day, 1", "3 business days, 3", "10 business days, 10"})
    void parse_businessDays_roundTrip(String text, int days) {
        Target t = Target.parse(text);

        assertThat(t).isEqualTo(Target.businessDays(days));
        assertThat(t).isInstanceOfSatisfying(Target.BusinessDays.class, b -> assertThat(b.days()).isEqualTo(days));
        assertThat(t.toString()).isEqualTo(text);
    }

    @Test
    void parse_asAgreed_roundTrip() {
        Target t = Target.parse("as agreed, else 1 hour");

        assertThat(t.kind()).isEqualTo(Target.Kind.AS_AGREED);
        assertThat(t).isInstanceOfSatisfying(Target.AsAgreed.class,
                a -> assertThat(a.fallback()).isEqualTo(Target.elapsed(Duration.ofHours(1))));
        assertThat(t.toString()).isEqualTo("as agreed, else 1 hour");
    }

    @Test
    void parse_isLenientAboutCaseBlanksAndPlurals_butWritesOneForm() {
        assertThat(Target.parse("  2   Business  HOUR ")).isEqualTo(Target.businessTime(Duration.ofHours(2)));
        assertThat(Target.parse("1 weeks")).isEqualTo(Target.elapsed(Duration.ofDays(7)));
        assertThat(Target.parse("As agreed else 2 business days")).isEqualTo(Target.asAgreed(Target.businessDays(2)));
        assertThat(Target.parse("120 minutes").toString()).isEqualTo("2 hours");
        assertThat(Target.parse("336 hours").toString()).isEqualTo("2 weeks");
    }

    @Test
    void parse_daysWithoutBusiness_isAmbiguous_andSaysWhatToWrite() {
        assertThatThrownBy(() -> Target.parse("2 days"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2 days'")
                .hasMessageContaining("'2 business days'")
                .hasMessageContaining("'48 hours'");
    }

    @Test
    void parse_isoDuration_isRejected_withTheSameHint() {
        assertThatThrownBy(() -> Target.parse("P2D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'P2D'")
                .hasMessageContaining("'2 business days'")
                .hasMessageContaining("'48 hours'");
        assertThatThrownBy(() -> Target.parse("PT2H"))
                .hasMessageContaining("'2 business hours'")
                .hasMessageContaining("'2 hours'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "0 hours; must be positive",
        "-1 hour; must be positive",
        "0 business days; must be positive",
        "1.5 hours; not a whole number",
        "2 months; no fixed length",
        "1 year; no fixed length",
        "1 business week; business week has no fixed length",
        "2 fortnights; unknown unit 'fortnight'",
        "hours; expected a whole number and a unit",
        "2 business; expected a whole number and a unit",
        "as agreed; expected 'as agreed, else <target>'",
        "as agreed, else as agreed, else 1 hour; cannot itself be 'as agreed'",
        "99999999999 weeks; longer than the maximum",
        "\"\"; expected a whole number",
    })
    void parse_rejectsBadText_namingIt(String text, String expected) {
        assertThatThrownBy(() -> Target.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void factories_rejectZeroNegativeFractionalAndTooLong() {
        assertThatThrownBy(() -> Target.businessTime(Duration.ZERO)).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Target.elapsed(Duration.ofHours(-1))).hasMessageContaining("PT-1H");
        assertThatThrownBy(() -> Target.elapsed(Duration.ofMillis(1500))).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> Target.elapsed(Target.MAX_LENGTH.plusSeconds(1))).hasMessageContaining("at most");
        assertThatThrownBy(() -> Target.businessDays(0)).hasMessageContaining("0 business days");
        assertThatThrownBy(() -> Target.businessDays(-3)).hasMessageContaining("-3 business days");
        assertThatThrownBy(() -> Target.businessDays(Target.MAX_DAYS + 1)).hasMessageContaining("at most");
        assertThatThrownBy(() -> Target.asAgreed(Target.asAgreed(Target.businessDays(1))))
                .hasMessageContaining("cannot itself be 'as agreed'");
    }

    @Test
    void nulls_areRejected() {
        assertThatThrownBy(() -> Target.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Target.businessTime(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Target.elapsed(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Target.asAgreed(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Target.businessDays(1).forCase(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void forCase_resolvesAsAgreed() {
        Target t = Target.asAgreed(Target.elapsed(Duration.ofHours(1)));
        Instant created = Instant.parse("2026-03-02T08:00:00Z");
        SupportCase agreed = SupportCase.builder("A", created).agreedInterval(Duration.ofHours(4)).build();
        SupportCase none = SupportCase.builder("B", created).build();

        assertThat(t.forCase(agreed)).isEqualTo(Target.elapsed(Duration.ofHours(4)));
        assertThat(t.forCase(none)).isEqualTo(Target.elapsed(Duration.ofHours(1)));
        assertThat(Target.businessDays(2).forCase(agreed)).isEqualTo(Target.businessDays(2));
    }

    @Test
    void businessTime_isExactTime_notDays() {
        // Duration.ofDays(1) as business time is 24 business hours: three 8-hour days
        BusinessCalendar cal = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
        Instant monday9 = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(Target.businessTime(Duration.ofDays(1)).due(monday9, cal)).isEqualTo(Instant.parse("2026-03-04T17:00:00Z"));
        assertThat(Target.businessDays(1).due(monday9, cal)).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(Target.businessTime(Duration.ofDays(1)).toString()).isEqualTo("24 business hours");
    }

    @Test
    void equality_isByKindAndAmount() {
        assertThat(Target.elapsed(Duration.ofHours(2))).isEqualTo(Target.parse("120 minutes"))
                .hasSameHashCodeAs(Target.parse("2 hours"));
        assertThat(Target.elapsed(Duration.ofHours(2))).isNotEqualTo(Target.businessTime(Duration.ofHours(2)));
        assertThat(Target.businessDays(1)).isNotEqualTo(Target.businessTime(Duration.ofHours(8)));
    }

    /** PIT found these branches of the target text uncovered or their mutants alive (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        @Test
        void theLongestTargets_areAccepted_andOneMoreIsNot() {
            assertThat(Target.parse(Target.MAX_DAYS + " business days")).isEqualTo(Target.businessDays(Target.MAX_DAYS));
            assertThatThrownBy(() -> Target.parse((Target.MAX_DAYS + 1) + " business days"))
                    .hasMessage("Invalid target '36526 business days': expected at most 36525 business days");
            assertThat(Target.elapsed(Target.MAX_LENGTH).toString()).isEqualTo("876600 hours");
            assertThat(Target.businessTime(Target.MAX_LENGTH).toString()).isEqualTo("876600 business hours");
            assertThatThrownBy(() -> Target.elapsed(Target.MAX_LENGTH.plusSeconds(1)))
                    .hasMessage("Target of PT876600H1S elapsed time: expected at most PT876600H");
        }

        @Test
        void aOneLetterUnit_isNotMadeSingular() {
            assertThatThrownBy(() -> Target.parse("2 s")).hasMessage("Invalid target '2 s': unknown unit 's';"
                    + " expected seconds, minutes, hours or weeks, or 'business' before the unit");
        }

        @Test
        void oneDay_isAmbiguous_andTheHintSaysOneBusinessDay() {
            assertThatThrownBy(() -> Target.parse("1 day")).hasMessage("Ambiguous target '1 day': days could mean"
                    + " business days or 24-hour periods; write '1 business day' for business days or '24 hours' for"
                    + " elapsed time");
        }

        @Test
        void daysTooManyToCountInHours_getAGeneralHint() {
            assertThatThrownBy(() -> Target.parse("999999999999999999 days")).hasMessageEndingWith(
                    "write '999999999999999999 business days' for business days or 'N hours' for elapsed time");
        }

        @Test
        void isoDurations_ofMinutesOrSeconds_getAHintInThatUnit() {
            assertThatThrownBy(() -> Target.parse("PT90M")).hasMessageEndingWith(
                    "; write '90 business minutes' for business time or '90 minutes' for elapsed time");
            assertThatThrownBy(() -> Target.parse("PT45S")).hasMessageEndingWith(
                    "; write '45 business seconds' for business time or '45 seconds' for elapsed time");
            assertThatThrownBy(() -> Target.parse("PT1.5S")).hasMessageEndingWith(
                    "; write for example '2 business days' or '48 hours'");
            assertThatThrownBy(() -> Target.parse("P1DT2H")).hasMessageEndingWith(
                    "; write '26 business hours' for business time or '26 hours' for elapsed time");
        }

        @Test
        void zeroBusinessDays_andAnUnresolvedAsAgreedTarget_areRefused() {
            assertThatThrownBy(() -> Target.businessDays(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Target of 0 business days: expected a positive number");
            assertThat(Target.businessDays(1).toString()).isEqualTo("1 business day");
            Target agreed = Target.asAgreed(Target.elapsed(Duration.ofHours(1)));
            BusinessCalendar cal = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
            assertThatThrownBy(() -> agreed.after(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofHours(1), cal))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("An 'as agreed' target must be resolved for a case first: as agreed, else 1 hour");
        }
    }
}
