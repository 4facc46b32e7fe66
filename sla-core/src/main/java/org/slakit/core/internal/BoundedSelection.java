package org.slakit.core.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The first {@code limit} items of a total order among everything offered, kept in a bounded
 * binary max-heap: the root is the last of the items kept, and an offered item is either rejected
 * after one comparison with the root or replaces it, so offering {@code N} items costs
 * {@code O(N log limit)} and never sorts them all. Two selections over disjoint parts merge into
 * the selection of the whole, which is what a parallel stream needs: with a total order the
 * answer does not depend on how the items were split.
 *
 * <p>The one selection behind every "first n" view of slakit: the breaching-soon view, the upkeep
 * round and the response order. Not public API: the module does not export this package.
 *
 * <p>An order can use a precomputed rank per item (the response order ranks channels once per
 * item rather than once per comparison): {@link #offer(Object, int)} keeps the rank next to the
 * item and hands both to a {@link RankedOrder}.
 *
 * <p>Mutable and not thread-safe: one instance per thread, merged at the end.
 *
 * @param <T> the items
 */
public final class BoundedSelection<T> {

    private static final int INITIAL_CAPACITY = 16;

    /**
     * A total order over items with a rank computed once per item.
     *
     * @param <T> the items
     */
    @FunctionalInterface
    public interface RankedOrder<T> {
        /**
         * @param rankA the rank of {@code a}
         * @param a an item
         * @param rankB the rank of {@code b}
         * @param b another item
         * @return negative if {@code a} comes first, positive if {@code b} does, zero if equal
         */
        int compare(int rankA, T a, int rankB, T b);
    }

    private final int limit;
    private final RankedOrder<? super T> order;
    private Object[] heap;
    private int[] ranks;
    private int size;

    /**
     * @param limit the most items kept, 0 or more
     * @param order a total order: the first items in it are kept
     */
    public BoundedSelection(int limit, Comparator<? super T> order) {
        this(limit, ranked(Objects.requireNonNull(order, "order")));
    }

    /**
     * @param limit the most items kept, 0 or more
     * @param order a total order over items and their ranks: the first items in it are kept
     */
    public BoundedSelection(int limit, RankedOrder<? super T> order) {
        if (limit < 0) {
            throw new IllegalArgumentException("Limit " + limit + " is negative");
        }
        this.limit = limit;
        this.order = Objects.requireNonNull(order, "order");
        this.heap = new Object[Math.min(limit, INITIAL_CAPACITY)];
        this.ranks = new int[heap.length];
    }

    private static <T> RankedOrder<T> ranked(Comparator<? super T> order) {
        return (ra, a, rb, b) -> order.compare(a, b);
    }

    /**
     * Offers an item of rank 0.
     *
     * @param item the item, not null
     */
    public void offer(T item) {
        offer(item, 0);
    }

    /**
     * Offers an item with its rank.
     *
     * @param item the item, not null
     * @param rank its rank, for a {@link RankedOrder}
     */
    public void offer(T item, int rank) {
        if (size < limit) {
            if (size == heap.length) {
                int capacity = (int) Math.min(limit, Math.max(INITIAL_CAPACITY, 2L * size));
                heap = Arrays.copyOf(heap, capacity);
                ranks = Arrays.copyOf(ranks, capacity);
            }
            siftUp(size++, item, rank);
        } else if (limit > 0 && order.compare(rank, item, ranks[0], at(0)) < 0) {
            siftDown(0, item, rank);
        }
    }

    /**
     * Offers every item another selection kept, as if they had been offered to this one.
     *
     * @param other a selection of the same limit and order over other items
     * @return this selection
     */
    public BoundedSelection<T> merge(BoundedSelection<T> other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.at(i), other.ranks[i]);
        }
        return this;
    }

    /** @return the items kept, first first; unmodifiable */
    @SuppressWarnings("unchecked")
    public List<T> sorted() {
        Integer[] index = new Integer[size];
        for (int i = 0; i < size; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (i, j) -> order.compare(ranks[i], at(i), ranks[j], at(j)));
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = heap[index[i]];
        }
        return (List<T>) List.of(out);
    }

    @SuppressWarnings("unchecked")
    private T at(int i) {
        return (T) heap[i];
    }

    /** Places {@code item} at {@code k} or above, moving parents that come before it down. */
    private void siftUp(int k, T item, int rank) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (order.compare(rank, item, ranks[parent], at(parent)) <= 0) {
                break;
            }
            heap[k] = heap[parent];
            ranks[k] = ranks[parent];
            k = parent;
        }
        heap[k] = item;
        ranks[k] = rank;
    }

    /** Places {@code item} at {@code k} or below, moving children that come after it up. */
    private void siftDown(int k, T item, int rank) {
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && order.compare(ranks[right], at(right), ranks[child], at(child)) > 0) {
                child = right;
            }
            if (order.compare(rank, item, ranks[child], at(child)) >= 0) {
                break;
            }
            heap[k] = heap[child];
            ranks[k] = ranks[child];
            k = child;
        }
        heap[k] = item;
        ranks[k] = rank;
    }
}
