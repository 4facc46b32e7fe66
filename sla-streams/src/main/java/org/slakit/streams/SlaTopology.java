package org.slakit.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.utils.Bytes;
import org.slakit.core.BreachingSoon;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;

/**
 * SLA clocks on Kafka Streams: a topology that reads case events (JSON, keyed by case id, see
 * {@link SlaJson}), keeps per case only what the policy needs to go on, and writes
 * {@link SlaTransition}s and {@link DeadLetter}s to their own topics.
 *
 * <pre>
 * SlaTopology sla = SlaTopology.builder(SlaPolicy.standard(calendar))
 *         .inputTopic("case-events").transitionsTopic("sla-transitions").deadLetterTopic("sla-dead-letters")
 *         .build();
 * KafkaStreams streams = new KafkaStreams(sla.topology(), properties);
 * </pre>
 *
 * <h2>What it guarantees</h2>
 * For the events of a case in time order, the transitions are those that
 * {@link org.slakit.core.history.SlaTimeline#replay} derives from the same history, at the same
 * instants, for every clock of the policy: the update cadence's cycles ({@code SlaTimeline.cycles()}:
 * each cycle's first at-risk instant, its first breach ({@code SlaCycle.breachedAt}), and its end: met,
 * late, stopped) and each duration clock's ({@code SlaTimeline.clockCycles()}: the first instant
 * {@code clockStateAt} is at risk, the first it is breached, and the verdict at each end; see
 * {@link SlaTransition}). Events at one instant act together, as in the replay: a case's
 * batch at instant {@code t} is settled, and a timer at {@code t} fires, only once the task's event
 * time is after {@code t} (or the case's next event is), so nothing at {@code t} is missed.
 *
 * <h2>Time</h2>
 * Event time is the latest event instant the task has accepted (kept in a store, so it survives a
 * restart). {@link TimeMode#STREAM_TIME} (the default) fires timers before event time on stream-time
 * punctuation: deterministic and replayable, and quiet while no events arrive.
 * {@link TimeMode#WALL_CLOCK_TIME} also fires timers before the wall clock, for quiet hours; an event
 * that then arrives with an instant at or before a transition already emitted for its case is late.
 * Punctuation reads the timer store from its earliest entry up to the limit: its cost follows the
 * timers due, never the number of cases.
 *
 * <h2>Late and bad input</h2>
 * See {@link DeadLetter.Reason}. A late event (older than the case's last event, or at or before an
 * instant whose transitions were already emitted) is not applied: the transitions already emitted
 * stand, the state stays that of the events applied, and the event goes to the dead-letter topic,
 * from where a batch replay ({@code SlaTimeline.replay} of the corrected history) gives the
 * corrected cycles.
 *
 * <p>This class is immutable and thread-safe; each call of {@link #topology()} builds a new topology.
 */
public final class SlaTopology {

    /** When timers fire. */
    public enum TimeMode {
        /** Timers fire once the task's event time has passed them (deterministic, replayable). */
        STREAM_TIME,
        /** Timers also fire once the wall clock has passed them, while no events arrive. */
        WALL_CLOCK_TIME
    }

    static final String SOURCE = "case-events";
    static final String PROCESSOR = "sla-clocks";
    static final String TRANSITIONS_SINK = "sla-transitions";
    static final String DEAD_LETTER_SINK = "sla-dead-letters";

    private final SlaPolicy policy;
    private final String inputTopic;
    private final String transitionsTopic;
    private final String deadLetterTopic;
    private final String storePrefix;
    private final TimeMode timeMode;
    private final Duration punctuationInterval;
    private final Duration maxAhead;
    private final boolean inMemory;
    private final boolean caching;
    private final boolean changelogs;
    private final int maxTimersPerPunctuation;
    private final int recentCases;
    private final boolean quietSettling;

    private SlaTopology(Builder b) {
        this.policy = b.policy;
        this.inputTopic = b.inputTopic;
        this.transitionsTopic = b.transitionsTopic;
        this.deadLetterTopic = b.deadLetterTopic;
        this.storePrefix = b.storePrefix;
        this.timeMode = b.timeMode;
        this.punctuationInterval = b.punctuationInterval;
        this.maxAhead = b.maxAhead;
        this.inMemory = b.inMemory;
        this.caching = b.caching;
        this.changelogs = b.changelogs;
        this.maxTimersPerPunctuation = b.maxTimersPerPunctuation;
        this.recentCases = b.recentCases;
        this.quietSettling = b.quietSettling;
    }

