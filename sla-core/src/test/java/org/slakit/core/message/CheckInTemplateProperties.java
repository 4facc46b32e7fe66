package org.slakit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Templates built from random pieces, checked against the text they were built from: the oracle
 * knows what each piece must render to without parsing anything.
 */
class CheckInTemplateProperties {

    /** Pieces of text that stress the syntax, the escaping and Unicode. */
    private static final List<String> ATOMS = List.of(
            "a", "Z", " ", "{", "}", "{{", "}}", "$", "$1", "\\", "\n", "\r\n", "é", "😀", "<", ">", "&", "'", "\"",
            "&amp;", "{x}", "%s");
    private static final List<String> NAMES = List.of("a", "b", "resolution", "outcome", "B_2");

    /** A piece of a template: literal text (as the reader sees it) or a placeholder name. */
    private static final class Piece {
        final String literal;
        final String name;

        Piece(String literal, String name) {
            this.literal = literal;
            this.name = name;
        }

        /** The template source for this piece: braces doubled in literal text. */
        String source() {
            return name != null ? "{" + name + "}" : literal.replace("{", "{{").replace("}", "}}");
        }

        @Override
        public String toString() {
            return name != null ? "{" + name + "}" : "'" + literal + "'";
        }
    }

    private static Gen<String> texts(int maxAtoms) {
        return lists().of(Generate.pick(ATOMS)).ofSizeBetween(0, maxAtoms).map(l -> String.join("", l));
    }

    private static Gen<List<Piece>> templates() {
        Gen<Piece> literal = texts(4).map(t -> new Piece(t, null));
        Gen<Piece> placeholder = Generate.pick(NAMES).map(n -> new Piece(null, n));
        return lists().of(Generate.oneOf(literal, placeholder)).ofSizeBetween(0, 8).map(pieces -> {
            List<Piece> all = new ArrayList<>();
            all.add(new Piece("Hi ", null)); // never blank
            all.addAll(pieces);
            return all;
        });
    }

    /** A value for each name: never blank, otherwise any atoms. */
    private static Gen<Map<String, String>> values() {
        return lists().of(texts(5)).ofSize(NAMES.size()).map(texts -> {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < NAMES.size(); i++) {
                values.put(NAMES.get(i), "v" + texts.get(i));
            }
            return values;
        });
    }

    private static String source(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.source()));
        return sb.toString();
    }

    private static Set<String> names(List<Piece> pieces) {
        Set<String> names = new LinkedHashSet<>();
        pieces.stream().filter(p -> p.name != null).forEach(p -> names.add(p.name));
        return names;
    }

    private static Map<String, String> only(Set<String> names, Map<String, String> values) {
        Map<String, String> m = new HashMap<>();
        names.forEach(n -> m.put(n, values.get(n)));
        return m;
    }

    /** The reference escaper: one replacement at a time, ampersand first. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void parseFindsThePlaceholdersInOrder_andToStringRoundTrips() {
        qt().forAll(templates()).checkAssert(pieces -> {
            CheckInTemplate t = CheckInTemplate.parse(source(pieces));
            assertThat(t.placeholders()).containsExactlyElementsOf(names(pieces));
            assertThat(t.toString()).isEqualTo(source(pieces));
            assertThat(CheckInTemplate.parse(t.toString())).isEqualTo(t);
        });
    }

    @Test
    void renderInsertsValuesLiterally() {
        qt().forAll(templates(), values()).checkAssert((pieces, values) -> {
            StringBuilder expected = new StringBuilder();
            pieces.forEach(p -> expected.append(p.name != null ? values.get(p.name) : p.literal));
            CheckInTemplate t = CheckInTemplate.parse(source(pieces));
            assertThat(t.render(only(names(pieces), values))).isEqualTo(expected.toString());
        });
    }

    @Test
    void renderHtmlIsTheEscapedRendering() {
        qt().forAll(templates(), values()).checkAssert((pieces, values) -> {
            CheckInTemplate t = CheckInTemplate.parse(source(pieces));
            Map<String, String> v = only(names(pieces), values);
            String html = t.renderHtml(v);
            assertThat(html).isEqualTo(escape(t.render(v)));
            assertThat(html).doesNotContain("<", ">", "\"", "'");
        });
    }

    @Test
    void everyMissingPlaceholderIsNamed() {
        qt().forAll(templates(), values(), integers().between(0, (1 << NAMES.size()) - 1))
                .checkAssert((pieces, values, dropMask) -> {
                    Set<String> names = names(pieces);
                    Map<String, String> v = only(names, values);
                    List<String> dropped = new ArrayList<>();
                    for (String name : names) {
                        if ((dropMask & (1 << NAMES.indexOf(name))) != 0) {
                            v.remove(name);
                            dropped.add(name);
                        }
                    }
                    CheckInTemplate t = CheckInTemplate.parse(source(pieces));
                    if (dropped.isEmpty()) {
                        assertThat(t.render(v)).doesNotContain("{" + "resolution}").isNotNull();
                        return;
                    }
                    TemplateValuesException e = catchThrowableOfType(TemplateValuesException.class, () -> t.render(v));
                    assertThat(e).as("%s with %s", pieces, v).isNotNull();
                    assertThat(e.missing()).containsExactlyElementsOf(dropped);
                    for (String name : dropped) {
                        assertThat(e.getMessage()).contains("{" + name + "}");
                    }
                });
    }
}
