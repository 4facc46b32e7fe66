package org.slakit.core;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the text form of a {@link Condition}: recursive descent over words, parentheses being
 * words of their own. Nesting is bounded, so hostile input cannot overflow the stack.
 */
final class ConditionParser {

    /** The deepest nesting of parentheses accepted. */
    static final int MAX_DEPTH = 64;
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final String text;
    private final List<String> words = new ArrayList<>();
    private int next;
    private int depth;

    ConditionParser(String text) {
        this.text = text;
        String spaced = COMMA.matcher(text).replaceAll(",").replace("(", " ( ").replace(")", " ) ").strip();
        if (!spaced.isEmpty()) {
            Collections.addAll(words, BLANKS.split(spaced));
        }
    }

    Condition parseAll() {
        if (words.isEmpty()) {
            throw error("it is empty; expected a test such as 'priority urgent', 'status open' or 'always'");
        }
        Condition c = condition();
        if (next < words.size()) {
            throw error("unexpected '" + words.get(next) + "' after '" + String.join(" ", words.subList(0, next))
                    + "': expected 'and', 'or' or the end");
        }
        return c;
    }

    private Condition condition() {
        Condition c = term();
        while (peek("or")) {
            next++;
            c = c.or(term());
        }
        return c;
    }

    private Condition term() {
        Condition c = factor();
        while (peek("and")) {
            next++;
            c = c.and(factor());
        }
        return c;
    }

    private Condition factor() {
        if (peek("(")) {
            if (++depth > MAX_DEPTH) {
                throw error("parentheses nest more than " + MAX_DEPTH + " deep");
            }
            next++;
            Condition c = condition();
            depth--;
            if (!peek(")")) {
                throw error(next < words.size() ? "expected ')' instead of '" + words.get(next) + "'"
                        : "a '(' is not closed: expected ')'");
            }
            next++;
            return c;
        }
        if (next >= words.size()) {
            throw error("it ends early; expected a test after '" + words.get(next - 1) + "'");
        }
        String word = words.get(next++).toLowerCase(Locale.ROOT);
        switch (word) {
            case "always":
                return Condition.always();
            case "elevated":
                return Condition.elevated();
            case "not":
                expect("elevated", "'not' can only be followed by 'elevated'");
                return Condition.notElevated();
            case "nothing":
                expect("sent", "expected 'nothing sent yet'");
                expect("yet", "expected 'nothing sent yet'");
                return Condition.nothingSent();
            case "update":
                expect("sent", "expected 'update sent'");
                return Condition.updateSent();
            case "priority":
                return Condition.priorityIn(values(word, Priority::parse));
            case "status":
                return Condition.statusIn(values(word, ConditionParser::status));
            case "waiting":
                expect("on", "expected 'waiting on <team>', such as 'waiting on engineering'");
                return waitingOn();
            case "channel":
                return Condition.channelIn(values(word, Channel::of));
            default:
                throw error("unknown test '" + words.get(next - 1) + "': expected priority, status, channel, waiting on,"
                        + " elevated, not elevated, nothing sent yet, update sent, always or '('");
        }
    }

    private static CaseStatus status(String word) {
        CaseStatus s = CaseStatus.parse(word);
        if (!s.isClockRunning()) {
            throw new IllegalArgumentException("status '" + word + "' has no running SLA clock, so no rule applies"
                    + " to it: expected open, pending-internal or pending-customer");
        }
        return s;
    }

    private <T> List<T> values(String test, Function<String, T> read) {
        if (next >= words.size() || words.get(next).equals("(") || words.get(next).equals(")")) {
            throw error("'" + test + "' needs a value, such as '" + test + " "
                    + (test.equals("priority") ? "urgent" : test.equals("status") ? "open"
                            : test.equals("channel") ? "chat" : "engineering")
                    + "' or a list without blanks, such as '" + test + " "
                    + (test.equals("priority") ? "emergency,urgent" : test.equals("status") ? "open,pending-internal"
                            : test.equals("channel") ? "call,chat" : "engineering,billing")
                    + "'");
        }
        String list = words.get(next++);
        List<T> out = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            if (item.isEmpty()) {
                throw error("the list '" + list + "' after '" + test + "' has an empty item");
            }
            try {
                out.add(read.apply(item));
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
        return out;
    }

    private Condition waitingOn() {
        List<String> teams = values("waiting on", t -> t);
        return new Condition.WaitingOnIn(new java.util.LinkedHashSet<>(teams));
    }

    private void expect(String word, String problem) {
        if (next >= words.size() || !words.get(next).equalsIgnoreCase(word)) {
            throw error(problem);
        }
        next++;
    }

    private boolean peek(String word) {
        return next < words.size() && words.get(next).equalsIgnoreCase(word);
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Invalid condition '" + text.strip() + "': " + problem);
    }
}