    /**
     * A builder with the defaults: topics {@code case-events}, {@code sla-transitions},
     * {@code sla-dead-letters}; stores named {@code sla-cases}, {@code sla-timers}, {@code sla-meta}
     * (the cases and meta stores persistent and logged to changelog topics; the timers store an index
     * in memory, rebuilt from the cases when a task starts); stream time, punctuation every second; events more
     * than one day ahead are far in the future; at most 100,000 timers fired per punctuation.
     *
     * @param policy the SLA policy
     * @return the builder
     */
    public static Builder builder(SlaPolicy policy) {
        return new Builder(Objects.requireNonNull(policy, "policy"));
    }

    /** @return a new topology: source, the SLA processor with its three stores, and the two sinks */
    public Topology topology() {
        Topology t = new Topology();
        t.addSource(SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), inputTopic);
        t.addProcessor(PROCESSOR, () -> new SlaProcessor(this, recentCases), SOURCE);
        StoreBuilder<KeyValueStore<String, byte[]>> cases = Stores.keyValueStoreBuilder(supplier(casesStore()),
                Serdes.String(), Serdes.ByteArray());
        // the timer index is derived from the cases store and rebuilt from it when a task starts: kept in
        // memory whatever the cases store is (on disk it would only cost writes and flushes) and never logged
        StoreBuilder<KeyValueStore<Bytes, byte[]>> timers = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(timersStore()), Serdes.Bytes(), Serdes.ByteArray());
        StoreBuilder<KeyValueStore<String, byte[]>> meta = Stores.keyValueStoreBuilder(supplier(metaStore()),
                Serdes.String(), Serdes.ByteArray());
        cases = caching ? cases.withCachingEnabled() : cases.withCachingDisabled();
        // nor cached: a cache saves changelog writes and store reads, and this index has neither to save,
        // while a range over a cached store merges the cache into every punctuation's read
        timers = timers.withCachingDisabled().withLoggingDisabled();
        if (!changelogs) {
            cases = cases.withLoggingDisabled();
            meta = meta.withLoggingDisabled();
        }
        t.addStateStore(cases, PROCESSOR);
        t.addStateStore(timers, PROCESSOR);
        t.addStateStore(meta, PROCESSOR);
        t.addSink(TRANSITIONS_SINK, transitionsTopic, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
                PROCESSOR);
        t.addSink(DEAD_LETTER_SINK, deadLetterTopic, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
                PROCESSOR);
        return t;
    }

    private KeyValueBytesStoreSupplier supplier(String name) {
        return inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }

    // ------------------------------------------------------------------ breaching soon

    /**
     * The breaching-soon view of the cases in one instance's local store (all the partitions it
     * holds), as a page that {@link BreachingSoonPage#merge} combines with the pages of the other
     * instances (found with {@code streams.streamsMetadataForStore(casesStore())}) into the answer
     * over all cases.
     *
     * <p>The view may watch the update cadence or one of the policy's duration clocks
     * ({@link BreachingSoon#forClock}): a duration clock is evaluated from the status log and the
     * team waited on that each case's state keeps, as {@link BreachingSoon} evaluates it on the
     * case itself; a clock paused short of its target is in the page only when at risk, with no due
     * instant. See {@link #breachingSoon(ReadOnlyKeyValueStore, BreachingSoon, Instant)}.
     *
     * @param streams the running application instance
     * @param view the view: clock, horizon, limit, assignee
     * @param now the instant to evaluate at
     * @return this instance's page, of the view's clock
     * @throws IllegalArgumentException if the view's policy is not this topology's
     */
    public BreachingSoonPage localBreachingSoon(KafkaStreams streams, BreachingSoon view, Instant now) {
        Objects.requireNonNull(streams, "streams");
        ReadOnlyKeyValueStore<String, byte[]> store = streams.store(
                StoreQueryParameters.fromNameAndType(casesStore(), QueryableStoreTypes.keyValueStore()));
        return breachingSoon(store, view, now);
    }

    /**
     * The breaching-soon view of the cases in a store of this topology (for tests and tools:
     * {@code TopologyTestDriver.getKeyValueStore(casesStore())}).
     *
     * <p>Every case in the store whose status runs a clock (not solved or closed) is rebuilt from its
     * state, {@code view.select}ed at {@code now}, and the result made a page
     * ({@link BreachingSoonPage#of}); a solved or closed case is in no view, of any clock. A view of
     * a duration clock ({@link BreachingSoon#forClock}) is answered from the status log and the team
     * waited on that each case's state keeps: the page's entries are that clock's state, rule and due
     * instant, empty for a clock paused short of its target (in the page only when at risk), in
     * that clock's order (due instant, none last, then case id), and its counts by rule are of that
     * clock's rules. The page equals {@code BreachingSoonPage.of(view.select(cases, now),
     * view.limit())} over the same cases held outside the topology.
     *
     * @param store the cases store
     * @param view the view: clock, horizon, limit, assignee
     * @param now the instant to evaluate at
     * @return the page, of the view's clock
     * @throws IllegalArgumentException if the view's policy is not this topology's
     */
    public BreachingSoonPage breachingSoon(ReadOnlyKeyValueStore<String, byte[]> store, BreachingSoon view,
            Instant now) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(now, "now");
        if (!view.policy().equals(policy)) {
            throw new IllegalArgumentException("The breaching-soon view uses another policy than this topology");
        }
        List<SupportCase> running = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                CaseClock c = CaseClockCodec.decode(kv.key, kv.value);
                if (c.status.isClockRunning()) {
                    running.add(c.toCase());
                }
            }
        }
        return BreachingSoonPage.of(view.select(running, now), view.limit());
    }

    // ------------------------------------------------------------------ configuration

    /** @return whether a batch that settles without emitting anything is left unwritten (tests turn it off) */
    boolean quietSettling() {
        return quietSettling;
    }

    /** @return the policy */
    public SlaPolicy policy() {
        return policy;
    }

    /** @return the topic of case events */
    public String inputTopic() {
        return inputTopic;
    }

    /** @return the topic transitions go to */
    public String transitionsTopic() {
        return transitionsTopic;
    }

    /** @return the topic dead letters go to */
    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** @return the name of the store of per-case state (queryable: see {@link #localBreachingSoon}) */
    public String casesStore() {
        return storePrefix + "-cases";
    }

    /**
     * @return the name of the store of timers, ordered by instant: an index of the cases' open-cycle
     *         timers, derived from the cases store, in memory and not logged, rebuilt from the restored
     *         cases when a task starts
     */
    public String timersStore() {
        return storePrefix + "-timers";
    }

    /** @return the name of the store of the task's event time */
    public String metaStore() {
        return storePrefix + "-meta";
    }

    /** @return when timers fire */
    public TimeMode timeMode() {
        return timeMode;
    }

    /** @return how often punctuation runs, in stream time or wall-clock time as {@link #timeMode()} says */
    public Duration punctuationInterval() {
        return punctuationInterval;
    }

    /** @return how far an event's instant may be after its record's timestamp */
    public Duration maxAhead() {
        return maxAhead;
    }

    /**
     * @return true if the cases and meta stores are in memory (restored from their changelogs on restart)
     *         rather than RocksDB; the timers store is in memory either way
     */
    public boolean inMemoryStores() {
        return inMemory;
    }

    /** @return true if the cases store is cached between commits (the timers index never is) */
    public boolean caching() {
        return caching;
    }

    /** @return true if the cases and meta stores are backed by changelog topics (the default) */
    public boolean changelogs() {
        return changelogs;
    }

    /** @return the most timers one punctuation fires; the rest fire on the next */
    public int maxTimersPerPunctuation() {
        return maxTimersPerPunctuation;
    }

    /** A builder of {@link SlaTopology}; not thread-safe. */
    public static final class Builder {
        private final SlaPolicy policy;
        private String inputTopic = "case-events";
        private String transitionsTopic = "sla-transitions";
        private String deadLetterTopic = "sla-dead-letters";
        private String storePrefix = "sla";
        private TimeMode timeMode = TimeMode.STREAM_TIME;
        private Duration punctuationInterval = Duration.ofSeconds(1);
        private Duration maxAhead = Duration.ofDays(1);
        private boolean inMemory;
        private boolean caching = true;
        private boolean changelogs = true;
        private int maxTimersPerPunctuation = 100_000;
        private int recentCases = SlaProcessor.RECENT;
        private boolean quietSettling = true;

        private Builder(SlaPolicy policy) {
            this.policy = policy;
        }

        /**
         * @param topic the topic of case events
         * @return this builder
         */
        public Builder inputTopic(String topic) {
            this.inputTopic = name(topic, "input topic");
            return this;
        }

        /**
         * @param topic the topic transitions go to
         * @return this builder
         */
        public Builder transitionsTopic(String topic) {
            this.transitionsTopic = name(topic, "transitions topic");
            return this;
        }

        /**
         * @param topic the topic dead letters go to
         * @return this builder
         */
        public Builder deadLetterTopic(String topic) {
            this.deadLetterTopic = name(topic, "dead-letter topic");
            return this;
        }

        /**
         * @param prefix the prefix of the store names ({@code prefix-cases}, {@code prefix-timers}, {@code prefix-meta})
         * @return this builder
         */
        public Builder storePrefix(String prefix) {
            this.storePrefix = name(prefix, "store prefix");
            return this;
        }

        /**
         * @param mode when timers fire
         * @return this builder
         */
        public Builder timeMode(TimeMode mode) {
            this.timeMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param interval how often punctuation runs; positive, at least one millisecond
         * @return this builder
         * @throws IllegalArgumentException naming the interval if it is shorter
         */
        public Builder punctuationInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.toNanos() < 1_000_000L) {
                throw new IllegalArgumentException("Punctuation interval " + interval
                        + " is too short: expected at least 1 millisecond");
            }
            this.punctuationInterval = interval;
            return this;
        }

        /**
         * @param ahead how far an event's instant may be after its record's timestamp (the time it was
         *        sent; for a record without one, the task's event time) before it is dead-lettered as
         *        {@link DeadLetter.Reason#FAR_FUTURE}; not negative
         * @return this builder
         * @throws IllegalArgumentException naming the duration if it is negative
         */
        public Builder maxAhead(Duration ahead) {
            Objects.requireNonNull(ahead, "ahead");
            if (ahead.isNegative()) {
                throw new IllegalArgumentException("Max ahead " + ahead + " is negative: expected zero or more");
            }
            this.maxAhead = ahead;
            return this;
        }

        /**
         * @param inMemory true for in-memory cases and meta stores (faster; restored from the changelog
         *        on every restart), false for RocksDB (the default); the timers store is in memory either way
         *        (an index rebuilt from the cases when a task starts)
         * @return this builder
         */
        public Builder inMemoryStores(boolean inMemory) {
            this.inMemory = inMemory;
            return this;
        }

        /**
         * @param caching true (the default) to cache the cases store between commits, which saves writes
         *        to the changelog when a case changes several times between two commits; false to write
         *        every change through (the timers index, in memory and not logged, is never cached)
         * @return this builder
         */
        public Builder caching(boolean caching) {
            this.caching = caching;
            return this;
        }

        /**
         * @param changelogs true (the default) to back the cases and meta stores with changelog topics,
         *        so that state and timers (rebuilt from the cases) survive a restart or move to another
         *        instance; false only where state may be lost, such as a benchmark of the processor alone
         * @return this builder
         */
        public Builder changelogs(boolean changelogs) {
            this.changelogs = changelogs;
            return this;
        }

        /**
         * @param max the most timers one punctuation fires, at least 1
         * @return this builder
         * @throws IllegalArgumentException naming the value if it is below 1
         */
        public Builder maxTimersPerPunctuation(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("Max timers per punctuation " + max + " is below 1");
            }
            this.maxTimersPerPunctuation = max;
            return this;
        }

        /**
         * For tests: how many decoded cases a processor keeps in memory (a small number makes it read
         * and write the store more often).
         */
        Builder recentCases(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("Recent cases " + max + " is below 1");
            }
            this.recentCases = max;
            return this;
        }

        /**
         * For tests: false to write every case punctuation changes (the behaviour before quiet
         * punctuation, the reference its tests compare with).
         */
        Builder quietSettling(boolean quiet) {
            this.quietSettling = quiet;
            return this;
        }

        /** @return the topology configuration */
        public SlaTopology build() {
            return new SlaTopology(this);
        }

        private static String name(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException("The " + what + " must not be blank");
            }
            return value;
        }
    }
}
