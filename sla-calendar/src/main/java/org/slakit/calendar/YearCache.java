package org.slakit.calendar;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * A lazily filled, thread-safe cache of per-year values. Years near the present sit in a plain
 * array (a racy but safe publication: the cached values are immutable with final fields, so a
 * thread either sees a complete value or null and computes it again); far years go to a small
 * map that is emptied when it grows large, so that a walk across centuries cannot hold on to
 * memory.
 */
final class YearCache<T> {

    private static final int FIRST = 1900;
    private static final int LAST = 2299;
    private static final int FAR_LIMIT = 256;

    private final IntFunction<T> compute;
    private final Object[] near = new Object[LAST - FIRST + 1];
    private final ConcurrentHashMap<Integer, T> far = new ConcurrentHashMap<>();

    YearCache(IntFunction<T> compute) {
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    T get(int year) {
        if (year >= FIRST && year <= LAST) {
            Object value = near[year - FIRST];
            if (value == null) {
                value = compute.apply(year);
                near[year - FIRST] = value;
            }
            return (T) value;
        }
        T value = far.get(year);
        if (value == null) {
            value = compute.apply(year);
            if (far.size() >= FAR_LIMIT) {
                far.clear();
            }
            far.put(year, value);
        }
        return value;
    }
}
