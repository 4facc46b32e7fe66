package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaTimeline;

/**
 * A measurement, not part of the default build (Surefire runs classes named {@code *Test} by default;
 * this one runs only when named with {@code -Dtest}): events per second through the topology on one stream
 * thread against a real broker (in-process KRaft, as {@link RealBrokerTest}), in the production
 * configuration ({@code exactly_once_v2}, the default commit interval, logged stores, caching on),
 * next to {@code SlaTimeline.replay} of the same events in the same JVM. RocksDB (the default) and
 * in-memory stores, each twice in turn (the first runs warm the JVM up), each with its own application id.
 *
 * <pre>
 * mvn -B -q -o verify -pl sla-streams -am -Dtest=BrokerThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The events are {@value #COPIES} copies of the demo's event log (291 cases, 2,293 events; each copy
 * with its own case ids, the copies' events interleaved in time order), about 200,000 events in one
 * partition, produced before the application starts. The rate is taken from the application's
 * committed input offsets (read every 100 ms), from the first commit to the last, so start-up and the
 * first rebalance are not counted. The broker, its log, the producer of the changelogs and
 * transitions and the stream thread share the machine's cores.
 *
 * <p>A run whose committed input offset stays the same for {@link #STALL} (60 s; the start-up included),
 * or that does not close within {@link #CLOSE}, fails at once with the application's state and the
 * full stacks of its threads (stream thread, state updater, producer and consumer threads), also
 * printed to standard error; {@code -Dslakit.stall.seconds=1} shows what that looks like.
 */
class BrokerThroughputMeasurement {

    static final int COPIES = 87;

    /**
     * How long the committed input offset may stay the same (from the start: the first commit included)
     * before the run fails with the application's threads' stacks, rather than waiting out the
     * deadline; {@code -Dslakit.stall.seconds=N} to change.
     */
    static final Duration STALL = Duration.ofSeconds(Long.getLong("slakit.stall.seconds", 60));

