package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.calendar.CalendarGen.fit;
import static org.slakit.calendar.CalendarGen.pick;
import static org.slakit.calendar.CalendarGen.rawMinutes;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of business time (STYLE.md, "Laws worth a property test", 1-10), each checked on
 * random calendars in zones that hurt and against the minute-stepping {@link ReferenceCalendar}.
 * All instants and calendars here are whole minutes, so the reference is exact; one property
 * checks the laws alone on instants and durations with seconds and nanoseconds.
 */
class BusinessCalendarProperties {

    /** Examples per property; each example checks several instants. */
    private static final int EXAMPLES = Integer.getInteger("slakit.examples", 1500);

    /** A scenario and a few random draws from the same source. */
    static final class Case {
        final CalendarGen.Scenario s;
        final Instant t1;
        final Instant t2;
        final Instant t3;
        final long raw1;
        final long raw2;

        Case(CalendarGen.Scenario s, Instant t1, Instant t2, Instant t3, long raw1, long raw2) {
            this.s = s;
            this.t1 = t1;
            this.t2 = t2;
            this.t3 = t3;
            this.raw1 = raw1;
            this.raw2 = raw2;
        }

        BusinessCalendar cal() {
            return s.calendar;
        }

        ReferenceCalendar ref() {
            return s.ref;
        }

        @Override
        public String toString() {
            return s + "\nt1=" + t1 + " t2=" + t2 + " t3=" + t3 + " raw1=" + raw1 + "min raw2=" + raw2 + "min";
        }
    }

    /** QuickTheories with a bounded shrink so that a failure is reported in seconds, not minutes. */
    private static org.quicktheories.QuickTheory qt() {
        return org.quicktheories.QuickTheory.qt().withShrinkCycles(200);
    }

    private static Gen<Case> cases() {
        Gen<CalendarGen.Scenario> scenarios = CalendarGen.scenarios();
        return in -> {
            CalendarGen.Scenario s = scenarios.generate(in);
            return new Case(s, s.instant(in), s.instant(in), s.instant(in), rawMinutes(in), rawMinutes(in));
        };
    }

    private static List<Instant> instants(Case c) {
        return List.of(c.t1, c.t2, c.t3);
    }

    // ------------------------------------------------------------------ value semantics

