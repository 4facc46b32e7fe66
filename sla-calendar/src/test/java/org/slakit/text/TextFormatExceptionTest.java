package org.slakit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFormatExceptionTest {

    @Test
    void message_isLineNumberStrippedLineAndProblem() {
        TextFormatException e = new TextFormatException(3, "  closed 2026-02-30  ", "'2026-02-30' is not a valid date");
        assertThat(e).hasMessage("line 3 'closed 2026-02-30': '2026-02-30' is not a valid date");
        assertThat(e.lineNumber()).isEqualTo(3);
        assertThat(e.line()).isEqualTo("  closed 2026-02-30  ");
        assertThat(e.problem()).isEqualTo("'2026-02-30' is not a valid date");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholeText_hasLineZeroAndTheProblemAsMessage() {
        TextFormatException e = new TextFormatException("calendar text is empty");
        assertThat(e).hasMessage("calendar text is empty");
        assertThat(e.lineNumber()).isZero();
        assertThat(e.line()).isEmpty();
        assertThat(e.problem()).isEqualTo("calendar text is empty");
    }

    @Test
    void longLine_isQuotedAsAnExcerptOfEightyCharacters() {
        String line = "  Mon " + "x".repeat(200) + "  ";
        TextFormatException e = new TextFormatException(7, line, "bad");
        String excerpt = "Mon " + "x".repeat(76) + "...";
        assertThat(e.line()).isEqualTo(excerpt);
        assertThat(e).hasMessage("line 7 '" + excerpt + "': bad");
        assertThat(e.getMessage()).hasSize("line 7 '': bad".length() + 83);
    }

    @Test
    void lineOfExactlyEightyCharacters_isQuotedWhole() {
        String line = "y".repeat(80);
        assertThat(TextFormatException.excerpt(line)).isEqualTo(line);
        assertThat(TextFormatException.excerpt(line + "z")).isEqualTo(line + "...");
        assertThat(TextFormatException.excerpt("   " + line + "   ")).isEqualTo(line);
    }

    @Test
    void excerpt_neverCutsASurrogatePair() {
        String line = "a".repeat(79) + "\uD83D\uDE00" + "b".repeat(10); // an emoji at characters 80 and 81
        assertThat(TextFormatException.excerpt(line)).isEqualTo("a".repeat(79) + "...");
    }

    @Test
    void lineNumberBelowOne_isRefused() {
        assertThatThrownBy(() -> new TextFormatException(0, "x", "bad"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line number 0 is not a line: expected 1 or more");
    }

    @Test
    void calendarFormatException_isATextFormatException() {
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(
                () -> org.slakit.calendar.BusinessCalendar.parse("zone UTC\nMon 9-17\n"));
        assertThat(e).isInstanceOf(org.slakit.calendar.CalendarFormatException.class).isInstanceOf(TextFormatException.class);
        TextFormatException t = (TextFormatException) e;
        assertThat(t.lineNumber()).isEqualTo(2);
        assertThat(t.line()).isEqualTo("Mon 9-17");
        assertThat(t.problem()).isEqualTo("'9' in '9-17' is not a time: expected HH:MM or HH:MM:SS");
    }

    /** Found by PolicyFuzzProperties: "Invalid target '4 business ((((..." quoted all 15,000 characters of its line. */
    @Test
    void problemQuotingALongLine_keepsItsFirstAndLastFiveHundredCharacters() {
        String problem = "Invalid target '4 business " + "(".repeat(15_000) + "': expected a number";
        TextFormatException e = new TextFormatException(2, "rule r when always then 4 business " + "(".repeat(15_000), problem);

        assertThat(e.problem()).hasSize(1003).startsWith("Invalid target '4 business (((").contains("(((...(((")
                .endsWith("((((': expected a number");
        assertThat(e.getMessage()).hasSize("line 2 '".length() + 83 + "': ".length() + 1003);
        assertThat(new TextFormatException(problem).getMessage()).isEqualTo(e.problem());
    }

    @Test
    void problemOfOneThousandCharacters_isKeptWhole() {
        String problem = "x".repeat(1000);

        assertThat(new TextFormatException(1, "a", problem).problem()).isEqualTo(problem);
    }

    /** Killed PIT mutants (README, "Mutation testing"). */
    @org.junit.jupiter.api.Nested
    class MutationSurvivors {

        @Test
        void aLineOfExactlyTheExcerptLength_isQuotedAsWritten() {
            String line = " " + "a".repeat(TextFormatException.MAX_EXCERPT - 1);
            assertThat(TextFormatException.excerpt(line)).isEqualTo(line);
        }

        @Test
        void aLongProblem_isNeverCutInsideASurrogatePair() {
            // a pair at 499-500 (the end of the first half) and one whose low half is the first of the last 500 characters
            String smile = "\uD83D\uDE00";
            String problem = "a".repeat(499) + smile + "b".repeat(100) + smile + "c".repeat(499);
            assertThat(new TextFormatException(2, "x", problem).problem()).isEqualTo("a".repeat(499) + "..." + "c".repeat(499));
        }
    }
}
