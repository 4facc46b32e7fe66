package org.slakit.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.text.TextFormatException;
import org.slakit.text.internal.LineReader.Comments;

class LineReaderTest {

    private static String numbered(List<TextLine> lines) {
        return lines.stream().map(l -> l.number() + ":" + l.content()).collect(Collectors.joining("|"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029"})
    void everyLineTerminatorOfBackslashR_endsALine(String terminator) {
        List<TextLine> lines = LineReader.read("a" + terminator + "b" + terminator + terminator + "c");
        assertThat(numbered(lines)).isEqualTo("1:a|2:b|4:c");
    }

    @Test
    void crLf_isOneTerminator_butLfCr_isTwo() {
        assertThat(numbered(LineReader.read("a\r\nb"))).isEqualTo("1:a|2:b");
        assertThat(numbered(LineReader.read("a\n\rb"))).isEqualTo("1:a|3:b");
    }

    @Test
    void blankAndCommentLines_areSkippedButCounted() {
        String text = "# header\n\n   \nzone UTC   # the team\n\t\nMon 09:00-17:00\n";
        List<TextLine> lines = LineReader.read(text);
        assertThat(numbered(lines)).isEqualTo("4:zone UTC|6:Mon 09:00-17:00");
        assertThat(lines.get(0).text()).isEqualTo("zone UTC   # the team");
        assertThat(lines.get(0).words()).containsExactly("zone", "UTC");
    }

    @Test
    void byteOrderMark_atTheStart_isNotPartOfLineOne() {
        List<TextLine> lines = LineReader.read("\uFEFFzone UTC\nMon 09:00-17:00");
        assertThat(lines.get(0).text()).isEqualTo("zone UTC");
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(numbered(LineReader.read("\uFEFF\nx"))).isEqualTo("2:x");
    }

    @Test
    void byteOrderMark_elsewhere_isAnOrdinaryCharacter() {
        List<TextLine> lines = LineReader.read("a\n\uFEFFb");
        assertThat(lines.get(1).text()).isEqualTo("\uFEFFb");
        assertThat(lines.get(1).content()).isEqualTo("\uFEFFb");
    }

    @Test
    void emptyText_hasNoLines() {
        assertThat(LineReader.read("")).isEmpty();
        assertThat(LineReader.read("\uFEFF")).isEmpty();
        assertThat(LineReader.read("\n\n# only a comment\n")).isEmpty();
    }

    @Test
    void wholeLineComments_keepAHashInsideAValue() {
        String text = "  # comment\nformat = #yyyy\n";
        assertThat(numbered(LineReader.read(text, Comments.WHOLE_LINE))).isEqualTo("2:format = #yyyy");
        assertThat(numbered(LineReader.read(text, Comments.FROM_HASH))).isEqualTo("2:format =");
        assertThat(numbered(LineReader.read(text, Comments.NONE))).isEqualTo("1:# comment|2:format = #yyyy");
    }

    @Test
    void lineCount_countsEveryTerminator() {
        assertThat(LineReader.lineCount("")).isEqualTo(1);
        assertThat(LineReader.lineCount("a\r\nb\rc\n")).isEqualTo(4);
        assertThat(LineReader.lineCount("a\u2028b")).isEqualTo(2);
    }

    @Test
    void error_namesTheLineInTheFormatsException() {
        TextLine line = LineReader.read("\n  Mon 9-17").get(0);
        TextFormatException e = line.error(TextFormatException::new, "'9' is not a time");
        assertThat(e).hasMessage("line 2 'Mon 9-17': '9' is not a time");
        assertThat(e.line()).isEqualTo("  Mon 9-17");
    }

    @Test
    void aTextLine_hasContentAndANumberFromOne() {
        assertThatThrownBy(() -> new TextLine(0, "a", "a")).hasMessage("Line number 0 is not a line: expected 1 or more");
        assertThatThrownBy(() -> new TextLine(1, " ", "")).hasMessage("Line 1 has no content: a blank line is not a TextLine");
    }

    @Test
    void hundredThousandLines_areAllRead() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("closed ").append(i).append(i % 2 == 0 ? "\n" : "\r\n");
        }
        List<TextLine> lines = LineReader.read(sb);
        assertThat(lines).hasSize(100_000);
        assertThat(lines.get(99_999).number()).isEqualTo(100_000);
        assertThat(lines.get(99_999).content()).isEqualTo("closed 99999");
    }
}
