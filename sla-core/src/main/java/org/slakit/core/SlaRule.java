package org.slakit.core;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of an SLA table: a name, the {@link Condition} a case must meet, and the
 * {@link Target} for the next update when it does.
 *
 * <p>Text form, as a line of a policy: {@code rule <name> when <condition> then <target>}, for
 * example {@code rule first-response when nothing sent yet then 2 business hours}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaRule {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private final String name;
    private final Condition condition;
    private final Target target;

    private SlaRule(String name, Condition condition, Target target) {
        this.name = name;
        this.condition = condition;
        this.target = target;
    }

    /**
     * Obtains a rule.
     *
     * @param name a letter followed by up to 63 letters, digits, '-' or '_'; read in lower case
     * @param condition what a case must meet
     * @param target the target when it does
     * @return the rule
     * @throws IllegalArgumentException if the name is not of that form
     */
    public static SlaRule of(String name, Condition condition, Target target) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(target, "target");
        return new SlaRule(checkName(name), condition, target);
    }

    static String checkName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("Invalid rule name '" + name
                    + "': expected a letter followed by up to 63 letters, digits, '-' or '_'");
        }
        return lower;
    }

    /**
     * Reads a rule from its text form {@code rule <name> when <condition> then <target>}. The
     * target is what follows the last word {@code then}.
     *
     * @param text the rule line
     * @return the rule
     * @throws IllegalArgumentException naming what is wrong
     */
    public static SlaRule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        // One pass over the line: a regular expression (rule\s+(\S+)\s+when\s+(.+)\s+then\s+(.+))
        // backtracked in cubic time on long runs of blanks, minutes for a line of a few kilobytes.
        int n = s.length();
        int at = isWord(s, 0, "rule") ? blanks(s, 4) : -1;
        int nameStart = at;
        while (at > 4 && at < n && !isBlank(s.charAt(at))) {
            at++;
        }
        int name = at;
        at = at > nameStart ? blanks(s, at) : -1;
        int when = at > name && isWord(s, at, "when") ? at + 4 : -1;
        int then = -1;
        for (int j = n - 5; when > 0 && j >= when + 3 && then < 0; j--) {
            if (isBlank(s.charAt(j - 1)) && isWord(s, j, "then")) {
                then = j;
            }
        }
        if (then < 0) {
            throw new IllegalArgumentException("Invalid rule '" + s
                    + "': expected 'rule <name> when <condition> then <target>', such as"
                    + " 'rule first-response when nothing sent yet then 2 business hours'");
        }
        return of(s.substring(nameStart, name), Condition.parse(s.substring(when + 1, then - 1)),
                Target.parse(s.substring(blanks(s, then + 4))));
    }

    /** Whether {@code word} (ASCII letters, any case) stands at {@code at}, followed by a blank. */
    private static boolean isWord(String s, int at, String word) {
        int end = at + word.length();
        return at >= 0 && end < s.length() && isBlank(s.charAt(end)) && s.regionMatches(true, at, word, 0, word.length());
    }

    /** The index after the blanks starting at {@code at}, or -1 if there are none. */
    private static int blanks(String s, int at) {
        int i = at;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i > at ? i : -1;
    }

    /** The regular expression {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** @return the rule's name, in lower case */
    public String name() {
        return name;
    }

    /** @return what a case must meet for the rule to apply */
    public Condition condition() {
        return condition;
    }

    /** @return the target for the next update */
    public Target target() {
        return target;
    }

    /**
     * @param newTarget another target
     * @return this rule with another target
     */
    public SlaRule withTarget(Target newTarget) {
        return of(name, condition, newTarget);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SlaRule)) {
            return false;
        }
        SlaRule o = (SlaRule) obj;
        return name.equals(o.name) && condition.equals(o.condition) && target.equals(o.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, condition, target);
    }

    /** @return {@code rule <name> when <condition> then <target>}, which {@link #parse} reads back */
    @Override
    public String toString() {
        return "rule " + name + " when " + condition + " then " + target;
    }
}
