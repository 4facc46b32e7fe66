package org.slakit.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a case must look like for an {@link SlaRule} to apply: a small structure of tests on the
 * case's priority, status, channel, elevated flag, and whether anything has been sent to the
 * customer yet, combined with "and" and "or". Being data rather than code, a condition can be
 * written as text, compared, and explained.
 *
 * <p>Each kind of test is a record of its own: {@link Always}, {@link PriorityIn},
 * {@link StatusIn}, {@link ChannelIn}, {@link Elevated}, {@link UpdateSent}, {@link WaitingOnIn},
 * and the combinations
 * {@link All} and {@link Any}. Build them with the static factories and {@link #and}/{@link #or},
 * which flatten nested combinations, so that equal conditions have equal structure.
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
 *            | 'waiting on' T[,T...]        the team support waits on (duration clocks only)
 * </pre>
 * "and" binds tighter than "or"; keywords and values are case-insensitive; a list has no blanks
 * around its commas. Parentheses nest at most {@value ConditionParser#MAX_DEPTH} deep. Examples:
 * {@code priority urgent or elevated}, {@code priority emergency and nothing sent yet},
 * {@code status pending-customer}. {@code toString()} writes this form and
 * {@code parse(c.toString()).equals(c)}.
 *
 * <p>Statuses in a condition are those with a running clock; solved and closed cases never reach
 * the rules (their state is {@link SlaState#NOT_RUNNING}), so naming them is an error.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Condition {

    // ------------------------------------------------------------------ behaviour

    /**
     * Tells whether a case meets the condition.
     *
     * @param supportCase the case
     * @return true if it does
     */
    boolean test(SupportCase supportCase);

    /**
     * Says in words why the case meets the condition, or why it does not: for example
     * "priority is urgent", "the case is elevated", "nothing has been sent to the customer yet",
     * or "priority is normal, not emergency".
     *
     * @param supportCase the case
     * @return one phrase, without a final period
     */
    String describe(SupportCase supportCase);

    /**
     * @param other another condition
     * @return the condition that both this and {@code other} hold; nested "and"s are flattened and
     *         {@link #always()} is dropped
     */
    default Condition and(Condition other) {
        Objects.requireNonNull(other, "other");
        if (this instanceof Always) {
            return other;
        }
        if (other instanceof Always) {
            return this;
        }
        List<Condition> parts = new ArrayList<>();
        for (Condition c : List.of(this, other)) {
            if (c instanceof All) {
                parts.addAll(((All) c).parts());
            } else {
                parts.add(c);
            }
        }
        return new All(parts);
    }

    /**
     * @param other another condition
     * @return the condition that this or {@code other} holds; nested "or"s are flattened, and an
     *         "or" with {@link #always()} is {@code always()}
     */
    default Condition or(Condition other) {
        Objects.requireNonNull(other, "other");
        if (this instanceof Always || other instanceof Always) {
            return Always.INSTANCE;
        }
        List<Condition> parts = new ArrayList<>();
        for (Condition c : List.of(this, other)) {
            if (c instanceof Any) {
                parts.addAll(((Any) c).parts());
            } else {
                parts.add(c);
            }
        }
        return new Any(parts);
    }

    // ------------------------------------------------------------------ factories

    /** @return the condition every case meets */
    static Condition always() {
        return Always.INSTANCE;
    }

    /**
     * @param first a priority
     * @param more more priorities
     * @return the condition that the case's priority is one of those given
     */
    static Condition priority(Priority first, Priority... more) {
        return priorityIn(list(first, more, "priority"));
    }

    /**
     * @param priorities one or more priorities
     * @return the condition that the case's priority is one of those given
     * @throws IllegalArgumentException if the collection is empty
     */
    static Condition priorityIn(Collection<Priority> priorities) {
        return new PriorityIn(Set.copyOf(Objects.requireNonNull(priorities, "priorities")));
    }

    /**
     * @param first a status with a running clock
     * @param more more such statuses
     * @return the condition that the case's status is one of those given
     * @throws IllegalArgumentException if a status is solved or closed
     */
    static Condition status(CaseStatus first, CaseStatus... more) {
        return statusIn(list(first, more, "status"));
    }

    /**
     * @param statuses one or more statuses with a running clock
     * @return the condition that the case's status is one of those given
     * @throws IllegalArgumentException if the collection is empty or names solved or closed
     */
    static Condition statusIn(Collection<CaseStatus> statuses) {
        return new StatusIn(Set.copyOf(Objects.requireNonNull(statuses, "statuses")));
    }

    /**
     * @param first a channel
     * @param more more channels
     * @return the condition that the case came in through one of the channels given
     */
    static Condition channel(Channel first, Channel... more) {
        return channelIn(list(first, more, "channel"));
    }

    /**
     * @param channels one or more channels
     * @return the condition that the case came in through one of the channels given
     * @throws IllegalArgumentException if the collection is empty
     */
    static Condition channelIn(Collection<Channel> channels) {
        return new ChannelIn(Set.copyOf(Objects.requireNonNull(channels, "channels")));
    }

    /** @return the condition that the case is elevated */
    static Condition elevated() {
        return Elevated.YES;
    }

    /** @return the condition that the case is not elevated */
    static Condition notElevated() {
        return Elevated.NO;
    }

    /** @return the condition that nothing has been sent to the customer yet: the first response is owed */
    static Condition nothingSent() {
        return UpdateSent.NO;
    }

    /**
     * @param first a team
     * @param more more teams
     * @return the condition that support waits on one of the teams given ({@link SupportCase#waitingOn()});
     *         usable in the rules of a {@link DurationClock}, not in the update cadence's rules
     */
    static Condition waitingOn(String first, String... more) {
        return new WaitingOnIn(Set.copyOf(list(first, more, "team")));
    }

    /** @return the condition that at least one update has been sent to the customer */
    static Condition updateSent() {
        return UpdateSent.YES;
    }

    /**
     * Reads a condition from its text form (see the interface documentation).
     *
     * @param text such as {@code priority urgent or elevated}
     * @return the condition
     * @throws IllegalArgumentException naming the offending word and what was expected, also for
     *         parentheses nested more than {@value ConditionParser#MAX_DEPTH} deep
     */
    static Condition parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new ConditionParser(text.toString()).parseAll();
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

    // ------------------------------------------------------------------ kinds

    /** The condition every case meets; text {@code always}. */
    record Always() implements Condition {
        static final Always INSTANCE = new Always();

        @Override
        public boolean test(SupportCase supportCase) {
            Objects.requireNonNull(supportCase, "supportCase");
            return true;
        }

        @Override
        public String describe(SupportCase supportCase) {
            Objects.requireNonNull(supportCase, "supportCase");
            return "the rule applies to every case";
        }

        @Override
        public String toString() {
            return "always";
        }
    }

    /**
     * The case's priority is one of a set; text {@code priority urgent,emergency}.
     *
     * @param priorities one or more priorities, unmodifiable, iterated in priority order
     */
    record PriorityIn(Set<Priority> priorities) implements Condition {
        /** @throws IllegalArgumentException if the set is empty */
        public PriorityIn {
            Objects.requireNonNull(priorities, "priorities");
            priorities.forEach(p -> Objects.requireNonNull(p, "priority"));
            if (priorities.isEmpty()) {
                throw new IllegalArgumentException("A priority test needs at least one priority");
            }
            priorities = Collections.unmodifiableSet(EnumSet.copyOf(priorities));
        }

        @Override
        public boolean test(SupportCase supportCase) {
            return priorities.contains(supportCase.priority());
        }

        @Override
        public String describe(SupportCase supportCase) {
            return "priority is " + supportCase.priority().text()
                    + (test(supportCase) ? "" : ", not " + texts(priorities.stream().map(Priority::text), " or "));
        }

        @Override
        public String toString() {
            return "priority " + texts(priorities.stream().map(Priority::text), ",");
        }
    }

    /**
     * The case's status is one of a set of statuses with a running clock; text
     * {@code status open,pending-internal}.
     *
     * @param statuses one or more running statuses, unmodifiable, iterated in status order
     */
    record StatusIn(Set<CaseStatus> statuses) implements Condition {
        /** @throws IllegalArgumentException if the set is empty or names solved or closed */
        public StatusIn {
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
            statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        }

        @Override
        public boolean test(SupportCase supportCase) {
            return statuses.contains(supportCase.status());
        }

        @Override
        public String describe(SupportCase supportCase) {
            return "status is " + supportCase.status().text()
                    + (test(supportCase) ? "" : ", not " + texts(statuses.stream().map(CaseStatus::text), " or "));
        }

        @Override
        public String toString() {
            return "status " + texts(statuses.stream().map(CaseStatus::text), ",");
        }
    }

    /**
     * The case came in through one of a set of channels; text {@code channel call,chat}.
     *
     * @param channels one or more channels, unmodifiable
     */
    record ChannelIn(Set<Channel> channels) implements Condition {
        /** @throws IllegalArgumentException if the set is empty */
        public ChannelIn {
            Objects.requireNonNull(channels, "channels");
            channels.forEach(c -> Objects.requireNonNull(c, "channel"));
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("A channel test needs at least one channel");
            }
            channels = Collections.unmodifiableSet(new LinkedHashSet<>(channels));
        }

        @Override
        public boolean test(SupportCase supportCase) {
            return channels.contains(supportCase.channel());
        }

        @Override
        public String describe(SupportCase supportCase) {
            return "channel is " + supportCase.channel()
                    + (test(supportCase) ? "" : ", not " + texts(channels.stream().map(Channel::name).sorted(), " or "));
        }

        @Override
        public String toString() {
            return "channel " + texts(channels.stream().map(Channel::name).sorted(), ",");
        }
    }

    /**
     * The case's elevated flag has a value; text {@code elevated} or {@code not elevated}.
     *
     * @param elevated the value wanted
     */
    record Elevated(boolean elevated) implements Condition {
        static final Elevated YES = new Elevated(true);
        static final Elevated NO = new Elevated(false);

        @Override
        public boolean test(SupportCase supportCase) {
            return supportCase.isElevated() == elevated;
        }

        @Override
        public String describe(SupportCase supportCase) {
            return supportCase.isElevated() ? "the case is elevated" : "the case is not elevated";
        }

        @Override
        public String toString() {
            return elevated ? "elevated" : "not elevated";
        }
    }

    /**
     * Something has (or nothing has) been sent to the customer yet; text {@code update sent} or
     * {@code nothing sent yet}.
     *
     * @param sent true for "update sent", false for "nothing sent yet"
     */
    record UpdateSent(boolean sent) implements Condition {
        static final UpdateSent YES = new UpdateSent(true);
        static final UpdateSent NO = new UpdateSent(false);

        @Override
        public boolean test(SupportCase supportCase) {
            return (supportCase.lastSentOrNull() != null) == sent;
        }

        @Override
        public String describe(SupportCase supportCase) {
            return supportCase.lastSentOrNull() == null ? "nothing has been sent to the customer yet"
                    : "an update was sent to the customer";
        }

        @Override
        public String toString() {
            return sent ? "update sent" : "nothing sent yet";
        }
    }

    /**
     * Support waits on one of a set of teams; text {@code waiting on engineering,billing}. Teams are
     * compared as written (case-sensitive), without surrounding blanks.
     *
     * @param teams one or more team names, none blank or containing a comma or a blank
     */
    record WaitingOnIn(Set<String> teams) implements Condition {
        /** @throws IllegalArgumentException if the set is empty or holds a text that is not a team name */
        public WaitingOnIn {
            Objects.requireNonNull(teams, "teams");
            if (teams.isEmpty()) {
                throw new IllegalArgumentException("A 'waiting on' test needs at least one team");
            }
            for (String t : teams) {
                SupportCase.checkTeam(t, "A 'waiting on' test: ");
            }
            teams = Collections.unmodifiableSet(new java.util.TreeSet<>(teams));
        }

        @Override
        public boolean test(SupportCase supportCase) {
            String team = supportCase.waitingOnOrNull();
            return team != null && teams.contains(team);
        }

        @Override
        public String describe(SupportCase supportCase) {
            String team = supportCase.waitingOnOrNull();
            return (team == null ? "support waits on no team" : "support waits on " + team)
                    + (test(supportCase) ? "" : ", not " + String.join(" or ", teams));
        }

        @Override
        public String toString() {
            return "waiting on " + String.join(",", teams);
        }
    }

    /**
     * Every part holds; text {@code a and b}. Build it with {@link Condition#and}.
     *
     * @param parts two or more parts, none of them {@link Always} or itself an {@code All}
     */
    record All(List<Condition> parts) implements Condition {
        /** @throws IllegalArgumentException if there are fewer than two parts, or one is {@code always} or an "and" */
        public All {
            parts = checkParts(parts, All.class, "and");
        }

        @Override
        public boolean test(SupportCase supportCase) {
            for (Condition part : parts) {
                if (!part.test(supportCase)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe(SupportCase supportCase) {
            for (Condition part : parts) {
                if (!part.test(supportCase)) {
                    return part.describe(supportCase);
                }
            }
            return parts.stream().map(p -> p.describe(supportCase)).collect(Collectors.joining(" and "));
        }

        @Override
        public String toString() {
            return parts.stream().map(p -> p instanceof Any ? "(" + p + ")" : p.toString())
                    .collect(Collectors.joining(" and "));
        }
    }

    /**
     * At least one part holds; text {@code a or b}. Build it with {@link Condition#or}.
     *
     * @param parts two or more parts, none of them {@link Always} or itself an {@code Any}
     */
    record Any(List<Condition> parts) implements Condition {
        /** @throws IllegalArgumentException if there are fewer than two parts, or one is {@code always} or an "or" */
        public Any {
            parts = checkParts(parts, Any.class, "or");
        }

        @Override
        public boolean test(SupportCase supportCase) {
            for (Condition part : parts) {
                if (part.test(supportCase)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe(SupportCase supportCase) {
            for (Condition part : parts) {
                if (part.test(supportCase)) {
                    return part.describe(supportCase);
                }
            }
            return parts.stream().map(p -> p.describe(supportCase)).collect(Collectors.joining(" and "));
        }

        @Override
        public String toString() {
            return parts.stream().map(Condition::toString).collect(Collectors.joining(" or "));
        }
    }

    private static List<Condition> checkParts(List<Condition> parts, Class<?> kind, String word) {
        List<Condition> copy = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (copy.size() < 2) {
            throw new IllegalArgumentException("An '" + word + "' needs at least two parts, not " + copy.size()
                    + ": use Condition." + word + "(...) to combine conditions");
        }
        for (Condition part : copy) {
            if (part instanceof Always || kind.isInstance(part)) {
                throw new IllegalArgumentException("An '" + word + "' cannot hold '" + part + "' as a part:"
                        + " use Condition." + word + "(...), which flattens it");
            }
        }
        return copy;
    }

    private static String texts(Stream<String> values, String separator) {
        return values.collect(Collectors.joining(separator));
    }
}
