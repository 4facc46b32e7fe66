package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The largest policy texts the parser accepts and what happens past them (README, "Limits of the
 * text formats"). Nesting depth and 100,000 rules are pinned in {@code SlaPolicyTest.HostileText}.
 */
class PolicyLimitsTest {

    private static final String CALENDAR = "calendar\nzone UTC\nMon-Fri 09:00-17:00\n";

    @Test
    void aRuleLineOf100000Characters_isRead() {
        StringBuilder condition = new StringBuilder("priority low");
        while (condition.length() < 100_000) {
            condition.append(" or channel chat,email and not elevated");
        }
        SlaPolicy p = SlaPolicy.parse("rule big when " + condition + " then 1 hour\n" + CALENDAR);
        assertThat(p.rule("big")).isPresent();
        assertThat(SlaPolicy.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void ruleNames_haveAtMost64Characters() {
        String name = "r" + "x".repeat(63);
        assertThat(SlaPolicy.parse("rule " + name + " when always then 1 hour\n" + CALENDAR).rule(name)).isPresent();
        assertThatThrownBy(() -> SlaPolicy.parse("rule " + name + "x when always then 1 hour\n" + CALENDAR))
                .isInstanceOf(PolicyFormatException.class).hasMessageStartingWith("line 1 ")
                .hasMessageContaining("up to 63 letters");
    }

    @Test
    void targetsBeyondAnyInstant_areAnErrorOnTheirLine() {
        // the longest target is 100 years (876,600 hours)
        assertThat(SlaPolicy.parse("rule r when always then 876600 hours\n" + CALENDAR).rule("r")).isPresent();
        for (String target : new String[] {"876601 hours", "5218 weeks", "2147483647 weeks", "9223372036854775807 weeks", "9223372036854775808 hours",
                "99999999999999999999 business days"}) {
            assertThatThrownBy(() -> SlaPolicy.parse("rule r when always then " + target + "\n" + CALENDAR)).as(target)
                    .isInstanceOf(PolicyFormatException.class).hasMessageStartingWith("line 1 ");
        }
    }
}
