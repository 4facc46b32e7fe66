package org.slakit.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a case must look like for an {@link SlaRule} to apply: a small structure of tests on the
 * case's priority, status, channel, elevated flag, and whether anything has been sent to the
 * customer yet, combined with "and" and "or". Being data rather than code, a condition can be
 * written as text, compared, and explained.
 *
 * <h2>Text form</h2>
 * <pre>
 * condition := term ('or' term)*
 * term      := factor ('and' factor)*
 * factor    := '(' condition ')' | test
 * test      := 'always'
 *            | 'priority' P[,P...]          emergency, urgent, normal, low
 *            | 'status' S[,S...]            open, pending-internal, pending-customer
 *            | 'channel' C[,C...]           call, chat, voicemail, email, or a team's own channel
 *            | 'elevated' | 'not elevated'
 *            | 'nothing sent yet' | 'update sent'
 * </pre>
 * "and" binds tighter than "or"; keywords and values are case-insensitive; a list has no blanks
 * around its commas. Examples: {@code priority urgent or elevated},
 * {@code priority emergency and nothing sent yet}, {@code status pending-customer}.
 * {@link #toString()} writes this form and {@code parse(c.toString()).equals(c)}.
 *
 * <p>Statuses in a condition are those with a running clock; solved and closed cases never reach
 * the rules (their state is {@link SlaState#NOT_RUNNING}), so naming them is an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Condition {

    enum Kind { ALWAYS, PRIORITY, STATUS, CHANNEL, ELEVATED, SENT, ALL, ANY }

    private static final Condition ALWAYS = new Condition(Kind.ALWAYS, Set.of(), false, List.of());
    private static final Condition ELEVATED = new Condition(Kind.ELEVATED, Set.of(), true, List.of());
    private static final Condition NOT_ELEVATED = new Condition(Kind.ELEVATED, Set.of(), false, List.of());
    private static final Condition SENT = new Condition(Kind.SENT, Set.of(), true, List.of());
    private static final Condition NOTHING_SENT = new Condition(Kind.SENT, Set.of(), false, List.of());

    private final Kind kind;
    /** Priorities, statuses or channels, for the three set tests. */
    private final Set<?> values;
    /** For ELEVATED and SENT: the value the test wants. */
    private final boolean flag;
    /** For ALL and ANY: two or more parts, none of the same kind as this. */
    private final List<Condition> parts;

    private Condition(Kind kind, Set<?> values, boolean flag, List<Condition> parts) {
        this.kind = kind;
        this.values = values;
        this.flag = flag;
        this.parts = parts;
    }

    // ------------------------------------------------------------------ factories

    /** @return the condition every case meets */
    public static Condition always() {
        return ALWAYS;
    }

    /**
     * @param first a priority
     * @param more more priorities
     * @return the condition that the case's priority is one of those given
     */
    public static Condition priority(Priority first, Priority... more) {
        return priorityIn(list(first, more, "priority"));
    }

    /**
     * @param priorities one or more priorities
     * @return the condition that the case's priority is one of those given
     * @throws IllegalArgumentException if the collection is empty
     */
    public static Condition priorityIn(Collection<Priority> priorities) {
        Objects.requireNonNull(priorities, "priorities");
        priorities.forEach(p -> Objects.requireNonNull(p, "priority"));
        if (priorities.isEmpty()) {
            throw new IllegalArgumentException("A priority test needs at least one priority");
        }
        return new Condition(Kind.PRIORITY, Collections.unmodifiableSet(EnumSet.copyOf(priorities)), false, List.of());
    }

    /**
     * @param first a status with a running clock
     * @param more more such statuses
     * @return the condition that the case's status is one of those given
     * @throws IllegalArgumentException if a status is solved or closed
     */
    public static Condition status(CaseStatus first, CaseStatus... more) {
        return statusIn(list(first, more, "status"));
    }

    /**
     * @param statuses one or more statuses with a running clock
     * @return the condition that the case's status is one of those given
     * @throws IllegalArgumentException if the collection is empty or names solved or closed
     */
    public static Condition statusIn(Collection<CaseStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        statuses.forEach(s -> Objects.requireNonNull(s, "status"));
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("A status test needs at least one status");
        }
        for (CaseStatus s : statuses) {
            if (!s.isClockRunning()) {
                throw new IllegalArgumentException("A status test cannot name '" + s.text()
                        + "': no SLA clock runs for solved and closed cases, so no rule applies to them;"
                        + " expected open, pending-internal or pending-customer");
            }
        }
        return new Condition(Kind.STATUS, Collections.unmodifiableSet(EnumSet.copyOf(statuses)), false, List.of());
    }

    /**
     * @param first a channel
     * @param more more channels
     * @return the condition that the case came in through one of the channels given
     */
    public static Condition channel(Channel first, Channel... more) {
        return channelIn(list(first, more, "channel"));
    }

    /**
     * @param channels one or more channels
     * @return the condition that the case came in through one of the channels given
     * @throws IllegalArgumentException if the collection is empty
     */
    public static Condition channelIn(Collection<Channel> channels) {
        Objects.requireNonNull(channels, "channels");
        channels.forEach(c -> Objects.requireNonNull(c, "channel"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("A channel test needs at least one channel");
        }
        return new Condition(Kind.CHANNEL, Collections.unmodifiableSet(new LinkedHashSet<>(channels)), false, List.of());
    }

    /** @return the condition that the case is elevated */
    public static Condition elevated() {
        return ELEVATED;
    }

    /** @return the condition that the case is not elevated */
    public static Condition notElevated() {
        return NOT_ELEVATED;
    }

    /** @return the condition that nothing has been sent to the customer yet: the first response is owed */
    public static Condition nothingSent() {
        return NOTHING_SENT;
    }

    /** @return the condition that at least one update has been sent to the customer */
    public static Condition updateSent() {
        return SENT;
    }

    /**
     * @param other another condition
     * @return the condition that both this and {@code other} hold; nested "and"s are flattened and
     *         {@link #always()} is dropped
     */
    public Condition and(Condition other) {
        return combine(Kind.ALL, this, Objects.requireNonNull(other, "other"));
    }

    /**
     * @param other another condition
     * @return the condition that this or {@code other} holds; nested "or"s are flattened, and an
     *         "or" with {@link #always()} is {@code always()}
     */
    public Condition or(Condition other) {
        return combine(Kind.ANY, this, Objects.requireNonNull(other, "other"));
    }

    private static Condition combine(Kind kind, Condition a, Condition b) {
        if (kind == Kind.ALL) {
            if (a.kind == Kind.ALWAYS) {
                return b;
            }
            if (b.kind == Kind.ALWAYS) {
                return a;
            }
        } else if (a.kind == Kind.ALWAYS || b.kind == Kind.ALWAYS) {
            return ALWAYS;
        }
        List<Condition> parts = new ArrayList<>();
        for (Condition c : List.of(a, b)) {
            if (c.kind == kind) {
                parts.addAll(c.parts);
            } else {
                parts.add(c);
            }
        }
        return new Condition(kind, Set.of(), false, List.copyOf(parts));
    }

    private static <T> List<T> list(T first, T[] more, String name) {
        Objects.requireNonNull(first, name);
        Objects.requireNonNull(more, name + "s");
        List<T> all = new ArrayList<>();
        all.add(first);
        for (T t : more) {
            all.add(Objects.requireNonNull(t, name));
        }
        return all;
    }

    /**
     * Reads a condition from its text form (see the class documentation).
     *
     * @param text such as {@code priority urgent or elevated}
     * @return the condition
     * @throws IllegalArgumentException naming the offending word and what was expected
     */
    public static Condition parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new Parser(text.toString()).parseAll();
    }

    // ------------------------------------------------------------------ tests

    /**
     * Tells whether a case meets the condition.
     *
     * @param supportCase the case
     * @return true if it does
     */
    public boolean test(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase");
        return test(supportCase.priority(), supportCase.isElevated(), supportCase.status(),
                supportCase.lastSentOrNull() != null, supportCase.channel());
    }

    boolean test(Priority priority, boolean elevated, CaseStatus status, boolean sent, Channel channel) {
        switch (kind) {
            case ALWAYS:
                return true;
            case PRIORITY:
                return values.contains(priority);
            case STATUS:
                return values.contains(status);
            case CHANNEL:
                return values.contains(channel);
            case ELEVATED:
                return elevated == flag;
            case SENT:
                return sent == flag;
            case ALL:
                for (Condition part : parts) {
                    if (!part.test(priority, elevated, status, sent, channel)) {
                        return false;
                    }
                }
                return true;
            default:
                for (Condition part : parts) {
                    if (part.test(priority, elevated, status, sent, channel)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /**
     * Says in words why the case meets the condition, or why it does not: for example
     * "priority is urgent", "the case is elevated", "nothing has been sent to the customer yet",
     * or "priority is normal, not emergency".
     *
     * @param supportCase the case
     * @return one phrase, without a final period
     */
    public String describe(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase");
        boolean holds = test(supportCase);
        switch (kind) {
            case ALWAYS:
                return "the rule applies to every case";
            case PRIORITY:
                return "priority is " + supportCase.priority().text() + (holds ? "" : ", not " + valueList(" or "));
            case STATUS:
                return "status is " + supportCase.status().text() + (holds ? "" : ", not " + valueList(" or "));
            case CHANNEL:
                return "channel is " + supportCase.channel() + (holds ? "" : ", not " + valueList(" or "));
            case ELEVATED:
                return supportCase.isElevated() ? "the case is elevated" : "the case is not elevated";
            case SENT:
                return supportCase.lastSentOrNull() == null ? "nothing has been sent to the customer yet"
                        : "an update was sent to the customer";
            case ALL:
                if (holds) {
                    return parts.stream().map(p -> p.describe(supportCase)).collect(Collectors.joining(" and "));
                }
                for (Condition part : parts) {
                    if (!part.test(supportCase)) {
                        return part.describe(supportCase);
                    }
                }
                throw new AssertionError();
            default:
                if (!holds) {
                    return parts.stream().map(p -> p.describe(supportCase)).collect(Collectors.joining(" and "));
                }
                for (Condition part : parts) {
                    if (part.test(supportCase)) {
                        return part.describe(supportCase);
                    }
                }
                throw new AssertionError();
        }
    }

    /** True if the condition tests the channel anywhere. */
    boolean testsChannel() {
        switch (kind) {
            case CHANNEL:
                return true;
            case ALL:
            case ANY:
                return parts.stream().anyMatch(Condition::testsChannel);
            default:
                return false;
        }
    }

    /** Adds the channels the condition names anywhere. */
    void collectChannels(Set<Channel> into) {
        if (kind == Kind.CHANNEL) {
            for (Object c : values) {
                into.add((Channel) c);
            }
        }
        for (Condition part : parts) {
            part.collectChannels(into);
        }
    }

    // ------------------------------------------------------------------ value

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Condition)) {
            return false;
        }
        Condition other = (Condition) obj;
        return kind == other.kind && flag == other.flag && values.equals(other.values) && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, flag, values, parts);
    }

    /** @return the text form that {@link #parse(CharSequence)} reads back to an equal condition */
    @Override
    public String toString() {
        switch (kind) {
            case ALWAYS:
                return "always";
            case PRIORITY:
                return "priority " + valueList(",");
            case STATUS:
                return "status " + valueList(",");
            case CHANNEL:
                return "channel " + valueList(",");
            case ELEVATED:
                return flag ? "elevated" : "not elevated";
            case SENT:
                return flag ? "update sent" : "nothing sent yet";
            case ALL:
                return parts.stream().map(p -> p.kind == Kind.ANY ? "(" + p + ")" : p.toString())
                        .collect(Collectors.joining(" and "));
            default:
                return parts.stream().map(Condition::toString).collect(Collectors.joining(" or "));
        }
    }

    private String valueList(String separator) {
        // priorities and statuses in their enum order (EnumSet iteration), channels by name
        java.util.stream.Stream<String> texts = values.stream().map(Condition::valueText);
        return (kind == Kind.CHANNEL ? texts.sorted() : texts).collect(Collectors.joining(separator));
    }

    private static String valueText(Object value) {
        if (value instanceof Priority) {
            return ((Priority) value).text();
        }
        if (value instanceof CaseStatus) {
            return ((CaseStatus) value).text();
        }
        return value.toString();
    }

    // ------------------------------------------------------------------ parser

    /** Recursive descent over words; parentheses are words of their own. */
    private static final class Parser {
        private final String text;
        private final List<String> words = new ArrayList<>();
        private int next;

        Parser(String text) {
            this.text = text;
            String spaced = text.replaceAll("\\s*,\\s*", ",").replace("(", " ( ").replace(")", " ) ").strip();
            if (!spaced.isEmpty()) {
                Collections.addAll(words, spaced.split("\\s+"));
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
                next++;
                Condition c = condition();
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
                    return ALWAYS;
                case "elevated":
                    return ELEVATED;
                case "not":
                    expect("elevated", "'not' can only be followed by 'elevated'");
                    return NOT_ELEVATED;
                case "nothing":
                    expect("sent", "expected 'nothing sent yet'");
                    expect("yet", "expected 'nothing sent yet'");
                    return NOTHING_SENT;
                case "update":
                    expect("sent", "expected 'update sent'");
                    return SENT;
                case "priority":
                    return priorityIn(values(word, Priority::parse));
                case "status":
                    return statusIn(values(word, Parser::status));
                case "channel":
                    return channelIn(values(word, Channel::of));
                default:
                    throw error("unknown test '" + words.get(next - 1) + "': expected priority, status, channel,"
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

        private <T> List<T> values(String test, java.util.function.Function<String, T> read) {
            if (next >= words.size() || words.get(next).equals("(") || words.get(next).equals(")")) {
                throw error("'" + test + "' needs a value, such as '" + test + " "
                        + (test.equals("priority") ? "urgent" : test.equals("status") ? "open" : "chat")
                        + "' or a list without blanks, such as '" + test + " "
                        + (test.equals("priority") ? "emergency,urgent" : test.equals("status") ? "open,pending-internal" : "call,chat")
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
}
