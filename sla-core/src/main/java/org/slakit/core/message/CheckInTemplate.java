package org.slakit.core.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A short check-in message with named placeholders, such as the standard
 * {@code "... look forward to {resolution}"}: the vague update that keeps a case inside its SLA.
 *
 * <h2>Syntax</h2>
 * <ul>
 *   <li>{@code {name}} is a placeholder. A name is an ASCII letter followed by ASCII letters,
 *       digits or {@code _}; names are case-sensitive. No blanks inside the braces.</li>
 *   <li><code>&#123;&#123;</code> is a literal <code>&#123;</code> and <code>&#125;&#125;</code> is
 *       a literal <code>&#125;</code>. A single <code>&#125;</code> outside a placeholder, a
 *       <code>&#123;</code> without its <code>&#125;</code>, and an empty or invalid name are
 *       errors.</li>
 *   <li>Everything else is literal text, kept exactly as written, newlines included. A template
 *       may use a placeholder several times; it must not be blank.</li>
 * </ul>
 * {@link #toString()} returns the text as parsed, and {@code parse(t.toString()).equals(t)}.
 *
 * <h2>Rendering</h2>
 * {@link #render(Map)} needs exactly one value for each placeholder, no more, no less: a customer
 * must never receive a raw placeholder, and a value for a name the template does not have is
 * almost always a typo. A missing, {@code null} or blank value (empty or whitespace only) and an
 * unexpected key are all reported together by one {@link TemplateValuesException} naming every
 * one of them. To render several templates from one map, pass only the entries named by
 * {@link #placeholders()}.
 *
 * <p>Values are inserted literally: braces, {@code $}, backslashes, newlines and any other
 * characters in a value are copied as they are and never expanded again.
 *
 * <p>{@link #renderHtml(Map)} is for an HTML body: the template is plain text, so both its own
 * text and the values are HTML-escaped ({@code & < > " '}); the template cannot carry markup.
 * Newlines are kept as they are.
 *
 * <h2>The standard templates</h2>
 * {@link #QUICK_UPDATE} and {@link #STILL_WORKING_ON} are the two templates of the standard
 * operating procedure, verbatim, with the bracketed phrase and the blank turned into the
 * placeholders {@code {resolution}} and {@code {outcome}}; {@link #EXAMPLE_RESOLUTIONS} are the
 * standard phrases for the first one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckInTemplate {

    // declared before the templates below, which parse with them during class initialisation
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final String EXPECTED_NAME =
            "expected a name of ASCII letters, digits and '_' starting with a letter";

    /**
     * The standard first check-in, with the placeholder {@code {resolution}} for the phrase that
     * ends it ("[resolving your request]" in the written procedure), such as
     * {@link #DELIVERING_A_GREAT_DESIGN}. The template ends with the placeholder: the phrase
     * brings its own punctuation.
     */
    public static final CheckInTemplate QUICK_UPDATE = parse("This is a quick update to let you know we are"
            + " continuing to work on this request and will have another update for you as soon as we have"
            + " progress or more information. We appreciate your patience and look forward to {resolution}");

    /**
     * The standard second check-in, with the placeholder {@code {outcome}} for its blank ("______"),
     * such as {@code "a fix from our engineers"}.
     */
    public static final CheckInTemplate STILL_WORKING_ON = parse("I wanted to let you know we are still working"
            + " on getting {outcome} for you. We'll send an update as soon as we have more information."
            + " Thank you!");

    /** A phrase for {@link #QUICK_UPDATE}'s {@code {resolution}}: {@value}. */
    public static final String DELIVERING_A_GREAT_DESIGN = "delivering a great design!";
    /** A phrase for {@link #QUICK_UPDATE}'s {@code {resolution}}: {@value}. */
    public static final String SQUASHING_THIS_BUG = "squashing this bug for good!";
    /** A phrase for {@link #QUICK_UPDATE}'s {@code {resolution}}: {@value}. */
    public static final String MAKING_YOUR_SITE_RUN_SMOOTHLY = "making your site run smoothly again!";
    /** The standard three phrases for {@link #QUICK_UPDATE}, in the standard order; unmodifiable. */
    public static final List<String> EXAMPLE_RESOLUTIONS =
            List.of(DELIVERING_A_GREAT_DESIGN, SQUASHING_THIS_BUG, MAKING_YOUR_SITE_RUN_SMOOTHLY);

    private final String source;
    /** Literal text around the slots: {@code literals.length == slots.length + 1}. */
    private final String[] literals;
    /** The placeholder name of each slot, in order, with repetitions. */
    private final String[] slots;
    private final Set<String> placeholders;

    private CheckInTemplate(String source, String[] literals, String[] slots) {
        this.source = source;
        this.literals = literals;
        this.slots = slots;
        Set<String> names = new LinkedHashSet<>();
        Collections.addAll(names, slots);
        this.placeholders = Collections.unmodifiableSet(names);
    }

    /**
     * Reads a template.
     *
     * @param text the template, in the syntax of the class description
     * @return the template
     * @throws IllegalArgumentException if the text is blank, has a <code>{</code> without its
     *         <code>}</code>, a single <code>}</code>, or a placeholder with an empty or invalid
     *         name; the message names the index and the offending text
     */
    public static CheckInTemplate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.isBlank()) {
            throw new IllegalArgumentException("A check-in template must not be blank: '" + s + "'");
        }
        List<String> literals = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    literal.append('{');
                    i += 2;
                    continue;
                }
                int close = s.indexOf('}', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed '{' at index " + i + " in check-in template, in '"
                            + excerpt(s, i) + "': expected {name}, or '{{' for a literal '{'");
                }
                String name = s.substring(i + 1, close);
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Invalid placeholder '" + s.substring(i, close + 1)
                            + "' at index " + i + " in check-in template: " + EXPECTED_NAME
                            + ", or '{{' for a literal '{'");
                }
                literals.add(literal.toString());
                literal.setLength(0);
                slots.add(name);
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw new IllegalArgumentException("Unmatched '}' at index " + i + " in check-in template, in '"
                        + excerpt(s, i) + "': write '}}' for a literal '}'");
            } else {
                literal.append(c);
                i++;
            }
        }
        literals.add(literal.toString());
        return new CheckInTemplate(s, literals.toArray(new String[0]), slots.toArray(new String[0]));
    }

    private static String excerpt(String s, int index) {
        int from = Math.max(0, index - 20);
        int to = Math.min(s.length(), index + 20);
        return (from > 0 ? "..." : "") + s.substring(from, to) + (to < s.length() ? "..." : "");
    }

    /**
     * The names of the placeholders, each once, in the order of their first use.
     *
     * @return the names, possibly empty; unmodifiable
     */
    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * Fills in the placeholders. Values are inserted literally, never expanded again.
     *
     * @param values exactly one value, not null and not blank, for each of {@link #placeholders()}
     * @return the message
     * @throws TemplateValuesException naming every placeholder without a usable value and every key
     *         that is not a placeholder of this template
     */
    public String render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        check(values);
        StringBuilder sb = new StringBuilder(source.length() + 64);
        for (int k = 0; k < slots.length; k++) {
            sb.append(literals[k]).append(values.get(slots[k]));
        }
        return sb.append(literals[slots.length]).toString();
    }

    /**
     * Fills in the placeholders for an HTML body: the result is {@link #render(Map)} with
     * {@code &}, {@code <}, {@code >}, {@code "} and {@code '} replaced by {@code &amp;},
     * {@code &lt;}, {@code &gt;}, {@code &quot;} and {@code &#39;}, in the template's own text as
     * well as in the values. Newlines are kept.
     *
     * @param values exactly one value, not null and not blank, for each of {@link #placeholders()}
     * @return the message as HTML text, safe as element content and as a quoted attribute value
     * @throws TemplateValuesException as {@link #render(Map)} does
     */
    public String renderHtml(Map<String, String> values) {
        String text = render(values);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    private void check(Map<String, String> values) {
        Set<String> missing = new LinkedHashSet<>();
        List<String> details = new ArrayList<>();
        for (String name : placeholders) {
            String value = values.get(name);
            if (value == null) {
                missing.add(name);
                details.add(values.containsKey(name) ? "{" + name + "} (null)" : "{" + name + "}");
            } else if (value.isBlank()) {
                missing.add(name);
                details.add("{" + name + "} (blank)");
            }
        }
        Set<String> unexpected = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key == null) {
                throw new NullPointerException("values has a null key");
            }
            if (!placeholders.contains(key)) {
                unexpected.add(key);
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new TemplateValuesException(missing, details, unexpected, placeholders);
        }
    }

    /** Equal when the template texts are equal. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CheckInTemplate && source.equals(((CheckInTemplate) obj).source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    /** @return the template text as parsed, with <code>{{</code> and <code>}}</code> as written */
    @Override
    public String toString() {
        return source;
    }
}
