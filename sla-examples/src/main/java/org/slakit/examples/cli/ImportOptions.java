package org.slakit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slakit.imports.ErrorBudget;
import org.slakit.imports.EventLogImport;
import org.slakit.imports.EventLogMapping;
import picocli.CommandLine.Option;

/** The options of an import, shared by {@code report} and {@code import}. */
final class ImportOptions {

    @Option(names = "--mapping", required = true, paramLabel = "FILE",
            description = "the column mapping of the log: a mapping file, or the name of a shipped mapping: bpic2014"
                    + " (BPI Challenge 2014, Rabobank ITSM) or bpi2013 (BPI Challenge 2013, Volvo IT incidents)")
    String mapping;

    @Option(names = "--attributes", paramLabel = "FILE",
            description = "a case attributes file (one row per case: priority, channel, created time) as the mapping's"
                    + " attributes.column.* keys describe it")
    Path attributes;

    @Option(names = "--error-budget", paramLabel = "BUDGET",
            description = "how many rejected rows stop the import with exit code 3: a share of the rows read (1%%), a number"
                    + " of rows (100 rows), or 'unlimited'. Default: the mapping's budget.* keys, else 1%%.")
    String errorBudget;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    @Option(names = "--progress", defaultValue = "5", paramLabel = "SECONDS",
            description = "seconds between two progress lines on stderr (rows read, rows per second, cases); the first"
                    + " comes after that long, so short imports print none (default: ${DEFAULT-VALUE})")
    int progressSeconds;

    EventLogMapping mapping() throws IOException {
        Path file = Path.of(mapping);
        if (!Files.exists(file) && EventLogMapping.SHIPPED.contains(mapping)) {
            return EventLogMapping.shipped(mapping);
        }
        if (!Files.exists(file)) {
            throw new InputException("--mapping " + mapping + ": no such file (and no shipped mapping of that name: "
                    + String.join(", ", EventLogMapping.SHIPPED) + ")");
        }
        return EventLogMapping.read(file);
    }

    EventLogImport importer(EventLogMapping m) {
        EventLogImport importer = EventLogImport.of(m);
        if (errorBudget != null) {
            importer = importer.withErrorBudget(budget(errorBudget));
        }
        if (attributes != null && !m.hasAttributes()) {
            throw new InputException("--attributes " + attributes + ": the mapping has no attributes.column.case, so it"
                    + " cannot read a case attributes file");
        }
        if (progressSeconds < 0) {
            throw new InputException("--progress must be 0 or more seconds, not " + progressSeconds);
        }
        return quiet ? importer.withoutProgress() : importer.withProgressEvery(Duration.ofSeconds(progressSeconds));
    }

    static ErrorBudget budget(String text) {
        String t = text.strip();
        try {
            if (t.equalsIgnoreCase("unlimited")) {
                return ErrorBudget.unlimited();
            }
            if (t.endsWith("%")) {
                return ErrorBudget.atMostShare(new java.math.BigDecimal(t.substring(0, t.length() - 1).strip())
                        .movePointLeft(2).doubleValue());
            }
            if (t.endsWith("rows") || t.endsWith("row")) {
                return ErrorBudget.atMostRows(Long.parseLong(t.replaceAll("rows?$", "").strip()));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below (NumberFormatException is one)
        }
        throw new InputException("--error-budget '" + text + "' is not a budget: expected a share such as 1% or 0.5%,"
                + " a number of rows such as 100 rows, or unlimited");
    }
}
