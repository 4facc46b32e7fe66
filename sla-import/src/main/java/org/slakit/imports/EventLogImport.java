package org.slakit.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Imports case histories from a CSV event log (one row per event) and, optionally, a case
 * attributes CSV (one row per case), as an {@link EventLogMapping} describes them, and reports
 * every row it did not use.
 *
 * <pre>{@code
 * EventLogMapping mapping = EventLogMapping.read(Path.of("helpdesk.mapping"));
 * ImportResult result = EventLogImport.of(mapping)
 *         .withErrorBudget(ErrorBudget.atMostShare(0.01))
 *         .read(Path.of("export.csv.gz"));
 * System.out.println(result.report());          // rows, cases, rejections with line and reason
 * List<CaseHistory> histories = result.histories();
 * }</pre>
 *
 * <h2>What happens to a row</h2>
 * A log row is rejected ({@link RejectReason}) when it has the wrong number of fields, an empty
 * case id or event, an event value the mapping does not list, an empty timestamp or one the format
 * cannot read, a status, priority or channel value it cannot map, when a creation finds no channel
 * or priority (its own cells, then the attributes, then the defaults), or when it is identical,
 * field by field, to an earlier row. A row whose event is mapped to {@code ignore} is counted per
 * value and not checked further: its timestamp may be broken.
 *
 * <h2>What happens to a case</h2>
 * The remaining rows are grouped by case id. A case with more than one creation keeps the earliest
 * (the first in the file among equal instants); the others are rejected. Rows before the creation
 * are rejected. A case without a creation event is rejected row by row, or, with
 * {@code missing-creation = synthesize}, created at its attributes' created time or else at its
 * earliest event, with the channel and priority of its attributes or the defaults. Each case's
 * events are then sorted by instant; events at the same instant keep the order of the file, and
 * the creation goes first. The report counts events that were out of order and same-instant events.
 * Histories come in the order their cases first appear in the log.
 *
 * <h2>Lines and files</h2>
 * A rejection names the physical line its row starts on, the header being line 1, so a quoted
 * field over several lines moves the following rows' numbers as an editor shows them. Blank lines
 * are skipped and counted. A file whose name ends in {@code .gz} is read as gzip. A file that
 * cannot be read as CSV at all (empty, a mapped column missing from the header, a quote that never
 * closes, bytes that are not text in the charset) stops the import with an
 * {@link EventLogFormatException}; an import that rejects more rows than its {@link ErrorBudget}
 * allows stops with an {@link ErrorBudgetExceededException}.
 *
 * <p>This class is immutable and thread-safe; each {@code read} is independent.
 */
public final class EventLogImport {

    private final EventLogMapping mapping;
    private final ErrorBudget budget;

    private EventLogImport(EventLogMapping mapping, ErrorBudget budget) {
        this.mapping = mapping;
        this.budget = budget;
    }

    /**
     * An import with a mapping and the mapping's error budget ({@link ErrorBudget#unlimited()} if it
     * sets none).
     *
     * @param mapping the column mapping
     * @return the import
     */
    public static EventLogImport of(EventLogMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return new EventLogImport(mapping, mapping.errorBudget());
    }

    /**
     * Returns a copy with another error budget, replacing the mapping's.
     *
     * @param budget the budget
     * @return the import
     */
    public EventLogImport withErrorBudget(ErrorBudget budget) {
        return new EventLogImport(mapping, Objects.requireNonNull(budget, "budget"));
    }

    /** @return the error budget in force */
    public ErrorBudget errorBudget() {
        return budget;
    }

    /** @return the mapping */
    public EventLogMapping mapping() {
        return mapping;
    }

    /**
     * Imports a log file; a name ending in {@code .gz} is read as gzip.
     *
     * @param log the event log
     * @return the histories and the report, whose file name is the log's file name
     * @throws IOException if the file cannot be read
     * @throws EventLogFormatException if the file cannot be read as the mapping describes at all
     * @throws ErrorBudgetExceededException if more rows are rejected than the budget allows
     */
    public ImportResult read(Path log) throws IOException {
        Objects.requireNonNull(log, "log");
        try (Reader in = open(log)) {
            return new ImportRun(mapping, budget).run(in, log.getFileName().toString(), null, null);
        }
    }

    /**
     * Imports a log file and its case attributes file; names ending in {@code .gz} are read as gzip.
     *
     * @param log the event log
     * @param attributes the case attributes, one row per case
     * @return the histories and the report
     * @throws IllegalArgumentException if the mapping has no {@code attributes.column.case}
     * @throws IOException if a file cannot be read
     * @throws EventLogFormatException if a file cannot be read as the mapping describes at all
     * @throws ErrorBudgetExceededException if more rows are rejected than the budget allows
     */
    public ImportResult read(Path log, Path attributes) throws IOException {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(attributes, "attributes");
        requireAttributes(attributes.getFileName().toString());
        try (Reader in = open(log); Reader attrs = open(attributes)) {
            return new ImportRun(mapping, budget).run(in, log.getFileName().toString(), attrs,
                    attributes.getFileName().toString());
        }
    }

    /**
     * Imports a log from a reader; the reader is read to its end but not closed.
     *
     * @param log the event log text
     * @param logName the name rejections and the report give the log
     * @return the histories and the report
     * @throws IOException if the reader fails
     * @throws EventLogFormatException if the text cannot be read as the mapping describes at all
     * @throws ErrorBudgetExceededException if more rows are rejected than the budget allows
     */
    public ImportResult read(Reader log, String logName) throws IOException {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(logName, "logName");
        return new ImportRun(mapping, budget).run(log, logName, null, null);
    }

    /**
     * Imports a log and its case attributes from readers, which are read but not closed.
     *
     * @param log the event log text
     * @param logName the name rejections and the report give the log
     * @param attributes the case attributes text
     * @param attributesName the name rejections and the report give the attributes file
     * @return the histories and the report
     * @throws IllegalArgumentException if the mapping has no {@code attributes.column.case}
     * @throws IOException if a reader fails
     * @throws EventLogFormatException if a text cannot be read as the mapping describes at all
     * @throws ErrorBudgetExceededException if more rows are rejected than the budget allows
     */
    public ImportResult read(Reader log, String logName, Reader attributes, String attributesName) throws IOException {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(logName, "logName");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(attributesName, "attributesName");
        requireAttributes(attributesName);
        return new ImportRun(mapping, budget).run(log, logName, attributes, attributesName);
    }

    private void requireAttributes(String name) {
        if (!mapping.hasAttributes()) {
            throw new IllegalArgumentException("Cannot read case attributes " + name
                    + ": the mapping has no attributes.column.case");
        }
    }

    private Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw new IOException(file.getFileName() + " is named .gz but is not gzip: " + e.getMessage(), e);
        }
        return new BufferedReader(new InputStreamReader(in, mapping.charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }
}
