package org.slakit.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rules of a policy depend on, worked out once when the policy is built: which fields
 * each rule's condition tests (for the clock start), the first matching rule for every shape of
 * case (a lookup table, so evaluation never walks the rules), and the rules that can never match.
 *
 * <p>A <em>shape</em> is one combination of the facts a condition can read: priority, elevated
 * flag, running status, whether an update was sent, and channel (each channel some rule names,
 * plus one that no rule names and that stands for all the others). A condition <em>tests</em> a
 * field when changing that field alone changes whether some shape meets it. Enumerating shapes is
 * exact because conditions read nothing else. Equal conditions are analysed once, so the cost is
 * the number of distinct conditions times the number of shapes, plus one pass over the rules.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RuleAnalysis {

    static final int NO_RULE = -1;

    private static final Instant SHAPE_INSTANT = Instant.EPOCH;
    private static final List<CaseStatus> RUNNING = runningStatuses();
    /** The position of each status in {@link #RUNNING}, by ordinal; -1 for statuses without a running clock. */
    private static final int[] RUNNING_INDEX = runningIndex();
    private static final int PRIORITIES = Priority.values().length;

    /** The channels some rule names, by their position in the shape space; the unnamed one is last. */
    private final Map<Channel, Integer> channelIndex;
    private final int channelCount;
    private final boolean[] testsStatus;
    private final boolean[] testsPriority;
    /** The first matching rule for every shape, or {@link #NO_RULE}. */
    private final int[] lookup;
    private final List<SlaRule> rules;
    /** The rules that can never match, in rule order. */
    private final int[] unreachable;
    /** Which shapes meet each rule's condition, for the warnings. */
    private final List<boolean[]> meetsOfRule;
    /** The sentences about them, made on first use: a benign race, every thread makes equal lists. */
    private volatile List<String> warnings;

    RuleAnalysis(List<SlaRule> rules) {
        int n = rules.size();
        Set<Channel> named = new LinkedHashSet<>();
        for (SlaRule r : rules) {
            collectChannels(r.condition(), named);
        }
        this.channelIndex = new HashMap<>();
        List<Channel> channelSpace = new ArrayList<>(named);
        channelSpace.add(unnamedChannel(named));
        for (int i = 0; i < named.size(); i++) {
            channelIndex.put(channelSpace.get(i), i);
        }
        this.channelCount = channelSpace.size();
        List<SupportCase> shapes = new ArrayList<>();
        for (Priority p : Priority.values()) {
            for (boolean elevated : new boolean[] {false, true}) {
                for (CaseStatus s : RUNNING) {
                    for (boolean sent : new boolean[] {false, true}) {
                        for (Channel ch : channelSpace) {
                            shapes.add(shape(p, elevated, s, sent, ch)); // at index(p, e, s, sent, ch)
                        }
                    }
                }
            }
        }

        // which shapes meet each distinct condition, and what that condition tests
        Map<Condition, Integer> distinct = new HashMap<>();
        List<boolean[]> meets = new ArrayList<>();
        List<boolean[]> tests = new ArrayList<>();
        int[] conditionOf = new int[n];
        for (int i = 0; i < n; i++) {
            Condition c = rules.get(i).condition();
            conditionOf[i] = distinct.computeIfAbsent(c, key -> {
                boolean[] m = new boolean[shapes.size()];
                for (int k = 0; k < m.length; k++) {
                    m[k] = key.test(shapes.get(k));
                }
                meets.add(m);
                tests.add(new boolean[] {tests(m, true), tests(m, false)});
                return meets.size() - 1;
            });
        }

        // the first rule each shape meets, rule by rule, until every shape has one
        this.lookup = new int[shapes.size()];
        Arrays.fill(lookup, NO_RULE);
        boolean[] reached = new boolean[n];
        int unmatched = shapes.size();
        for (int i = 0; i < n && unmatched > 0; i++) {
            boolean[] m = meets.get(conditionOf[i]);
            for (int k = 0; k < m.length; k++) {
                if (m[k] && lookup[k] == NO_RULE) {
                    lookup[k] = i;
                    reached[i] = true;
                    unmatched--;
                }
            }
        }

        this.rules = rules;
        this.testsStatus = new boolean[n];
        this.testsPriority = new boolean[n];
        int[] never = new int[n];
        int count = 0;
        List<boolean[]> meetsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            testsStatus[i] = tests.get(conditionOf[i])[0];
            testsPriority[i] = tests.get(conditionOf[i])[1];
            meetsOf.add(meets.get(conditionOf[i]));
            if (!reached[i]) {
                never[count++] = i;
            }
        }
        this.unreachable = Arrays.copyOf(never, count);
        this.meetsOfRule = count == 0 ? List.of() : meetsOf;
    }

    /** The first rule whose condition the case meets, or {@link #NO_RULE}; the case's clock runs. */
    int ruleIndex(SupportCase c) {
        return ruleIndex(c.priority(), c.isElevated(), c.status(), c.lastSentOrNull() != null, c.channel());
    }

    /**
     * The first rule whose condition a case of these facts meets, or {@link #NO_RULE}: what
     * {@link #ruleIndex(SupportCase)} reads of a case, without the case.
     *
     * @param status a status whose clock runs
     */
    int ruleIndex(Priority priority, boolean elevated, CaseStatus status, boolean sent, Channel channel) {
        int ch = channelCount - 1;
        if (channelCount > 1) {
            Integer named = channelIndex.get(channel);
            ch = named != null ? named : ch;
        }
        return lookup[index(priority.ordinal(), elevated ? 1 : 0, RUNNING_INDEX[status.ordinal()], sent ? 1 : 0, ch)];
    }

    /** @return true if the condition of rule {@code i} tests the status */
    boolean testsStatus(int i) {
        return testsStatus[i];
    }

    /** @return true if the condition of rule {@code i} tests the priority or the elevated flag */
    boolean testsPriority(int i) {
        return testsPriority[i];
    }

    /** @return how many rules can never match */
    int warningCount() {
        return unreachable.length;
    }

    /** @return one sentence per rule that can never match, in rule order */
    List<String> warnings() {
        List<String> w = warnings;
        if (w == null) {
            List<String> made = new ArrayList<>(unreachable.length);
            for (int i = 0; i < unreachable.length; i++) {
                made.add(warning(i));
            }
            w = List.copyOf(made);
            warnings = w;
        }
        return w;
    }

    /** @return the sentence about the {@code k}-th rule that can never match */
    String warning(int k) {
        return unreachable(unreachable[k], meetsOfRule.get(unreachable[k]));
    }

    /** The position of a shape in the shape space. */
    private int index(int priority, int elevated, int status, int sent, int channel) {
        return (((priority * 2 + elevated) * RUNNING.size() + status) * 2 + sent) * channelCount + channel;
    }

    /**
     * True if changing only the status (or only the priority and elevated flag) of some shape
     * changes whether it meets the condition, given whether each shape meets it. The values of a
     * field form a cycle: if every value gives what the next one gives, all give the same.
     */
    private boolean tests(boolean[] meets, boolean status) {
        int combos = PRIORITIES * 2;
        for (int j = 0; j < combos; j++) {
            for (int s = 0; s < RUNNING.size(); s++) {
                for (int sent = 0; sent < 2; sent++) {
                    for (int ch = 0; ch < channelCount; ch++) {
                        int next;
                        if (status) {
                            next = index(j / 2, j % 2, (s + 1) % RUNNING.size(), sent, ch);
                        } else {
                            int k = (j + 1) % combos;
                            next = index(k / 2, k % 2, s, sent, ch);
                        }
                        if (meets[index(j / 2, j % 2, s, sent, ch)] != meets[next]) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private String unreachable(int i, boolean[] meets) {
        SlaRule rule = rules.get(i);
        Set<String> earlier = new LinkedHashSet<>();
        for (int k = 0; k < meets.length; k++) {
            if (meets[k]) {
                earlier.add(rules.get(lookup[k]).name());
            }
        }
        if (earlier.isEmpty()) {
            return "Rule '" + rule.name() + "' can never match: no case meets '" + rule.condition() + "'";
        }
        return "Rule '" + rule.name() + "' can never match: every case that meets '" + rule.condition()
                + "' meets an earlier rule first (" + earlier.stream().map(s -> "'" + s + "'")
                        .collect(Collectors.joining(", ")) + ")";
    }

    private static SupportCase shape(Priority p, boolean elevated, CaseStatus s, boolean sent, Channel ch) {
        SupportCase.Builder b = SupportCase.builder("shape", SHAPE_INSTANT).priority(p).elevated(elevated).status(s)
                .channel(ch);
        if (sent) {
            b.lastSentToCustomer(SHAPE_INSTANT);
        }
        return b.build();
    }

    /** Adds the channels the condition names anywhere. */
    private static void collectChannels(Condition c, Set<Channel> into) {
        if (c instanceof Condition.ChannelIn) {
            into.addAll(((Condition.ChannelIn) c).channels());
        } else if (c instanceof Condition.All) {
            ((Condition.All) c).parts().forEach(part -> collectChannels(part, into));
        } else if (c instanceof Condition.Any) {
            ((Condition.Any) c).parts().forEach(part -> collectChannels(part, into));
        }
    }

    private static Channel unnamedChannel(Set<Channel> named) {
        for (int i = 0; ; i++) {
            Channel c = Channel.of("unnamed" + i);
            if (!named.contains(c)) {
                return c;
            }
        }
    }

    private static List<CaseStatus> runningStatuses() {
        List<CaseStatus> out = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            if (s.isClockRunning()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static int[] runningIndex() {
        int[] index = new int[CaseStatus.values().length];
        for (CaseStatus s : CaseStatus.values()) {
            index[s.ordinal()] = RUNNING.indexOf(s);
        }
        return index;
    }
}
