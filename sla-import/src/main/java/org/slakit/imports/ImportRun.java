package org.slakit.imports;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.EventKind;

/** One import: reads the attributes, then the log, then assembles the cases. Not thread-safe; used once. */
final class ImportRun {

    /** Where a creation's channel or priority came from. */
    private enum Source { ROW, ATTRIBUTES, DEFAULT }

    /** A row of the attributes file that passed its checks. */
    private static final class Attributes {
        final long line;
        final Priority priority;
        final Channel channel;
        final Instant created;

        Attributes(long line, Priority priority, Channel channel, Instant created) {
            this.line = line;
            this.priority = priority;
            this.channel = channel;
            this.created = created;
        }
    }

    /** A log row that passed its own checks: what it says, ready to become an event. */
    private static final class Parsed {
        final long line;
        final Instant at;
        final EventTarget target;
        final TimestampFormat.Dst dst;
        CaseStatus status;
        Priority priority;
        Channel channel;
        String assignee;
        /** the waiting-on cell: a team name, or empty for nobody */
        String team;
        java.time.Duration interval;
        Source prioritySource;
        Source channelSource;
        /** the row's priority and channel cells (canonical strings), for a creation synthesized at this row */
        String priorityCell;
        String channelCell;
        /** a 64-bit hash of the row's fields, to find identical rows within the case */
        long hash;
        /** snapshot rows: the elevated flag, null when no column gives it */
        Boolean elevated;

        Parsed(long line, Instant at, EventTarget target, TimestampFormat.Dst dst) {
            this.line = line;
            this.at = at;
            this.target = target;
            this.dst = dst;
        }

        boolean isCreation() {
            return target.kind == EventTarget.Kind.CREATED;
        }
    }

    /** Thrown inside row checks; becomes a rejection. */
    private static final class Reject extends Exception {
        private static final long serialVersionUID = 1L;
        final RejectReason reason;

        Reject(RejectReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    private final EventLogMapping m;
    private final ErrorBudget budget;
    private final Tally tally = new Tally();
    private final List<Rejection> attributeRejections = new ArrayList<>();
    private final List<Rejection> logRejections = new ArrayList<>();
    private final Map<String, Attributes> attributes = new HashMap<>();
    private final Map<String, List<Parsed>> cases = new LinkedHashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final Consumer<? super CaseHistory> sink;
    private final Progress progress;
    /** rows per case id, counted in a first pass: a case is assembled as soon as its last row is read; null: at the end */
    private final Map<String, int[]> remaining;
    private final java.util.Set<String> seenIds = new java.util.HashSet<>();
    private String logName;
    /** the priority of the last creation {@link #synthesize} made */
    private Priority synthesizedPriority;

    ImportRun(EventLogMapping mapping, ErrorBudget budget, Consumer<? super CaseHistory> sink, Progress progress,
              Counts counts) {
        this.m = mapping;
        this.budget = budget;
        this.sink = sink;
        this.progress = progress;
        this.remaining = counts == null ? null : counts.perCase;
        this.expectedLogRows = counts == null ? -1 : counts.rows;
    }

    /** the log's rows (not blank), known from the first pass, or -1: lets a share budget stop the import early */
    private final long expectedLogRows;

    ImportReport run(Reader log, String logName, Reader attributesReader, String attributesName) throws IOException {
        this.logName = logName;
        tally.logName = logName;
        tally.attributesName = attributesName;
        tally.snapshots = m.snapshots;
        if (attributesReader != null) {
            readAttributes(attributesReader, attributesName);
        }
        readLog(log);
        tally.casesRead = seenIds.size();
        tally.attributeRowsWithoutLogCase = attributes.keySet().stream().filter(id -> !seenIds.contains(id)).count();
        for (Map.Entry<String, List<Parsed>> c : cases.entrySet()) {
            assembleCase(c.getKey(), c.getValue());
        }
        cases.clear();
        logRejections.sort(Comparator.comparingLong(Rejection::line)); // stable: per-case rejections keep their order
        tally.rejections.addAll(attributeRejections);
        tally.rejections.addAll(logRejections);
        checkBudgetAtEnd();
        progress.done(tally.rowsRead, tally.casesImported);
        return new ImportReport(tally);
    }

    /**
     * Counts the rows of each case id, as {@link #readLog} will see them (rows of the right width
     * with a case id), so that each case can be assembled as soon as its last row is read.
     */
    static Counts countRows(Reader log, String logName, EventLogMapping m, Progress progress) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        long all = 0;
        try (CsvTable table = CsvTable.open(log, logName, m)) {
            int caseIdx = table.column("column.case", m.caseColumn);
            long rows = 0;
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                all += row.isBlank() ? 0 : 1;
                if (row.isBlank() || (table.width() >= 0 && row.fields.size() != table.width()) || row.fields.size() <= caseIdx) {
                    continue;
                }
                String id = row.fields.get(caseIdx).strip();
                if (!id.isEmpty()) {
                    counts.computeIfAbsent(id, k -> new int[1])[0]++;
                }
                if (++rows % 65_536 == 0) {
                    progress.counting(rows, counts.size());
                }
            }
        }
        return new Counts(counts, all);
    }

