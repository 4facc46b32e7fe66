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
 * each case's next timer in a store ordered by instant, and on punctuation fires only the timers
 * before the task's event time (a range scan from the earliest timer, never a scan of all cases).
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
    /**
     * Whether the timer index holds the timers of every case in the cases store. The index is not
     * logged: it is derived from the cases store, so a task rebuilds it before its first record or
     * punctuation, once its stores are restored from their changelogs (Kafka Streams calls
     * {@link #init} only after restoration, and never processes before).
     */
    private boolean indexed;

    private final CaseClock.Sink sink = new CaseClock.Sink() {
        @Override
        public void transition(SlaTransition t) {
            context.forward(new Record<>(t.caseId(), SlaJson.utf8(SlaJson.writeTransition(t)), millis(t.at())),
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
        Instant oldA = null;
        Instant oldB = null;
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
            oldA = timerA(c);
            oldB = timerB(c);
            try {
                c.apply(e, policy, sink);
            } catch (RuntimeException ex) {
                recent.remove(key); // changed but not saved: the store has the state
                throw ex;
            }
        }
        save(c, oldA, oldB);
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

    /** Fires every timer before {@code limit}, earliest first, at most the configured number per call. */
    void fireBefore(Instant limit) {
        List<Bytes> due = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = timers.range(null, Bytes.wrap(timerKey(limit, "")))) {
            while (it.hasNext() && due.size() < config.maxTimersPerPunctuation()) {
                Bytes k = it.next().key;
                if (!readInstant(k.get(), 0).isBefore(limit)) {
                    break;
                }
                due.add(k);
            }
        }
        Set<String> advanced = new HashSet<>();
        for (Bytes k : due) {
            byte[] raw = k.get();
            String id = new String(raw, 12, raw.length - 12, StandardCharsets.UTF_8);
            if (advanced.contains(id)) {
                continue; // the case's other due timer: advancing it moved (deleted) this one too
            }
            currentKey = id;
            CaseClock c = load(id);
            if (c == null) {
                timers.delete(k);
                continue;
            }
            Instant at = readInstant(raw, 0);
            Instant oldA = timerA(c);
            Instant oldB = timerB(c);
            if (!at.equals(oldA) && !at.equals(oldB)) {
                // a stale timer: the case moved on, and its own timers are in the store; nothing to do
                // before them (the earliest is after the limit, or due in this or the next punctuation)
                timers.delete(k);
                continue;
            }
            try {
                c.advance(limit, policy, sink);
            } catch (RuntimeException ex) {
                recent.remove(id); // changed but not saved: the store has the state
                throw ex;
            }
            save(c, oldA, oldB);
            advanced.add(id);
        }
    }

    /**
     * Rebuilds the timer index from the cases store: deletes what it holds (a persistent index may be
     * left from an earlier run) and adds each case's timers. One pass over the task's cases.
     */
    void rebuildTimers() {
        List<Bytes> old = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = timers.all()) {
            while (it.hasNext()) {
                old.add(it.next().key);
            }
        }
        old.forEach(timers::delete);
        long count = 0;
        try (KeyValueIterator<String, byte[]> it = cases.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                CaseClock c = CaseClockCodec.decode(kv.key, kv.value);
                Instant a = timerA(c);
                Instant b = timerB(c);
                if (a != null) {
                    timers.put(Bytes.wrap(timerKey(a, c.id)), EMPTY);
                }
                if (b != null && !b.equals(a)) {
                    timers.put(Bytes.wrap(timerKey(b, c.id)), EMPTY);
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
     * A case's timers are its pending batch's instant and its open cycle's next instant (one key if
     * they coincide): an event arriving adds the first and leaves the second, which only settling and
     * firing move, so an event that changes no input of evaluation costs no timer move at all. State
     * read in version 1 had only {@link CaseClock#nextTimer()}.
     */
    private static Instant timerA(CaseClock c) {
        return c.timersV1 ? c.nextTimer() : c.pendingTimer();
    }

    private static Instant timerB(CaseClock c) {
        if (c.timersV1) {
            return null;
        }
        Instant b = c.cycleTimer();
        return b != null && b.equals(c.pendingTimer()) ? null : b;
    }

    /** Writes the case, and moves its timers from {@code oldA}, {@code oldB} (null: none) to its current ones. */
    private void save(CaseClock c, Instant oldA, Instant oldB) {
        c.timersV1 = false;
        Instant a = timerA(c);
        Instant b = timerB(c);
        if (oldA != null && !oldA.equals(a) && !oldA.equals(b)) {
            timers.delete(Bytes.wrap(timerKey(oldA, c.id)));
        }
        if (oldB != null && !oldB.equals(a) && !oldB.equals(b)) {
            timers.delete(Bytes.wrap(timerKey(oldB, c.id)));
        }
        if (a != null && !a.equals(oldA) && !a.equals(oldB)) {
            timers.put(Bytes.wrap(timerKey(a, c.id)), EMPTY);
        }
        if (b != null && !b.equals(oldA) && !b.equals(oldB)) {
            timers.put(Bytes.wrap(timerKey(b, c.id)), EMPTY);
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
