package org.slakit.core.order;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The first {@code n} items of a {@link ResponseOrder}, kept in a bounded binary max-heap: the
 * root is the worst of the best {@code n} seen so far, and an offered item either is rejected after
 * one comparison with the root or replaces it. Each item's channel rank is looked up once and kept
 * next to it.
 *
 * <p>Mutable, for one call of {@code next}.
 */
final class Selection {

    private static final int INITIAL_CAPACITY = 16;

    private final ResponseOrder order;
    private final int limit;
    private WaitingItem[] items;
    private int[] ranks;
    private int size;

    Selection(ResponseOrder order, int limit) {
        this.order = order;
        this.limit = limit;
        int capacity = Math.min(limit, INITIAL_CAPACITY);
        this.items = new WaitingItem[capacity];
        this.ranks = new int[capacity];
    }

    void offer(WaitingItem item) {
        Objects.requireNonNull(item, "item");
        int rank = order.rank(item); // checks the channel of every item, even when limit is 0
        if (size < limit) {
            if (size == items.length) {
                int capacity = (int) Math.min(limit, Math.max(INITIAL_CAPACITY, 2L * size));
                items = Arrays.copyOf(items, capacity);
                ranks = Arrays.copyOf(ranks, capacity);
            }
            siftUp(size++, item, rank);
        } else if (limit > 0 && order.compareRanked(rank, item, ranks[0], items[0]) < 0) {
            siftDown(0, item, rank);
        }
    }

    /** Places {@code item} at {@code k} or above, moving smaller parents down. */
    private void siftUp(int k, WaitingItem item, int rank) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (order.compareRanked(rank, item, ranks[parent], items[parent]) <= 0) {
                break;
            }
            items[k] = items[parent];
            ranks[k] = ranks[parent];
            k = parent;
        }
        items[k] = item;
        ranks[k] = rank;
    }

    /** Places {@code item} at {@code k} or below, moving larger children up. */
    private void siftDown(int k, WaitingItem item, int rank) {
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && order.compareRanked(ranks[right], items[right], ranks[child], items[child]) > 0) {
                child = right;
            }
            if (order.compareRanked(rank, item, ranks[child], items[child]) >= 0) {
                break;
            }
            items[k] = items[child];
            ranks[k] = ranks[child];
            k = child;
        }
        items[k] = item;
        ranks[k] = rank;
    }

    List<WaitingItem> result() {
        WaitingItem[] sorted = Arrays.copyOf(items, size);
        Arrays.sort(sorted, order);
        return List.of(sorted);
    }
}
