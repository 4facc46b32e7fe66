package org.slakit.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * A lazily filled, thread-safe cache of per-year values.
 *
 * <p>Years near the present ({@value #FIRST} to {@value #LAST}) sit in an
 * {@link AtomicReferenceArray} and are kept for the life of the calendar (a volatile slot per year,
 * so a value, arrays included, is seen complete; two threads may compute the same year once each,
 * which is harmless since the values are equal and never modified).
 *
 * <p>Far years go to a map of at most {@value #FAR_LIMIT} years, so that a walk across centuries
 * cannot hold on to memory. When the map is full, the least recently used quarter of it is evicted
 * (approximately: each entry carries the value of a miss counter from when it was last used, and
 * the entries with the oldest stamps go). So a working set of far years that fits in the map stays
 * cached while other far years come and go, instead of being flushed with them. A hit takes no
 * lock: a map lookup, a volatile read of the counter and, at most once per miss in between, a
 * volatile write of the entry's stamp. Eviction is synchronized, and happens at most once per
 * {@value #FAR_LIMIT}/4 misses.
 */
final class YearCache<T> {

    static final int FIRST = 1900;
    static final int LAST = 2299;
    static final int FAR_LIMIT = 256;
    /** How many far years an eviction removes. */
    private static final int EVICT = FAR_LIMIT / 4;

    private static final class Entry<T> {
        final T value;
        volatile long used;

        Entry(T value, long used) {
            this.value = value;
            this.used = used;
        }
    }

    private final IntFunction<T> compute;
    private final AtomicReferenceArray<T> near = new AtomicReferenceArray<>(LAST - FIRST + 1);
    private final ConcurrentHashMap<Integer, Entry<T>> far = new ConcurrentHashMap<>();
    /** Counts far-year misses; the clock of the least-recently-used stamps. */
    private final AtomicLong misses = new AtomicLong();

    YearCache(IntFunction<T> compute) {
        this.compute = compute;
    }

    T get(int year) {
        if (year >= FIRST && year <= LAST) {
            T value = near.get(year - FIRST);
            if (value == null) {
                value = compute.apply(year);
                near.set(year - FIRST, value);
            }
            return value;
        }
        Entry<T> entry = far.get(year);
        if (entry != null) {
            long now = misses.get();
            if (entry.used != now) {
                entry.used = now;
            }
            return entry.value;
        }
        T value = compute.apply(year);
        Entry<T> previous = far.putIfAbsent(year, new Entry<>(value, misses.incrementAndGet()));
        if (previous != null) {
            return previous.value; // another thread computed the same year first: keep one copy
        }
        if (far.size() > FAR_LIMIT) {
            evict();
        }
        return value;
    }

    /** Removes the least recently used far years until a quarter of the room is free again. */
    private synchronized void evict() {
        int excess = far.size() - (FAR_LIMIT - EVICT);
        if (excess <= 0) {
            return; // another thread evicted already
        }
        // stamps change under our feet: sort a snapshot of them
        List<Map.Entry<Integer, Entry<T>>> entries = new ArrayList<>(far.entrySet());
        long[] order = new long[entries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = entries.get(i).getValue().used;
        }
        long[] sorted = order.clone();
        Arrays.sort(sorted);
        long cutoff = sorted[Math.min(excess, sorted.length) - 1];
        int removed = 0;
        for (int i = 0; i < order.length; i++) { // all older than the cutoff: fewer than excess
            if (order[i] < cutoff) {
                far.remove(entries.get(i).getKey(), entries.get(i).getValue());
                removed++;
            }
        }
        for (int i = 0; i < order.length && removed < excess; i++) { // then ties at the cutoff
            if (order[i] == cutoff) {
                far.remove(entries.get(i).getKey(), entries.get(i).getValue());
                removed++;
            }
        }
    }

    /** The number of far years held now; for tests. */
    int farSize() {
        return far.size();
    }

    /** Whether a far year is held now; for tests. */
    boolean holdsFar(int year) {
        return far.containsKey(year);
    }
}