    /** How long closing an application may take before the run fails with its threads' stacks. */
    static final Duration CLOSE = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void eventsPerSecond_onOneStreamThread() throws Exception {
        DemoLog demo = DemoLog.shipped();
        Instant end = demo.lastEventAt().plus(Duration.ofDays(2));
        List<String[]> records = new ArrayList<>(); // key, value, timestamp
        for (CaseEvent e : demo.feed) {
            String json = SlaJson.writeEvent(e);
            String field = "\"case\":\"" + e.caseId() + "\"";
            for (int k = 0; k < COPIES; k++) {
                String id = e.caseId() + "~" + k;
                records.add(new String[] {id, json.replace(field, "\"case\":\"" + id + "\""),
                    Long.toString(e.at().toEpochMilli())});
            }
        }
        CaseEvent last = CaseEvent.created("zz-end", end, Channel.EMAIL, Priority.LOW);
        records.add(new String[] {last.caseId(), SlaJson.writeEvent(last), Long.toString(end.toEpochMilli())});
        int n = records.size();
        long expectedTransitions = (long) COPIES * ReferenceTransitions.of(demo.histories, demo.policy, end).size();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d events (%d copies of the demo log), one partition, one stream "
                + "thread, exactly_once_v2, default commit interval; %d cores, load average %s%n", n, COPIES,
                Runtime.getRuntime().availableProcessors(), loadAverage()));
        report.append(String.format(Locale.ROOT, "replay: %,.0f events/s%n", replayRate(demo.histories, demo.policy,
                end, n)));
        try (KafkaClusterTestKit cluster = InProcessBroker.start()) {
            String bootstrap = cluster.bootstrapServers();
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(new NewTopic("case-events", 1, (short) 1))).all().get();
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.ACKS_CONFIG, "all"))) {
                    for (String[] r : records) {
                        producer.send(new ProducerRecord<>("case-events", 0, Long.parseLong(r[2]), r[0], r[1]));
                    }
                    producer.flush();
                }
                for (String run : List.of("rocksdb-1", "memory-1", "rocksdb-2", "memory-2")) {
                    String stores = run.substring(0, run.indexOf('-'));
                    SlaTopology sla = SlaTopology.builder(demo.policy).inMemoryStores(stores.equals("memory"))
                            .transitionsTopic("sla-transitions-" + run).deadLetterTopic("sla-dead-letters-" + run)
                            .build();
                    admin.createTopics(List.of(new NewTopic(sla.transitionsTopic(), 1, (short) 1),
                            new NewTopic(sla.deadLetterTopic(), 1, (short) 1))).all().get();
                    String app = "slakit-throughput-" + run;
                    double[] rate;
                    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                            new java.util.concurrent.atomic.AtomicReference<>();
                    // not try-with-resources: KafkaStreams.close() waits without a bound, and a close that
                    // hangs would hide why the run failed
                    KafkaStreams streams = new KafkaStreams(sla.topology(), streamsConfig(bootstrap, app));
                    try {
                        streams.setUncaughtExceptionHandler(e -> {
                            failure.set(e);
                            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
                                    .StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                        });
                        streams.start();
                        rate = rate(admin, app, streams, n, failure);
                    } catch (Throwable t) {
                        close(streams, app, t);
                        throw t;
                    }
                    close(streams, app, null);
                    assertThat(admin.listOffsets(Map.of(new TopicPartition("case-events", 0),
                            org.apache.kafka.clients.admin.OffsetSpec.earliest())).all().get()
                            .get(new TopicPartition("case-events", 0)).offset())
                            .as("the input's log start offset (the broker deleted none of it)").isZero();
                    long transitions = count(bootstrap, sla.transitionsTopic());
                    long dead = count(bootstrap, sla.deadLetterTopic());
                    report.append(String.format(Locale.ROOT, "topology, %s stores (run %s): %,.0f events/s of wall "
                            + "time, %,.0f events per CPU second of the stream thread; %d transitions (expected %d), "
                            + "%d dead letters; load average %s%n", stores, run.substring(run.indexOf('-') + 1), rate[0],
                            rate[1], transitions, expectedTransitions, dead, loadAverage()));
                    assertThat(transitions).isEqualTo(expectedTransitions);
                    assertThat(dead).isZero();
                }
            }
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "broker-throughput.txt"), report);
    }

    /**
     * Events per second from the first committed input offset seen to the last: per second of wall time,
     * and per second of CPU time of the stream thread (what one thread does when it has a core to
     * itself: the machine is shared).
     */
    /** The CPU time of the application's stream thread so far, in nanoseconds. */
    private static long streamThreadCpu(String app) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(app + "-") && t.getThreadName().contains("StreamThread-1")) {
                return mx.getThreadCpuTime(t.getThreadId());
            }
        }
        throw new AssertionError("No stream thread of " + app);
    }

    private static double[] rate(Admin admin, String app, KafkaStreams streams, int n,
            java.util.concurrent.atomic.AtomicReference<Throwable> failure) throws Exception {
        TopicPartition input = new TopicPartition("case-events", 0);
        long firstOffset = -1;
        long firstNanos = 0;
        long firstCpu = 0;
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(2).toNanos();
        long lastOffset = -1; // the committed offset last seen, -1 for none
        long lastProgress = start;
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(app)
                    .partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata o = offsets.get(input);
            long now = System.nanoTime();
            long committed = o == null ? -1 : o.offset();
            if (committed != lastOffset) {
                lastOffset = committed;
                lastProgress = now;
            } else if (now - lastProgress > STALL.toNanos()) {
                String before = metrics(streams);
                Thread.sleep(5_000);
                throw new AssertionError(diagnosis(app, streams, "committed no further input offset in "
                        + STALL.toSeconds() + " s (committed offset " + committed + " of " + n + ", "
                        + Duration.ofNanos(now - start).toSeconds() + " s after start; the input partition's end "
                        + endOffsets(admin, input) + ")\nmetrics 5 s before the stacks: " + before
                        + "\nmetrics with the stacks: " + metrics(streams)));
            }
            if (o != null && o.offset() > 0) {
                if (firstOffset < 0) {
                    firstOffset = o.offset();
                    firstNanos = now;
                    firstCpu = streamThreadCpu(app);
                } else if (o.offset() >= n) {
                    long events = o.offset() - firstOffset;
                    return new double[] {events / ((now - firstNanos) / 1e9),
                        events / ((streamThreadCpu(app) - firstCpu) / 1e9)};
                }
            }
            if (failure.get() != null) {
                throw new AssertionError("The application " + app + " failed", failure.get());
            }
            Thread.sleep(100);
        }
        throw new AssertionError(diagnosis(app, streams, "did not commit all " + n + " events in 2 minutes"
                + " (committed offset " + lastOffset + ")"));
    }

    /** The input partition's end offsets, read_uncommitted and read_committed, and its start, for a diagnosis. */
    private static String endOffsets(Admin admin, TopicPartition p) {
        try {
            long earliest = admin.listOffsets(Map.of(p, org.apache.kafka.clients.admin.OffsetSpec.earliest()))
                    .partitionResult(p).get().offset();
            long latest = admin.listOffsets(Map.of(p, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .partitionResult(p).get().offset();
            long stable = admin.listOffsets(Map.of(p, org.apache.kafka.clients.admin.OffsetSpec.latest()),
                    new org.apache.kafka.clients.admin.ListOffsetsOptions(
                            org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).partitionResult(p).get().offset();
            return latest + " (read_committed " + stable + "), its log start " + earliest;
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }

    /**
     * The application's counters that tell a thread that waits from one that polls in vain: the stream
     * thread's polls, processed records, commits and punctuations, and its consumer's fetches, records
     * consumed and lag.
     */
    private static String metrics(KafkaStreams streams) {
        java.util.TreeMap<String, Object> m = new java.util.TreeMap<>();
        streams.metrics().forEach((k, v) -> {
            boolean thread = k.group().equals("stream-thread-metrics")
                    && k.name().matches("(poll|process|commit|punctuate)-total");
            boolean consumer = k.group().equals("consumer-fetch-manager-metrics")
                    && k.name().matches("fetch-total|records-consumed-total|records-lag")
                    && k.tags().getOrDefault("client-id", "").endsWith("-consumer")
                    && !k.tags().getOrDefault("client-id", "").endsWith("-restore-consumer");
            if (thread || consumer) {
                m.put(k.name() + (k.tags().containsKey("partition") ? "[" + k.tags().get("topic") + "-"
                        + k.tags().get("partition") + "]" : ""), v.metricValue());
            }
        });
        return m.toString();
    }

    /**
     * Closes the application within {@link #CLOSE}; if it does not close in time, fails with the
     * application's threads (or adds that failure to {@code primary}, the run's own, as suppressed).
     */
    private static void close(KafkaStreams streams, String app, Throwable primary) {
        if (streams.close(CLOSE)) {
            return;
        }
        AssertionError e = new AssertionError(diagnosis(app, streams, "did not close in " + CLOSE.toSeconds() + " s"));
        if (primary == null) {
            throw e;
        }
        primary.addSuppressed(e);
    }

    /**
     * What went wrong, the application's state, its stream thread's tasks with their committed and end
     * offsets, and the stacks of the application's threads (stream thread, state updater, producer and
     * consumer threads); also printed to standard error at once.
     */
    private static String diagnosis(String app, KafkaStreams streams, String what) {
        StringBuilder b = new StringBuilder("The application ").append(app).append(' ').append(what)
                .append("; state ").append(streams.state()).append('\n');
        try {
            for (org.apache.kafka.streams.ThreadMetadata t : streams.metadataForLocalThreads()) {
                b.append("thread ").append(t.threadName()).append(": ").append(t.threadState()).append('\n');
                for (org.apache.kafka.streams.TaskMetadata task : t.activeTasks()) {
                    b.append("  active task ").append(task.taskId()).append(": committed ")
                            .append(task.committedOffsets()).append(", end ").append(task.endOffsets()).append('\n');
                }
            }
        } catch (RuntimeException e) {
            b.append("(no thread metadata: ").append(e).append(")\n");
        }
        b.append(consumerState(streams)).append('\n');
        b.append(threadDumps(app));
        System.err.println(b);
        return b.toString();
    }

    /**
     * The main consumer's view of its partitions (position, high watermark, last stable offset, paused)
     * and its buffered fetches, read by reflection from Kafka's internals (SubscriptionState is
     * synchronized; the fetch buffer's next fetch is read without its lock); "unavailable" if they changed.
     */
    private static String consumerState(KafkaStreams streams) {
        StringBuilder b = new StringBuilder("main consumer: ");
        try {
            List<?> threads = (List<?>) field(streams, "threads");
            for (Object thread : threads) {
                java.lang.reflect.Method m = thread.getClass().getDeclaredMethod("mainConsumer");
                m.setAccessible(true);
                Object delegate = field(m.invoke(thread), "delegate");
                Object subscriptions = field(delegate, "subscriptions");
                synchronized (subscriptions) {
                    Object assignment = field(subscriptions, "assignment");
                    Map<?, ?> states = (Map<?, ?>) assignment.getClass().getMethod("partitionStateMap").invoke(assignment);
                    for (Map.Entry<?, ?> e : states.entrySet()) {
                        b.append(e.getKey()).append(" {");
                        for (String f : List.of("fetchState", "position", "highWatermark", "lastStableOffset", "paused")) {
                            b.append(f).append('=').append(field(e.getValue(), f)).append(' ');
                        }
                        b.append("} ");
                    }
                }
                Object buffer = field(field(delegate, "fetcher"), "fetchBuffer");
                Object next = field(buffer, "nextInLineFetch");
                b.append("fetch buffer: ").append(((java.util.Collection<?>) field(buffer, "completedFetches")).size())
                        .append(" completed fetches; next in line ").append(next == null ? "none"
                        : field(next, "partition") + " at " + field(next, "nextFetchOffset") + " consumed="
                        + field(next, "isConsumed"));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            b.append("unavailable (").append(e).append(')');
        }
        return b.toString();
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // the superclass's
            }
        }
        throw new NoSuchFieldException(name + " in " + o.getClass());
    }

    /** The full stacks of the threads whose name contains {@code app}, with the locks they wait for. */
    static String threadDumps(String app) {
        StringBuilder b = new StringBuilder();
        for (java.lang.management.ThreadInfo t : java.lang.management.ManagementFactory.getThreadMXBean()
                .dumpAllThreads(true, true)) {
            if (!t.getThreadName().contains(app)) {
                continue;
            }
            b.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
            if (t.getLockName() != null) {
                b.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                b.append(" owned by \"").append(t.getLockOwnerName()).append('"');
            }
            b.append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                b.append("\tat ").append(e).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static long count(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            TopicPartition p = new TopicPartition(topic, 0);
            consumer.assign(List.of(p));
            consumer.seekToBeginning(List.of(p));
            long end = consumer.endOffsets(List.of(p)).get(p);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (consumer.position(p) < end && System.nanoTime() < deadline) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    /** SlaTimeline.replay of every copy of every history, warmed up, as events per second. */
    private static double replayRate(List<CaseHistory> histories, org.slakit.core.SlaPolicy policy, Instant now,
            int events) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (int k = 0; k < COPIES; k++) {
                for (CaseHistory h : histories) {
                    sink += SlaTimeline.replay(h, policy, now).cycles().size();
                }
            }
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            assertThat(sink).isPositive();
        }
        return events / (best / 1e9);
    }

    private Properties streamsConfig(String bootstrap, String app) throws IOException {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, app);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(tmp.resolve(app)).toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
