package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of random calendars ({@link CalendarSpec}s) in zones that hurt, with
 * instants near their daylight-saving transitions and period boundaries generated directly
 * rather than filtered for.
 */
final class CalendarGen {

    static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Pacific/Apia"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("UTC"));

    /** Instants every run should visit: the days that hurt most. */
    static final List<ZonedDateTime> FAMOUS = List.of(
            ZonedDateTime.parse("2011-12-29T12:00-10:00[Pacific/Apia]"),
            ZonedDateTime.parse("2011-12-31T06:00+14:00[Pacific/Apia]"),
            ZonedDateTime.parse("2018-11-04T03:00-02:00[America/Sao_Paulo]"),
            ZonedDateTime.parse("2019-02-16T22:00-02:00[America/Sao_Paulo]"),
            ZonedDateTime.parse("2026-04-05T01:30+11:00[Australia/Lord_Howe]"),
            ZonedDateTime.parse("2026-10-04T02:30+10:30[Australia/Lord_Howe]"),
            ZonedDateTime.parse("2026-03-29T01:00Z[Europe/London]"),
            ZonedDateTime.parse("2026-10-25T01:30Z[Europe/London]"),
            ZonedDateTime.parse("2026-03-08T02:00-05:00[America/New_York]"),
            ZonedDateTime.parse("2026-11-01T01:30-04:00[America/New_York]"),
            ZonedDateTime.parse("2021-12-31T12:00Z[UTC]"));

    private static final Instant FIRST = Instant.parse("2005-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2032-12-31T00:00:00Z");
    private static final Map<ZoneId, List<Instant>> TRANSITIONS = new java.util.HashMap<>();

    static {
        for (ZoneId zone : ZONES) {
            List<Instant> list = new ArrayList<>();
            ZoneRules rules = zone.getRules();
            for (ZoneOffsetTransition t = rules.nextTransition(FIRST); t != null && t.getInstant().isBefore(LAST);
                    t = rules.nextTransition(t.getInstant())) {
                list.add(t.getInstant());
            }
            TRANSITIONS.put(zone, list);
        }
    }

    /** Days before and after the anchor that the reference covers. */
    static final int WINDOW_BEFORE_DAYS = 16;
    static final int WINDOW_AFTER_DAYS = 30;
    /** Instants are picked within this many days of the anchor. */
    static final int SPREAD_DAYS = 6;

    private CalendarGen() {
    }

    // ------------------------------------------------------------------ randomness helpers

    static int pick(RandomnessSource in, int lo, int hi) {
        return (int) in.next(Constraint.between(lo, hi));
    }

    static boolean chance(RandomnessSource in, int percent) {
        return pick(in, 0, 99) < percent;
    }

    static <T> T oneOf(RandomnessSource in, List<T> list) {
        return list.get(pick(in, 0, list.size() - 1));
    }

    // ------------------------------------------------------------------ scenarios

    /** A generated calendar with everything needed to check it: library, reference, anchor. */
    static final class Scenario {
        final CalendarSpec spec;
        final int textVariant;
        final Instant anchor;
        final ReferenceCalendar ref;
        final BusinessCalendar calendar;
        /** Interesting instants near the anchor: period boundaries and zone transitions. */
        final List<Instant> boundaries;
        /** The daylight-saving (and other offset) transitions of the zones near the anchor. */
        final List<Instant> transitions = new ArrayList<>();

        /** Instants are picked within this many days of the anchor. */
        final int spreadDays;

        Scenario(CalendarSpec spec, int textVariant, Instant anchor) {
            this(spec, textVariant, anchor, WINDOW_BEFORE_DAYS, WINDOW_AFTER_DAYS, SPREAD_DAYS);
        }

        Scenario(CalendarSpec spec, int textVariant, Instant anchor, int beforeDays, int afterDays, int spreadDays) {
            this.spec = spec;
            this.textVariant = textVariant;
            this.anchor = anchor;
            this.spreadDays = spreadDays;
            this.ref = new ReferenceCalendar(spec, anchor.minus(Duration.ofDays(beforeDays)),
                    anchor.plus(Duration.ofDays(afterDays)));
            this.calendar = spec.build();
            this.boundaries = new ArrayList<>();
            Instant lo = anchor.minus(Duration.ofDays(Math.min(spreadDays, SPREAD_DAYS)));
            Instant hi = anchor.plus(Duration.ofDays(Math.min(spreadDays, SPREAD_DAYS)));
            for (CalendarSpec part = spec; part != null; part = part.intersect) {
                LocalDate first = lo.atZone(part.zone).toLocalDate().minusDays(1);
                LocalDate last = hi.atZone(part.zone).toLocalDate();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    for (Instant[] p : ReferenceCalendar.periodsOf(part, d)) {
                        addIfWithin(p[0], lo, hi);
                        addIfWithin(p[1], lo, hi);
                    }
                }
                for (Instant t : TRANSITIONS.get(part.zone)) {
                    addIfWithin(t, lo, hi);
                    if (!t.isBefore(lo) && t.isBefore(hi)) {
                        transitions.add(t);
                    }
                }
            }
        }

