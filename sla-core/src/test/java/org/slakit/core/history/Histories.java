package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.ClockStart;
import org.slakit.core.Condition;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;
import org.slakit.core.WarningThreshold;

/**
 * Random but reproducible case histories, policies and instants for property tests, each built
 * from one {@code long} seed so that QuickTheories reports a seed that rebuilds the failing
 * example. Histories have bursts of events at the same instant, long and short gaps, reopenings,
 * status changes to the status the case is already in, and calendars that hurt (lunch breaks, a
 * night shift, half-hour DST, one hour a week, an intersection, 24x7).
 */
public final class Histories {

    public static final List<BusinessCalendar> CALENDARS = List.of(
            BusinessCalendar.parse("""
                    zone Europe/Berlin
                    Mon-Fri 09:00-17:00
                    closed yearly 12-25
                    closed yearly 12-26
                    closed yearly Easter+1
                    2026-12-24 09:00-12:00
                    """),
            BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-12:00 13:00-17:00\nclosed yearly 4th Thu of Nov\n"),
            BusinessCalendar.parse("zone America/Sao_Paulo\nMon-Fri 22:00-06:00\n"),
            BusinessCalendar.parse("zone Australia/Lord_Howe\nMon-Sat 08:00-20:00\n"),
            BusinessCalendar.parse("zone UTC\nMon-Sun 00:00-24:00\n"),
            BusinessCalendar.parse("zone Asia/Tokyo\nWed 10:00-11:00\n"),
            BusinessCalendar.parse("zone Europe/London\nMon-Fri 09:00-17:30\nintersect\nzone America/New_York\nMon-Fri 08:00-18:00\n"));

    public static final List<Channel> CHANNELS = List.of(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL);
    public static final List<String> ASSIGNEES = List.of("ana", "bo", "cy");
    public static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    public static final long DAY = 86_400;

    private Histories() {
    }

    /** A history, a policy and an end instant at or after every event. */
    public static final class Example {
        public final long seed;
        public final SplittableRandom random;
        public final SlaPolicy policy;
        public final CaseHistory history;
        public final Instant now;

        Example(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.policy = policy(random);
            this.history = history(random, "C-" + Long.toHexString(seed), BASE.plusSeconds(random.nextLong(400 * DAY)), policy);
            this.now = now(random, history);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("seed ").append(seed).append("\nnow ").append(now).append('\n');
            history.calendar().ifPresent(c -> sb.append("own calendar in ").append(c.zone()).append('\n'));
            history.events().forEach(e -> sb.append("  ").append(e).append('\n'));
            return sb.append("policy:\n").append(policy).toString();
        }
    }

    public static Gen<Example> examples() {
        return SourceDSL.longs().all().map(Example::new).describedAs(Example::toString);
    }

    public static Gen<Long> seeds() {
        return SourceDSL.longs().all();
    }

