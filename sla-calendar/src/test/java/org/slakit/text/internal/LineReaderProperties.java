package org.slakit.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.slakit.text.internal.LineReader.Comments;

/**
 * {@link LineReader} against an obviously correct reference: {@code String.split("\\R", -1)}
 * after removing a leading byte-order mark, numbering from 1, dropping comments and blank lines.
 */
class LineReaderProperties {

    /** Characters that matter: every terminator, '#', white space, the byte-order mark, letters. */
    private static final String ALPHABET = "ab #\t\r\n\u000B\u000C\u0085\u2028\u2029\uFEFF \u2003";

    private static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 40)
                .map(indexes -> {
                    StringBuilder sb = new StringBuilder();
                    indexes.forEach(i -> sb.append(ALPHABET.charAt(i)));
                    return sb.toString();
                });
    }

    private static List<String> reference(String text, Comments comments) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = s.split("\\R", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String content;
            if (comments == Comments.FROM_HASH) {
                int hash = raw[i].indexOf('#');
                content = (hash >= 0 ? raw[i].substring(0, hash) : raw[i]).strip();
            } else if (comments == Comments.WHOLE_LINE) {
                content = raw[i].strip().startsWith("#") ? "" : raw[i].strip();
            } else {
                content = raw[i].strip();
            }
            if (!content.isEmpty()) {
                out.add((i + 1) + "|" + raw[i] + "|" + content);
            }
        }
        return out;
    }

    private static List<String> actual(String text, Comments comments) {
        List<String> out = new ArrayList<>();
        for (TextLine line : LineReader.read(text, comments)) {
            out.add(line.number() + "|" + line.text() + "|" + line.content());
        }
        return out;
    }

    @Test
    void readsWhatTheReferenceReads_inEveryCommentStyle() {
        qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
            for (Comments comments : Comments.values()) {
                assertThat(actual(text, comments)).as("%s in %s", text.chars().mapToObj(Integer::toHexString).toList(), comments)
                        .isEqualTo(reference(text, comments));
            }
            String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
            assertThat(LineReader.lineCount(s)).isEqualTo(s.split("\\R", -1).length);
        });
    }
}
