package org.slakit.streams;

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
import org.slakit.core.ClockEvaluation;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * Random but reproducible feeds for property tests, each built from one {@code long} seed: a policy,
 * several case histories and the events of all of them interleaved in time order, as one partition
 * receives them. Histories have bursts at one instant, short and long gaps, events exactly at due and
 * at-risk instants (of the update cadence or of a duration clock) and one nanosecond around them,
 * reopenings, repeated statuses, and changes of the team support waits on ({@code waiting on}).
 */
final class Feeds {

    static final BusinessCalendar BERLIN = BusinessCalendar.parse("""
            zone Europe/Berlin
            Mon-Fri 09:00-12:30 13:30-17:00
            closed yearly 12-25
            closed yearly 12-26
            """);
    static final List<SlaPolicy> POLICIES = List.of(
            SlaPolicy.standard(BERLIN),
            SlaPolicy.parse("""
                    warning 1 hours before due
                    standard rules
                    calendar
                    zone America/New_York
                    Mon-Fri 08:00-12:00 13:00-17:00
                    """),
            SlaPolicy.parse("""
                    clock starts at last update
                    warning at 50%
                    standard rules
                    change open to as agreed, else 4 business hours
                    calendar
                    zone Australia/Lord_Howe
                    Mon-Sat 08:00-20:00
                    """),
            // duration clocks: resolution over the case's life, paused in pending-customer, with
            // elapsed, business-time and business-day targets by priority; an internal clock per
            // spell in pending-internal whose target depends on the team support waits on
            SlaPolicy.parse("""
                    warning at 50%
                    standard rules
                    clock resolution
                    pauses in pending-customer
                    rule emergency when priority emergency then 4 hours
                    rule urgent when priority urgent or elevated then 6 business hours
                    rule normal when priority normal then 2 business days
                    rule rest when always then 72 hours
                    clock internal
                    runs in pending-internal
                    rule engineering when waiting on engineering then 1 business day
                    rule billing when waiting on billing then 8 hours
                    rule rest when always then 3 business hours
                    calendar
                    zone Europe/Berlin
                    Mon-Fri 09:00-12:30 13:30-17:00
                    closed yearly 12-25
                    """),
            // the cadence without standard rules; two life clocks (one pausing in both pending
            // statuses) and two per-spell clocks, one of them running in both pending statuses
            SlaPolicy.parse("""
                    clock starts at last update
                    warning 2 hours before due
                    rule first when nothing sent yet then 1 business hour
                    rule hot when priority emergency,urgent then 4 hours
                    rule rest when always then 2 business days
                    clock resolution
                    pauses in pending-customer
                    rule hot when priority emergency then 1 business day
                    rule elevated when elevated then 12 hours
                    rule rest when always then 3 business days
                    clock handling
                    pauses in pending-customer,pending-internal
                    rule rest when always then 10 business hours
                    clock customer-wait
                    runs in pending-customer
                    rule rest when always then 1 business day
                    clock vendor
                    runs in pending-internal,pending-customer
                    rule engineering when waiting on engineering and priority emergency,urgent then 30 minutes
                    rule engineering-rest when waiting on engineering then 6 hours
                    rule billing when waiting on billing then 2 business days
                    rule rest when always then 12 hours
                    calendar
                    zone America/New_York
                    Mon-Fri 08:00-12:00 13:00-17:00
                    """));
    static final List<String> TEAMS = List.of("engineering", "billing", "legal");
    static final List<String> ASSIGNEES = List.of("ana", "bo", "cy");
    static final Instant BASE = Instant.parse("2026-10-01T00:00:00Z");
    static final long DAY = 86_400;

    private Feeds() {
    }

    /** A feed: its policy, the histories, and their events in time order. */
    static final class Feed {
        final long seed;
        final SplittableRandom random;
        final SlaPolicy policy;
        final List<CaseHistory> histories = new ArrayList<>();
        final List<CaseEvent> events = new ArrayList<>();

