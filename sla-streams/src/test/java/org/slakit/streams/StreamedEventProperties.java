package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slakit.core.history.CaseEvent;

/**
 * The token-by-token reading of case events agrees with the tree: every event written reads back
 * without the tree, and for any object of known and unknown fields, right or wrong, it gives what the
 * tree gives or leaves the input to the tree (which then names the error as documented).
 */
class StreamedEventProperties {

    @Test
    void everyEventWritten_readsWithoutTheTree() {
        qt().withExamples(200).forAll(Feeds.feeds()).checkAssert(feed -> {
            for (CaseEvent e : feed.events) {
                byte[] json = SlaJson.writeEvent(e).getBytes(StandardCharsets.UTF_8);
                assertThat(SlaJson.streamedEvent(json)).isEqualTo(e);
            }
        });
        for (CaseEvent e : SlaJsonTest.EVERY_KIND) {
            assertThat(SlaJson.streamedEvent(SlaJson.writeEvent(e).getBytes(StandardCharsets.UTF_8))).isEqualTo(e);
        }
    }

    private static final String[][] FIELDS = {
        {"\"case\":\"C-1\"", "\"case\":\" \"", "\"case\":5", "\"case\":null"},
        {"\"at\":\"2026-03-02T09:00:00Z\"", "\"at\":\"2026-03-02T10:00:00+01:00\"", "\"at\":\"2026-03-02T09:00:00.5Z\"",
            "\"at\":\"x\"", "\"at\":5"},
        {"\"kind\":\"created\"", "\"kind\":\"status\"", "\"kind\":\"priority\"", "\"kind\":\"elevated\"",
            "\"kind\":\"update-sent\"", "\"kind\":\"customer-message\"", "\"kind\":\"agreed-interval\"",
            "\"kind\":\"assigned\"", "\"kind\":\"waiting-on\"", "\"kind\":\"solved\"", "\"kind\":\"reopened\"",
            "\"kind\":\"closed\"", "\"kind\":\"other\"", "\"kind\":null"},
        {"\"channel\":\"email\"", "\"channel\":\"\"", "\"channel\":1"},
        {"\"priority\":\"urgent\"", "\"priority\":\"high\"", "\"priority\":[]"},
        {"\"status\":\"pending-customer\"", "\"status\":\"solved\"", "\"status\":\"nope\""},
        {"\"interval\":\"PT4H\"", "\"interval\":\"PT0S\"", "\"interval\":\"4h\""},
        {"\"assignee\":\"ana\"", "\"assignee\":null", "\"assignee\":\"\"", "\"assignee\":3"},
        {"\"team\":\"engineering\"", "\"team\":null", "\"team\":false"},
        {"\"elevated\":true", "\"elevated\":false", "\"elevated\":\"yes\"", "\"elevated\":null"},
        {"\"source\":\"crm\"", "\"extra\":{\"a\":[1,{\"b\":null}]}", "\"n\":1.5"},
    };

    @Test
    void anyObject_readsAsTheTreeReadsIt_orIsLeftToTheTree() {
        qt().withExamples(5_000).forAll(longs().all(), integers().between(0, 3)).checkAssert((seed, shape) -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> parts = new ArrayList<>();
            for (String[] options : FIELDS) {
                if (r.nextInt(4) != 0) {
                    parts.add(options[r.nextInt(options.length)]);
                }
            }
            if (r.nextInt(8) == 0 && !parts.isEmpty()) {
                parts.add(parts.get(r.nextInt(parts.size()))); // a repeated field
            }
            java.util.Collections.shuffle(parts, new java.util.Random(seed));
            String json = "{" + String.join(",", parts) + "}";
            if (shape == 1) {
                json = json + " {}"; // trailing content
            } else if (shape == 2) {
                json = json.substring(0, json.length() - 1); // cut short
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            CaseEvent fast = SlaJson.streamedEvent(bytes);
            if (fast != null) {
                assertThat(fast).as(json).isEqualTo(SlaJson.treeEvent(bytes));
            }
            String expected;
            try {
                expected = "event " + SlaJson.readEvent(json);
            } catch (IllegalArgumentException e) {
                expected = "error " + e.getMessage();
            }
            String actual;
            try {
                actual = "event " + SlaJson.readEvent(bytes);
            } catch (IllegalArgumentException e) {
                actual = "error " + e.getMessage();
            }
            assertThat(actual).as(json).isEqualTo(expected);
        });
    }
}
