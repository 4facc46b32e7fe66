package org.slakit.imports;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slakit.core.history.EventKind;

/**
 * What an import read, used, ignored and rejected, so that nothing is dropped silently.
 *
 * <p>Rows are the records of the log after its header, blank lines not counted (they are counted
 * as {@link #blankLines()}). Every log row is used, ignored or rejected:
 * {@code rowsRead() == rowsUsed() + rowsIgnored() + rowsRejected()}. A used row became one event
 * of an imported history; an ignored row's event is mapped to {@code ignore}; a rejected row is in
 * {@link #rejections()} with its line and reason. Rows of the case attributes file are counted
 * apart ({@code attributeRows...}), but their rejections are in the same list and per-reason count.
 *
 * <p>Cases are the distinct case ids of log rows that have the right number of fields and a case
 * id: {@code casesRead() == casesImported() + casesWithoutCreation() + casesWithoutUsableRows()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportReport {

    /** How many rejections {@link #toString()} lists; {@link #rejections()} has them all. */
    static final int LISTED = 50;

    private final String logName;
    private final String attributesName;
    private final long rowsRead;
    private final long rowsUsed;
    private final long snapshotRowsWithoutChange;
    private final boolean snapshots;
    private final long rowsIgnored;
    private final long rowsRejected;
    private final long blankLines;
    private final Map<String, Long> ignoredPerValue;
    private final List<Rejection> rejections;
    private final Map<RejectReason, Long> rejectedPerReason;
    private final long casesRead;
    private final long casesImported;
    private final long casesWithoutCreation;
    private final long casesWithoutUsableRows;
    private final long creationsSynthesized;
    private final long defaultChannels;
    private final long defaultPriorities;
    private final Map<EventKind, Long> eventsPerKind;
    private final long casesReordered;
    private final long eventsOutOfOrder;
    private final long sameInstantEvents;
    private final long casesWithSameInstantEvents;
    private final long dstOverlaps;
    private final long dstGaps;
    private final long attributeRowsRead;
    private final long attributeRowsRejected;
    private final long attributeBlankLines;
    private final long attributeRowsWithoutLogCase;
    private final long attributePriorities;
    private final long attributeChannels;
    private final long attributeCreatedTimes;
    private final long creationTimesDiffering;
    private final long creationTimesDifferingOverAMinute;
    private final Duration largestCreationTimeDifference;

    ImportReport(Tally t) {
        logName = t.logName;
        attributesName = t.attributesName;
        rowsRead = t.rowsRead;
        rowsUsed = t.rowsUsed;
        snapshotRowsWithoutChange = t.snapshotRowsWithoutChange;
        snapshots = t.snapshots;
        rowsIgnored = t.rowsIgnored;
        rowsRejected = t.logRowsRejected;
        blankLines = t.blankLines;
        Map<String, Long> ignored = new LinkedHashMap<>();
        t.ignoredPerValue.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ignored.put(e.getKey(), e.getValue()));
        ignoredPerValue = Collections.unmodifiableMap(ignored);
        rejections = List.copyOf(t.rejections);
        Map<RejectReason, Long> perReason = new EnumMap<>(RejectReason.class);
        rejections.forEach(r -> perReason.merge(r.reason(), 1L, Long::sum));
        rejectedPerReason = Collections.unmodifiableMap(perReason);
        casesRead = t.casesRead;
        casesImported = t.casesImported;
        casesWithoutCreation = t.casesWithoutCreation;
        casesWithoutUsableRows = t.casesWithoutUsableRows;
        creationsSynthesized = t.creationsSynthesized;
        defaultChannels = t.defaultChannels;
        defaultPriorities = t.defaultPriorities;
        eventsPerKind = Collections.unmodifiableMap(new EnumMap<>(t.eventsPerKind));
        casesReordered = t.casesReordered;
        eventsOutOfOrder = t.eventsOutOfOrder;
        sameInstantEvents = t.sameInstantEvents;
        casesWithSameInstantEvents = t.casesWithSameInstantEvents;
        dstOverlaps = t.dstOverlaps;
        dstGaps = t.dstGaps;
        attributeRowsRead = t.attributeRowsRead;
        attributeRowsRejected = t.attributeRowsRejected;
        attributeBlankLines = t.attributeBlankLines;
        attributeRowsWithoutLogCase = t.attributeRowsWithoutLogCase;
        attributePriorities = t.attributePriorities;
        attributeChannels = t.attributeChannels;
        attributeCreatedTimes = t.attributeCreatedTimes;
        creationTimesDiffering = t.creationTimesDiffering;
        creationTimesDifferingOverAMinute = t.creationTimesDifferingOverAMinute;
        largestCreationTimeDifference = t.largestCreationTimeDifference;
    }

    /** @return the log's name, as given to the import */
    public String logName() {
        return logName;
    }

    /** @return the case attributes file's name, if one was read */
    public Optional<String> attributesName() {
        return Optional.ofNullable(attributesName);
    }

    /** @return the log rows read: records after the header, blank lines not counted */
    public long rowsRead() {
        return rowsRead;
    }

    /** @return the log rows that became events of imported histories */
    public long rowsUsed() {
        return rowsUsed;
    }

    /** @return in a snapshot log, the rows used that changed nothing (the same state as the row before): no event */
    public long snapshotRowsWithoutChange() {
        return snapshotRowsWithoutChange;
    }

    /** @return whether the log was read as snapshots ({@code log.kind = snapshots}) */
    public boolean isSnapshotLog() {
        return snapshots;
    }

    /** @return rows whose event is mapped to {@code ignore}: counted, not used */
    public long rowsIgnored() {
        return rowsIgnored;
    }

    /** @return the log rows rejected (rows of the attributes file not counted) */
    public long rowsRejected() {
        return rowsRejected;
    }

    /** @return the blank lines of the log, skipped */
    public long blankLines() {
        return blankLines;
    }

    /**
     * @return the ignored log rows per event value (as the mapping writes it), the most frequent
     *         first, ties by value; unmodifiable
     */
    public Map<String, Long> ignoredPerValue() {
        return ignoredPerValue;
    }

    /**
     * @return every rejected row of both files, the attributes file first, each file by line;
     *         unmodifiable
     */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** @return the rejected rows of both files per reason, in the reasons' order, only reasons that occurred; unmodifiable */
    public Map<RejectReason, Long> rejectedPerReason() {
        return rejectedPerReason;
    }

    /** @return the distinct case ids of the log rows that have the right field count and a case id */
    public long casesRead() {
        return casesRead;
    }

    /** @return the cases imported: the number of histories */
    public long casesImported() {
        return casesImported;
    }

    /** @return {@code casesRead() - casesImported()} */
    public long casesRejected() {
        return casesRead - casesImported;
    }

    /**
     * @return the cases rejected for lack of a creation event (with {@code missing-creation = reject},
     *         or when a creation cannot be synthesized); their rows are rejected as {@link RejectReason#NO_CREATION}
     */
    public long casesWithoutCreation() {
        return casesWithoutCreation;
    }

    /** @return the cases none of whose rows could be used: all were rejected or ignored */
    public long casesWithoutUsableRows() {
        return casesWithoutUsableRows;
    }

    /** @return the imported cases whose creation was synthesized ({@code missing-creation = synthesize}) */
    public long creationsSynthesized() {
        return creationsSynthesized;
    }

    /** @return the imported cases whose creation took its channel from {@code default.channel} */
    public long defaultChannels() {
        return defaultChannels;
    }

    /** @return the imported cases whose creation took its priority from {@code default.priority} */
    public long defaultPriorities() {
        return defaultPriorities;
    }

    /** @return the events of the imported histories per kind, synthesized creations included; unmodifiable */
    public Map<EventKind, Long> eventsPerKind() {
        return eventsPerKind;
    }

    /** @return the imported cases whose events the file did not list in time order (they were sorted) */
    public long casesReordered() {
        return casesReordered;
    }

    /**
     * @return the used rows that come, in the file, after a row of the same case with a later
     *         timestamp: the events that had to move back when the case was sorted
     */
    public long eventsOutOfOrder() {
        return eventsOutOfOrder;
    }

    /**
     * @return the used rows whose instant equals that of the event before them in their sorted
     *         history; they keep the order of the file (a creation goes first)
     */
    public long sameInstantEvents() {
        return sameInstantEvents;
    }

    /** @return the imported cases with at least one {@link #sameInstantEvents() same-instant event} */
    public long casesWithSameInstantEvents() {
        return casesWithSameInstantEvents;
    }

    /**
     * @return the used local timestamps that fell in a daylight-saving overlap of the zone (read
     *         with the earlier offset, java.time's rule); 0 when timestamps carry their offset
     */
    public long dstOverlaps() {
        return dstOverlaps;
    }

    /**
     * @return the used local timestamps that fell in a daylight-saving gap, a wall-clock time the
     *         zone skips (moved later by the gap, java.time's rule)
     */
    public long dstGaps() {
        return dstGaps;
    }

    /** @return the rows of the attributes file read, blank lines not counted */
    public long attributeRowsRead() {
        return attributeRowsRead;
    }

    /** @return the rows of the attributes file rejected */
    public long attributeRowsRejected() {
        return attributeRowsRejected;
    }

    /** @return the blank lines of the attributes file, skipped */
    public long attributeBlankLines() {
        return attributeBlankLines;
    }

    /** @return the accepted attributes rows whose case has no row in the log (not used) */
    public long attributeRowsWithoutLogCase() {
        return attributeRowsWithoutLogCase;
    }

    /** @return the imported cases whose creation took its priority from the attributes file */
    public long attributePriorities() {
        return attributePriorities;
    }

    /** @return the imported cases whose creation took its channel from the attributes file */
    public long attributeChannels() {
        return attributeChannels;
    }

    /** @return the synthesized creations placed at the attributes' created time */
    public long attributeCreatedTimes() {
        return attributeCreatedTimes;
    }

    /**
     * @return the imported cases whose creation event in the log is at another instant than the
     *         attributes' created time (the log wins); a hint that one of the files is in another zone
     */
    public long creationTimesDiffering() {
        return creationTimesDiffering;
    }

    /**
     * @return the {@link #creationTimesDiffering()} cases whose two times are more than a minute
     *         apart; differences of whole hours point at a zone or daylight-saving mix-up
     */
    public long creationTimesDifferingOverAMinute() {
        return creationTimesDifferingOverAMinute;
    }

    /** @return the largest difference between a log creation and the attributes' created time, zero if none */
    public Duration largestCreationTimeDifference() {
        return largestCreationTimeDifference;
    }

    /** @return a human-readable summary, then up to 50 rejections (all are in {@link #rejections()}) */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Import of ").append(logName);
        if (attributesName != null) {
            sb.append(" with case attributes from ").append(attributesName);
        }
        sb.append('\n');
        sb.append("rows: ").append(n(rowsRead)).append(" read, ").append(n(rowsUsed)).append(" used, ")
                .append(n(rowsIgnored)).append(" ignored, ").append(n(rowsRejected)).append(" rejected");
        if (blankLines > 0) {
            sb.append("; ").append(count(blankLines, "blank line")).append(" skipped");
        }
        sb.append('\n');
        if (!ignoredPerValue.isEmpty()) {
            sb.append("  ignored: ").append(ignoredPerValue.entrySet().stream()
                    .map(e -> e.getKey() + " " + n(e.getValue())).collect(Collectors.joining(", "))).append('\n');
        }
        if (!rejectedPerReason.isEmpty()) {
            sb.append("  rejected: ").append(rejectedPerReason.entrySet().stream()
                    .map(e -> e.getKey().text() + " " + n(e.getValue())).collect(Collectors.joining(", "))).append('\n');
        }
        if (snapshots) {
            sb.append("  snapshots: ").append(count(rowsUsed - snapshotRowsWithoutChange, "row")).append(" changed the case, ")
                    .append(count(snapshotRowsWithoutChange, "row")).append(" repeated its state (no event)\n");
        }
        sb.append("cases: ").append(n(casesRead)).append(" read, ").append(n(casesImported)).append(" imported, ")
                .append(n(casesRejected())).append(" rejected (").append(n(casesWithoutCreation))
                .append(" without a creation event, ").append(n(casesWithoutUsableRows)).append(" without a usable row)\n");
        sb.append("  creations: ").append(n(creationsSynthesized)).append(" synthesized; channel from default.channel ")
                .append(n(defaultChannels)).append(", priority from default.priority ").append(n(defaultPriorities)).append('\n');
        long events = eventsPerKind.values().stream().mapToLong(Long::longValue).sum();
        sb.append("events: ").append(n(events));
        if (events > 0) {
            sb.append(" (").append(eventsPerKind.entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + n(e.getValue()))
                    .collect(Collectors.joining(", "))).append(')');
        }
        sb.append('\n');
        sb.append("  out of order: ").append(count(eventsOutOfOrder, "event")).append(" after a later event of the same case")
                .append(" in the file; ").append(count(casesReordered, "case")).append(" sorted into time order\n");
        sb.append("  same instant: ").append(count(sameInstantEvents, "event")).append(" at the instant of the event before, in ")
                .append(count(casesWithSameInstantEvents, "case")).append(" (kept in file order)\n");
        sb.append("  local times: ").append(n(dstOverlaps)).append(" in a daylight-saving overlap (earlier offset taken), ")
                .append(n(dstGaps)).append(" in a gap (moved later by the gap)\n");
        if (attributesName != null) {
            sb.append("attributes: ").append(n(attributeRowsRead)).append(" rows read, ").append(n(attributeRowsRejected))
                    .append(" rejected, ").append(n(attributeRowsWithoutLogCase)).append(" for cases not in the log");
            if (attributeBlankLines > 0) {
                sb.append("; ").append(count(attributeBlankLines, "blank line")).append(" skipped");
            }
            sb.append('\n');
            sb.append("  used for: priority ").append(n(attributePriorities)).append(", channel ").append(n(attributeChannels))
                    .append(", created time ").append(n(attributeCreatedTimes)).append('\n');
            sb.append("  created time differs from the log's creation: ").append(n(creationTimesDiffering))
                    .append(" cases, ").append(n(creationTimesDifferingOverAMinute)).append(" by more than a minute, at most ")
                    .append(largestCreationTimeDifference).append('\n');
        }
        if (!rejections.isEmpty()) {
            sb.append("rejected rows");
            if (rejections.size() > LISTED) {
                sb.append(" (the first ").append(LISTED).append(" of ").append(n(rejections.size())).append(')');
            }
            sb.append(":\n");
            rejections.stream().limit(LISTED).forEach(r -> sb.append("  ").append(r).append('\n'));
        }
        return sb.toString();
    }

    private static String count(long value, String noun) {
        return n(value) + " " + noun + (value == 1 ? "" : "s");
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
