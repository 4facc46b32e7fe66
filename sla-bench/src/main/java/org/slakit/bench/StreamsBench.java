package org.slakit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaTimeline;
import org.slakit.streams.SlaJson;
import org.slakit.streams.SlaTopology;

/**
 * Events per second through the sla-streams topology on one stream thread ({@code TopologyTestDriver},
 * no broker), next to {@link SlaTimeline#replay} of the same events in the same run; and the
 * serialized state per case, printed at setup.
 *
 * <p>The events are {@link ReplayBench}'s seeded histories (200,000 events, about 10 per case, over
 * 90 days), without the customers' own calendars, in time order as one partition receives them, as
 * JSON. One operation is one event: the score is events per second.
 *
 * <p>What the driver adds: it commits after every record whatever {@code commit.interval.ms} says
 * ({@code TopologyTestDriver.completeAllProcessableWork} calls {@code prepareCommit} and
 * {@code postCommit} after each), which commits every store (for RocksDB, Kafka Streams 4.4 writes the
 * changelog offsets and the store's position into the database per commit) and flushes every cache;
 * and for every record the topology produces (transitions, and each store write's
 * changelog record) it compiles the source topics' names as regular expressions
 * ({@code getInputTopicOrPatternPartition}). A stream thread commits every 30 seconds (100 ms under
 * {@code exactly_once_v2}) and hands changelog records to its producer. {@link #noop} measures the
 * driver alone on the same records, so that the ratio {@code topology / noop} shows what the SLA
 * processor costs on top; {@link #oneWrite} the driver with one store write per record (the record's
 * value under its key, in a store configured as the cases store): the floor of any processor that
 * keeps its state per key in such a store.
 *
 * <p>Only the cases store (and, rarely, the meta store) writes changelog records: the timers store is
 * an in-memory index rebuilt from the cases when a task starts, and unsettled batches wait in an
 * in-memory queue. The same topology against a real broker: {@code BrokerThroughputMeasurement} in sla-streams.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class StreamsBench {

    static final int EVENTS = 200_000;

    /** The cases and meta stores: RocksDB (the default) or in memory (the timers store is in memory either way). */
    @Param({"rocksdb", "memory"})
    public String stores;

    /** Whether the stores are cached between commits (TopologyTestDriver commits after every record). */
    @Param({"false", "true"})
    public boolean caching;

    /**
     * How often punctuation runs, in event time. The feed packs 90 days into 200,000 events, one event
     * every 39 seconds of event time; a helpdesk producing 100,000 events a second packs far more into
     * one second, so a second of event time would mean thousands of events per punctuation.
     */
    @Param({"PT1H"})
    public String punctuation;

    /**
     * Whether the stores write changelogs. TopologyTestDriver checks every record the topology produces
     * against its input topics (compiling a pattern each time), which costs more than a producer's
     * append; without changelogs the score is closer to the processor's own cost.
     */
    @Param({"true", "false"})
    public boolean changelogs;

    private SlaPolicy policy;
    private List<CaseHistory> histories;
    private String[] keys;
    private String[] values;
    private long[] timestamps;
    private Instant now;
    private SlaTopology sla;
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> input;
    private TopologyTestDriver noopDriver;
    private TestInputTopic<String, String> noopInput;
    private TopologyTestDriver oneWriteDriver;
    private TestInputTopic<String, String> oneWriteInput;
    private java.nio.file.Path stateDir;

    @Setup(Level.Trial)
    public void setUp() {
        BusinessCalendar berlin = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-12:30 13:30-18:00
                closed yearly 01-01
                closed yearly Easter-2
                closed yearly Easter+1
                closed yearly 05-01
                closed yearly 12-25
                closed yearly 12-26
                2026-12-24 09:00-12:00
                """);
        policy = SlaPolicy.standard(berlin);
        now = Instant.parse("2026-11-30T16:00:00Z");
        histories = new ArrayList<>();
        for (CaseHistory h : ReplayBench.generate(new SplittableRandom(20261130L), EVENTS, 10, now,
                List.of(berlin))) {
            histories.add(CaseHistory.of(h.events())); // the topology reads no per-case calendars
        }
        List<CaseEvent> feed = new ArrayList<>(EVENTS);
        histories.forEach(h -> feed.addAll(h.events()));
        feed.sort(Comparator.comparing(CaseEvent::at)); // stable: each case keeps its order
        keys = new String[feed.size()];
        values = new String[feed.size()];
        timestamps = new long[feed.size()];
        for (int i = 0; i < feed.size(); i++) {
            keys[i] = feed.get(i).caseId();
            values[i] = SlaJson.writeEvent(feed.get(i));
            timestamps[i] = feed.get(i).at().toEpochMilli();
        }
        sla = SlaTopology.builder(policy).inMemoryStores(stores.equals("memory")).caching(caching).changelogs(changelogs)
                .punctuationInterval(java.time.Duration.parse(punctuation)).build();
        // one pass to measure the state per case
        newDriver();
        pipeAll();
        long[] sizes;
        try (KeyValueIterator<String, byte[]> it = driver.<String, byte[]>getKeyValueStore(sla.casesStore()).all()) {
            List<Integer> list = new ArrayList<>();
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                list.add(kv.value.length);
            }
            sizes = list.stream().mapToLong(Integer::longValue).sorted().toArray();
        }
        // what the processor wrote: one changelog record per store write
        String writes = "";
        if (changelogs) {
            long cases = changelogRecords(sla.casesStore());
            long meta = changelogRecords(sla.metaStore());
            long out = driver.createOutputTopic(sla.transitionsTopic(), new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()).getQueueSize();
            writes = String.format("; changelog records per event: cases %.2f, meta %.4f (the timers store is not "
                    + "logged); transitions per event %.2f", cases / (double) EVENTS, meta / (double) EVENTS,
                    out / (double) EVENTS);
        }
        closeDriver();
        System.out.printf("%n%d histories, %d events in time order; state per case: mean %.1f bytes, median %d, "
                + "p99 %d, max %d (%d cases)%s%n", histories.size(), feed.size(), Arrays.stream(sizes).average().orElse(0),
                sizes[sizes.length / 2], sizes[(int) (sizes.length * 0.99)], sizes[sizes.length - 1], sizes.length,
                writes);
    }

    private long changelogRecords(String store) {
        return driver.createOutputTopic("slakit-bench-" + store + "-changelog", new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).getQueueSize();
    }

    @Setup(Level.Invocation)
    public void newDriver() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "slakit-bench");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        try {
            stateDir = Files.createTempDirectory("sla-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(sla.topology(), p);
        input = driver.createInputTopic(sla.inputTopic(), new StringSerializer(), new StringSerializer());
        Properties noop = new Properties();
        noop.putAll(p);
        noop.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("noop").toString());
        noopDriver = new TopologyTestDriver(noopTopology(sla.inputTopic()), noop);
        noopInput = noopDriver.createInputTopic(sla.inputTopic(), new StringSerializer(), new StringSerializer());
        Properties one = new Properties();
        one.putAll(p);
        one.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("one").toString());
        oneWriteDriver = new TopologyTestDriver(oneWriteTopology(sla.inputTopic()), one);
        oneWriteInput = oneWriteDriver.createInputTopic(sla.inputTopic(), new StringSerializer(),
                new StringSerializer());
    }

    /** The same source into a processor that writes each record's value under its key: one store write per record. */
    Topology oneWriteTopology(String topic) {
        Topology t = new Topology();
        t.addSource("source", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topic);
        t.addProcessor("one-write", () -> new Processor<String, byte[], Void, Void>() {
            private KeyValueStore<String, byte[]> store;

            @Override
            public void init(org.apache.kafka.streams.processor.api.ProcessorContext<Void, Void> context) {
                store = context.getStateStore("one-write");
            }

            @Override
            public void process(Record<String, byte[]> record) {
                store.put(record.key(), record.value());
            }
        }, "source");
        var b = org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(stores.equals("memory")
                ? org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore("one-write")
                : org.apache.kafka.streams.state.Stores.persistentKeyValueStore("one-write"),
                Serdes.String(), Serdes.ByteArray());
        b = caching ? b.withCachingEnabled() : b.withCachingDisabled();
        if (!changelogs) {
            b = b.withLoggingDisabled();
        }
        t.addStateStore(b, "one-write");
        return t;
    }

    /** The same source (string keys, byte values) into a processor that does nothing: what the driver itself costs. */
    static Topology noopTopology(String topic) {
        Topology t = new Topology();
        t.addSource("source", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topic);
        t.addProcessor("noop", () -> new Processor<String, byte[], Void, Void>() {
            @Override
            public void process(Record<String, byte[]> record) {
                // nothing
            }
        }, "source");
        return t;
    }

    @TearDown(Level.Invocation)
    public void closeDriver() {
        driver.close();
        if (noopDriver != null) {
            noopDriver.close();
            oneWriteDriver.close();
        }
        try (var paths = Files.walk(stateDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pipeAll() {
        for (int i = 0; i < keys.length; i++) {
            input.pipeInput(keys[i], values[i], timestamps[i]);
        }
    }

    /**
     * The same records through the same driver into a processor that does nothing: the driver's own cost
     * per record (deserializing key and value, the task, a commit per record), the ceiling of
     * {@link #topology()}.
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void noop() {
        long cpu = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < keys.length; i++) {
            noopInput.pipeInput(keys[i], values[i], timestamps[i]);
        }
        count(cpu);
    }

    /**
     * The same records through the same driver into a processor that writes each one into a store
     * configured as the cases store (kind, caching, changelog): what one state write per event costs in
     * the driver, a floor for {@link #topology()} (which writes 1.5 times per event and emits transitions).
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void oneWrite() {
        long cpu = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < keys.length; i++) {
            oneWriteInput.pipeInput(keys[i], values[i], timestamps[i]);
        }
        count(cpu);
    }

    /** Every event through the topology: JSON in, state and timers in the stores, transitions out. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void topology() {
        long cpu = CPU.getCurrentThreadCpuTime();
        pipeAll();
        count(cpu);
    }

    /** The same events replayed, a history at a time, for reference. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void replay(Blackhole bh) {
        long cpu = CPU.getCurrentThreadCpuTime();
        for (CaseHistory h : histories) {
            bh.consume(SlaTimeline.replay(h, policy, now));
        }
        count(cpu);
    }

    /**
     * The CPU time of the benchmark thread, summed over the measured invocations and printed at the end
     * of the trial as events per CPU second: what one thread does with a core to itself, which the score
     * (per second of wall time) understates on a machine shared with other work.
     */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();
    private long cpuNanos;
    private long cpuEvents;
    private int invocations;
    private boolean measuring;

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    private void count(long cpuBefore) {
        if (measuring) {
            cpuNanos += CPU.getCurrentThreadCpuTime() - cpuBefore;
            cpuEvents += EVENTS;
            invocations++;
        }
    }

    @TearDown(Level.Trial)
    public void printCpuRate() {
        if (cpuNanos > 0) {
            System.out.printf("%nper CPU second of the benchmark thread: %,.0f events (%d measured invocations, load "
                + "average %s)%n", cpuEvents / (cpuNanos / 1e9), invocations, loadAverage());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