        Feed(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.policy = POLICIES.get(random.nextInt(POLICIES.size()));
            int cases = 1 + random.nextInt(5);
            for (int i = 0; i < cases; i++) {
                Instant created = BASE.plusSeconds(random.nextLong(3 * DAY));
                histories.add(history(random, "C-" + i, created, policy));
            }
            // a random merge in time order: at one instant the cases interleave at random, each case
            // keeping its own order
            int[] next = new int[cases];
            while (true) {
                Instant min = null;
                for (int i = 0; i < cases; i++) {
                    if (next[i] < histories.get(i).events().size()) {
                        Instant at = histories.get(i).events().get(next[i]).at();
                        min = min == null || at.isBefore(min) ? at : min;
                    }
                }
                if (min == null) {
                    break;
                }
                List<Integer> ready = new ArrayList<>();
                for (int i = 0; i < cases; i++) {
                    if (next[i] < histories.get(i).events().size()
                            && histories.get(i).events().get(next[i]).at().equals(min)) {
                        ready.add(i);
                    }
                }
                int i = ready.get(random.nextInt(ready.size()));
                events.add(histories.get(i).events().get(next[i]++));
            }
        }

        Instant lastEventAt() {
            return events.get(events.size() - 1).at();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("seed ").append(seed).append('\n');
            events.forEach(e -> sb.append("  ").append(e).append('\n'));
            return sb.append("policy:\n").append(policy).toString();
        }
    }

    static Gen<Feed> feeds() {
        return SourceDSL.longs().all().map(Feed::new).describedAs(Feed::toString);
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static CaseHistory history(SplittableRandom r, String id, Instant created, SlaPolicy policy) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(CaseEvent.created(id, created, pick(r, List.of(Channel.CALL, Channel.CHAT, Channel.EMAIL)),
                Priority.values()[r.nextInt(4)]));
        int n = r.nextInt(16);
        Instant t = created;
        for (int i = 0; i < n; i++) {
            Instant next = t.plusSeconds(gap(r));
            if (r.nextInt(5) == 0) {
                Instant edge = edge(r, CaseHistory.of(events), t, policy);
                if (edge != null && !edge.isBefore(t)) {
                    next = edge;
                }
            }
            t = next;
            CaseEvent e = event(r, id, t);
            if (!events.contains(e)) { // a repeated event is a duplicate: dead-lettered, tested on its own
                events.add(e);
            }
        }
        return CaseHistory.of(events);
    }

    /** An instant at, one nanosecond around, or the at-risk instant of, the due instant of one of the clocks. */
    private static Instant edge(SplittableRandom r, CaseHistory h, Instant t, SlaPolicy policy) {
        int k = r.nextInt(policy.clocks().size() + 1);
        Optional<Instant> due;
        Optional<Instant> atRisk;
        if (k == 0) {
            Evaluation e = policy.evaluate(h.snapshotAt(t), t);
            due = e.due();
            atRisk = e.atRiskFrom();
        } else {
            ClockEvaluation e = policy.evaluateClock(h.snapshotAt(t), t, policy.clocks().get(k - 1).name());
            due = e.due();
            atRisk = e.atRiskFrom();
        }
        if (due.isEmpty()) {
            return null;
        }
        switch (r.nextInt(4)) {
            case 0:
                return due.get();
            case 1:
                return due.get().plusNanos(1);
            case 2:
                return due.get().minusNanos(1);
            default:
                return atRisk.get();
        }
    }

    private static long gap(SplittableRandom r) {
        int shape = r.nextInt(10);
        if (shape < 2) {
            return 0;
        }
        if (shape < 5) {
            return r.nextLong(3 * 3600);
        }
        if (shape < 8) {
            return r.nextLong(2 * DAY);
        }
        return r.nextLong(8 * DAY);
    }

    static CaseEvent event(SplittableRandom r, String id, Instant t) {
        if (r.nextInt(100) < 12) { // the team support waits on, or none
            return CaseEvent.waitingOn(id, t, r.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(r, TEAMS)));
        }
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
                    Duration.ofHours(4))));
        }
        if (k < 76) {
            return CaseEvent.assigned(id, t, r.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(r, ASSIGNEES)));
        }
        if (k < 86) {
            return CaseEvent.solved(id, t);
        }
        if (k < 94) {
            return CaseEvent.reopened(id, t);
        }
        return CaseEvent.closed(id, t);
    }
}
