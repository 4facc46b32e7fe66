package org.slakit.core.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many cases of a view each assignee has, and how many have none. Mergeable, for parallel
 * streams. Not public API: the module does not export this package.
 *
 * <p>Mutable and not thread-safe: one instance per thread, merged at the end.
 */
public final class AssigneeCounts {

    private final Map<String, long[]> perAssignee = new HashMap<>();
    private long unassigned;

    /** @param assignee the case's assignee, or null for none */
    public void add(String assignee) {
        if (assignee == null) {
            unassigned++;
        } else {
            perAssignee.computeIfAbsent(assignee, k -> new long[1])[0]++;
        }
    }

    /**
     * @param other counts over other cases
     * @return this, with the other's counts added
     */
    public AssigneeCounts merge(AssigneeCounts other) {
        other.perAssignee.forEach((k, v) -> perAssignee.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        unassigned += other.unassigned;
        return this;
    }

    /** @return the counts by assignee name, in name order; unmodifiable */
    public Map<String, Long> byAssignee() {
        Map<String, Long> out = new TreeMap<>();
        perAssignee.forEach((k, v) -> out.put(k, v[0]));
        return Collections.unmodifiableMap(out);
    }

    /** @return how many cases have no assignee */
    public long unassigned() {
        return unassigned;
    }
}
