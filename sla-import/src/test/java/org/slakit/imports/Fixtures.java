package org.slakit.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Loads the test fixtures next to this class and runs imports on text. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventLogMapping mapping(String name) {
        return EventLogMapping.parse(text(name));
    }

    static ImportResult run(EventLogImport importer, String logName) {
        try {
            return importer.read(new StringReader(text(logName)), logName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult runText(EventLogMapping mapping, String log) {
        try {
            return lenient(mapping).read(new StringReader(log), "log.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }

    /** An import without an error budget, for tests that look at rejected rows. */
    static EventLogImport lenient(EventLogMapping mapping) {
        return EventLogImport.of(mapping).withErrorBudget(ErrorBudget.unlimited());
    }
}
