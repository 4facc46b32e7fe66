package org.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FirstLookTest {

    @Test
    void printsDueDatesAcrossChristmas() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FirstLook.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // columns are padded: compare with runs of blanks folded to one
        String out = bytes.toString(StandardCharsets.UTF_8).replaceAll(" +", " ");

        // Mon 10:00 + 2 business hours: 10:00-12:00 fits before lunch
        assertThat(out).contains("Mon 2026-12-21 10:00 CET open Mon 2026-12-21 12:00 CET");
        // Wed 17:30 + 2h: 30 min Wed, then Christmas Eve's short morning from 09:00
        assertThat(out).contains("Wed 2026-12-23 17:30 CET open Thu 2026-12-24 10:30 CET");
        // Christmas Day is closed; the next open time is Mon 28th
        assertThat(out).contains("Fri 2026-12-25 09:00 CET closed Mon 2026-12-28 11:00 CET");
        assertThat(out).contains("the team is open until Thu 2026-12-24 12:00 CET and opens again Mon 2026-12-28 09:00 CET.");
    }
}
