package org.slakit.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberAndUnitTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("2 business hours", 2L, "business hours", "business hour"),
                Arguments.of("90 minutes", 90L, "minutes", "minute"),
                Arguments.of("1 week", 1L, "week", "week"),
                Arguments.of("  3\tBusiness   Days ", 3L, "business days", "business day"),
                Arguments.of("+5 hours", 5L, "hours", "hour"),
                Arguments.of("0 seconds", 0L, "seconds", "second"),
                Arguments.of("007 s", 7L, "s", "s"),
                Arguments.of("9223372036854775807 seconds", Long.MAX_VALUE, "seconds", "second"));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void reads_theNumberAndTheUnit(String text, long number, String unit, String singular) {
        NumberAndUnit n = NumberAndUnit.parse(text);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.unit()).isEqualTo(unit);
        assertThat(n.singularUnit()).isEqualTo(singular);
        assertThat(NumberAndUnit.parse(n.toString())).isEqualTo(n);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("", "no number: expected a number and a unit, such as '2 hours'"),
                Arguments.of("hours", "'hours' is not a number: expected a whole number and a unit, such as '2 hours'"),
                Arguments.of("2", "no unit after '2': expected a number and a unit, such as '2 hours'"),
                Arguments.of("2hours", "'2hours' is not a number: expected a whole number and a unit, such as '2 hours'"),
                Arguments.of("-2 hours", "'-2' is negative: expected a whole number, 0 or more"),
                Arguments.of("1.5 hours", "'1.5' is not a whole number: use a smaller unit, such as minutes instead of fractions of an hour"),
                Arguments.of("1,5 hours", "'1,5' is not a whole number: use a smaller unit, such as minutes instead of fractions of an hour"),
                Arguments.of("9223372036854775808 seconds", "'9223372036854775808' is too large: expected at most 9223372036854775807"),
                Arguments.of("99999999999999999999999 hours", "'99999999999999999999999' is too large: expected at most 9223372036854775807"),
                Arguments.of("\u0663 hours", "'\u0663' is not a number: expected a whole number and a unit, such as '2 hours'"),
                Arguments.of("+-2 hours", "'+-2' is not a number: expected a whole number and a unit, such as '2 hours'"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refuses_withTheOffendingPart(String text, String message) {
        assertThatThrownBy(() -> NumberAndUnit.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void times_multipliesUpToTheMaximum() {
        long max = 36_525L * 86_400;
        assertThat(NumberAndUnit.parse("876600 hours").times(3600, max, "876600 hours")).isEqualTo(max);
        assertThatThrownBy(() -> NumberAndUnit.parse("876601 hours").times(3600, max, "876600 hours"))
                .hasMessage("'876601 hours' is more than the maximum of 876600 hours");
        assertThatThrownBy(() -> NumberAndUnit.parse("9223372036854775807 weeks").times(604_800, Long.MAX_VALUE, "a long"))
                .hasMessage("'9223372036854775807 weeks' is more than the maximum of a long");
        assertThat(NumberAndUnit.parse("0 weeks").times(604_800, 0, "nothing")).isZero();
    }

    @Test
    void theRecord_refusesNegativeNumbersAndBlankUnits() {
        assertThatThrownBy(() -> new NumberAndUnit(-1, "hours")).hasMessage("number -1 is negative: expected 0 or more");
        assertThatThrownBy(() -> new NumberAndUnit(1, " ")).hasMessage("no unit after 1: expected a unit such as 'hours'");
    }

    /** Killed PIT mutants (README, "Mutation testing"). */
    @org.junit.jupiter.api.Nested
    class MutationSurvivors {

        @Test
        void aSignAlone_isNotANumber() {
            assertThatThrownBy(() -> NumberAndUnit.parse("- hours"))
                    .hasMessage("'-' is not a number: expected a whole number and a unit, such as '2 hours'");
            assertThatThrownBy(() -> NumberAndUnit.parse("+ hours"))
                    .hasMessage("'+' is not a number: expected a whole number and a unit, such as '2 hours'");
        }

        @Test
        void aUnitOfSizeZero_isRefused() {
            assertThatThrownBy(() -> NumberAndUnit.parse("2 hours").times(0, 10, "10 seconds"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("unit size 0 is not positive");
        }
    }
}
