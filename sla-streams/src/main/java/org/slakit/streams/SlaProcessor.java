package org.slakit.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor of {@link SlaTopology}: applies case events to per-case {@link CaseClock}s, keeps
 * each case's open-cycle timer (its next at-risk or breach instant) in a store ordered by instant and
 * its unsettled batch in a queue ordered by instant, and on punctuation settles and fires only what
 * is before the task's event time (from the earliest entry, never a scan of all cases).
 *
 * <p>Both are derived from the cases store, the only state logged per case: the timer store is not
 * logged and the queue is in memory; a task rebuilds both from its cases before its first record or
 * punctuation, once its stores are restored (Kafka Streams calls {@link #init} after restoration and
 * processes nothing before), so a case change is one changelog record.
 */
final class SlaProcessor implements Processor<String, byte[], String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(SlaProcessor.class);
    private static final byte[] EMPTY = new byte[0];
    private static final String WATERMARK = "event-time";

    private final SlaTopology config;
    private final SlaPolicy policy;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> cases;
    private KeyValueStore<Bytes, byte[]> timers;
    private KeyValueStore<String, byte[]> meta;
    /** The latest event instant accepted by this task: its event time. Null before the first. */
    private Instant watermark;
    private Instant savedWatermark;
    /** Whether the timer store and {@link #batches} hold what the cases store implies; rebuilt if not. */
    private boolean indexed;
    /**
     * The cases with an unsettled batch, by its instant then case id (stale entries, whose batch a later
     * event settled, are skipped). Holds the cases with events since the last punctuation or so: few.
     */
    private final PriorityQueue<Batch> batches = new PriorityQueue<>();

    /** An unsettled batch of a case at an instant. */
    private record Batch(Instant at, String caseId) implements Comparable<Batch> {
        @Override
        public int compareTo(Batch o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : caseId.compareTo(o.caseId);
        }
    }

    private final CaseClock.Sink sink = new CaseClock.Sink() {
        @Override
        public void transition(SlaTransition t) {
            context.forward(new Record<>(t.caseId(), SlaJson.transitionBytes(t), millis(t.at())),
                    SlaTopology.TRANSITIONS_SINK);
        }

        @Override
        public void problem(String message) {
            deadLetter(null, DeadLetter.Reason.NOT_EVALUATED, message, currentKey, null);
        }
    };
    private String currentKey;

    /**
     * The decoded state of the cases this processor wrote last (at most {@value #RECENT}, least recently
     * used dropped), as in the store: a batch is settled soon after its events arrived, so settling
     * mostly reads no store and decodes nothing. Only this processor writes the cases store of its task;
     * emptied on {@link #init}, so a restored or revived task reads the store.
     */
    private static final int RECENT = 4_096;
    private final Map<String, CaseClock> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CaseClock> eldest) {
            return size() > RECENT;
        }
    };

    SlaProcessor(SlaTopology config) {
        this.config = config;
        this.policy = config.policy();
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        recent.clear();
        indexed = false;
        this.cases = context.getStateStore(config.casesStore());
        this.timers = context.getStateStore(config.timersStore());
        this.meta = context.getStateStore(config.metaStore());
        byte[] w = meta.get(WATERMARK);
        watermark = w == null ? null : readInstant(w, 0);
        savedWatermark = watermark;
        PunctuationType type = config.timeMode() == SlaTopology.TimeMode.WALL_CLOCK_TIME
                ? PunctuationType.WALL_CLOCK_TIME : PunctuationType.STREAM_TIME;
        context.schedule(config.punctuationInterval(), type, this::punctuate);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (!indexed) {
            rebuildTimers();
        }
        String key = record.key();
        currentKey = key;
        byte[] value = record.value();
        if (value == null) {
            deadLetter(record, DeadLetter.Reason.MALFORMED, "Record with key " + quote(key)
                    + " has no value: a case event was expected", key, null);
            return;
        }
        CaseEvent e;
        try {
            e = SlaJson.readEvent(value);
        } catch (IllegalArgumentException ex) {
            deadLetter(record, DeadLetter.Reason.MALFORMED, ex.getMessage(), key, value);
            return;
        }
        if (key == null || !key.equals(e.caseId())) {
            deadLetter(record, DeadLetter.Reason.MALFORMED, "Record key " + quote(key) + " is not the case of its event "
                    + e + ": events must be keyed by their case id", key, value);
            return;
        }
        Instant t = e.at();
        // an event cannot have happened long after it was sent: the record's timestamp (the producer's
        // send time by default) bounds its instant; without one, the task's event time does
        Instant reference = record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : watermark;
        if (reference != null && t.isAfter(reference.plus(config.maxAhead()))) {
            deadLetter(record, DeadLetter.Reason.FAR_FUTURE, "Event " + e + " is more than " + config.maxAhead()
                    + " after " + (record.timestamp() >= 0 ? "its record's timestamp " : "the event time ")
                    + reference, key, value);
            return;
        }
        CaseClock c = load(key);
        Instant oldCycle = null;
        Instant oldBatch = null;
        if (c == null) {
            if (!(e instanceof CaseEvent.Created created)) {
                deadLetter(record, DeadLetter.Reason.UNKNOWN_CASE, "Event " + e + " is for case " + key
                        + ", whose creation was never seen", key, value);
                return;
            }
            c = CaseClock.create(created);
        } else {
            CaseClock.Rejection rejection = c.check(e);
            if (rejection != null) {
                deadLetter(record, rejection.reason(), rejection.message(), key, value);
                return;
            }
            oldCycle = c.cycleTimer();
            oldBatch = c.pendingTimer();
            try {
                c.apply(e, policy, sink);
            } catch (RuntimeException ex) {
                recent.remove(key); // changed but not saved: the store has the state
                throw ex;
            }
        }
        save(c, oldCycle, oldBatch);
        if (watermark == null || t.isAfter(watermark)) {
            watermark = t;
        }
    }

    private void punctuate(long timestamp) {
        if (!indexed) {
            rebuildTimers();
        }
        Instant limit = watermark;
        if (config.timeMode() == SlaTopology.TimeMode.WALL_CLOCK_TIME) {
            limit = CaseClock.max(limit, Instant.ofEpochMilli(timestamp));
        }
        if (limit == null) {
            return;
        }
        fireBefore(limit);
        if (watermark != null && !watermark.equals(savedWatermark)) {
            byte[] b = new byte[12];
            writeInstant(b, 0, watermark);
            meta.put(WATERMARK, b);
            savedWatermark = watermark;
        }
    }

    /**
     * Settles every batch and fires every timer before {@code limit}, earliest first, at most the
     * configured number per call (the rest on the next): first the queued batches, then the timer store.
     */
    void fireBefore(Instant limit) {
        int budget = config.maxTimersPerPunctuation();
        Set<String> advanced = new HashSet<>();
        while (budget > 0 && !batches.isEmpty() && batches.peek().at().isBefore(limit)) {
            Batch batch = batches.poll();
            budget--;
            if (advanced.contains(batch.caseId())) {
                continue;
            }
            CaseClock c = load(batch.caseId());
            if (c == null || !batch.at().equals(c.pendingTimer())) {
                continue; // stale: a later event settled that batch
            }
            advance(c, limit);
            advanced.add(c.id);
        }
        if (budget == 0) {
            return;
        }
        List<Bytes> due = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = timers.range(null, Bytes.wrap(timerKey(limit, "")))) {
            while (it.hasNext() && due.size() < budget) {
                Bytes k = it.next().key;
                if (!readInstant(k.get(), 0).isBefore(limit)) {
                    break;
                }
                due.add(k);
            }
        }
        for (Bytes k : due) {
            byte[] raw = k.get();
            String id = new String(raw, 12, raw.length - 12, StandardCharsets.UTF_8);
            if (advanced.contains(id)) {
                continue; // advancing it moved (deleted) this timer
            }
            CaseClock c = load(id);
            if (c == null || !readInstant(raw, 0).equals(c.cycleTimer())) {
                // a stale entry (the case moved on, its own timer is in the store): nothing to do
                timers.delete(k);
                continue;
            }
            advance(c, limit);
            advanced.add(id);
        }
    }

    private void advance(CaseClock c, Instant limit) {
        currentKey = c.id;
        Instant oldCycle = c.cycleTimer();
        Instant oldBatch = c.pendingTimer();
        try {
            c.advance(limit, policy, sink);
        } catch (RuntimeException ex) {
            recent.remove(c.id); // changed but not saved: the store has the state
            throw ex;
        }
        save(c, oldCycle, oldBatch);
    }

    /**
     * Rebuilds the timer store and the queue of batches from the cases store: deletes what the timer
     * store holds (a persistent one may be left from an earlier run) and adds each case's cycle timer
     * and unsettled batch. One pass over the task's cases.
     */
    void rebuildTimers() {
        List<Bytes> old = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = timers.all()) {
            while (it.hasNext()) {
                old.add(it.next().key);
            }
        }
        old.forEach(timers::delete);
        batches.clear();
        long count = 0;
        try (KeyValueIterator<String, byte[]> it = cases.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                CaseClock c = CaseClockCodec.decode(kv.key, kv.value);
                Instant cycle = c.cycleTimer();
                if (cycle != null) {
                    timers.put(Bytes.wrap(timerKey(cycle, c.id)), EMPTY);
                }
                if (c.pending) {
                    batches.add(new Batch(c.lastEventAt, c.id));
                }
                count++;
            }
        }
        indexed = true;
        LOG.info("Timer index rebuilt from {} cases ({} stale entries removed)", count, old.size());
    }

    /** The case's state, from {@link #recent} or the store; null if the case is unknown. Callers that change it save it. */
    private CaseClock load(String id) {
        CaseClock c = recent.get(id);
        if (c != null) {
            return c;
        }
        byte[] stored = cases.get(id);
        return stored == null ? null : CaseClockCodec.decode(id, stored);
    }

    /**
     * Writes the case; moves its cycle timer from {@code oldCycle} (null: none) if it moved, and queues
     * its batch if it started one (its instant is not {@code oldBatch}). An event that changes no input
     * of evaluation moves no timer: the cycle timer moves only when settling or firing moves it.
     */
    private void save(CaseClock c, Instant oldCycle, Instant oldBatch) {
        Instant cycle = c.cycleTimer();
        if (oldCycle != null && !oldCycle.equals(cycle)) {
            timers.delete(Bytes.wrap(timerKey(oldCycle, c.id)));
        }
        if (cycle != null && !cycle.equals(oldCycle)) {
            timers.put(Bytes.wrap(timerKey(cycle, c.id)), EMPTY);
        }
        Instant batch = c.pendingTimer();
        if (batch != null && !batch.equals(oldBatch)) {
            batches.add(new Batch(batch, c.id));
        }
        recent.remove(c.id);
        cases.put(c.id, CaseClockCodec.encode(c));
        recent.put(c.id, c);
    }

    private void deadLetter(Record<String, byte[]> record, DeadLetter.Reason reason, String message, String key,
            byte[] value) {
        Optional<RecordMetadata> where = record == null ? Optional.empty() : context.recordMetadata();
        DeadLetter d = new DeadLetter(reason, message, Optional.ofNullable(key),
                value == null ? Optional.empty() : Optional.of(new String(value, StandardCharsets.UTF_8)),
                where.map(RecordMetadata::topic), where.map(RecordMetadata::partition).orElse(-1),
                where.map(m -> OptionalLong.of(m.offset())).orElse(OptionalLong.empty()));
        LOG.warn("Dead letter ({}) from {}: {}", reason,
                where.map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("a timer"), message);
        long ts = record == null ? (watermark == null ? 0 : millis(watermark)) : Math.max(0, record.timestamp());
        context.forward(new Record<>(key, SlaJson.utf8(SlaJson.writeDeadLetter(d)), ts), SlaTopology.DEAD_LETTER_SINK);
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static long millis(Instant t) {
        try {
            return Math.max(0, t.toEpochMilli());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The timer store's key: the instant, ordered as unsigned bytes (seconds with the sign bit flipped, then nanos), then the case id. */
    static byte[] timerKey(Instant t, String caseId) {
        byte[] id = caseId.getBytes(StandardCharsets.UTF_8);
        byte[] k = new byte[12 + id.length];
        writeInstant(k, 0, t);
        System.arraycopy(id, 0, k, 12, id.length);
        return k;
    }

    static void writeInstant(byte[] b, int off, Instant t) {
        ByteBuffer.wrap(b, off, 12).putLong(t.getEpochSecond() ^ Long.MIN_VALUE).putInt(t.getNano());
    }

    static Instant readInstant(byte[] b, int off) {
        ByteBuffer buf = ByteBuffer.wrap(b, off, 12);
        return Instant.ofEpochSecond(buf.getLong() ^ Long.MIN_VALUE, buf.getInt());
    }
}