    public static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /**
     * A random history of up to 30 events created at {@code created}. One event in six is placed
     * where live evaluation under {@code policy} changes: exactly at the due instant, one nanosecond
     * before or after it, or at the at-risk instant.
     */
    public static CaseHistory history(SplittableRandom r, String id, Instant created, SlaPolicy policy) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(CaseEvent.created(id, created, pick(r, CHANNELS), Priority.values()[r.nextInt(4)]));
        int n = r.nextInt(31);
        Instant t = created;
        for (int i = 0; i < n; i++) {
            Instant next = t.plusSeconds(gap(r));
            if (r.nextInt(20) == 0) {
                next = next.plusNanos(1 + r.nextInt(999_999_999));
            }
            if (r.nextInt(6) == 0) {
                Instant edge = edge(r, CaseHistory.of(events).snapshotAt(t), t, policy);
                if (edge != null && !edge.isBefore(t)) {
                    next = edge;
                }
            }
            t = next;
            events.add(event(r, id, t));
        }
        CaseHistory h = CaseHistory.of(events);
        return r.nextInt(10) < 3 ? h.withCalendar(pick(r, CALENDARS)) : h;
    }

    private static Instant edge(SplittableRandom r, SupportCase snapshot, Instant t, SlaPolicy policy) {
        Evaluation e = policy.evaluate(snapshot, t);
        if (e.due().isEmpty()) {
            return null;
        }
        switch (r.nextInt(4)) {
            case 0:
                return e.due().get();
            case 1:
                return e.due().get().plusNanos(1);
            case 2:
                return e.due().get().minusNanos(1);
            default:
                return e.atRiskFrom().get();
        }
    }

    static long gap(SplittableRandom r) {
        int shape = r.nextInt(10);
        if (shape < 2) {
            return 0; // a burst at the same instant
        }
        if (shape < 5) {
            return r.nextLong(3 * 3600);
        }
        if (shape < 8) {
            return r.nextLong(3 * DAY);
        }
        return r.nextLong(12 * DAY);
    }

    static CaseEvent event(SplittableRandom r, String id, Instant t) {
        int k = r.nextInt(100);
        if (k < 28) {
            return CaseEvent.updateSent(id, t);
        }
        if (k < 42) {
            return CaseEvent.statusChanged(id, t, CaseStatus.values()[r.nextInt(5)]);
        }
        if (k < 48) {
            return CaseEvent.priorityChanged(id, t, Priority.values()[r.nextInt(4)]);
        }
        if (k < 53) {
            return CaseEvent.elevationChanged(id, t, r.nextBoolean());
        }
        if (k < 60) {
            return CaseEvent.customerMessage(id, t);
        }
        if (k < 64) {
            return CaseEvent.agreedIntervalSet(id, t, pick(r, List.of(Duration.ofMinutes(30), Duration.ofHours(1),
                    Duration.ofHours(4), Duration.ofDays(1))));
        }
        if (k < 74) {
            return CaseEvent.assigned(id, t, r.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(r, ASSIGNEES)));
        }
        if (k < 84) {
            return CaseEvent.solved(id, t);
        }
        if (k < 94) {
            return CaseEvent.reopened(id, t);
        }
        return CaseEvent.closed(id, t);
    }

    /** An instant at or after every event: the last one itself, or hours to weeks later. */
    public static Instant now(SplittableRandom r, CaseHistory h) {
        Instant last = h.lastEventAt();
        int shape = r.nextInt(4);
        long seconds = shape == 0 ? 0 : shape == 1 ? r.nextLong(3 * 3600) : shape == 2 ? r.nextLong(3 * DAY) : r.nextLong(30 * DAY);
        return last.plusSeconds(seconds).plusNanos(r.nextInt(8) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    public static SlaPolicy policy(SplittableRandom r) {
        SlaPolicy.Builder b = SlaPolicy.builder(pick(r, CALENDARS));
        if (r.nextInt(3) > 0) {
            b.standardRules();
        } else {
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                b.rule("r" + i, condition(r, 2), target(r));
            }
            b.rule("rest", Condition.always(), target(r));
        }
        if (r.nextInt(3) == 0) {
            b.warning(WarningThreshold.leadTime(pick(r, List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(8)))));
        } else {
            b.warning(WarningThreshold.fraction(pick(r, List.of(0.5, 0.75, 0.9, 1.0))));
        }
        b.clockStart(r.nextBoolean() ? ClockStart.RULE_START : ClockStart.LAST_UPDATE);
        return b.build();
    }

    static Target target(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return Target.businessTime(Duration.ofMinutes(1 + r.nextInt(r.nextBoolean() ? 120 : 2400)));
            case 1:
                return Target.businessDays(1 + r.nextInt(5));
            case 2:
                return Target.elapsed(Duration.ofSeconds(60 + r.nextLong(21 * DAY)));
            default:
                return Target.asAgreed(r.nextBoolean() ? Target.elapsed(Duration.ofHours(1 + r.nextInt(48)))
                        : Target.businessTime(Duration.ofHours(1 + r.nextInt(16))));
        }
    }

    static Condition condition(SplittableRandom r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            switch (r.nextInt(7)) {
                case 0:
                    return Condition.priority(Priority.values()[r.nextInt(4)]);
                case 1:
                    return Condition.status(pick(r, List.of(CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER)));
                case 2:
                    return Condition.channel(pick(r, CHANNELS));
                case 3:
                    return Condition.elevated();
                case 4:
                    return Condition.notElevated();
                case 5:
                    return Condition.nothingSent();
                default:
                    return Condition.updateSent();
            }
        }
        Condition a = condition(r, depth - 1);
        Condition b = condition(r, depth - 1);
        return r.nextBoolean() ? a.and(b) : a.or(b);
    }
}