    @Test
    void builderAndTextAgree_andTextRoundTrips() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            BusinessCalendar built = c.cal();
            BusinessCalendar parsed = BusinessCalendar.parse(c.s.spec.text(c.s.textVariant));
            assertThat(parsed).isEqualTo(built);
            assertThat(parsed.hashCode()).isEqualTo(built.hashCode());
            assertThat(parsed.toString()).isEqualTo(built.toString());
            BusinessCalendar again = BusinessCalendar.parse(built.toString());
            assertThat(again).isEqualTo(built);
            assertThat(again.hashCode()).isEqualTo(built.hashCode());
            assertThat(again.toString()).isEqualTo(built.toString());
            assertThat(built.zone()).isEqualTo(c.s.spec.zone);
            // equal calendars answer alike
            for (Instant t : instants(c)) {
                assertThat(parsed.isOpen(t)).isEqualTo(built.isOpen(t));
                assertThat(outcome(() -> again.nextOpen(t))).isEqualTo(outcome(() -> built.nextOpen(t)));
            }
        });
    }

    /** The answer, or the exception's message: two equal calendars give the same either way. */
    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (DateTimeException e) {
            return e.getMessage();
        }
    }

    @Test
    void differentCalendarsAreNotEqual() {
        qt().withExamples(EXAMPLES / 3).forAll(cases(), cases()).checkAssert((a, b) -> {
            // whenever the two calendars answer differently somewhere, they must not be equal
            boolean differ = !a.s.spec.zone.equals(b.s.spec.zone);
            for (Instant t : instants(a)) {
                differ |= a.cal().isOpen(t) != b.cal().isOpen(t);
            }
            if (differ) {
                assertThat(a.cal()).isNotEqualTo(b.cal());
            }
            if (a.cal().equals(b.cal())) {
                assertThat(a.cal().hashCode()).isEqualTo(b.cal().hashCode());
            }
        });
    }

    @Test
    void isOpen_matchesReference() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                assertThat(c.cal().isOpen(t)).as("isOpen(%s)", t).isEqualTo(c.ref().isOpen(t));
                assertThat(c.cal().isOpen(t.minusNanos(1))).as("isOpen(%s - 1ns)", t)
                        .isEqualTo(c.ref().isOpen(t.minusSeconds(60)));
            }
        });
    }

    // ------------------------------------------------------------------ laws 1-10

    /** Law 1: {@code plus(t, 0) == t}; {@code between(t, t) == 0}. */
    @Test
    void law1_addingZeroIsIdentity() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                assertThat(c.cal().plus(t, Duration.ZERO)).isEqualTo(t).isEqualTo(c.ref().plus(t, Duration.ZERO));
                assertThat(c.cal().minus(t, Duration.ZERO)).isEqualTo(t);
                assertThat(c.cal().between(t, t)).isZero();
                assertThat(c.ref().between(t, t)).isZero();
            }
        });
    }

    /** Law 2: {@code between(t, plus(t, d)) == d}, and {@code plus} is the reference's. */
    @Test
    void law2_betweenOfPlusIsTheDuration() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                Duration d = fit(c.raw1, c.s.roomAfter(t));
                Instant u = c.cal().plus(t, d);
                assertThat(u).as("plus(%s, %s)", t, d).isEqualTo(c.ref().plus(t, d));
                assertThat(c.cal().between(t, u)).isEqualTo(d);
                assertThat(u).isAfterOrEqualTo(t);
            }
        });
    }

    /** Law 3: {@code isOpen(t)} implies {@code minus(plus(t, d), d) == t}; {@code minus} is the reference's. */
    @Test
    void law3_minusUndoesPlusFromAnOpenInstant() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                Duration d = fit(c.raw1, c.s.roomAfter(t));
                Instant u = c.cal().plus(t, d);
                Instant back = c.cal().minus(u, d);
                assertThat(back).as("minus(%s, %s)", u, d).isEqualTo(c.ref().minus(u, d));
                if (c.cal().isOpen(t) || d.isZero()) {
                    assertThat(back).isEqualTo(t);
                } else {
                    // from a closed instant counting starts at the next opening
                    assertThat(back).isEqualTo(c.ref().nextOpen(t).orElseThrow());
                }
                Duration e = fit(c.raw2, c.s.roomBefore(t));
                Instant v = c.cal().minus(t, e);
                assertThat(v).as("minus(%s, %s)", t, e).isEqualTo(c.ref().minus(t, e));
                assertThat(c.cal().between(v, t)).isEqualTo(e);
                assertThat(c.cal().plus(t, e.negated())).isEqualTo(v);
                assertThat(c.cal().minus(v, e.negated())).isEqualTo(c.ref().plus(v, e));
            }
        });
    }

    /** Law 4: {@code plus(plus(t, d1), d2) == plus(t, d1 + d2)}. */
    @Test
    void law4_plusComposes() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Instant t = c.t1;
            long room = c.s.roomAfter(t);
            Duration d1 = fit(c.raw1, room);
            Duration d2 = fit(c.raw2, room - d1.toMinutes());
            Instant stepwise = c.cal().plus(c.cal().plus(t, d1), d2);
            Instant direct = c.cal().plus(t, d1.plus(d2));
            assertThat(stepwise).isEqualTo(direct).isEqualTo(c.ref().plus(t, d1.plus(d2)));
            Duration e1 = fit(c.raw1, c.s.roomBefore(t));
            Duration e2 = fit(c.raw2, c.s.roomBefore(t) - e1.toMinutes());
            assertThat(c.cal().minus(c.cal().minus(t, e1), e2))
                    .isEqualTo(c.cal().minus(t, e1.plus(e2)))
                    .isEqualTo(c.ref().minus(t, e1.plus(e2)));
        });
    }

    /** Law 5: {@code between(a, c) == between(a, b) + between(b, c)}; {@code between(b, a) == -between(a, b)}. */
    @Test
    void law5_betweenIsAdditiveAndAntisymmetric() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Instant a = c.t1;
            Instant b = c.t2;
            Instant m = c.t3;
            BusinessCalendar cal = c.cal();
            assertThat(cal.between(a, b)).isEqualTo(c.ref().between(a, b));
            assertThat(cal.between(b, a)).isEqualTo(cal.between(a, b).negated());
            assertThat(cal.between(a, m).plus(cal.between(m, b))).isEqualTo(cal.between(a, b));
        });
    }

    /** Law 6: {@code 0 <= between(a, b) <= Duration.between(a, b)} for {@code a <= b}. */
    @Test
    void law6_betweenIsBoundedByElapsedTime() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Instant a = c.t1.isBefore(c.t2) ? c.t1 : c.t2;
            Instant b = c.t1.isBefore(c.t2) ? c.t2 : c.t1;
            Duration business = c.cal().between(a, b);
            assertThat(business).isEqualTo(c.ref().between(a, b));
            assertThat(business).isGreaterThanOrEqualTo(Duration.ZERO).isLessThanOrEqualTo(Duration.between(a, b));
        });
    }

    /** Law 6, second half: an always-open calendar is plain {@code Instant} arithmetic, across DST too. */
    @Test
    void law6_alwaysOpenIsPlainInstantArithmetic() {
        Gen<ZoneId> zones = in -> CalendarGen.oneOf(in, CalendarGen.ZONES);
        Gen<Instant> instants = in -> {
            // uniform over 2005-2032, or within three days of a famous day, to the nanosecond
            Instant base = CalendarGen.chance(in, 50)
                    ? CalendarGen.oneOf(in, CalendarGen.FAMOUS).toInstant()
                            .plusSeconds(pick(in, -3 * 86_400, 3 * 86_400))
                    : Instant.parse("2005-01-01T00:00:00Z").plusSeconds(in.next(
                            org.quicktheories.impl.Constraint.between(0, 28L * 365 * 86_400)));
            return base.plusNanos(CalendarGen.chance(in, 50) ? 0 : in.next(
                    org.quicktheories.impl.Constraint.between(0, 999_999_999)));
        };
        Gen<Duration> durations = in -> Duration.ofSeconds(
                in.next(org.quicktheories.impl.Constraint.between(-40L * 86_400, 40L * 86_400)),
                CalendarGen.chance(in, 50) ? 0 : pick(in, 0, 999_999_999));
        qt().withExamples(EXAMPLES * 2).forAll(zones, instants, instants, durations).checkAssert((zone, a, b, d) -> {
            BusinessCalendar open = BusinessCalendar.alwaysOpen(zone);
            assertThat(open.isOpen(a)).isTrue();
            assertThat(open.between(a, b)).isEqualTo(Duration.between(a, b));
            assertThat(open.plus(a, d)).isEqualTo(a.plus(d));
            assertThat(open.minus(a, d)).isEqualTo(a.minus(d));
            assertThat(open.nextOpen(a)).isEqualTo(a);
            if (!a.equals(b)) {
                Instant lo = a.isBefore(b) ? a : b;
                Instant hi = a.isBefore(b) ? b : a;
                assertThat(open.openPeriods(lo, hi)).containsExactly(OpenPeriod.of(lo, hi));
            }
            assertThatThrownBy(() -> open.nextClose(a)).isInstanceOf(DateTimeException.class);
            // every date that exists is a business day, and the whole of it is open: business days
            // keep the local time of day, resolved as ZonedDateTime.of does
            int days = (int) (Math.floorMod(d.getSeconds(), 61L) - 30);
            java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(a, zone);
            java.time.LocalDate target = local.toLocalDate();
            for (int left = Math.abs(days); left > 0; ) {
                target = days > 0 ? target.plusDays(1) : target.minusDays(1);
                if (target.atStartOfDay(zone).toLocalDate().equals(target)) {
                    left--;
                }
            }
            // zero days is nextOpen(a), which is a itself, even at the second 01:30 of a fall-back night
            assertThat(open.plusBusinessDays(a, days)).as("plusBusinessDays(%s, %d)", a, days)
                    .isEqualTo(days == 0 ? a : java.time.ZonedDateTime.of(target, local.toLocalTime(), zone).toInstant());
        });
    }

    /** Law 7: {@code plus} never decreases as {@code t} grows, and strictly grows with {@code d}. */
    @Test
    void law7_plusIsMonotone() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Instant early = c.t1.isBefore(c.t2) ? c.t1 : c.t2;
            Instant late = c.t1.isBefore(c.t2) ? c.t2 : c.t1;
            Duration d = fit(c.raw1, c.s.roomAfter(late));
            assertThat(c.cal().plus(early, d)).isBeforeOrEqualTo(c.cal().plus(late, d));
            Duration d1 = fit(c.raw1, c.s.roomAfter(early));
            Duration d2 = fit(c.raw2, c.s.roomAfter(early));
            if (d1.compareTo(d2) < 0) {
                assertThat(c.cal().plus(early, d1)).isBefore(c.cal().plus(early, d2));
            } else if (d1.compareTo(d2) > 0) {
                assertThat(c.cal().plus(early, d1)).isAfter(c.cal().plus(early, d2));
            }
            Duration e = fit(c.raw2, c.s.roomBefore(early));
            assertThat(c.cal().minus(early, e)).isBeforeOrEqualTo(c.cal().minus(late, e));
        });
    }

    /** Law 8: {@code nextOpen(t) >= t}, is open, is idempotent, and {@code between(t, nextOpen(t)) == 0}. */
    @Test
    void law8_nextOpenAndNextClose() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                Optional<Instant> expected = c.ref().nextOpen(t);
                Instant o;
                try {
                    o = c.cal().nextOpen(t);
                } catch (DateTimeException e) {
                    assertThat(expected).as("reference opens at " + expected + ", library threw " + e).isEmpty();
                    continue;
                }
                if (expected.isPresent()) {
                    assertThat(o).isEqualTo(expected.get());
                } else {
                    assertThat(o).isAfterOrEqualTo(c.ref().to);
                }
                assertThat(o).isAfterOrEqualTo(t);
                assertThat(c.cal().isOpen(o)).isTrue();
                assertThat(c.cal().nextOpen(o)).isEqualTo(o);
                assertThat(c.cal().between(t, o)).isZero();

                Optional<Instant> close = c.ref().nextClose(t);
                if (close.isPresent()) {
                    assertThat(c.cal().nextClose(t)).as("nextClose(%s)", t).isEqualTo(close.get());
                    assertThat(c.cal().isOpen(close.get())).isFalse();
                    assertThat(c.cal().between(o, close.get())).isEqualTo(Duration.between(o, close.get()));
                }
            }
        });
    }

    /** Law 9: for {@code d > 0}, the deadline is never inside closed time nor exactly at an opening instant. */
    @Test
    void law9_deadlineIsTheEndOfOpenTime() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                Duration d = fit(c.raw1, c.s.roomAfter(t));
                if (d.isZero()) {
                    continue;
                }
                Instant u = c.cal().plus(t, d);
                // the time just before the deadline is open: u is inside open time or its closing instant
                assertThat(c.cal().isOpen(u.minusNanos(1))).as("open just before plus(%s, %s) = %s", t, d, u).isTrue();
                assertThat(c.ref().isOpen(u.minusSeconds(60))).isTrue();
                // and u is not an opening instant: then u - 1ns would be closed
                assertThat(c.cal().nextOpen(u.minusNanos(1))).isEqualTo(u.minusNanos(1));
            }
        });
    }

    /** Law 10: {@code openPeriods(a, b)} are sorted, disjoint, merged, and sum to {@code between(a, b)}. */
    @Test
    void law10_openPeriodsAreSortedMergedAndSumToBetween() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Instant a = c.t1.isBefore(c.t2) ? c.t1 : c.t2;
            Instant b = c.t1.isBefore(c.t2) ? c.t2 : c.t1;
            List<OpenPeriod> periods = c.cal().openPeriods(a, b);
            List<Instant[]> expected = c.ref().openPeriods(a, b);
            assertThat(periods).hasSize(expected.size());
            for (int i = 0; i < periods.size(); i++) {
                assertThat(periods.get(i).start()).isEqualTo(expected.get(i)[0]);
                assertThat(periods.get(i).end()).isEqualTo(expected.get(i)[1]);
            }
            Duration sum = Duration.ZERO;
            for (int i = 0; i < periods.size(); i++) {
                OpenPeriod p = periods.get(i);
                assertThat(p.start()).isAfterOrEqualTo(a).isBefore(p.end());
                assertThat(p.end()).isBeforeOrEqualTo(b);
                if (i > 0) {
                    // sorted, disjoint and not touching (touching periods are merged)
                    assertThat(p.start()).isAfter(periods.get(i - 1).end());
                }
                sum = sum.plus(p.duration());
            }
            assertThat(sum).isEqualTo(c.cal().between(a, b));
        });
    }

    // ------------------------------------------------------------------ business days

    /** Business days, the periods of a date and their count agree with the reference. */
    @Test
    void businessDays_matchReference() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            java.time.LocalDate base = c.s.anchor.atZone(c.cal().zone()).toLocalDate();
            java.time.LocalDate d1 = base.plusDays(c.raw1 % 13 - 6);
            java.time.LocalDate d2 = base.plusDays(c.raw2 % 13 - 6);
            long count = 0;
            for (java.time.LocalDate d = d1.isBefore(d2) ? d1 : d2; d.isBefore(d1.isBefore(d2) ? d2 : d1); d = d.plusDays(1)) {
                if (c.ref().isBusinessDay(d)) {
                    count++;
                }
            }
            assertThat(c.cal().businessDaysBetween(d1, d2)).isEqualTo(d1.isBefore(d2) ? count : -count);
            for (java.time.LocalDate d : List.of(d1, d2)) {
                List<Instant[]> expected = c.ref().openPeriodsOn(d);
                List<OpenPeriod> actual = c.cal().openPeriodsOn(d);
                assertThat(actual).as("openPeriodsOn(%s)", d).hasSize(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i)).isEqualTo(OpenPeriod.of(expected.get(i)[0], expected.get(i)[1]));
                }
                assertThat(c.cal().isBusinessDay(d)).as("isBusinessDay(%s)", d).isEqualTo(!expected.isEmpty());
            }
        });
    }

    /** {@code plusBusinessDays} agrees with the reference's reading of its Javadoc. */
    @Test
    void plusBusinessDays_matchesReference() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Instant t : instants(c)) {
                int days = (int) ((c.raw1 + t.getEpochSecond() / 60) % 11) - 5;
                Instant expected;
                try {
                    expected = c.ref().plusBusinessDays(t, days);
                } catch (ReferenceCalendar.OutsideWindow e) {
                    continue; // too few business days near the anchor for the reference to answer
                }
                assertThat(c.cal().plusBusinessDays(t, days)).as("plusBusinessDays(%s, %d)", t, days).isEqualTo(expected);
                assertThat(c.cal().minusBusinessDays(t, -days)).isEqualTo(expected);
                if (days == 0) {
                    assertThat(expected).isEqualTo(c.cal().nextOpen(t));
                }
            }
        });
    }

    // ------------------------------------------------------------------ long ranges

    /** Examples of the long-range property; each builds a reference over 800 days. */
    private static final int LONG_EXAMPLES = Math.min(250, Integer.getInteger("slakit.examples", 250));

    /**
     * Durations of up to a year and more, ranges over many UTC years and hundreds of business days:
     * the year tables, their running sums and the per-year business-day lists against the same
     * minute-stepping reference over a window of 800 days.
     */
    @Test
    void longRanges_matchReference() {
        Gen<CalendarGen.Scenario> scenarios = CalendarGen.scenarios(400, 400, 300);
        Gen<Case> longCases = in -> {
            CalendarGen.Scenario s = scenarios.generate(in);
            return new Case(s, s.instant(in), s.instant(in), s.instant(in),
                    in.next(org.quicktheories.impl.Constraint.between(0, 500 * 1440)),
                    in.next(org.quicktheories.impl.Constraint.between(0, 500 * 1440)));
        };
        qt().withExamples(LONG_EXAMPLES).forAll(longCases).checkAssert(c -> {
            BusinessCalendar cal = c.cal();
            ReferenceCalendar ref = c.ref();
            assertThat(cal.between(c.t1, c.t2)).isEqualTo(ref.between(c.t1, c.t2));
            Duration d = fit(c.raw1, c.s.roomAfter(c.t1));
            assertThat(cal.plus(c.t1, d)).as("plus(%s, %s)", c.t1, d).isEqualTo(ref.plus(c.t1, d));
            Duration e = fit(c.raw2, c.s.roomBefore(c.t2));
            assertThat(cal.minus(c.t2, e)).as("minus(%s, %s)", c.t2, e).isEqualTo(ref.minus(c.t2, e));
            ref.nextOpen(c.t3).ifPresent(o -> assertThat(cal.nextOpen(c.t3)).isEqualTo(o));
            ref.nextClose(c.t3).ifPresent(o -> assertThat(cal.nextClose(c.t3)).isEqualTo(o));
            Instant a = c.t1.isBefore(c.t2) ? c.t1 : c.t2;
            Instant b = c.t1.isBefore(c.t2) ? c.t2 : c.t1;
            List<OpenPeriod> periods = cal.openPeriods(a, b);
            List<Instant[]> expected = ref.openPeriods(a, b);
            assertThat(periods).hasSize(expected.size());
            if (!expected.isEmpty()) {
                assertThat(periods.get(0).start()).isEqualTo(expected.get(0)[0]);
                assertThat(periods.get(periods.size() - 1).end()).isEqualTo(expected.get(expected.size() - 1)[1]);
            }
            java.time.LocalDate d1 = a.atZone(cal.zone()).toLocalDate();
            java.time.LocalDate d2 = b.atZone(cal.zone()).toLocalDate();
            long count = 0;
            for (java.time.LocalDate day = d1; day.isBefore(d2); day = day.plusDays(1)) {
                if (ref.isBusinessDay(day)) {
                    count++;
                }
            }
            assertThat(cal.businessDaysBetween(d1, d2)).isEqualTo(count);
            assertThat(cal.businessDaysBetween(d2, d1)).isEqualTo(-count);
            int days = (int) (c.raw1 % 301) - 150;
            try {
                Instant expectedDay = ref.plusBusinessDays(c.t1, days);
                assertThat(cal.plusBusinessDays(c.t1, days)).as("plusBusinessDays(%s, %d)", c.t1, days).isEqualTo(expectedDay);
            } catch (ReferenceCalendar.OutsideWindow tooFew) {
                // too few business days in the window for the reference to answer
            }
        });
    }

    // ------------------------------------------------------------------ finer than minutes

    /** Laws 1-5 and 9 on instants and durations with seconds and nanoseconds (no reference). */
    @Test
    void laws_holdToTheNanosecond() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            BusinessCalendar cal = c.cal();
            long nanos = (c.raw1 * 7_919_000_017L + c.raw2 * 104_729L) % 60_000_000_000L;
            Instant t = c.t1.plusNanos(nanos);
            Instant m = c.t3.minusNanos(nanos / 3);
            long room = c.s.roomAfter(c.t1.plusSeconds(60)) - 1;
            Duration d = room <= 0 ? Duration.ZERO : fit(c.raw1, room).plusNanos(nanos / 7);
            Instant u = cal.plus(t, d);
            assertThat(cal.between(t, u)).isEqualTo(d);
            if (cal.isOpen(t)) {
                assertThat(cal.minus(u, d)).isEqualTo(t);
            }
            if (!d.isZero()) {
                assertThat(cal.isOpen(u.minusNanos(1))).isTrue();
            }
            assertThat(cal.between(t, m).plus(cal.between(m, c.t2))).isEqualTo(cal.between(t, c.t2));
            assertThat(cal.between(m, t)).isEqualTo(cal.between(t, m).negated());
            Instant lo = t.isBefore(m) ? t : m;
            Instant hi = t.isBefore(m) ? m : t;
            Duration sum = Duration.ZERO;
            for (OpenPeriod p : cal.openPeriods(lo, hi)) {
                assertThat(p.start()).isAfterOrEqualTo(lo);
                assertThat(p.end()).isBeforeOrEqualTo(hi);
                sum = sum.plus(p.duration());
            }
            assertThat(sum).isEqualTo(cal.between(lo, hi));
            // t lies in [t1, t1 + 1min) and m in [t3 - 1min, t3]: the answer is squeezed between
            // the reference's answers for the whole minutes around them
            if (!c.t1.plusSeconds(120).isAfter(c.t3)) {
                Duration fine = cal.between(t, m);
                assertThat(fine).isBetween(c.ref().between(c.t1.plusSeconds(60), c.t3.minusSeconds(60)),
                        c.ref().between(c.t1, c.t3));
            }
        });
    }
}
