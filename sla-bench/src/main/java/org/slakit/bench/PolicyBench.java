package org.slakit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slakit.core.SlaPolicy;

/**
 * Reading policy text with many rules: parsing, the rule analysis (what each rule tests, the
 * lookup over every case shape, rules that can never match) and the builder's checks. The time
 * should grow linearly with {@code rules}: compare the two sizes in one run.
 *
 * <p>Each rule tests one of seven channels and a priority and has its own target, so the rules
 * are all different; only the first rule per channel can match, so the others are reported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PolicyBench {

    @Param({"10000", "100000"})
    public int rules;

    private String text;

    @Setup
    public void setup() {
        text = policyText(rules);
        SlaPolicy p = SlaPolicy.parse(text);
        if (p.rules().size() != rules + 1 || p.warnings().size() != rules - 7) {
            throw new IllegalStateException("unexpected policy: " + p.rules().size() + " rules, "
                    + p.warnings().size() + " warnings");
        }
    }

    @Benchmark
    public SlaPolicy parse_rules() {
        return SlaPolicy.parse(text);
    }

    /** {@code rules} different rules, a catch-all and a Berlin calendar. */
    static String policyText(int rules) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rules; i++) {
            sb.append("rule r").append(i).append(" when channel c").append(i % 7)
                    .append(" and priority urgent then ").append(1 + i % 50).append(" business hours\n");
        }
        return sb.append("rule rest when always then 3 business days\ncalendar\nzone Europe/Berlin\n")
                .append("Mon-Fri 09:00-17:00\n").toString();
    }
}
