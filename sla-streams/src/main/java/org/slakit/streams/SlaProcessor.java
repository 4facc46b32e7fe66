package org.slakit.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p><b>Quiet punctuation.</b> What punctuation does to a case (settling its batch, firing its timers)
 * is a function of the stored state, the policy and the limit, so a case it changed is not written: the
 * store keeps it as the last event left it, and a read repeats what punctuation did, without emitting
 * (it was emitted then). What tells a read how far to go are the task's two marks, saved in the meta
 * store with the event time at the end of each punctuation: the <em>settled mark</em> {@code S} (every
 * batch at an instant before it has been settled, except a batch flagged {@link CaseClock#lateBatch},
 * begun by an event older than {@code S} that arrived after its instant was settled for the task, which
 * is written when it settles) and the <em>fired mark</em> {@code F} (every at-risk and breach instant
 * before it has fired, for cases without a pending batch). A case read from the store with an
 * unflagged pending batch before {@code S} is settled, then its timers before {@code F} fired, silently
 * ({@link #repeat}). Punctuation settles batches in order of instant and raises {@code S} past them
 * before it fires timers (a case is handled at most once per punctuation); it raises {@code F} to its
 * limit only when it fired every timer before it, and when its budget runs out it writes every case it
 * changed, so a case changed unwritten may leave {@link #recent}. Only the events themselves are
 * written: one changelog record per event. The marks and the event time are read from the meta store
 * when the task indexes its cases, before its first record or punctuation. A restart with another
 * policy repeats the unwritten settling and firing with that policy (a warning says how many cases);
 * what was emitted stands.
 */
final class SlaProcessor implements Processor<String, byte[], String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(SlaProcessor.class);
    private static final byte[] EMPTY = new byte[0];
    /**
     * The meta key of the event time (12 bytes), then the settled mark (12), a fingerprint of the policy
     * (8) and the fired mark (12); a store written before quiet settling has the first only, one written
     * before quiet firing the first three.
     */
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
     * The settled mark: every batch at an instant before it is settled, except those flagged
     * {@link CaseClock#lateBatch}; null if none. Raised by punctuation, saved with the event time.
     */
    private Instant settled;
    private Instant savedSettled;
    /**
     * The fired mark: every at-risk and breach instant before it has fired, for cases without a pending
     * batch; null if none. Raised by a punctuation that fires every timer before its limit.
     */
    private Instant fired;
    private Instant savedFired;
    /** The fingerprint of the policy, saved with the mark: a restart with another policy is told. */
    private final long policyPrint;
    private boolean metaStale;
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

    /** Where the repetition of what punctuation did to a case unwritten goes: nowhere, it was emitted then. */
    private static final CaseClock.Sink SILENT = new CaseClock.Sink() {
        @Override
        public void transition(SlaTransition t) {
        }

        @Override
        public void problem(String message) {
        }
    };

    /**
     * The decoded state of the cases this processor wrote last (at most {@value #RECENT}, least recently
     * used dropped), as in the store or, if {@link CaseClock#unsaved}, ahead of it by what a punctuation did
     * (which reading it from the store repeats): a batch is settled soon after its events arrived, so settling
     * mostly reads no store and decodes nothing. Only this processor writes the cases store of its task;
     * emptied on {@link #init}, so a restored or revived task reads the store.
     */
    static final int RECENT = 4_096;
    private final int recentMax;
    private final Map<String, CaseClock> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CaseClock> eldest) {
            // an unsaved case is dropped unwritten: reading it again settles it again (see the class comment)
            return size() > recentMax;
        }
    };

    SlaProcessor(SlaTopology config) {
        this(config, RECENT);
    }

    /** @param recentMax how many decoded cases to keep (at least 1; tests use small numbers) */
    SlaProcessor(SlaTopology config, int recentMax) {
        this.config = config;
        this.policy = config.policy();
        this.recentMax = recentMax;
        this.policyPrint = fingerprint(policy.toString());
    }

    /** FNV-1a over the policy's text form, which parses back to an equal policy: the same in every JVM. */
    static long fingerprint(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        recent.clear();
        indexed = false;
        this.cases = context.getStateStore(config.casesStore());
        this.timers = context.getStateStore(config.timersStore());
        this.meta = context.getStateStore(config.metaStore());
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
            c = CaseClock.create(created, policy);
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
        if (c.pending && !t.equals(oldBatch) && settled != null && t.isBefore(settled)) {
            c.lateBatch = true; // a new batch at an instant already settled for the task: not settled by the mark
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
        if (watermark != null && (metaStale || !watermark.equals(savedWatermark)
                || !Objects.equals(settled, savedSettled) || !Objects.equals(fired, savedFired))) {
            byte[] b = new byte[settled == null ? 12 : fired == null ? 32 : 44];
            writeInstant(b, 0, watermark);
            if (settled != null) {
                writeInstant(b, 12, settled);
                ByteBuffer.wrap(b, 24, 8).putLong(policyPrint);
                if (fired != null) {
                    writeInstant(b, 32, fired);
                }
            }
            meta.put(WATERMARK, b);
            savedWatermark = watermark;
            savedSettled = settled;
            savedFired = fired;
            metaStale = false;
        }
    }

    /**
     * Settles every batch and fires every timer before {@code limit}, earliest first, at most the
     * configured number per call (the rest on the next): first the queued batches, then the timer store.
     */
    void fireBefore(Instant limit) {
        int budget = config.maxTimersPerPunctuation();
        Set<String> advanced = new HashSet<>();
        // the cases this punctuation left unwritten: written at the end unless the marks reach the limit
        List<CaseClock> quiet = new ArrayList<>();
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
            if (advance(c, limit)) {
                quiet.add(c);
            }
            advanced.add(c.id);
        }
        Instant mark = batches.isEmpty() || !batches.peek().at().isBefore(limit) ? limit : batches.peek().at();
        if (watermark != null && (settled == null || mark.isAfter(settled))) {
            settled = mark;
        }
        boolean complete = false;
        if (budget > 0) {
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
            complete = due.size() < budget; // every timer before the limit is among them
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
                if (advance(c, limit)) {
                    quiet.add(c);
                }
                advanced.add(id);
            }
        }
        if (complete) {
            if (watermark != null && (fired == null || limit.isAfter(fired))) {
                fired = limit;
            }
        } else {
            // the budget ran out: the marks do not reach the limit, so reading a case could not repeat
            // what was done to it
            for (CaseClock c : quiet) {
                if (c.unsaved) {
                    save(c, c.cycleTimer(), null);
                }
            }
        }
    }


    /**
     * Lets the case's time run to {@code limit}; only its timers move, and the case stays in
     * {@link #recent}, {@link CaseClock#unsaved}, unless it settles a late batch or the task has no event
     * time yet (then it is written).
     *
     * @return true if the case was left unwritten
     */
    private boolean advance(CaseClock c, Instant limit) {
        currentKey = c.id;
        Instant oldCycle = c.cycleTimer();
        Instant oldBatch = c.pendingTimer();
        // without an event time the marks are neither raised nor saved: then the case is written; so is a
        // late batch (its flag is cleared in the store)
        boolean mayStayUnsaved = !c.lateBatch && config.quietSettling() && watermark != null;
        try {
            c.advance(limit, policy, sink);
        } catch (RuntimeException ex) {
            recent.remove(c.id); // changed but not saved: the store has the state
            throw ex;
        }
        if (mayStayUnsaved) {
            moveTimers(c, oldCycle, oldBatch);
            c.unsaved = true;
            recent.put(c.id, c);
            return true;
        }
        save(c, oldCycle, oldBatch);
        return false;
    }

    /**
     * Rebuilds the timer store and the queue of batches from the cases store: deletes what the timer
     * store holds (a persistent one may be left from an earlier run) and adds each case's cycle timer
     * and unsettled batch. One pass over the task's cases.
     */
    void rebuildTimers() {
        byte[] w = meta.get(WATERMARK);
        watermark = w == null ? null : readInstant(w, 0);
        savedWatermark = watermark;
        settled = w == null || w.length < 24 ? null : readInstant(w, 12);
        savedSettled = settled;
        fired = w == null || w.length < 44 ? null : readInstant(w, 32);
        savedFired = fired;
        boolean otherPolicy = w != null && w.length >= 32 && ByteBuffer.wrap(w, 24, 8).getLong() != policyPrint;
        metaStale = otherPolicy;
        long repeated = 0;
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
                if (behindMarks(c)) {
                    repeated++;
                    repeat(c); // as reading it would: the index holds the case's timers as they are
                }
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
        if (otherPolicy && repeated > 0) {
            LOG.warn("The policy differs from the one that last punctuated this task: {} cases whose last settling or"
                    + " firing was not written are brought up to the task's marks with this policy, without emitting"
                    + " (what was emitted then stands)", repeated);
        }
        LOG.info("Timer index rebuilt from {} cases ({} stale entries removed)", count, old.size());
    }

    /** The case's state, from {@link #recent} or the store; null if the case is unknown. Callers that change it save it. */
    private CaseClock load(String id) {
        CaseClock c = recent.get(id);
        if (c != null) {
            return c;
        }
        byte[] stored = cases.get(id);
        if (stored == null) {
            return null;
        }
        c = CaseClockCodec.decode(id, stored);
        if (behindMarks(c)) {
            repeatOnRead(c);
        }
        return c;
    }

    /**
     * Whether the stored case is behind what punctuation did to it unwritten: an unflagged pending batch
     * before the settled mark, or (without a pending batch) a timer before the fired mark.
     */
    private boolean behindMarks(CaseClock c) {
        if (c.pending) {
            return !c.lateBatch && settled != null && c.lastEventAt.isBefore(settled);
        }
        Instant next = c.cycleTimer();
        return fired != null && next != null && next.isBefore(fired);
    }

    /**
     * Repeats, without emitting, what punctuation did to the stored case unwritten: settles its batch if
     * the settled mark passed it, then fires its timers before the fired mark. Punctuation did the same
     * from the same state with the same policy, so the case is as punctuation left it, and what that
     * emitted is not emitted again. A flagged (late) batch, or one the mark has not passed, is left
     * pending, and so are the timers after it.
     */
    private void repeat(CaseClock c) {
        if (c.pending) {
            if (c.lateBatch || settled == null || !c.lastEventAt.isBefore(settled)) {
                return;
            }
            c.settleBatch(policy, SILENT);
        }
        if (fired != null) {
            c.advance(fired, policy, SILENT);
        }
    }

    /** {@link #repeat} of a case read from the store: kept decoded, unwritten, as punctuation left it. */
    private void repeatOnRead(CaseClock c) {
        Instant oldCycle = c.cycleTimer();
        repeat(c);
        moveTimers(c, oldCycle, null); // as indexed already, unless a failure cut it short
        c.unsaved = true;
        recent.put(c.id, c);
    }

    /**
     * Writes the case; moves its cycle timer from {@code oldCycle} (null: none) if it moved, and queues
     * its batch if it started one (its instant is not {@code oldBatch}). An event that changes no input
     * of evaluation moves no timer: the cycle timer moves only when settling or firing moves it.
     */
    private void save(CaseClock c, Instant oldCycle, Instant oldBatch) {
        moveTimers(c, oldCycle, oldBatch);
        c.unsaved = false;
        recent.remove(c.id);
        cases.put(c.id, CaseClockCodec.encode(c));
        recent.put(c.id, c);
    }

    /** Moves the case's cycle timer from {@code oldCycle} if it moved, and queues its batch if it started one. */
    private void moveTimers(CaseClock c, Instant oldCycle, Instant oldBatch) {
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
