package org.slakit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The event log and the snapshots that ship in the resources are exactly what the generator makes:
 * they cannot drift. Regenerate both with
 * {@code java -cp ... org.slakit.examples.demo.DemoData sla-examples/src/main/resources/org/slakit/examples/demo}.
 */
class ShippedEventLogTest {

    @Test
    void shippedCsvEqualsTheGeneratedOne() throws IOException {
        StringBuilder generated = new StringBuilder();
        DemoData.shipped().writeEventLog(generated);
        String shipped = Files.readString(Path.of("src/main/resources/org/slakit/examples/demo/events.csv"),
                StandardCharsets.UTF_8);
        assertThat(shipped)
                .as("regenerate with: java -cp ... org.slakit.examples.demo.DemoData sla-examples/src/main/resources/org/slakit/examples/demo/events.csv")
                .isEqualTo(generated.toString());
        assertThat(shipped.lines().count()).isEqualTo(1 + DemoData.shipped().histories().stream()
                .mapToLong(h -> h.events().size()).sum());
    }

    @Test
    void shippedSnapshotsEqualTheGeneratedOnes() throws IOException {
        StringBuilder generated = new StringBuilder();
        DemoData.shipped().writeCaseSnapshots(generated, DemoData.NOW);
        assertThat(Files.readString(Path.of("src/main/resources/org/slakit/examples/demo/cases.csv"), StandardCharsets.UTF_8))
                .isEqualTo(generated.toString());
    }
}