        private void addIfWithin(Instant t, Instant lo, Instant hi) {
            if (!t.isBefore(lo) && t.isBefore(hi)) {
                boundaries.add(t);
            }
        }

        /** An instant on a whole minute near the anchor, often on or next to a boundary. */
        Instant instant(RandomnessSource in) {
            int kind = pick(in, 0, 99);
            if (kind < 15 && !transitions.isEmpty()) {
                // right at a transition, or up to three hours either side, on whole minutes
                return oneOf(in, transitions).plus(Duration.ofMinutes(chance(in, 30) ? 0 : pick(in, -180, 180)));
            }
            if (kind < 55 && !boundaries.isEmpty()) {
                return oneOf(in, boundaries).plus(Duration.ofMinutes(pick(in, -1, 1) * (chance(in, 50) ? 0 : pick(in, 1, 90))));
            }
            return anchor.plus(Duration.ofMinutes(pick(in, -spreadDays * 1440, spreadDays * 1440)));
        }

        /** Open minutes from {@code t} to the end of the reference window. */
        long roomAfter(Instant t) {
            return ref.betweenMinutes(t, ref.to);
        }

        /** Open minutes from the start of the reference window to {@code t}. */
        long roomBefore(Instant t) {
            return ref.betweenMinutes(ref.from, t);
        }

