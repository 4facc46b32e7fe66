package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.slakit.calendar.BusinessCalendar;

/**
 * Random but reproducible cases, policies and instants for property tests: every value is built
 * from one {@code long} seed, so QuickTheories reports a seed that rebuilds the failing scenario.
 * Calendars include the zones and shapes that hurt: lunch breaks, a night shift, half-hour DST,
 * holidays and special hours, a calendar open one hour a week, an intersection, and 24x7.
 */
final class Scenarios {

    /** The same hostile calendars the replay's generators use. */
    static final List<BusinessCalendar> CALENDARS = org.slakit.core.history.Histories.CALENDARS;

    static final List<Channel> CHANNELS = List.of(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL, Channel.of("sms"));
    static final List<String> ASSIGNEES = List.of("ana", "bo", "cy", "dee", "eli");
    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    static final long DAY = 86_400;

    private Scenarios() {
    }

    /** One case, a policy and an instant to evaluate it at. */
    static final class Scenario {
        final long seed;
        final SlaPolicy policy;
        final SupportCase supportCase;
        final Instant now;
        final SplittableRandom random;

        Scenario(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.policy = policy(random);
            this.supportCase = supportCase(random, "C-" + Long.toHexString(seed));
            this.now = now(random, supportCase);
        }

        @Override
        public String toString() {
            return "seed " + seed + "\n" + supportCase + "\nnow " + now + "\npolicy:\n" + policy;
        }
    }

    static Gen<Scenario> scenarios() {
        return SourceDSL.longs().all().map(Scenario::new).describedAs(Scenario::toString);
    }

    static Gen<Long> seeds() {
        return SourceDSL.longs().all();
    }

    /** The latest instant the case holds. */
    static Instant latest(SupportCase c) {
        Instant latest = c.created();
        for (Instant t : List.of(c.statusSince(), c.prioritySince(), c.lastSentToCustomer().orElse(c.created()))) {
            if (t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static SupportCase supportCase(SplittableRandom r, String id) {
        return supportCase(r, id, BASE, 400 * DAY, 30 * DAY);
    }

    /** A case created within a window, whose changes and last update follow within {@code spread}. */
    static SupportCase supportCase(SplittableRandom r, String id, Instant from, long windowSeconds, long spread) {
        Instant created = from.plusSeconds(r.nextLong(windowSeconds)).plusNanos(r.nextInt(10) == 0 ? r.nextInt(1_000_000_000) : 0);
        int s = r.nextInt(100);
        CaseStatus status = s < 35 ? CaseStatus.OPEN : s < 55 ? CaseStatus.PENDING_INTERNAL
                : s < 80 ? CaseStatus.PENDING_CUSTOMER : s < 90 ? CaseStatus.SOLVED : CaseStatus.CLOSED;
        SupportCase.Builder b = SupportCase.builder(id, created)
                .channel(pick(r, CHANNELS))
                .priority(Priority.values()[r.nextInt(4)])
                .elevated(r.nextInt(5) == 0)
                .status(status);
        Instant statusSince = null;
        if (r.nextBoolean()) {
            statusSince = created.plusSeconds(r.nextLong(spread));
            b.statusSince(statusSince);
        }
        if (r.nextBoolean()) {
            b.prioritySince(created.plusSeconds(r.nextLong(spread)));
        }
        if (r.nextInt(10) < 7) {
            b.lastSentToCustomer(created.plusSeconds(r.nextLong(spread * 2 / 3)));
        }
        if (r.nextInt(10) < 3) {
            b.agreedInterval(pick(r, List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1))));
        }
        if (r.nextInt(10) < 3) {
            b.calendar(pick(r, CALENDARS));
        }
        if (r.nextInt(10) < 8) {
            b.assignee(pick(r, ASSIGNEES));
        }
        if (statusSince != null && r.nextInt(4) == 0) {
            // reopened at or before it entered its status (a reopening moves the case into a status)
            long upTo = Duration.between(created, statusSince).getSeconds();
            b.lastReopened(r.nextBoolean() ? statusSince : created.plusSeconds(r.nextLong(upTo + 1)));
        }
        return b.build();
    }

    /** An instant at or after every instant of the case. */
    static Instant now(SplittableRandom r, SupportCase c) {
        Instant latest = latest(c);
        int shape = r.nextInt(3);
        long seconds = shape == 0 ? r.nextLong(3 * 3600) : shape == 1 ? r.nextLong(3 * DAY) : r.nextLong(30 * DAY);
        return latest.plusSeconds(seconds).plusNanos(r.nextInt(8) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    static SlaPolicy policy(SplittableRandom r) {
        SlaPolicy.Builder b = SlaPolicy.builder(pick(r, CALENDARS));
        if (r.nextBoolean()) {
            b.standardRules();
        } else {
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                b.rule("r" + i, condition(r, 2), target(r));
            }
            b.rule("rest", Condition.always(), target(r));
        }
        b.warning(warning(r));
        b.clockStart(r.nextBoolean() ? ClockStart.RULE_START : ClockStart.LAST_UPDATE);
        return b.build();
    }

    static WarningThreshold warning(SplittableRandom r) {
        if (r.nextInt(3) == 0) {
            return WarningThreshold.leadTime(pick(r, List.of(Duration.ofMinutes(30), Duration.ofHours(1),
                    Duration.ofHours(8), Duration.ofDays(7))));
        }
        return WarningThreshold.fraction(pick(r, List.of(0.5, 0.75, 0.9, 1.0, 0.333333, 0.000001)));
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
                Target fallback = r.nextBoolean() ? Target.elapsed(Duration.ofHours(1 + r.nextInt(48)))
                        : Target.businessTime(Duration.ofHours(1 + r.nextInt(16)));
                return Target.asAgreed(fallback);
        }
    }

    static Condition condition(SplittableRandom r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            return atom(r);
        }
        Condition a = condition(r, depth - 1);
        Condition b = condition(r, depth - 1);
        return r.nextBoolean() ? a.and(b) : a.or(b);
    }