    /** What the first pass found: rows per case id, and all rows that are not blank. */
    static final class Counts {
        final Map<String, int[]> perCase;
        final long rows;

        Counts(Map<String, int[]> perCase, long rows) {
            this.perCase = perCase;
            this.rows = rows;
        }
    }

    /** A row of the case has been read (used, ignored or rejected); assembles the case after its last row. */
    private void arrived(String id) {
        if (remaining == null) {
            return;
        }
        int[] left = remaining.get(id);
        if (left != null && --left[0] == 0) {
            remaining.remove(id);
            List<Parsed> rows = cases.remove(id);
            if (rows != null) {
                assembleCase(id, rows);
            }
        }
    }

    /** Keeps one copy of each distinct short cell value (priorities, channels). */
    private String canonical(String value) {
        if (value.isEmpty() || value.length() > 64 || canonical.size() > 10_000) {
            return value;
        }
        String known = canonical.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private static long hash(List<String> fields) {
        long h = 1125899906842597L;
        for (String f : fields) {
            for (int i = 0; i < f.length(); i++) {
                h = 31 * h + f.charAt(i);
            }
            h = 31 * h + 0x1f;
            h ^= h >>> 29;
        }
        return h;
    }

    private void readAttributes(Reader reader, String name) throws IOException {
        try (CsvTable table = CsvTable.open(reader, name, m)) {
            int caseIdx = table.column("attributes.column.case", m.attributesCaseColumn);
            int priorityIdx = m.attributesPriorityColumn == null ? -1 : table.column("attributes.column.priority", m.attributesPriorityColumn);
            int channelIdx = m.attributesChannelColumn == null ? -1 : table.column("attributes.column.channel", m.attributesChannelColumn);
            int createdIdx = m.attributesCreatedColumn == null ? -1 : table.column("attributes.column.created", m.attributesCreatedColumn);
            int needed = max(caseIdx, priorityIdx, channelIdx, createdIdx) + 1;
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if (row.isBlank()) {
                    tally.attributeBlankLines++;
                    continue;
                }
                tally.attributeRowsRead++;
                try {
                    checkWidth(table, row, needed);
                    String id = required(table, row, caseIdx, m.attributesCaseColumn, "case id");
                    Priority priority = priorityIdx < 0 ? null : optional(row, priorityIdx, v -> priority(table, m.attributesPriorityColumn, v));
                    Channel channel = channelIdx < 0 ? null : optional(row, channelIdx, v -> channel(table, m.attributesChannelColumn, v));
                    Instant created = createdIdx < 0 ? null
                            : optional(row, createdIdx, v -> stamp(m.attributesTime, table, m.attributesCreatedColumn, v).at);
                    Attributes earlier = attributes.get(id);
                    if (earlier != null) {
                        throw new Reject(RejectReason.DUPLICATE_CASE, "case " + id + " already has a row at line " + earlier.line);
                    }
                    attributes.put(id, new Attributes(row.line, priority, channel, created));
                } catch (Reject r) {
                    tally.attributeRowsRejected++;
                    reject(attributeRejections, Rejection.of(name, row.line, r.reason, r.getMessage()));
                }
            }
        }
    }

