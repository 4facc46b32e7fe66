package org.slakit.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slakit.core.history.EventKind;

/** The counters of one import run, mutable while it runs; {@link ImportReport} is its frozen copy. */
final class Tally {
    String logName;
    String attributesName;
    long rowsRead;
    long rowsUsed;
    long snapshotRowsWithoutChange;
    boolean snapshots;
    long rowsIgnored;
    long blankLines;
    final Map<String, Long> ignoredPerValue = new LinkedHashMap<>();
    final List<Rejection> rejections = new ArrayList<>();
    long logRowsRejected;
    long casesRead;
    long casesImported;
    long casesWithoutCreation;
    long casesWithoutUsableRows;
    long creationsSynthesized;
    long defaultChannels;
    long defaultPriorities;
    final Map<EventKind, Long> eventsPerKind = new EnumMap<>(EventKind.class);
    long casesReordered;
    long eventsOutOfOrder;
    long sameInstantEvents;
    long casesWithSameInstantEvents;
    long dstOverlaps;
    long dstGaps;
    long attributeRowsRead;
    long attributeRowsRejected;
    long attributeBlankLines;
    long attributeRowsWithoutLogCase;
    long attributePriorities;
    long attributeChannels;
    long attributeCreatedTimes;
    long creationTimesDiffering;
    long creationTimesDifferingOverAMinute;
    java.time.Duration largestCreationTimeDifference = java.time.Duration.ZERO;

    void count(Map<String, Long> map, String key) {
        map.merge(key, 1L, Long::sum);
    }
}