    static Condition atom(SplittableRandom r) {
        switch (r.nextInt(8)) {
            case 0:
                return Condition.priorityIn(subset(r, List.of(Priority.values())));
            case 1:
                return Condition.statusIn(subset(r, List.of(CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER)));
            case 2:
                return Condition.channelIn(subset(r, CHANNELS));
            case 3:
                return Condition.elevated();
            case 4:
                return Condition.notElevated();
            case 5:
                return Condition.nothingSent();
            case 6:
                return Condition.updateSent();
            default:
                return Condition.always();
        }
    }

    static <T> List<T> subset(SplittableRandom r, List<T> all) {
        List<T> out = new ArrayList<>();
        while (out.isEmpty()) {
            for (T t : all) {
                if (r.nextBoolean()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Cases with distinct ids; about a third share their creation instant with another case. */
    static List<SupportCase> cases(SplittableRandom r, int n) {
        List<SupportCase> out = new ArrayList<>();
        Instant from = BASE.plusSeconds(r.nextLong(300 * DAY));
        for (int i = 0; i < n; i++) {
            SupportCase c = supportCase(r, "case-" + r.nextInt(1000) + "-" + i, from, 3 * DAY, 3 * DAY);
            if (i > 0 && r.nextInt(3) == 0) {
                SupportCase twin = out.get(r.nextInt(out.size()));
                c = SupportCase.builder(c.id(), twin.created()).priority(twin.priority()).status(twin.status())
                        .assignee(pick(r, ASSIGNEES)).build();
            }
            out.add(c);
        }
        return out;
    }

    /** An instant at or after every instant of every case. */
    static Instant nowFor(SplittableRandom r, List<SupportCase> cases) {
        Instant latest = BASE;
        for (SupportCase c : cases) {
            Instant t = latest(c);
            if (t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest.plusSeconds(r.nextLong(DAY));
    }
}
