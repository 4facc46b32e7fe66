package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/**
 * Duration clocks against a slow reference that walks the case's statuses minute by minute and
 * counts the minutes in which the clock runs (and, for business targets, the calendar is open).
 * Every instant is a whole minute, so the reference is exact.
 */
class DurationClockProperties {

    static final List<CaseStatus> ALL = List.of(CaseStatus.values());
    static final List<CaseStatus> RUNNING = List.of(CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER);
    static final long HORIZON_MINUTES = 60L * 24 * 60;

    /** One random case with a status log, a clock, a calendar and an instant. */
    static final class Scene {
        final long seed;
        final List<StatusChange> log = new ArrayList<>();
        final DurationClock clock;
        final BusinessCalendar calendar;
        final SupportCase supportCase;
        final Instant now;

        Scene(long seed) {
            this.seed = seed;
            SplittableRandom r = new SplittableRandom(seed);
            Instant created = Scenarios.BASE.plusSeconds(60 * r.nextLong(300 * 24 * 60));
            Instant t = created;
            CaseStatus s = CaseStatus.OPEN;
            int changes = r.nextInt(7);
            for (int i = 0; i <= changes; i++) {
                log.add(StatusChange.of(s, t));
                t = t.plusSeconds(60 * (1 + r.nextLong(r.nextBoolean() ? 600 : 6 * 24 * 60)));
                CaseStatus next;
                do {
                    next = ALL.get(r.nextInt(ALL.size()));
                } while (next == s);
                s = next;
            }
            StatusChange current = log.remove(log.size() - 1);
            this.now = current.since().plusSeconds(60 * r.nextLong(5 * 24 * 60));
            DurationClock.Builder b = DurationClock.builder("c");
            Set<CaseStatus> some = EnumSet.noneOf(CaseStatus.class);
            for (CaseStatus x : RUNNING) {
                if (r.nextInt(3) == 0) {
                    some.add(x);
                }
            }
            int mode = r.nextInt(3);
            if (mode == 1 && !some.isEmpty()) {
                b.pausesIn(some);
            } else if (mode == 2 && !some.isEmpty()) {
                b.runsOnlyIn(some);
            }
            Target target = switch3(r);
            this.clock = b.rule("r", Condition.always(), target).build();
            this.calendar = Scenarios.CALENDARS.get(r.nextInt(Scenarios.CALENDARS.size()));
            this.supportCase = SupportCase.builder("D-" + Long.toHexString(seed), created)
                    .earlierStatuses(log.isEmpty() ? List.of() : List.copyOf(log))
                    .status(current.status()).statusSince(current.since())
                    .calendar(calendar)
                    .build();
            if (log.isEmpty()) {
                log.add(current);
            } else {
                log.add(current);
            }
        }

        private static Target switch3(SplittableRandom r) {
            switch (r.nextInt(3)) {
                case 0:
                    return Target.elapsed(Duration.ofMinutes(1 + r.nextLong(5 * 24 * 60)));
                case 1:
                    return Target.businessTime(Duration.ofMinutes(1 + r.nextLong(16 * 60)));
                default:
                    return Target.businessDays(1 + r.nextInt(3));
            }
        }

        @Override
        public String toString() {
            return "seed " + seed + "\n" + supportCase + "\nlog " + log + "\nnow " + now + "\n" + clock + "calendar "
                    + calendar.zone();
        }
    }

    /** What the reference finds by walking minute by minute. */
    static final class Walk {
        boolean hasCycle;
        Instant start;
        long usedMinutes;
        Instant due;
        /** The end of the last minute before now in which the clock ran, or null. */
        Instant runEnd;
    }

    static CaseStatus statusAt(List<StatusChange> log, Instant t) {
        CaseStatus s = log.get(0).status();
        for (StatusChange c : log) {
            if (!c.since().isAfter(t)) {
                s = c.status();
            }
        }
        return s;
    }

    static boolean runs(DurationClock clock, CaseStatus s) {
        if (s == CaseStatus.SOLVED || s == CaseStatus.CLOSED) {
            return false;
        }
        return clock.runsOnlyIn().isEmpty() ? !clock.pausedIn().contains(s) : clock.runsOnlyIn().contains(s);
    }

