package org.slakit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInTemplateTest {

    private static final CheckInTemplate THREE = CheckInTemplate.parse("Hi {name}, your {thing} is {state}.");

    // ------------------------------------------------ the seed's templates, verbatim

    @Test
    void quickUpdate_isTheSeedsFirstTemplate() {
        assertThat(CheckInTemplate.QUICK_UPDATE.placeholders()).containsExactly("resolution");
        assertThat(CheckInTemplate.QUICK_UPDATE.render(Map.of("resolution", CheckInTemplate.DELIVERING_A_GREAT_DESIGN)))
                .isEqualTo("This is a quick update to let you know we are continuing to work on this request and"
                        + " will have another update for you as soon as we have progress or more information. We"
                        + " appreciate your patience and look forward to delivering a great design!");
        assertThat(CheckInTemplate.QUICK_UPDATE.render(Map.of("resolution", "resolving your request.")))
                .endsWith("We appreciate your patience and look forward to resolving your request.");
    }

    @Test
    void stillWorkingOn_isTheSeedsSecondTemplate() {
        assertThat(CheckInTemplate.STILL_WORKING_ON.placeholders()).containsExactly("outcome");
        assertThat(CheckInTemplate.STILL_WORKING_ON.render(Map.of("outcome", "a fix from our engineers")))
                .isEqualTo("I wanted to let you know we are still working on getting a fix from our engineers for"
                        + " you. We'll send an update as soon as we have more information. Thank you!");
    }

    @Test
    void examplePhrases_areTheSeeds() {
        assertThat(CheckInTemplate.EXAMPLE_RESOLUTIONS).containsExactly(
                "delivering a great design!", "squashing this bug for good!", "making your site run smoothly again!");
        assertThat(CheckInTemplate.SQUASHING_THIS_BUG).isEqualTo("squashing this bug for good!");
        assertThat(CheckInTemplate.MAKING_YOUR_SITE_RUN_SMOOTHLY).isEqualTo("making your site run smoothly again!");
        for (String phrase : CheckInTemplate.EXAMPLE_RESOLUTIONS) {
            assertThat(CheckInTemplate.QUICK_UPDATE.render(Map.of("resolution", phrase)))
                    .endsWith("look forward to " + phrase).doesNotContain("{").doesNotContain("[");
        }
    }

    // ------------------------------------------------ syntax

    @Test
    void parse_placeholdersInOrderOfFirstUse_repeatsFilledEverywhere() {
        CheckInTemplate t = CheckInTemplate.parse("{b} and {a}, then {b} again");
        assertThat(t.placeholders()).containsExactly("b", "a");
        assertThat(t.render(Map.of("a", "1", "b", "2"))).isEqualTo("2 and 1, then 2 again");
    }

    @Test
    void parse_doubledBracesAreLiteral() {
        CheckInTemplate t = CheckInTemplate.parse("{{name}} is written {{{name}}}; }} alone");
        assertThat(t.placeholders()).containsExactly("name");
        assertThat(t.render(Map.of("name", "Ada"))).isEqualTo("{name} is written {Ada}; } alone");
    }

    @Test
    void parse_noPlaceholders() {
        CheckInTemplate t = CheckInTemplate.parse("Thank you!\n");
        assertThat(t.placeholders()).isEmpty();
        assertThat(t.render(Map.of())).isEqualTo("Thank you!\n");
    }

    @Test
    void parse_namesAreCaseSensitive() {
        CheckInTemplate t = CheckInTemplate.parse("{Name} {name} {n_2}");
        assertThat(t.placeholders()).containsExactly("Name", "name", "n_2");
    }

    @Test
    void parse_errors() {
        assertThatThrownBy(() -> CheckInTemplate.parse("Hello {name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unclosed '{' at index 6 in check-in template, in 'Hello {name': expected {name},"
                        + " or '{{' for a literal '{'");
        assertThatThrownBy(() -> CheckInTemplate.parse("Hello name}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unmatched '}' at index 10 in check-in template, in 'Hello name}': write '}}' for a"
                        + " literal '}'");
        assertThatThrownBy(() -> CheckInTemplate.parse("Hello {}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid placeholder '{}' at index 6 in check-in template: expected a name of ASCII"
                        + " letters, digits and '_' starting with a letter, or '{{' for a literal '{'");
        assertThatThrownBy(() -> CheckInTemplate.parse("Hello { name }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid placeholder '{ name }' at index 6");
        assertThatThrownBy(() -> CheckInTemplate.parse("{1st}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid placeholder '{1st}' at index 0");
        assertThatThrownBy(() -> CheckInTemplate.parse("{a{b}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid placeholder '{a{b}' at index 0");
        assertThatThrownBy(() -> CheckInTemplate.parse("{{{"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unclosed '{' at index 2");
        assertThatThrownBy(() -> CheckInTemplate.parse(" \n\t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A check-in template must not be blank: ' \n\t'");
    }

    @Test
    void parse_errorExcerptIsShortForLongTemplates() {
        String longText = "x".repeat(100) + "}" + "y".repeat(100);
        assertThatThrownBy(() -> CheckInTemplate.parse(longText))
                .hasMessage("Unmatched '}' at index 100 in check-in template, in '..." + "x".repeat(20) + "}"
                        + "y".repeat(19) + "...': write '}}' for a literal '}'");
    }

    @Test
    void toString_isTheSource_andEqualsByIt() {
        String source = "{{x}} {y} }}";
        CheckInTemplate t = CheckInTemplate.parse(source);
        assertThat(t).hasToString(source);
        assertThat(CheckInTemplate.parse(t.toString())).isEqualTo(t).hasSameHashCodeAs(t);
        assertThat(t).isNotEqualTo(CheckInTemplate.parse("{{x}} {y}"));
        assertThat(t.hashCode()).isNotEqualTo(CheckInTemplate.parse("{{x}} {y}").hashCode());
        assertThat(CheckInTemplate.parse(new StringBuilder(source))).isEqualTo(t);
    }

    // ------------------------------------------------ missing and unexpected values

    @ParameterizedTest
    @ValueSource(strings = {"name", "thing", "state"})
    void render_eachMissingPlaceholderIsNamed(String left) {
        Map<String, String> values = new HashMap<>(Map.of("name", "Ada", "thing", "order", "state", "late"));
        values.remove(left);
        TemplateValuesException e = catchThrowableOfType(TemplateValuesException.class, () -> THREE.render(values));
        assertThat(e).hasMessage("Check-in template not rendered: missing values for {" + left + "}; the template's"
                + " placeholders are {name}, {thing}, {state}");
        assertThat(e.missing()).containsExactly(left);
        assertThat(e.unexpected()).isEmpty();
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void render_severalMissing_allNamedInTemplateOrder() {
        TemplateValuesException e = catchThrowableOfType(TemplateValuesException.class,
                () -> THREE.render(Map.of("thing", "order")));
        assertThat(e).hasMessage("Check-in template not rendered: missing values for {name}, {state}; the template's"
                + " placeholders are {name}, {thing}, {state}");
        assertThat(e.missing()).containsExactly("name", "state");
        TemplateValuesException all = catchThrowableOfType(TemplateValuesException.class, () -> THREE.render(Map.of()));
        assertThat(all.missing()).containsExactly("name", "thing", "state");
    }

    @Test
    void render_nullAndBlankValuesCountAsMissing() {
        Map<String, String> values = new HashMap<>();
        values.put("name", null);
        values.put("thing", " \n");
        values.put("state", "late");
        TemplateValuesException e = catchThrowableOfType(TemplateValuesException.class, () -> THREE.render(values));
        assertThat(e).hasMessage("Check-in template not rendered: missing values for {name} (null), {thing} (blank);"
                + " the template's placeholders are {name}, {thing}, {state}");
        assertThat(e.missing()).containsExactly("name", "thing");
        assertThatThrownBy(() -> CheckInTemplate.STILL_WORKING_ON.render(Map.of("outcome", "")))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessageContaining("missing values for {outcome} (blank)");
    }

    @Test
    void render_unexpectedValuesAreRejected_togetherWithMissingOnes() {
        TemplateValuesException e = catchThrowableOfType(TemplateValuesException.class,
                () -> CheckInTemplate.QUICK_UPDATE.render(Map.of("resolutoin", "squashing this bug", "extra", "x")));
        assertThat(e).hasMessage("Check-in template not rendered: missing values for {resolution}; unexpected values"
                + " for {extra}, {resolutoin}; the template's placeholders are {resolution}");
        assertThat(e.missing()).containsExactly("resolution");
        assertThat(e.unexpected()).containsExactly("extra", "resolutoin");
        assertThatThrownBy(() -> CheckInTemplate.parse("Thank you!").render(Map.of("name", "Ada")))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessage("Check-in template not rendered: unexpected values for {name}; the template has no"
                        + " placeholders");
    }

    @Test
    void render_nulls() {
        assertThatThrownBy(() -> THREE.render(null)).isInstanceOf(NullPointerException.class).hasMessage("values");
        assertThatThrownBy(() -> THREE.renderHtml(null)).isInstanceOf(NullPointerException.class);
        Map<String, String> nullKey = new HashMap<>(Map.of("name", "Ada", "thing", "order", "state", "late"));
        nullKey.put(null, "x");
        assertThatThrownBy(() -> THREE.render(nullKey)).isInstanceOf(NullPointerException.class)
                .hasMessage("values has a null key");
        assertThatThrownBy(() -> CheckInTemplate.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    // ------------------------------------------------ values are inserted literally

    @Test
    void render_oddCharactersInValuesAreCopiedAsTheyAre() {
        List<String> odd = List.of(
                "{resolution}", "{{x}}", "}", "{", "$1", "${name}", "\\", "\\n", "C:\\temp\\$0",
                "line one\nline two\r\n", "naïve café ✓", "😀 emoji, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "עברית", "e\u0301", "%s %d %%",
                "<b>bold</b> & 'quotes' \"double\"", "\u0000nul");
        for (String value : odd) {
            assertThat(CheckInTemplate.QUICK_UPDATE.render(Map.of("resolution", value)))
                    .isEqualTo("This is a quick update to let you know we are continuing to work on this request"
                            + " and will have another update for you as soon as we have progress or more"
                            + " information. We appreciate your patience and look forward to " + value);
            assertThat(THREE.render(Map.of("name", value, "thing", value, "state", "x")))
                    .isEqualTo("Hi " + value + ", your " + value + " is x.");
        }
    }

    // ------------------------------------------------ HTML

    @Test
    void renderHtml_escapesValues() {
        assertThat(THREE.renderHtml(Map.of("name", "<script>alert('x')</script>", "thing", "R&D \"order\"",
                "state", "a > b")))
                .isEqualTo("Hi &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;, your R&amp;D &quot;order&quot; is"
                        + " a &gt; b.");
    }

    @Test
    void renderHtml_escapesTheTemplatesOwnTextToo() {
        assertThat(CheckInTemplate.STILL_WORKING_ON.renderHtml(Map.of("outcome", "your <new> key")))
                .isEqualTo("I wanted to let you know we are still working on getting your &lt;new&gt; key for you."
                        + " We&#39;ll send an update as soon as we have more information. Thank you!");
        assertThat(CheckInTemplate.parse("<p>{{ {x} & more }}</p>\n").renderHtml(Map.of("x", "&amp;")))
                .isEqualTo("&lt;p&gt;{ &amp;amp; &amp; more }&lt;/p&gt;\n");
    }

    @Test
    void renderHtml_failsLikeRender() {
        assertThatThrownBy(() -> THREE.renderHtml(Map.of("name", "Ada")))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessageContaining("missing values for {thing}, {state}");
    }
}
