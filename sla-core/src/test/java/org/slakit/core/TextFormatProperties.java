package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code parse(x.toString()).equals(x)} for targets, conditions, warnings and whole policies. */
class TextFormatProperties {

    @Test
    void targetsRoundTrip() {
        qt().withExamples(500).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Target t;
            switch (r.nextInt(4)) {
                case 0:
                    t = Target.businessTime(Duration.ofSeconds(1 + r.nextLong(Target.MAX_LENGTH.getSeconds())));
                    break;
                case 1:
                    t = Target.businessDays(1 + r.nextInt(Target.MAX_DAYS));
                    break;
                case 2:
                    t = Target.elapsed(Duration.ofSeconds(1 + r.nextLong(r.nextBoolean() ? 100_000 : Target.MAX_LENGTH.getSeconds())));
                    break;
                default:
                    t = Scenarios.target(r);
                    break;
            }
            assertThat(Target.parse(t.toString())).isEqualTo(t);
            assertThat(Target.parse(t.toString()).toString()).isEqualTo(t.toString());
        });
    }

    @Test
    void conditionsRoundTrip() {
        qt().withExamples(500).forAll(Scenarios.seeds()).checkAssert(seed -> {
            Condition c = Scenarios.condition(new SplittableRandom(seed), 4);

            assertThat(Condition.parse(c.toString())).isEqualTo(c);
            assertThat(Condition.parse(c.toString()).toString()).isEqualTo(c.toString());
        });
    }

    @Test
    void warningsRoundTrip() {
        qt().withExamples(300).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            WarningThreshold w = r.nextBoolean() ? WarningThreshold.fraction((1 + r.nextInt(1_000_000)) / 1e6)
                    : WarningThreshold.leadTime(Duration.ofSeconds(1 + r.nextLong(10 * Scenarios.DAY)));

            assertThat(WarningThreshold.parse(w.toString())).isEqualTo(w);
        });
    }

    @Test
    void policiesRoundTrip() {
        qt().withExamples(200).forAll(Scenarios.seeds()).checkAssert(seed -> {
            SlaPolicy p = Scenarios.policy(new SplittableRandom(seed));

            assertThat(SlaPolicy.parse(p.toString())).isEqualTo(p);
            assertThat(SlaPolicy.parse(p.toString()).toString()).isEqualTo(p.toString());
        });
    }
}
