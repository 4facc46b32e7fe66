package org.slakit.streams;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slakit.core.CaseStatus;
import org.slakit.core.Priority;
import org.slakit.core.SlaState;
import org.slakit.core.StatusChange;

/**
 * The binary form of a {@link CaseClock} in the state store (the key, the case id, is not part of
 * it). Compact: instants are varint seconds and nanoseconds, all but the creation relative to the
 * creation; optional fields cost one bit when absent. Version byte first, so the form can evolve.
 */
final class CaseClockCodec {

    /**
     * The version written. 2: as 1, and the timer store holds a pending case's cycle timer besides its
     * pending timer (see {@link CaseClock#cycleTimer()}); under 1 it held only {@link CaseClock#nextTimer()}.
     * Since quiet settling a flag bit marks a {@link CaseClock#lateBatch}, and a batch that settled
     * may be stored unsettled (the meta store's marks say so; see
     * {@code SlaProcessor}); still version 2: a reader without quiet settling ignores the bit and settles
     * such a batch again at its next punctuation, identically, so a rollback reads this state.
     * 3: as 2, then the team waited on, the reduced status log and the duration clocks' states (each
     * behind a flag bit, so a case under a policy without duration clocks and never waiting on a team
     * is as under 2 but for the version byte). A reader of 2 refuses it with a clear message.
     */
    static final int VERSION = 3;

    private static final int ELEVATED = 1;
    private static final int PENDING = 1 << 1;
    private static final int RUNNING_BEFORE = 1 << 2;
    private static final int UPDATED = 1 << 3;
    private static final int CHANGED = 1 << 4;
    private static final int ASSIGNEE_CHANGED = 1 << 5;
    private static final int CYCLE_OPEN = 1 << 6;
    private static final int AT_RISK_SENT = 1 << 7;
    private static final int BREACHED_SENT = 1 << 8;
    private static final int HAS_LAST_SENT = 1 << 9;
    private static final int HAS_LAST_REOPENED = 1 << 10;
    private static final int HAS_AGREED = 1 << 11;
    private static final int HAS_ASSIGNEE = 1 << 12;
    private static final int HAS_ASSIGNEE_BEFORE = 1 << 13;
    private static final int HAS_FINAL = 1 << 14;
    private static final int LATE_BATCH = 1 << 15;
    private static final int HAS_WAITING_ON = 1 << 16;
    private static final int HAS_LOG = 1 << 17;
    private static final int HAS_CLOCKS = 1 << 18;
    private static final int HAS_CLOCKS_AT = 1 << 19;
    /** The log begins with the case open at creation, an entry not written. */
    private static final int LOG_FROM_OPEN = 1 << 20;
    /** The duration clocks were last evaluated when the update cadence was: clocksAt is segmentFrom, not written. */
    private static final int CLOCKS_AT_SEGMENT = 1 << 21;

    // the flags of one duration clock's state; its SlaState ordinal is shifted above them
    private static final int C_OPEN = 1;
    private static final int C_FAILED = 1 << 1;
    private static final int C_PAUSED = 1 << 2;
    private static final int C_AT_RISK_SENT = 1 << 3;
    private static final int C_BREACHED_SENT = 1 << 4;
    private static final int C_HAS_START = 1 << 5;
    private static final int C_HAS_RULE = 1 << 6;
    private static final int C_HAS_DUE = 1 << 7;
    private static final int C_HAS_AT_RISK = 1 << 8;
    private static final int C_STATE_SHIFT = 9;
    private static final SlaState[] STATES = SlaState.values();

    private static final Priority[] PRIORITIES = Priority.values();
    private static final CaseStatus[] STATUSES = CaseStatus.values();

    private static final ThreadLocal<Out> OUT = ThreadLocal.withInitial(Out::new);

    private CaseClockCodec() {
    }

    static byte[] encode(CaseClock c) {
        return encode(c, VERSION);
    }

