package org.slakit.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.order.ResponseOrder;
import org.slakit.core.order.WaitingItem;

/**
 * Picking the next 20 of a million waiting items with {@link ResponseOrder#next(int, Iterable)}
 * (a bounded heap), next to the baseline of sorting a copy of all of them with the same comparator
 * and taking the first 20.
 *
 * <p>The items are generated once per trial from a fixed seed: mostly emails (70 %), then chats
 * (15 %), voicemails (10 %) and calls (5 %); priorities mostly normal; waiting since a random
 * instant in the three days before a fixed "now"; 80 % of voicemails and emails with a due
 * instant within a week of it. The items are in random order, so the heap sees new best items
 * rarely, as in a real queue.
 *
 * <pre>
 * mvn -B -q -o package -pl sla-bench -am -DskipTests
 * java -jar sla-bench/target/benchmarks.jar QueueBench -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class QueueBench {

    private static final long SEED = 0x5EED_5A1AL;
    private static final Instant NOW = Instant.parse("2026-12-23T09:00:00Z");

    @Param({"1000000"})
    int size;

    @Param({"20"})
    int n;

    private final ResponseOrder order = ResponseOrder.standard();
    private WaitingItem[] array;
    private List<WaitingItem> items;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(SEED);
        array = new WaitingItem[size];
        for (int i = 0; i < size; i++) {
            int c = random.nextInt(100);
            Channel channel = c < 5 ? Channel.CALL : c < 20 ? Channel.CHAT : c < 30 ? Channel.VOICEMAIL : Channel.EMAIL;
            int p = random.nextInt(100);
            Priority priority = p < 1 ? Priority.EMERGENCY : p < 10 ? Priority.URGENT : p < 85 ? Priority.NORMAL
                    : Priority.LOW;
            Instant since = NOW.minusSeconds(random.nextLong(3 * 86_400L));
            WaitingItem item = WaitingItem.of("case-" + i, channel, priority, since);
            boolean queued = channel.equals(Channel.VOICEMAIL) || channel.equals(Channel.EMAIL);
            if (queued && random.nextInt(100) < 80) {
                item = item.withSlaDue(NOW.plusSeconds(random.nextLong(-86_400L, 7 * 86_400L)));
            }
            array[i] = item;
        }
        items = List.of(array);
    }

    /** The bounded heap: one comparison with the heap's root for almost every item. */
    @Benchmark
    public List<WaitingItem> nextWithHeap() {
        return order.next(n, items);
    }

    /** The same through a stream. */
    @Benchmark
    public List<WaitingItem> nextWithHeapFromStream() {
        return order.next(n, items.stream());
    }

    /** Baseline: sort a copy of all items with the same comparator, take the first n. */
    @Benchmark
    public List<WaitingItem> fullSort() {
        WaitingItem[] copy = array.clone();
        Arrays.sort(copy, order);
        return List.of(Arrays.copyOf(copy, n));
    }
}
