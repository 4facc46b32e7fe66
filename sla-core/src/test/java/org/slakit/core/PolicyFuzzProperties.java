package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fuzzed policy text: valid texts (rules, conditions nested in parentheses, targets, warnings,
 * duration clocks, the calendar block), damaged ({@link Damage}). Every input parses or throws a
 * {@link PolicyFormatException} naming a line, never a stack overflow, within a bound per
 * kilobyte; every policy accepted writes a text that parses to an equal policy.
 */
class PolicyFuzzProperties {

    private static final String[] PRIORITIES = {"emergency", "urgent", "normal", "low"};
    private static final String[] STATUSES = {"open", "pending-internal", "pending-customer"};
    private static final String[] CHANNELS = {"call", "chat", "email", "voicemail", "sms"};
    private static final String[] CALENDARS = {"zone Europe/Berlin\nMon-Fri 09:00-17:00\n",
            "zone America/New_York\nMon-Fri 08:00-12:00 13:00-17:00\nclosed yearly 12-25 observed\n",
            "zone UTC\nMon-Sun 00:00-00:00\n"};

    @Test
    void everyTextParsesOrNamesALine_andWhatParsesRoundTrips() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().withExamples(Damage.INPUTS).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = Damage.damage(validText(r), r);
            Damage.Outcome<SlaPolicy> outcome = Damage.parse(text, SlaPolicy::parse, PolicyFormatException.class);
            if (outcome.value() == null) {
                rejected.incrementAndGet();
                return;
            }
            accepted.incrementAndGet();
            String written = outcome.value().toString();
            SlaPolicy again = Damage.parse(written, SlaPolicy::parse, PolicyFormatException.class).value();
            assertThat(again).as("%s\nwrote\n%s", Damage.show(text), written).isEqualTo(outcome.value());
            assertThat(again.toString()).isEqualTo(written);
            assertThat(again.hashCode()).isEqualTo(outcome.value().hashCode());
        });
        assertThat(accepted.get()).isGreaterThan(Damage.INPUTS / 10);
        assertThat(rejected.get()).isGreaterThan(Damage.INPUTS / 3);
    }

    /**
     * Found by this fuzz test: the rule line was matched with a regular expression that backtracked
     * in cubic time on long runs of blanks (800 blanks around the condition took 1.8 s, 3,200 about
     * two minutes, and the fuzz test's 1,200-fold repeated blank ran for over ten minutes).
     */
    @Test
    void ruleWithLongRunsOfBlanks_isReadInOnePass() {
        String blanks = " ".repeat(6_000);
        String noThen = "rule a when" + blanks + "always" + blanks + "x\ncalendar\nzone UTC\nMon 09:00-17:00\n";
        String withThen = "rule a when" + blanks + "always" + blanks + "then" + blanks + "1 hour\ncalendar\nzone UTC\nMon 09:00-17:00\n";

        // a timeout far above normal (milliseconds, seconds under PIT): the regular expression needed
        // about a quarter of an hour for this line
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> {
            assertThat(Damage.parse(noThen, SlaPolicy::parse, PolicyFormatException.class).error().getMessage())
                    .startsWith("line 1 'rule a when").contains("Invalid rule 'rule a when")
                    .endsWith("such as 'rule first-response when nothing sent yet then 2 business hours'");
            assertThat(SlaPolicy.parse(withThen).rule("a").orElseThrow().target()).isEqualTo(Target.parse("1 hour"));
        });
    }

    @Test
    void ruleText_readsTheSameAsBefore() {
        SlaRule odd = SlaRule.parse(" RULE  odd\tWHEN channel then  Then\t 1 hour ");
        assertThat(odd.name()).isEqualTo("odd");
        assertThat(odd.condition()).isEqualTo(Condition.parse("channel then"));
        assertThat(odd.target()).isEqualTo(Target.parse("1 hour"));
        for (String bad : new String[] {"rule", "rule a", "rule a when", "rule a when always", "rule a when then 1 hour",
                "rulea when always then 1 hour", "rule a whenalways then 1 hour", "rule a when always then",
                "rule a when always thenx 1 hour", "rule  when always then 1 hour"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SlaRule.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    static String validText(Random r) {
        StringBuilder sb = new StringBuilder();
        String nl = Damage.newline(r);
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? "clock starts at last update" : "clock starts at rule start").append(nl);
        }
        if (r.nextInt(3) == 0) {
            sb.append(r.nextBoolean() ? "warning at " + (1 + r.nextInt(100)) + (r.nextBoolean() ? "" : ".25") + "%"
                    : "warning " + (1 + r.nextInt(30)) + " " + new String[] {"hours", "minutes", "seconds"}[r.nextInt(3)]
                    + " before due").append(nl);
        }
        List<String> names = new ArrayList<>();
        if (r.nextBoolean()) {
            sb.append("standard rules").append(nl);
            names.addAll(List.of("emergency-first-response", "emergency", "first-response", "urgent-or-elevated", "open",
                    "pending-internal", "pending-customer"));
        }
        int rules = (names.isEmpty() ? 1 : 0) + r.nextInt(4);
        for (int i = 0; i < rules; i++) {
            String name = "r" + i + (r.nextBoolean() ? "_x" : "-y");
            names.add(name);
            sb.append("rule ").append(name).append(" when ").append(condition(r, 0)).append(" then ").append(target(r));
            if (r.nextInt(6) == 0) {
                sb.append("  # why");
            }
            sb.append(nl);
        }
        if (r.nextInt(3) == 0) {
            sb.append("change ").append(names.get(r.nextInt(names.size()))).append(" to ").append(target(r)).append(nl);
        }
        if (r.nextInt(4) == 0) {
            sb.append("clock resolution").append(nl);
            sb.append(r.nextBoolean() ? "pauses in pending-customer" : "runs in open,pending-internal").append(nl);
            sb.append("rule all when always then ").append(target(r)).append(nl);
        }
        sb.append(r.nextInt(5) == 0 ? "CALENDAR" : "calendar").append(nl);
        sb.append(CALENDARS[r.nextInt(CALENDARS.length)].replace("\n", nl));
        return sb.toString();
    }

    private static String condition(Random r, int depth) {
        if (depth < 3 && r.nextInt(3) == 0) {
            String joined = condition(r, depth + 1) + (r.nextBoolean() ? " and " : " or ") + condition(r, depth + 1);
            return r.nextBoolean() ? "(" + joined + ")" : joined;
        }
        if (r.nextInt(25) == 0) {
            int deep = new int[] {10, 63, 64, 65, 200}[r.nextInt(5)];
            return "(".repeat(deep) + "elevated" + ")".repeat(deep);
        }
        switch (r.nextInt(9)) {
            case 0:
                return "priority " + list(r, PRIORITIES);
            case 1:
                return "status " + list(r, STATUSES);
            case 2:
                return "channel " + list(r, CHANNELS);
            case 3:
                return "elevated";
            case 4:
                return "not elevated";
            case 5:
                return "nothing sent yet";
            case 6:
                return "update sent";
            case 7:
                return "always";
            default:
                return "priority " + PRIORITIES[r.nextInt(4)].toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static String list(Random r, String[] values) {
        int from = r.nextInt(values.length);
        int to = from + r.nextInt(values.length - from);
        return String.join(",", List.of(values).subList(from, to + 1));
    }

    private static String target(Random r) {
        int n = r.nextInt(12) == 0 ? new int[] {2147483647, 1000000000, 99999}[r.nextInt(3)] : 1 + r.nextInt(10);
        switch (r.nextInt(6)) {
            case 0:
                return n + " business hours";
            case 1:
                return n + " business days";
            case 2:
                return n + " " + new String[] {"weeks", "hours", "minutes", "seconds"}[r.nextInt(4)];
            case 3:
                return "as agreed, else " + n + " business minutes";
            case 4:
                return n + " business seconds";
            default:
                return "1 hour";
        }
    }
}