    /**
     * The case in the form of an earlier version, for tests of reading old state: before 3 without the
     * team, the log and the duration clocks, and with plain nanoseconds.
     */
    static byte[] encode(CaseClock c, int version) {
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("No state version " + version + ": expected 1 to " + VERSION);
        }
        Out out = OUT.get(); // one buffer per thread, reused: a stream thread encodes one case at a time
        out.n = 0;
        out.compactNanos = version >= 3;
        boolean logFromOpen = c.log != null && c.log.size() > 1 && c.log.get(0).status() == CaseStatus.OPEN
                && c.log.get(0).since().equals(c.created);
        boolean clocksAtSegment = c.clocksAt != null && c.cycleOpen && c.clocksAt.equals(c.segmentFrom);
        out.buf[out.n++] = (byte) version;
        int flags = (c.elevated ? ELEVATED : 0) | (c.pending ? PENDING : 0) | (c.runningBefore ? RUNNING_BEFORE : 0)
                | (c.updated ? UPDATED : 0) | (c.changed ? CHANGED : 0) | (c.assigneeChanged ? ASSIGNEE_CHANGED : 0)
                | (c.cycleOpen ? CYCLE_OPEN : 0) | (c.atRiskSent ? AT_RISK_SENT : 0)
                | (c.breachedSent ? BREACHED_SENT : 0) | (c.lastSent != null ? HAS_LAST_SENT : 0)
                | (c.lastReopened != null ? HAS_LAST_REOPENED : 0) | (c.agreedInterval != null ? HAS_AGREED : 0)
                | (c.assignee != null ? HAS_ASSIGNEE : 0) | (c.assigneeBefore != null ? HAS_ASSIGNEE_BEFORE : 0)
                | (c.finalUpTo != null ? HAS_FINAL : 0) | (c.lateBatch ? LATE_BATCH : 0)
                | (c.waitingOn != null ? HAS_WAITING_ON : 0) | (c.log != null ? HAS_LOG : 0)
                | (c.clocks.length > 0 ? HAS_CLOCKS : 0) | (c.clocksAt != null ? HAS_CLOCKS_AT : 0)
                | (logFromOpen ? LOG_FROM_OPEN : 0) | (clocksAtSegment ? CLOCKS_AT_SEGMENT : 0);
        if (version < 3) {
            flags &= HAS_WAITING_ON - 1;
        }
        out.varint(flags);
        Instant base = c.created;
        out.varlong(zigzag(base.getEpochSecond()));
        out.nanos(base.getNano());
        out.string(c.channel);
        out.varint(c.priority.ordinal() | c.status.ordinal() << 3);
        out.instant(base, c.prioritySince);
        out.instant(base, c.statusSince);
        out.instant(base, c.lastEventAt);
        if (c.lastSent != null) {
            out.instant(base, c.lastSent);
        }
        if (c.lastReopened != null) {
            out.instant(base, c.lastReopened);
        }
        if (c.finalUpTo != null) {
            out.instant(base, c.finalUpTo);
        }
        if (c.agreedInterval != null) {
            out.varlong(c.agreedInterval.getSeconds());
        }
        if (c.assignee != null) {
            out.string(c.assignee);
        }
        if (c.assigneeBefore != null) {
            out.string(c.assigneeBefore);
        }
        out.varint(c.fingerprintCount);
        for (int i = 0; i < c.fingerprintCount; i++) {
            out.int32(c.fingerprints[i]);
        }
        if (c.cycleOpen) {
            out.instant(base, c.cycleStart);
            out.instant(base, c.segmentFrom);
            out.instant(base, c.due);
            out.instant(base, c.atRisk);
            out.string(c.rule);
        }
        if (version < 3) {
            return Arrays.copyOf(out.buf, out.n);
        }
        if (c.waitingOn != null) {
            out.string(c.waitingOn);
        }
        if (c.log != null) {
            int from = logFromOpen ? 1 : 0;
            out.varint(c.log.size() - from);
            for (StatusChange e : c.log.subList(from, c.log.size())) {
                out.varint(e.status().ordinal());
                out.instant(base, e.since());
            }
        }
        if (c.clocksAt != null && !clocksAtSegment) {
            out.instant(base, c.clocksAt);
        }
        if (c.clocks.length > 0) {
            out.varint(c.clocks.length);
            for (CaseClock.ClockState k : c.clocks) {
                int f = (k.open ? C_OPEN : 0) | (k.failed ? C_FAILED : 0) | (k.paused ? C_PAUSED : 0)
                        | (k.atRiskSent ? C_AT_RISK_SENT : 0) | (k.breachedSent ? C_BREACHED_SENT : 0)
                        | (k.start != null ? C_HAS_START : 0) | (k.rule >= 0 ? C_HAS_RULE : 0)
                        | (k.due != null ? C_HAS_DUE : 0) | (k.atRisk != null && !k.atRiskSent ? C_HAS_AT_RISK : 0)
                        | k.state.ordinal() << C_STATE_SHIFT;
                out.varint(f);
                if (k.start != null) {
                    out.instant(base, k.start);
                }
                if (k.rule >= 0) {
                    out.varint(k.rule);
                }
                if (k.due != null) {
                    out.instant(base, k.due);
                }
                if (k.atRisk != null && !k.atRiskSent) {
                    out.instant(base, k.atRisk);
                }
            }
        }
        return Arrays.copyOf(out.buf, out.n);
    }

    static CaseClock decode(String id, byte[] bytes) {
        In in = new In(bytes);
        in.compactNanos = bytes.length > 0 && bytes[0] >= 3;
        int version = in.buf[in.i++];
        if (version < 1 || version > VERSION) {
            throw new IllegalStateException("State of case " + id + " has version " + version
                    + ", which this sla-streams does not read (expected 1 to " + VERSION + ")");
        }
        int flags = in.varint();
        CaseClock c = new CaseClock(id);
        c.elevated = (flags & ELEVATED) != 0;
        c.pending = (flags & PENDING) != 0;
        c.runningBefore = (flags & RUNNING_BEFORE) != 0;
        c.updated = (flags & UPDATED) != 0;
        c.changed = (flags & CHANGED) != 0;
        c.assigneeChanged = (flags & ASSIGNEE_CHANGED) != 0;
        c.cycleOpen = (flags & CYCLE_OPEN) != 0;
        c.atRiskSent = (flags & AT_RISK_SENT) != 0;
        c.breachedSent = (flags & BREACHED_SENT) != 0;
        c.lateBatch = (flags & LATE_BATCH) != 0;
        long seconds = unzigzag(in.varlong());
        Instant base = Instant.ofEpochSecond(seconds, in.nanos());
        c.created = base;
        c.channel = in.string();
        int enums = in.varint();
        c.priority = PRIORITIES[enums & 7];
        c.status = STATUSES[enums >>> 3];
        c.prioritySince = in.instant(base);
        c.statusSince = in.instant(base);
        c.lastEventAt = in.instant(base);
        c.lastSent = (flags & HAS_LAST_SENT) != 0 ? in.instant(base) : null;
        c.lastReopened = (flags & HAS_LAST_REOPENED) != 0 ? in.instant(base) : null;
        c.finalUpTo = (flags & HAS_FINAL) != 0 ? in.instant(base) : null;
        c.agreedInterval = (flags & HAS_AGREED) != 0 ? Duration.ofSeconds(in.varlong()) : null;
        c.assignee = (flags & HAS_ASSIGNEE) != 0 ? in.string() : null;
        c.assigneeBefore = (flags & HAS_ASSIGNEE_BEFORE) != 0 ? in.string() : null;
        c.fingerprintCount = in.varint();
        for (int i = 0; i < c.fingerprintCount; i++) {
            c.fingerprints[i] = in.int32();
        }
        if (c.cycleOpen) {
            c.cycleStart = in.instant(base);
            c.segmentFrom = in.instant(base);
            c.due = in.instant(base);
            c.atRisk = in.instant(base);
            c.rule = in.string();
        }
        if (version < 3) {
            return c; // no team, log or duration clocks: CaseClock.reconcile starts the clocks afresh
        }
        c.waitingOn = (flags & HAS_WAITING_ON) != 0 ? in.string() : null;
        if ((flags & HAS_LOG) != 0) {
            int n = in.varint();
            List<StatusChange> log = new ArrayList<>(n + 2);
            if ((flags & LOG_FROM_OPEN) != 0) {
                log.add(StatusChange.of(CaseStatus.OPEN, base));
            }
            for (int i = 0; i < n; i++) {
                CaseStatus s = STATUSES[in.varint()];
                log.add(StatusChange.of(s, in.instant(base)));
            }
            c.log = log;
        }
        c.clocksAt = (flags & HAS_CLOCKS_AT) == 0 ? null
                : (flags & CLOCKS_AT_SEGMENT) != 0 ? c.segmentFrom : in.instant(base);
        if ((flags & HAS_CLOCKS) != 0) {
            int n = in.varint();
            c.clocks = CaseClock.freshClocks(n);
            for (CaseClock.ClockState k : c.clocks) {
                int f = in.varint();
                k.open = (f & C_OPEN) != 0;
                k.failed = (f & C_FAILED) != 0;
                k.paused = (f & C_PAUSED) != 0;
                k.atRiskSent = (f & C_AT_RISK_SENT) != 0;
                k.breachedSent = (f & C_BREACHED_SENT) != 0;
                k.state = STATES[f >>> C_STATE_SHIFT];
                k.start = (f & C_HAS_START) != 0 ? in.instant(base) : null;
                k.rule = (f & C_HAS_RULE) != 0 ? in.varint() : -1;
                k.due = (f & C_HAS_DUE) != 0 ? in.instant(base) : null;
                k.atRisk = (f & C_HAS_AT_RISK) != 0 ? in.instant(base) : null;
            }
        }
        return c;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static final class Out {
        byte[] buf = new byte[128];
        int n;
        boolean compactNanos;

        void ensure(int more) {
            if (n + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        void varlong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[n++] = (byte) v;
        }

        void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        void int32(int v) {
            ensure(4);
            buf[n++] = (byte) (v >>> 24);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        }

        void instant(Instant base, Instant t) {
            long ds = t.getEpochSecond() - base.getEpochSecond();
            varlong(zigzag(ds));
            nanos(t.getNano());
        }

        /**
         * Since version 3: a nanosecond of a whole millisecond as its millisecond, shifted left one (two bytes
         * at most, one for a whole second); any other as itself shifted left one, plus one.
         */
        void nanos(int nano) {
            if (!compactNanos) {
                varint(nano);
                return;
            }
            varint(nano % 1_000_000 == 0 ? nano / 1_000_000 << 1 : nano << 1 | 1);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }
    }

    private static final class In {
        final byte[] buf;
        int i;
        boolean compactNanos;

        In(byte[] buf) {
            this.buf = buf;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = buf[i++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int varint() {
            return (int) varlong();
        }

        int int32() {
            int v = (buf[i] & 0xFF) << 24 | (buf[i + 1] & 0xFF) << 16 | (buf[i + 2] & 0xFF) << 8 | (buf[i + 3] & 0xFF);
            i += 4;
            return v;
        }

        Instant instant(Instant base) {
            long ds = unzigzag(varlong());
            return Instant.ofEpochSecond(base.getEpochSecond() + ds, nanos());
        }

        /** Reads what {@link Out#nanos} wrote, or (before version 3) a plain varint. */
        int nanos() {
            int v = varint();
            if (!compactNanos) {
                return v;
            }
            return (v & 1) == 0 ? (v >>> 1) * 1_000_000 : v >>> 1;
        }

        String string() {
            int len = varint();
            String s = new String(buf, i, len, StandardCharsets.UTF_8);
            i += len;
            return s;
        }
    }
}