    private void readLog(Reader reader) throws IOException {
        progress.startReading();
        try (CsvTable table = CsvTable.open(reader, logName, m)) {
            int caseIdx = table.column("column.case", m.caseColumn);
            int timeIdx = table.column("column.time", m.timeColumn);
            int eventIdx = m.eventColumn == null ? -1 : table.column("column.event", m.eventColumn);
            int substatusIdx = m.substatusColumn == null ? -1 : table.column("column.substatus", m.substatusColumn);
            int elevatedIdx = m.elevatedColumn == null ? -1 : table.column("column.elevated", m.elevatedColumn);
            int statusIdx = m.statusColumn == null ? -1 : table.column("column.status", m.statusColumn);
            int priorityIdx = m.priorityColumn == null ? -1 : table.column("column.priority", m.priorityColumn);
            int channelIdx = m.channelColumn == null ? -1 : table.column("column.channel", m.channelColumn);
            int assigneeIdx = m.assigneeColumn == null ? -1 : table.column("column.assignee", m.assigneeColumn);
            int intervalIdx = m.intervalColumn == null ? -1 : table.column("column.interval", m.intervalColumn);
            int waitingIdx = m.waitingOnColumn == null ? -1 : table.column("column.waiting-on", m.waitingOnColumn);
            int needed = max(caseIdx, timeIdx, eventIdx, statusIdx, priorityIdx, channelIdx, assigneeIdx, intervalIdx,
                    substatusIdx, elevatedIdx, waitingIdx) + 1;
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if (row.isBlank()) {
                    tally.blankLines++;
                    continue;
                }
                tally.rowsRead++;
                if ((tally.rowsRead & 0xffff) == 0) {
                    progress.reading(tally.rowsRead, seenIds.size(), tally.casesImported);
                }
                List<Parsed> caseRows = null;
                String id = null;
                try {
                    checkWidth(table, row, needed);
                    id = required(table, row, caseIdx, m.caseColumn, "case id");
                    seenIds.add(id);
                    caseRows = cases.computeIfAbsent(id, k -> new ArrayList<>());
                    if (m.snapshots) {
                        caseRows.add(snapshotRow(table, row, caseRows, timeIdx, eventIdx, statusIdx, substatusIdx, priorityIdx,
                                channelIdx, assigneeIdx, elevatedIdx, waitingIdx));
                        continue;
                    }
                    String eventText = required(table, row, eventIdx, m.eventColumn, "event");
                    String timeText = row.fields.get(timeIdx).strip();
                    EventLogMapping.Entry<EventTarget> entry = m.events.get(EventLogMapping.normalize(eventText));
                    if (entry == null) {
                        throw new Reject(RejectReason.UNKNOWN_EVENT, table.label(m.eventColumn) + " '" + eventText
                                + "' is not mapped: add event." + eventText + " = <target>, or = ignore, to the mapping");
                    }
                    if (entry.value.kind == EventTarget.Kind.IGNORE) {
                        tally.rowsIgnored++;
                        tally.count(tally.ignoredPerValue, entry.raw);
                        continue;
                    }
                    if (timeText.isEmpty()) {
                        throw new Reject(RejectReason.MISSING_VALUE, table.label(m.timeColumn) + " (timestamp) is empty");
                    }
                    TimestampFormat.Stamp stamp = stamp(m.time, table, m.timeColumn, timeText);
                    Parsed p = new Parsed(row.line, stamp.at, entry.value, stamp.dst);
                    for (EventTarget part : entry.value.parts()) {
                    switch (part.kind) {
                        case CREATED:
                            creationDetails(table, row, id, p, priorityIdx, channelIdx);
                            break;
                        case STATUS_FROM_COLUMN:
                            p.status = status(table, required(table, row, statusIdx, m.statusColumn, "status"));
                            break;
                        case PRIORITY_FROM_COLUMN:
                            p.priority = priority(table, m.priorityColumn, required(table, row, priorityIdx, m.priorityColumn, "priority"));
                            break;
                        case ASSIGNED:
                            p.assignee = row.fields.get(assigneeIdx).strip();
                            break;
                        case AGREED_INTERVAL:
                            p.interval = interval(table, required(table, row, intervalIdx, m.intervalColumn, "interval"));
                            break;
                        case WAITING_ON_FROM_COLUMN:
                            p.team = team(table, row.fields.get(waitingIdx).strip());
                            break;
                        default:
                            break;
                    }
                    }
                    if (priorityIdx >= 0) {
                        p.priorityCell = canonical(row.fields.get(priorityIdx).strip());
                    }
                    if (channelIdx >= 0) {
                        p.channelCell = canonical(row.fields.get(channelIdx).strip());
                    }
                    p.hash = hash(row.fields);
                    for (Parsed earlier : caseRows) {
                        if (earlier.hash == p.hash) {
                            throw new Reject(RejectReason.DUPLICATE_ROW, "identical to line " + earlier.line);
                        }
                    }
                    caseRows.add(p);
                } catch (Reject r) {
                    tally.logRowsRejected++;
                    reject(logRejections, Rejection.of(logName, row.line, r.reason, r.getMessage()));
                } finally {
                    if (id != null) {
                        arrived(id);
                    }
                }
            }
        }
    }

    private void creationDetails(CsvTable table, CsvTable.Row row, String id, Parsed p, int priorityIdx, int channelIdx) throws Reject {
        Attributes a = attributes.get(id);
        p.priority = priorityIdx < 0 ? null : optional(row, priorityIdx, v -> priority(table, m.priorityColumn, v));
        p.prioritySource = Source.ROW;
        if (p.priority == null && a != null && a.priority != null) {
            p.priority = a.priority;
            p.prioritySource = Source.ATTRIBUTES;
        }
        if (p.priority == null && m.defaultPriority != null) {
            p.priority = m.defaultPriority;
            p.prioritySource = Source.DEFAULT;
        }
        p.channel = channelIdx < 0 ? null : optional(row, channelIdx, v -> channel(table, m.channelColumn, v));
        p.channelSource = Source.ROW;
        if (p.channel == null && a != null && a.channel != null) {
            p.channel = a.channel;
            p.channelSource = Source.ATTRIBUTES;
        }
        if (p.channel == null && m.defaultChannel != null) {
            p.channel = m.defaultChannel;
            p.channelSource = Source.DEFAULT;
        }
        if (p.priority == null) {
            throw new Reject(RejectReason.MISSING_VALUE, "no priority for the creation of case " + id + ": "
                    + missing(table, m.priorityColumn, m.attributesPriorityColumn, a, "default.priority"));
        }
        if (p.channel == null) {
            throw new Reject(RejectReason.MISSING_VALUE, "no channel for the creation of case " + id + ": "
                    + missing(table, m.channelColumn, m.attributesChannelColumn, a, "default.channel"));
        }
    }

    private String missing(CsvTable table, String column, String attributesColumn, Attributes a, String defaultKey) {
        List<String> why = new ArrayList<>();
        if (column != null) {
            why.add(table.label(column) + " is empty");
        }
        if (attributesColumn != null) {
            why.add(a == null ? "the case has no attributes row" : "its attributes row (line " + a.line + ") gives none");
        }
        why.add("the mapping has no " + defaultKey);
        return String.join(", ", why);
    }

    /** A row of a snapshot log: the state of the case after a change, and maybe an event the state cannot show. */
    private Parsed snapshotRow(CsvTable table, CsvTable.Row row, List<Parsed> caseRows, int timeIdx, int eventIdx, int statusIdx,
                               int substatusIdx, int priorityIdx, int channelIdx, int assigneeIdx, int elevatedIdx,
                               int waitingIdx) throws Reject {
        EventTarget extra = EventTarget.NONE;
        if (eventIdx >= 0 && !row.fields.get(eventIdx).isBlank()) {
            String eventText = row.fields.get(eventIdx).strip();
            EventLogMapping.Entry<EventTarget> entry = m.events.get(EventLogMapping.normalize(eventText));
            if (entry == null) {
                throw new Reject(RejectReason.UNKNOWN_EVENT, table.label(m.eventColumn) + " '" + eventText
                        + "' is not mapped: add event." + eventText + " = <target>, or = ignore, to the mapping");
            }
            extra = entry.value;
        }
        String timeText = row.fields.get(timeIdx).strip();
        if (timeText.isEmpty()) {
            throw new Reject(RejectReason.MISSING_VALUE, table.label(m.timeColumn) + " (timestamp) is empty");
        }
        TimestampFormat.Stamp stamp = stamp(m.time, table, m.timeColumn, timeText);
        Parsed p = new Parsed(row.line, stamp.at, extra, stamp.dst);
        String status = required(table, row, statusIdx, m.statusColumn, "status");
        if (substatusIdx >= 0) {
            status = status + "/" + row.fields.get(substatusIdx).strip();
        }
        p.status = lookup(table.label(m.statusColumn) + (substatusIdx >= 0 ? "/" + table.label(m.substatusColumn) : ""),
                status, m.statuses, CaseStatus::parse, RejectReason.UNKNOWN_STATUS, "status", "");
        if (priorityIdx >= 0) {
            p.priorityCell = canonical(row.fields.get(priorityIdx).strip());
            p.priority = p.priorityCell.isEmpty() ? null : priority(table, m.priorityColumn, p.priorityCell);
        }
        if (channelIdx >= 0) {
            p.channelCell = canonical(row.fields.get(channelIdx).strip());
        }
        if (assigneeIdx >= 0) {
            p.assignee = canonical(row.fields.get(assigneeIdx).strip());
        }
        if (waitingIdx >= 0) {
            p.team = team(table, canonical(row.fields.get(waitingIdx).strip()));
        }
        if (elevatedIdx >= 0) {
            String flag = row.fields.get(elevatedIdx).strip().toLowerCase(java.util.Locale.ROOT);
            switch (flag) {
                case "true": case "yes": case "1": p.elevated = true; break;
                case "false": case "no": case "0": case "": p.elevated = false; break;
                default:
                    throw new Reject(RejectReason.MISSING_VALUE, table.label(m.elevatedColumn) + " '" + row.fields.get(elevatedIdx).strip()
                            + "' is not a flag: expected true or false, yes or no, 1 or 0, or empty");
            }
        }
        p.hash = hash(row.fields);
        for (Parsed earlier : caseRows) {
            if (earlier.hash == p.hash) {
                throw new Reject(RejectReason.DUPLICATE_ROW, "identical to line " + earlier.line);
            }
        }
        return p;
    }

    /** The events of a snapshot case: a creation at its first row, then what changed from row to row. */
    private void snapshotCase(String id, List<Parsed> rows) {
        Attributes a = attributes.get(id);
        List<Parsed> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Parsed p) -> p.at)); // stable: file order among equal instants
        Instant latest = null;
        for (Parsed p : rows) {
            tally.eventsOutOfOrder += latest != null && p.at.isBefore(latest) ? 1 : 0;
            latest = latest == null || p.at.isAfter(latest) ? p.at : latest;
        }
        tally.casesReordered += sorted.equals(rows) ? 0 : 1;
        Parsed first = sorted.get(0);
        CaseEvent creation;
        try {
            creation = synthesize(id, sorted, a);
        } catch (Reject r) {
            creation = null;
        }
        if (creation == null) {
            String message = "case " + id + " cannot be created at its first row (line " + first.line + "): " + synthesisGap(a);
            for (Parsed p : rows) {
                caseReject(p, RejectReason.NO_CREATION, message);
            }
            tally.casesWithoutCreation++;
            return;
        }
        List<CaseEvent> events = new ArrayList<>();
        events.add(creation);
        CaseStatus status = CaseStatus.OPEN;
        Priority priority = synthesizedPriority;
        String assignee = "";
        String team = "";
        boolean elevated = false;
        for (Parsed p : sorted) {
            int before = events.size();
            if (p.assignee != null && !p.assignee.equals(assignee)) {
                assignee = p.assignee;
                events.add(CaseEvent.assigned(id, p.at, assignee.isEmpty() ? Optional.empty() : Optional.of(assignee)));
            }
            if (p.team != null && !p.team.equals(team)) {
                team = p.team;
                events.add(CaseEvent.waitingOn(id, p.at, team.isEmpty() ? Optional.empty() : Optional.of(team)));
            }
            if (p.priority != null && p.priority != priority) {
                priority = p.priority;
                events.add(CaseEvent.priorityChanged(id, p.at, priority));
            }
            if (p.elevated != null && p.elevated != elevated) {
                elevated = p.elevated;
                events.add(CaseEvent.elevationChanged(id, p.at, elevated));
            }
            if (p.status != status) {
                boolean wasDone = status == CaseStatus.SOLVED || status == CaseStatus.CLOSED;
                if (p.status == CaseStatus.SOLVED) {
                    events.add(CaseEvent.solved(id, p.at));
                } else if (p.status == CaseStatus.CLOSED) {
                    events.add(CaseEvent.closed(id, p.at));
                } else if (wasDone) {
                    events.add(CaseEvent.reopened(id, p.at));
                    if (p.status != CaseStatus.OPEN) {
                        events.add(CaseEvent.statusChanged(id, p.at, p.status));
                    }
                } else {
                    events.add(CaseEvent.statusChanged(id, p.at, p.status));
                }
                status = p.status;
            }
            for (EventTarget t : p.target.parts()) {
                switch (t.kind) {
                    case IGNORE:
                    case CREATED:
                    case STATUS_FROM_COLUMN:
                    case PRIORITY_FROM_COLUMN:
                    case ASSIGNED:
                    case AGREED_INTERVAL:
                        break; // the state columns say these
                    default:
                        events.add(event(id, p, t));
                }
            }
            tally.rowsUsed++;
            if (events.size() == before && p != first) { // the first row made the creation
                tally.snapshotRowsWithoutChange++;
            }
            tally.dstOverlaps += p.dst == TimestampFormat.Dst.OVERLAP ? 1 : 0;
            tally.dstGaps += p.dst == TimestampFormat.Dst.GAP ? 1 : 0;
        }
        events.forEach(e -> tally.eventsPerKind.merge(e.kind(), 1L, Long::sum));
        tally.casesImported++;
        sink.accept(CaseHistory.of(events));
    }

    private void assembleCase(String id, List<Parsed> rows) {
        if (rows.isEmpty()) {
            tally.casesWithoutUsableRows++;
            return;
        }
        if (m.snapshots) {
            snapshotCase(id, rows);
            return;
        }
        Attributes a = attributes.get(id);
        Parsed creationRow = rows.stream().filter(Parsed::isCreation)
                .min(Comparator.comparing((Parsed p) -> p.at).thenComparingLong(p -> p.line)).orElse(null);
        CaseEvent creation;
        if (creationRow != null) {
            creation = CaseEvent.created(id, creationRow.at, creationRow.channel, creationRow.priority);
        } else {
            String gap;
            try {
                creation = m.synthesizeCreation ? synthesize(id, rows, a) : null;
                gap = creation != null ? null : m.synthesizeCreation
                        ? "case " + id + " has no creation event, and none can be synthesized: " + synthesisGap(a)
                        : "case " + id + " has no creation event (missing-creation = reject)";
            } catch (Reject r) {
                creation = null;
                gap = "case " + id + " has no creation event, and none can be synthesized: " + r.getMessage();
            }
            if (creation == null) {
                for (Parsed p : rows) {
                    caseReject(p, RejectReason.NO_CREATION, gap);
                }
                tally.casesWithoutCreation++;
                return;
            }
        }
        List<Parsed> kept = new ArrayList<>();
        for (Parsed p : rows) {
            if (p.isCreation() && p != creationRow) {
                caseReject(p, RejectReason.DUPLICATE_CREATION, "case " + id + " is already created at line "
                        + creationRow.line + " (" + creationRow.at + ")");
            } else if (p.at.isBefore(creation.at())) {
                caseReject(p, RejectReason.BEFORE_CREATION, p.at + " is before the creation of case " + id + " at "
                        + creation.at() + (creationRow == null ? " (synthesized)" : " (line " + creationRow.line + ")"));
            } else {
                kept.add(p);
            }
        }
        CaseHistory history = history(id, creation, creationRow, kept, a);
        tally.casesImported++;
        sink.accept(history);
    }

    private CaseHistory history(String id, CaseEvent creation, Parsed creationRow, List<Parsed> kept, Attributes a) {
        // file order is line order; count rows that went back in time
        Instant latest = null;
        for (Parsed p : kept) {
            if (latest != null && p.at.isBefore(latest)) {
                tally.eventsOutOfOrder++;
            }
            latest = latest == null || p.at.isAfter(latest) ? p.at : latest;
        }
        List<Parsed> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing((Parsed p) -> p.at).thenComparing(p -> !p.isCreation())); // stable
        if (!sorted.equals(kept)) {
            tally.casesReordered++;
        }
        long same = 0;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).at.equals(sorted.get(i - 1).at)) {
                same++;
            }
        }
        tally.sameInstantEvents += same;
        tally.casesWithSameInstantEvents += same > 0 ? 1 : 0;
        List<CaseEvent> events = new ArrayList<>(sorted.size() + 1);
        if (creationRow == null) {
            events.add(creation);
        }
        for (Parsed p : sorted) {
            if (p == creationRow) {
                events.add(creation);
                p.target.also.forEach(t -> events.add(event(id, p, t)));
            } else {
                p.target.parts().forEach(t -> events.add(event(id, p, t)));
            }
            tally.rowsUsed++;
            tally.dstOverlaps += p.dst == TimestampFormat.Dst.OVERLAP ? 1 : 0;
            tally.dstGaps += p.dst == TimestampFormat.Dst.GAP ? 1 : 0;
        }
        if (creationRow != null) {
            tally.defaultPriorities += creationRow.prioritySource == Source.DEFAULT ? 1 : 0;
            tally.defaultChannels += creationRow.channelSource == Source.DEFAULT ? 1 : 0;
            tally.attributePriorities += creationRow.prioritySource == Source.ATTRIBUTES ? 1 : 0;
            tally.attributeChannels += creationRow.channelSource == Source.ATTRIBUTES ? 1 : 0;
            if (a != null && a.created != null && !a.created.equals(creationRow.at)) {
                Duration difference = Duration.between(a.created, creationRow.at).abs();
                tally.creationTimesDiffering++;
                tally.creationTimesDifferingOverAMinute += difference.compareTo(Duration.ofMinutes(1)) > 0 ? 1 : 0;
                if (difference.compareTo(tally.largestCreationTimeDifference) > 0) {
                    tally.largestCreationTimeDifference = difference;
                }
            }
        }
        events.forEach(e -> tally.eventsPerKind.merge(e.kind(), 1L, Long::sum));
        return CaseHistory.of(events);
    }

    /**
     * A creation at the case's first event (or its attributes' created time), with the priority and
     * channel of that first row's own cells, else of its attributes, else the mapping's defaults.
     *
     * @return null when no priority or channel can be found
     * @throws Reject when the first row's priority or channel cell cannot be mapped
     */
    private CaseEvent synthesize(String id, List<Parsed> rows, Attributes a) throws Reject {
        Parsed first = rows.stream().min(Comparator.comparing((Parsed p) -> p.at).thenComparingLong(p -> p.line)).orElseThrow();
        Priority rowPriority = first.priorityCell == null || first.priorityCell.isEmpty() ? null
                : priority(m.priorityColumn, first.priorityCell, first.line);
        Channel rowChannel = first.channelCell == null || first.channelCell.isEmpty() ? null
                : channel(m.channelColumn, first.channelCell, first.line);
        Source prioritySource = rowPriority != null ? Source.ROW : a != null && a.priority != null ? Source.ATTRIBUTES : Source.DEFAULT;
        Source channelSource = rowChannel != null ? Source.ROW : a != null && a.channel != null ? Source.ATTRIBUTES : Source.DEFAULT;
        Priority priority = rowPriority != null ? rowPriority : prioritySource == Source.ATTRIBUTES ? a.priority : m.defaultPriority;
        Channel channel = rowChannel != null ? rowChannel : channelSource == Source.ATTRIBUTES ? a.channel : m.defaultChannel;
        if (priority == null || channel == null) {
            return null;
        }
        Instant at;
        if (a != null && a.created != null) {
            at = a.created;
            tally.attributeCreatedTimes++;
        } else {
            at = first.at;
        }
        tally.creationsSynthesized++;
        tally.defaultPriorities += prioritySource == Source.DEFAULT ? 1 : 0;
        tally.defaultChannels += channelSource == Source.DEFAULT ? 1 : 0;
        tally.attributePriorities += prioritySource == Source.ATTRIBUTES ? 1 : 0;
        tally.attributeChannels += channelSource == Source.ATTRIBUTES ? 1 : 0;
        synthesizedPriority = priority;
        return CaseEvent.created(id, at, channel, priority);
    }

    private Priority priority(String column, String value, long line) throws Reject {
        return lookup(column == null ? "priority" : column, value, m.priorities, Priority::parse, RejectReason.UNKNOWN_PRIORITY,
                "priority", " (line " + line + ", the case's first event)");
    }

    private Channel channel(String column, String value, long line) throws Reject {
        return lookup(column == null ? "channel" : column, value, m.channels, Channel::of, RejectReason.UNKNOWN_CHANNEL,
                "channel", " (line " + line + ", the case's first event)");
    }

    private String synthesisGap(Attributes a) {
        boolean noPriority = (a == null || a.priority == null) && m.defaultPriority == null;
        String source = a == null ? "no attributes row" : "no value in its attributes row (line " + a.line + ")";
        return "no " + (noPriority ? "priority" : "channel") + " (" + source + ", and the mapping has no default."
                + (noPriority ? "priority" : "channel") + ")";
    }

    private static java.time.Duration elapsed(org.slakit.core.Target target) {
        if (!(target instanceof org.slakit.core.Target.Elapsed)) {
            throw new IllegalArgumentException("not elapsed time");
        }
        return ((org.slakit.core.Target.Elapsed) target).length();
    }

    /** A waiting-on cell: empty (nobody) or a team name. */
    private String team(CsvTable table, String text) throws Reject {
        if (!text.isEmpty() && !SupportCase.isTeamName(text)) {
            throw new Reject(RejectReason.BAD_TEAM, table.label(m.waitingOnColumn) + " '" + text + "' is not a team name:"
                    + " expected empty (nobody) or a letter, then letters, digits, '_', '.' or '-', at most 64 characters");
        }
        return text;
    }

    /** An agreed interval: elapsed time as slakit writes targets ({@code 4 hours}) or ISO-8601 ({@code PT4H}). */
    private java.time.Duration interval(CsvTable table, String text) throws Reject {
        java.time.Duration d;
        try {
            d = text.toUpperCase(java.util.Locale.ROOT).startsWith("PT") ? java.time.Duration.parse(text)
                    : elapsed(org.slakit.core.Target.parse(text));
        } catch (RuntimeException e) {
            throw new Reject(RejectReason.BAD_INTERVAL, table.label(m.intervalColumn) + " '" + text
                    + "' is not an agreed interval: expected elapsed time such as '4 hours' or PT4H");
        }
        if (d.isNegative() || d.isZero() || d.getNano() != 0 || d.compareTo(org.slakit.core.Target.MAX_LENGTH) > 0) {
            throw new Reject(RejectReason.BAD_INTERVAL, table.label(m.intervalColumn) + " '" + text
                    + "' is not an agreed interval: expected a positive whole number of seconds up to " + org.slakit.core.Target.MAX_LENGTH);
        }
        return d;
    }

    private static CaseEvent event(String id, Parsed p) {
        return event(id, p, p.target);
    }

    private static CaseEvent event(String id, Parsed p, EventTarget target) {
        switch (target.kind) {
            case STATUS: return CaseEvent.statusChanged(id, p.at, target.status);
            case STATUS_FROM_COLUMN: return CaseEvent.statusChanged(id, p.at, p.status);
            case PRIORITY: return CaseEvent.priorityChanged(id, p.at, target.priority);
            case PRIORITY_FROM_COLUMN: return CaseEvent.priorityChanged(id, p.at, p.priority);
            case ELEVATED: return CaseEvent.elevationChanged(id, p.at, true);
            case NOT_ELEVATED: return CaseEvent.elevationChanged(id, p.at, false);
            case UPDATE_SENT: return CaseEvent.updateSent(id, p.at);
            case CUSTOMER_MESSAGE: return CaseEvent.customerMessage(id, p.at);
            case ASSIGNED: return CaseEvent.assigned(id, p.at, p.assignee.isEmpty() ? Optional.empty() : Optional.of(p.assignee));
            case AGREED_INTERVAL: return CaseEvent.agreedIntervalSet(id, p.at, p.interval);
            case WAITING_ON: return CaseEvent.waitingOn(id, p.at, Optional.of(target.team));
            case WAITING_ON_FROM_COLUMN: return CaseEvent.waitingOn(id, p.at, p.team.isEmpty() ? Optional.empty() : Optional.of(p.team));
            case NOT_WAITING: return CaseEvent.waitingOn(id, p.at, Optional.empty());
            case SOLVED: return CaseEvent.solved(id, p.at);
            case REOPENED: return CaseEvent.reopened(id, p.at);
            case CLOSED: return CaseEvent.closed(id, p.at);
            default: throw new IllegalStateException("No event for " + target); // CREATED and IGNORE never get here
        }
    }

    // ---- cell checks

    private static int max(int... values) {
        int max = -1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static void checkWidth(CsvTable table, CsvTable.Row row, int needed) throws Reject {
        int size = row.fields.size();
        if (table.width() >= 0 && size != table.width()) {
            throw new Reject(RejectReason.WRONG_FIELD_COUNT, size + (size == 1 ? " field" : " fields") + ", expected "
                    + table.width() + " as in the header");
        }
        if (table.width() < 0 && size < needed) {
            throw new Reject(RejectReason.WRONG_FIELD_COUNT, size + (size == 1 ? " field" : " fields")
                    + ", expected at least " + needed + " for the mapped columns");
        }
    }

    private static String required(CsvTable table, CsvTable.Row row, int index, String column, String what) throws Reject {
        String value = row.fields.get(index).strip();
        if (value.isEmpty()) {
            throw new Reject(RejectReason.MISSING_VALUE, table.label(column) + " (" + what + ") is empty");
        }
        return value;
    }

    /** A checked reader of one cell value. */
    private interface CellReader<T> {
        T read(String value) throws Reject;
    }

    private static <T> T optional(CsvTable.Row row, int index, CellReader<T> reader) throws Reject {
        String value = row.fields.get(index).strip();
        return value.isEmpty() ? null : reader.read(value);
    }

    private static TimestampFormat.Stamp stamp(TimestampFormat format, CsvTable table, String column, String value) throws Reject {
        try {
            return format.parse(value);
        } catch (DateTimeException e) {
            throw new Reject(RejectReason.BAD_TIMESTAMP, table.label(column) + " " + e.getMessage());
        }
    }

    private CaseStatus status(CsvTable table, String value) throws Reject {
        return lookup(table, m.statusColumn, value, m.statuses, CaseStatus::parse, RejectReason.UNKNOWN_STATUS, "status");
    }

    private Priority priority(CsvTable table, String column, String value) throws Reject {
        return lookup(table, column, value, m.priorities, Priority::parse, RejectReason.UNKNOWN_PRIORITY, "priority");
    }

    private Channel channel(CsvTable table, String column, String value) throws Reject {
        return lookup(table, column, value, m.channels, Channel::of, RejectReason.UNKNOWN_CHANNEL, "channel");
    }

    private static <T> T lookup(CsvTable table, String column, String value, Map<String, EventLogMapping.Entry<T>> map,
                                Function<String, T> parse, RejectReason reason, String what) throws Reject {
        return lookup(table.label(column), value, map, parse, reason, what, "");
    }

    private static <T> T lookup(String label, String value, Map<String, EventLogMapping.Entry<T>> map,
                                Function<String, T> parse, RejectReason reason, String what, String where) throws Reject {
        if (!map.isEmpty()) {
            EventLogMapping.Entry<T> e = map.get(EventLogMapping.normalize(value));
            if (e == null) {
                throw new Reject(reason, label + " '" + value + "'" + where + " is not mapped: expected one of "
                        + String.join(", ", map.values().stream().map(x -> x.raw).toArray(String[]::new))
                        + " (" + what + ".<value> entries)");
            }
            return e.value;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new Reject(reason, label + " '" + value + "'" + where + ": " + e.getMessage());
        }
    }

    // ---- rejections and the budget

    private void caseReject(Parsed p, RejectReason reason, String message) {
        tally.logRowsRejected++;
        logRejections.add(Rejection.of(logName, p.line, reason, message));
    }

    private void reject(List<Rejection> list, Rejection rejection) {
        list.add(rejection);
        long rejected = attributeRejections.size() + logRejections.size();
        if (expectedLogRows >= 0 && list == logRejections
                && budget.shareExceeded(rejected, expectedLogRows + tally.attributeRowsRead)) {
            // the rows to read are known: the share is exceeded whatever the rest of the file holds
            long total = expectedLogRows + tally.attributeRowsRead;
            List<Rejection> all = new ArrayList<>(attributeRejections);
            all.addAll(logRejections);
            throw exceeded("Error budget exceeded at " + rejection.source() + " line " + rejection.line() + ": "
                    + rows(rejected) + " rejected already, more than the budget of " + budget + " for the "
                    + total + " rows to read", rejected, all);
        }
        if (budget.rowsExceeded(rejected)) {
            List<Rejection> all = new ArrayList<>(attributeRejections);
            all.addAll(logRejections);
            throw exceeded("Error budget exceeded at " + rejection.source() + " line " + rejection.line() + ": "
                    + rows(rejected) + " rejected, more than the budget of " + budget, rejected, all);
        }
    }

    private void checkBudgetAtEnd() {
        long rejected = tally.rejections.size();
        long read = tally.rowsRead + tally.attributeRowsRead;
        if (budget.rowsExceeded(rejected)) {
            throw exceeded("Error budget exceeded after assembling the cases of " + logName + ": " + rows(rejected)
                    + " rejected, more than the budget of " + budget, rejected, tally.rejections);
        }
        if (budget.shareExceeded(rejected, read)) {
            String share = ErrorBudget.percent(BigDecimal.valueOf(rejected).divide(BigDecimal.valueOf(read), 4, RoundingMode.HALF_UP));
            throw exceeded("Error budget exceeded after reading " + logName + ": " + rejected + " of " + read
                    + " rows rejected (" + share + "), more than the budget of " + budget, rejected, tally.rejections);
        }
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private ErrorBudgetExceededException exceeded(String message, long rejected, List<Rejection> all) {
        StringBuilder sb = new StringBuilder(message).append(". Rejected:");
        all.stream().limit(10).forEach(r -> sb.append("\n  ").append(r));
        if (all.size() > 10) {
            sb.append("\n  ... and ").append(all.size() - 10).append(" more");
        }
        return new ErrorBudgetExceededException(sb.toString(), budget, rejected,
                tally.rowsRead + tally.attributeRowsRead, all);
    }
}
