package org.slakit.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slakit.core.history.CaseHistory;
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

    /** The default interval between progress lines. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final EventLogMapping mapping;
    private final ErrorBudget budget;
    private final Duration progress;

    private EventLogImport(EventLogMapping mapping, ErrorBudget budget, Duration progress) {
        this.mapping = mapping;
        this.budget = budget;
        this.progress = progress;
    }

    /**
     * An import with a mapping and the mapping's error budget ({@link ErrorBudget#standard()}, 1% of
     * the rows read, if it sets none).
     *
     * @param mapping the column mapping
     * @return the import
     */
    public static EventLogImport of(EventLogMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return new EventLogImport(mapping, mapping.errorBudget(), PROGRESS_INTERVAL);
    }

    /**
     * Returns a copy with another error budget, replacing the mapping's.
     *
     * @param budget the budget
     * @return the import
     */
    public EventLogImport withErrorBudget(ErrorBudget budget) {
        return new EventLogImport(mapping, Objects.requireNonNull(budget, "budget"), progress);
    }

    /**
     * Returns a copy that logs its progress (rows read, rows per second, cases) at INFO through
     * SLF4J, logger {@code org.slakit.imports}, at most once per interval; the first line comes
     * after one interval, so short imports log nothing. The default is every
     * {@link #PROGRESS_INTERVAL 5 seconds}.
     *
     * @param interval the time between two progress lines, zero or more
     * @return the import
     * @throws IllegalArgumentException if the interval is negative
     */
    public EventLogImport withProgressEvery(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("Progress interval " + interval + " is negative: expected zero or more");
        }
        return new EventLogImport(mapping, budget, interval);
    }

    /** @return a copy that logs no progress */
    public EventLogImport withoutProgress() {
        return new EventLogImport(mapping, budget, null);
    }

    /**
     * Imports a log file, and optionally its case attributes file, handing each case's history to
     * {@code sink} as soon as the case's last row has been read, so that memory holds only the
     * cases still open in the file: the file is read twice, first to count the rows of each case.
     * Cases come in the order their last row appears (histories are complete and sorted, as from
     * {@link #read(Path)}). Use this for logs too large to hold as histories at once.
     *
     * @param log the event log; a name ending in {@code .gz} is read as gzip
     * @param attributes the case attributes file, or null
     * @param sink receives each imported case's history, once
     * @return the report
     * @throws IOException if a file cannot be read
     * @throws EventLogFormatException if a file cannot be read as the mapping describes at all
     * @throws ErrorBudgetExceededException if more rows are rejected than the budget allows (the
     *         sink has then received some of the cases); as the first pass counts the rows, a share
     *         budget stops the import as soon as the rejections exceed it, not at the end
     */
    public ImportReport stream(Path log, Path attributes, Consumer<? super CaseHistory> sink) throws IOException {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(sink, "sink");
        String logName = log.getFileName().toString();
        Progress p = progress(logName);
        ImportRun.Counts counts = locating(log, () -> {
            try (Reader in = open(log)) {
                return ImportRun.countRows(in, logName, mapping, p);
            }
        });
        if (attributes == null) {
            return locating(log, () -> {
                try (Reader in = open(log)) {
                    return new ImportRun(mapping, budget, sink, p, counts).run(in, logName, null, null);
                }
            });
        }
        requireAttributes(attributes.getFileName().toString());
        return locating(log, attributes, () -> {
            try (Reader in = open(log); Reader attrs = open(attributes)) {
                return new ImportRun(mapping, budget, sink, p, counts).run(in, logName, attrs, attributes.getFileName().toString());
            }
        });
    }

    private Progress progress(String name) {
        return progress == null ? Progress.silent() : new Progress(name, progress);
    }

    private ImportResult collect(Reader log, String logName, Reader attributes, String attributesName) throws IOException {
        List<CaseHistory> histories = new ArrayList<>();
        ImportReport report = new ImportRun(mapping, budget, histories::add, progress(logName), null)
                .run(log, logName, attributes, attributesName);
        return new ImportResult(histories, report);
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
        return locating(log, () -> {
            try (Reader in = open(log)) {
                return collect(in, log.getFileName().toString(), null, null);
            }
        });
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
        return locating(log, attributes, () -> {
            try (Reader in = open(log); Reader attrs = open(attributes)) {
                return collect(in, log.getFileName().toString(), attrs, attributes.getFileName().toString());
            }
        });
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
        return collect(log, logName, null, null);
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
        return collect(log, logName, attributes, attributesName);
    }

    private void requireAttributes(String name) {
        if (!mapping.hasAttributes()) {
            throw new IllegalArgumentException("Cannot read case attributes " + name
                    + ": the mapping has no attributes.column.case");
        }
    }

    /**
     * Runs a read; when it stops on bytes that are not text in the charset, finds the exact line of
     * the first such byte (the reader decodes ahead of the parser, so the parser only knows roughly).
     */
    private <T> T locating(Path file, IoAction<T> action) throws IOException {
        return locating(file, null, action);
    }

    private <T> T locating(Path file, Path other, IoAction<T> action) throws IOException {
        try {
            return action.run();
        } catch (EventLogFormatException e) {
            if (!(e.getCause() instanceof CharacterCodingException)
                    && !(e.getCause() != null && e.getCause().getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            Path culprit = other != null && e.getMessage().startsWith(String.valueOf(other.getFileName())) ? other : file;
            throw badBytes(culprit, e);
        }
    }

    /** A read that may throw IOException. */
    private interface IoAction<T> {
        T run() throws IOException;
    }

    private EventLogFormatException badBytes(Path file, EventLogFormatException e) throws IOException {
        CharsetDecoder decoder = mapping.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = stream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            long line = 1;
            long offset = 0;
            boolean end = false;
            while (true) {
                int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                int before = bytes.position();
                CoderResult r = decoder.decode(bytes, chars, end);
                offset += bytes.position() - before;
                chars.flip();
                for (int i = 0; i < chars.length(); i++) {
                    line += chars.charAt(i) == '\n' ? 1 : 0;
                }
                chars.clear();
                if (r.isError()) {
                    return new EventLogFormatException(file.getFileName() + " line " + line + ": byte "
                            + String.format("0x%02X", bytes.get() & 0xff) + " (offset " + offset + ") is not "
                            + mapping.charset.name() + " text: set csv.charset in the mapping (for example windows-1252)", e);
                }
                bytes.compact();
                if (end && !r.isOverflow()) {
                    return e;
                }
            }
        }
    }

    private InputStream stream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw new IOException(file.getFileName() + " is named .gz but is not gzip: " + e.getMessage(), e);
        }
        return in;
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