    static Walk walk(Scene sc) {
        Walk w = new Walk();
        CaseStatus current = statusAt(sc.log, sc.now);
        boolean perSpell = !sc.clock.runsOnlyIn().isEmpty();
        if (current == CaseStatus.SOLVED || current == CaseStatus.CLOSED || perSpell && !runs(sc.clock, current)) {
            return w;
        }
        w.hasCycle = true;
        w.start = sc.supportCase.created();
        if (perSpell) {
            // back from now, minute by minute, while the clock runs
            Instant t = sc.now.minusSeconds(60);
            while (!t.isBefore(sc.supportCase.created()) && runs(sc.clock, statusAt(sc.log, t))) {
                t = t.minusSeconds(60);
            }
            w.start = t.plusSeconds(60);
        }
        Target target = sc.clock.rules().get(0).target();
        boolean business = target.isBusiness();
        long lengthMinutes = target instanceof Target.BusinessDays
                ? sc.calendar.between(w.start, target.due(w.start, sc.calendar)).toMinutes()
                : (target instanceof Target.BusinessTime ? ((Target.BusinessTime) target).length()
                        : ((Target.Elapsed) target).length()).toMinutes();
        long used = 0;
        Instant t = w.start;
        Instant end = sc.now.plusSeconds(60 * HORIZON_MINUTES);
        while (t.isBefore(end)) {
            boolean counts = runs(sc.clock, statusAt(sc.log, t)) && (!business || sc.calendar.isOpen(t));
            if (t.isBefore(sc.now) && counts) {
                w.usedMinutes++;
            }
            if (t.isBefore(sc.now) && runs(sc.clock, statusAt(sc.log, t))) {
                w.runEnd = t.plusSeconds(60);
            }
            if (counts) {
                used++;
                if (used == lengthMinutes && w.due == null) {
                    w.due = t.plusSeconds(60);
                }
            }
            if (!t.isBefore(sc.now) && (w.due != null || !runs(sc.clock, statusAt(sc.log, t)))) {
                break;
            }
            t = t.plusSeconds(60);
        }
        return w;
    }

    @Test
    void clocksAgreeWithAMinuteByMinuteWalk() {
        qt().withExamples(150).forAll(Scenarios.seeds().map(Scene::new).describedAs(Scene::toString)).checkAssert(sc -> {
            SlaPolicy policy = SlaPolicy.builder(sc.calendar).rule("all", Condition.always(), Target.businessDays(1))
                    .clock(sc.clock).build();
            ClockEvaluation e = policy.evaluateClock(sc.supportCase, sc.now, "c");
            Walk w = walk(sc);

            if (!w.hasCycle) {
                assertThat(e.state()).isEqualTo(SlaState.NOT_RUNNING);
                return;
            }
            assertThat(e.start()).contains(w.start);
            assertThat(e.used()).isEqualTo(Duration.ofMinutes(w.usedMinutes));
            if (w.due != null) {
                assertThat(e.due()).contains(w.due);
                assertThat(e.state() == SlaState.BREACHED).isEqualTo(w.runEnd != null && w.runEnd.isAfter(w.due));
            } else if (e.isPaused()) {
                assertThat(e.due()).isEmpty();
                assertThat(e.state()).isNotEqualTo(SlaState.BREACHED);
            } else {
                assertThat(e.due().get()).isAfter(sc.now.plusSeconds(60 * HORIZON_MINUTES - 60));
            }
            assertThat(e.isPaused()).isEqualTo(!runs(sc.clock, statusAt(sc.log, sc.now)));
        });
    }

    @Test
    void pausesNeverMoveTheDueEarlier_andNeverBreachWhatIsNotUsedUp() {
        qt().withExamples(150).forAll(Scenarios.seeds().map(Scene::new).describedAs(Scene::toString)).checkAssert(sc -> {
            if (sc.clock.pausedIn().isEmpty()) {
                return;
            }
            DurationClock noPause = DurationClock.builder("c").rule(sc.clock.rules().get(0)).build();
            SlaPolicy with = SlaPolicy.builder(sc.calendar).rule("all", Condition.always(), Target.businessDays(1))
                    .clock(sc.clock).build();
            SlaPolicy without = SlaPolicy.builder(sc.calendar).rule("all", Condition.always(), Target.businessDays(1))
                    .clock(noPause).build();
            ClockEvaluation paused = with.evaluateClock(sc.supportCase, sc.now, "c");
            ClockEvaluation plain = without.evaluateClock(sc.supportCase, sc.now, "c");
            if (paused.state() == SlaState.NOT_RUNNING) {
                return;
            }
            assertThat(paused.used()).isLessThanOrEqualTo(plain.used());
            if (paused.due().isPresent() && plain.due().isPresent()) {
                assertThat(paused.due().get()).isAfterOrEqualTo(plain.due().get());
            }
            if (paused.state() == SlaState.BREACHED) {
                assertThat(paused.used()).isGreaterThanOrEqualTo(paused.targetLength());
            }
        });
    }
}