        @Override
        public String toString() {
            return "\n--- calendar (text variant " + textVariant + ") ---\n" + spec.text(textVariant)
                    + "--- anchor " + anchor + " (" + anchor.atZone(spec.zone) + ")";
        }
    }

    /** A raw business-time length in minutes: often zero or small, sometimes up to three days. */
    static long rawMinutes(RandomnessSource in) {
        int kind = pick(in, 0, 99);
        if (kind < 8) {
            return 0;
        }
        if (kind < 40) {
            return pick(in, 1, 90);
        }
        if (kind < 75) {
            return pick(in, 1, 900);
        }
        return pick(in, 1, 3 * 1440);
    }

    /** Fits a raw length into the room the reference window leaves. */
    static Duration fit(long raw, long room) {
        return Duration.ofMinutes(room <= 0 ? 0 : raw % (room + 1));
    }

    static Gen<Scenario> scenarios() {
        return scenarios(WINDOW_BEFORE_DAYS, WINDOW_AFTER_DAYS, SPREAD_DAYS);
    }

    /** Scenarios whose reference covers {@code beforeDays} before and {@code afterDays} after the anchor. */
    static Gen<Scenario> scenarios(int beforeDays, int afterDays, int spreadDays) {
        return in -> {
            ZoneId zone;
            Instant anchor;
            int how = pick(in, 0, 99);
            if (how < 20) {
                ZonedDateTime famous = oneOf(in, FAMOUS);
                zone = famous.getZone();
                anchor = famous.toInstant().plus(Duration.ofMinutes(pick(in, -2880, 2880)));
            } else {
                zone = oneOf(in, ZONES);
                List<Instant> transitions = TRANSITIONS.get(zone);
                if (how < 75 && !transitions.isEmpty()) {
                    anchor = oneOf(in, transitions).plus(Duration.ofMinutes(pick(in, -4320, 4320)));
                } else {
                    long span = Duration.between(FIRST, LAST).toMinutes();
                    anchor = FIRST.plus(Duration.ofMinutes(in.next(Constraint.between(0, span))));
                }
            }
            anchor = anchor.truncatedTo(ChronoUnit.MINUTES);
            CalendarSpec spec = spec(in, zone, anchor.atZone(zone).toLocalDate(), pick(in, 0, 99));
            if (chance(in, 12)) {
                ZoneId other = oneOf(in, ZONES);
                spec = spec.intersectedWith(spec(in, other, anchor.atZone(other).toLocalDate(), pick(in, 30, 99)));
            }
            return new Scenario(spec, pick(in, 0, 15), anchor, beforeDays, afterDays, spreadDays);
        };
    }

    /**
     * A random calendar around {@code near}. {@code shape} below 5 gives an always-open calendar,
     * below 10 one with special hours only, otherwise weekly hours with holidays and specials.
     */
    static CalendarSpec spec(RandomnessSource in, ZoneId zone, LocalDate near, int shape) {
        Map<DayOfWeek, List<CalendarSpec.Period>> weekly = new EnumMap<>(DayOfWeek.class);
        TreeSet<LocalDate> closed = new TreeSet<>();
        List<CalendarSpec.Rule> rules = new ArrayList<>();
        TreeMap<LocalDate, List<CalendarSpec.Period>> special = new TreeMap<>();
        if (shape < 5) {
            for (DayOfWeek d : DayOfWeek.values()) {
                weekly.put(d, List.of(new CalendarSpec.Period(0, 1440)));
            }
            return new CalendarSpec(zone, weekly, closed, rules, special, null);
        }
        if (shape >= 10) {
            boolean sameEveryWeekday = chance(in, 30);
            List<CalendarSpec.Period> common = day(in);
            for (DayOfWeek d : DayOfWeek.values()) {
                weekly.put(d, sameEveryWeekday && d.getValue() <= 5 ? common : day(in));
            }
            clampOvernight(weekly);
            if (weekly.values().stream().allMatch(List::isEmpty)) {
                weekly.put(DayOfWeek.MONDAY, List.of(new CalendarSpec.Period(540, 1020)));
            }
        }
        int specials = shape < 10 ? pick(in, 1, 3) : pick(in, 0, 3);
        for (int i = 0; i < specials; i++) {
            List<CalendarSpec.Period> ps = day(in);
            if (ps.isEmpty()) {
                ps = List.of(new CalendarSpec.Period(600, 840));
            }
            special.put(near.plusDays(pick(in, -5, 12)), ps);
        }
        int closedDates = pick(in, 0, 3);
        for (int i = 0; i < closedDates; i++) {
            if (!special.isEmpty() && chance(in, 20)) {
                closed.add(oneOf(in, new ArrayList<>(special.keySet())));
            } else {
                closed.add(near.plusDays(pick(in, -5, 12)));
            }
        }
        int ruleCount = pick(in, 0, 2);
        for (int i = 0; i < ruleCount; i++) {
            rules.add(rule(in, near.plusDays(pick(in, -5, 12))));
        }
        if (shape < 10) {
            // holidays may close every special date, or the zone may skip it: open one again, as
            // the builder rightly refuses a calendar without open time
            java.util.function.Predicate<LocalDate> exists = d -> d.atStartOfDay(zone).toLocalDate().equals(d);
            if (special.keySet().stream().noneMatch(exists)) {
                LocalDate d = near.minusDays(3);
                while (!exists.test(d)) {
                    d = d.plusDays(1);
                }
                special.put(d, List.of(new CalendarSpec.Period(600, 840)));
            }
            while (special.keySet().stream().allMatch(d -> !exists.test(d)
                    || new CalendarSpec(zone, weekly, closed, rules, special, null).isClosed(d))) {
                if (!rules.isEmpty()) {
                    rules.remove(rules.size() - 1);
                } else {
                    closed.removeAll(special.keySet());
                }
            }
        }
        return new CalendarSpec(zone, weekly, closed, rules, special, null);
    }

    /** A yearly rule that closes {@code date} (or a date near it) in its year. */
    static CalendarSpec.Rule rule(RandomnessSource in, LocalDate date) {
        CalendarSpec.Rule rule = baseRule(in, date);
        if (!rule.observed()) {
            int how = pick(in, 0, 9);
            if (how < 2) {
                rule = rule.withSubstitute();
            } else if (how < 4) {
                int by = pick(in, -3, 3);
                rule = rule.withMove(DayOfWeek.of(pick(in, 1, 7)), by == 0 ? 1 : by);
            }
        }
        return rule;
    }

    /** A rule of one of the kinds, perhaps observed, perhaps limited to years. */
    static CalendarSpec.Rule baseRule(RandomnessSource in, LocalDate date) {
        boolean observed = chance(in, 40);
        Integer from = chance(in, 30) ? date.getYear() + pick(in, -1, 1) : null;
        Integer to = chance(in, 30) ? Math.max(from == null ? 0 : from, date.getYear() + pick(in, -1, 1)) : null;
        switch (pick(in, 0, 4)) {
            case 4: {
                // a window of 1 to 10 dates around the date, within its year, for the date's weekday
                int windowDays = pick(in, 0, 9);
                LocalDate first = date.minusDays(pick(in, 0, windowDays));
                if (first.getYear() != date.getYear() || first.plusDays(windowDays).getYear() != date.getYear()
                        || first.getMonthValue() == 2 && first.getDayOfMonth() == 29
                        || first.plusDays(windowDays).getMonthValue() == 2 && first.plusDays(windowDays).getDayOfMonth() == 29) {
                    first = date;
                    windowDays = 0;
                    if (date.getMonthValue() == 2 && date.getDayOfMonth() == 29) {
                        return new CalendarSpec.Rule(CalendarSpec.RuleKind.FIXED, date.getMonth(), date.getDayOfMonth(), 0,
                                null, 0, observed, from, to);
                    }
                }
                return new CalendarSpec.Rule(CalendarSpec.RuleKind.WINDOW, first.getMonth(), first.getDayOfMonth(), 0,
                        date.getDayOfWeek(), 0, observed, from, to, windowDays, null, 0, false);
            }
            case 0:
                return new CalendarSpec.Rule(CalendarSpec.RuleKind.FIXED, date.getMonth(), date.getDayOfMonth(), 0, null,
                        0, observed, from, to);
            case 1:
                return new CalendarSpec.Rule(CalendarSpec.RuleKind.NTH, date.getMonth(), 0,
                        (date.getDayOfMonth() - 1) / 7 + 1, date.getDayOfWeek(), 0, observed, from, to);
            case 2:
                return new CalendarSpec.Rule(CalendarSpec.RuleKind.LAST, date.getMonth(), 0, 0, date.getDayOfWeek(), 0,
                        observed, from, to);
            default:
                int offset = (int) ChronoUnit.DAYS.between(EasterTable.sunday(date.getYear()), date);
                return new CalendarSpec.Rule(CalendarSpec.RuleKind.EASTER, null, 0, 0, null, offset, observed, from, to);
        }
    }

    /** One day's periods: closed, a single period, lunch breaks, a whole day, 24:00 ends, night shifts. */
    static List<CalendarSpec.Period> day(RandomnessSource in) {
        int kind = pick(in, 0, 99);
        if (kind < 20) {
            return List.of();
        }
        if (kind < 26) {
            return List.of(new CalendarSpec.Period(0, 1440));
        }
        int grid = oneOf(in, List.of(60, 30, 30, 15, 5, 1));
        int count = kind < 60 ? 1 : kind < 85 ? 2 : 3;
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < 2 * count) {
            points.add(pick(in, 0, 1440 / grid) * grid);
        }
        if (chance(in, 15)) {
            points.pollLast();
            points.add(1440); // a 24:00 end
        }
        List<Integer> p = new ArrayList<>(points);
        List<CalendarSpec.Period> out = new ArrayList<>();
        for (int i = 0; i + 1 < p.size(); i += 2) {
            out.add(new CalendarSpec.Period(p.get(i), p.get(i + 1)));
        }
        if (chance(in, 15) && out.size() >= 2) {
            // two periods that touch: the library merges them
            CalendarSpec.Period a = out.get(0);
            CalendarSpec.Period b = out.get(1);
            out.set(0, new CalendarSpec.Period(a.start(), b.start()));
        }
        CalendarSpec.Period last = out.get(out.size() - 1);
        if (chance(in, 25) && last.start() > 0 && last.start() < 1440) {
            // a night shift: ends after midnight, before its own start time
            int endNext = pick(in, 0, last.start() - 1);
            if (grid > 1) {
                endNext = endNext / grid * grid;
            }
            out.set(out.size() - 1, new CalendarSpec.Period(last.start(), 1440 + endNext));
        }
        return limitMerged(out);
    }

    /**
     * Periods of a day that touch are merged into one, which must be shorter than 24 hours unless
     * it is the whole day from 00:00 (F1, F1b): cuts the last period back so that the run it ends
     * is at most 23h59 long, or 24 hours from midnight.
     */
    static List<CalendarSpec.Period> limitMerged(List<CalendarSpec.Period> periods) {
        List<CalendarSpec.Period> out = new ArrayList<>(periods);
        int runStart = out.get(0).start();
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).start() != out.get(i - 1).end()) {
                runStart = out.get(i).start();
            }
        }
        CalendarSpec.Period last = out.get(out.size() - 1);
        int limit = runStart == 0 ? 1440 : runStart + 1439;
        if (last.end() > limit) {
            out.set(out.size() - 1, new CalendarSpec.Period(last.start(), limit));
        }
        return out;
    }

    /** Cuts weekly night shifts back so they do not run into the next day's first period. */
    static void clampOvernight(Map<DayOfWeek, List<CalendarSpec.Period>> weekly) {
        for (DayOfWeek d : DayOfWeek.values()) {
            List<CalendarSpec.Period> ps = weekly.get(d);
            if (ps.isEmpty() || !ps.get(ps.size() - 1).overnight()) {
                continue;
            }
            List<CalendarSpec.Period> next = weekly.get(d.plus(1));
            int limit = 1440 + (next.isEmpty() ? 1440 : next.get(0).start());
            CalendarSpec.Period last = ps.get(ps.size() - 1);
            if (last.end() > limit) {
                List<CalendarSpec.Period> copy = new ArrayList<>(ps);
                copy.set(copy.size() - 1, new CalendarSpec.Period(last.start(), limit));
                weekly.put(d, copy);
            }
        }
    }
}
