package org.slakit.core.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many clock cycles became breached, in total and per assignee: the agent the case was
 * assigned to at the instant of the breach ({@link org.slakit.core.history.SlaCycle#breachedAt()}),
 * not the one it ended with. A cycle counts at most once, at its first breach.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Breaches {

    private final long total;
    private final SortedMap<String, Long> byAssignee;
    private final long unassigned;

    private Breaches(long total, SortedMap<String, Long> byAssignee, long unassigned) {
        this.total = total;
        this.byAssignee = byAssignee;
        this.unassigned = unassigned;
    }

    static Breaches of(Map<String, long[]> byAssignee, long unassigned) {
        TreeMap<String, Long> copy = new TreeMap<>();
        long total = unassigned;
        for (Map.Entry<String, long[]> e : byAssignee.entrySet()) {
            copy.put(e.getKey(), e.getValue()[0]);
            total += e.getValue()[0];
        }
        return new Breaches(total, Collections.unmodifiableSortedMap(copy), unassigned);
    }

    /** @return all breaches */
    public long total() {
        return total;
    }

    /** @return breaches per assignee at the time of the breach, by name; assignees without breaches are absent */
    public SortedMap<String, Long> byAssignee() {
        return byAssignee;
    }

    /** @return breaches of cases assigned to nobody at the time */
    public long unassigned() {
        return unassigned;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Breaches)) {
            return false;
        }
        Breaches o = (Breaches) obj;
        return total == o.total && unassigned == o.unassigned && byAssignee.equals(o.byAssignee);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, byAssignee, unassigned);
    }

    /** @return {@code 4 (ana 2, bo 1, unassigned 1)} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(total);
        if (total > 0) {
            sb.append(" (");
            byAssignee.forEach((name, n) -> sb.append(name).append(' ').append(n).append(", "));
            if (unassigned > 0) {
                sb.append("unassigned ").append(unassigned).append(", ");
            }
            sb.setLength(sb.length() - 2);
            sb.append(')');
        }
        return sb.toString();
    }
}
