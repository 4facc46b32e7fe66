package org.slakit.calendar;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * A lazily filled, thread-safe cache of per-year values. Years near the present sit in an
 * {@link AtomicReferenceArray} (a volatile slot per year, so a value, arrays included, is seen
 * complete; two threads may compute the same year once each, which is harmless since the values
 * are equal and never modified); far years go to a small map that is emptied when it grows
 * large, so that a walk across centuries cannot hold on to memory.
 */
final class YearCache<T> {

    private static final int FIRST = 1900;
    private static final int LAST = 2299;
    private static final int FAR_LIMIT = 256;

    private final IntFunction<T> compute;
    private final AtomicReferenceArray<T> near = new AtomicReferenceArray<>(LAST - FIRST + 1);
    private final ConcurrentHashMap<Integer, T> far = new ConcurrentHashMap<>();

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
