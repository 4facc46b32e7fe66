package org.slakit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Condition;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;
import org.slakit.core.WarningThreshold;

/**
 * The upkeep round against a slow reference (evaluate every case, filter, sort everything, cut),
 * and the end of the business day against a minute-by-minute scan of the calendar.
 */
class UpkeepRoundProperties {

    /** Calendars whose every open period lies within its own local date, on whole minutes. */
    static final List<BusinessCalendar> DAY_CALENDARS = List.of(
            BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n"),
            BusinessCalendar.parse("""
                    zone Europe/Berlin
                    Mon-Fri 09:00-12:30 13:30-17:00
                    closed yearly 12-25
                    closed yearly 12-26
                    closed yearly Easter+1
                    2026-12-24 09:00-12:00
                    """),
            BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-12:00 13:00-17:00\nclosed yearly 4th Thu of Nov\n"),
            BusinessCalendar.parse("zone Australia/Lord_Howe\nMon-Sat 08:00-20:00\n"),
            BusinessCalendar.parse("zone UTC\nMon-Sun 00:00-24:00\n"),
            BusinessCalendar.parse("zone Asia/Tokyo\nWed 10:00-11:00\n"),
            BusinessCalendar.parse("zone Europe/London\nMon-Fri 09:00-17:30\nintersect\nzone America/New_York\nMon-Fri 08:00-18:00\n"));

    /** The day calendars and night shifts, whose periods run past midnight. */
    static final List<BusinessCalendar> ALL_CALENDARS;

    static {
        List<BusinessCalendar> all = new ArrayList<>(DAY_CALENDARS);
        all.add(BusinessCalendar.parse("zone America/Sao_Paulo\nMon-Fri 22:00-06:00\n"));
        all.add(BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nMon,Wed 22:00-04:00\nclosed yearly 12-25\n"));
        all.add(BusinessCalendar.alwaysOpen(ZoneId.of("America/New_York")));
        ALL_CALENDARS = List.copyOf(all);
    }

    static final List<String> ASSIGNEES = List.of("ana", "bo", "cy");
    static final List<LocalTime> EDGES = List.of(LocalTime.MIDNIGHT, LocalTime.of(8, 0), LocalTime.of(9, 0),
            LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(12, 0), LocalTime.of(12, 30), LocalTime.of(13, 0),
            LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(17, 30), LocalTime.of(20, 0), LocalTime.of(22, 0),
            LocalTime.of(23, 59, 59));
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    /** The reference order, written out: due instant, then case id. */
    static final Comparator<Evaluation> REFERENCE_ORDER = (a, b) -> {
        Instant da = a.due().get();
        Instant db = b.due().get();
        if (da.isBefore(db)) {
            return -1;
        }
        if (db.isBefore(da)) {
            return 1;
        }
        return a.supportCase().id().compareTo(b.supportCase().id());
    };

    // ------------------------------------------------------------------ the round

    @Test
    void theRoundEqualsAFullSortOfTheSameEvaluations() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            BusinessCalendar calendar = pick(r, DAY_CALENDARS);
            SlaPolicy policy = policy(r, calendar);
            Instant now = instant(r, calendar);
            List<SupportCase> cases = cases(r, now, r.nextInt(60));

            Duration window = null;
            UpkeepRound round;
            if (r.nextBoolean()) {
                round = UpkeepRound.restOfBusinessDay(policy);
            } else {
                int shape = r.nextInt(4);
                window = shape == 0 ? Duration.ZERO : shape == 1 ? Duration.ofHours(1)
                        : shape == 2 ? Duration.ofMinutes(r.nextLong(3 * 24 * 60)) : Duration.ofSeconds(r.nextLong(7 * 86_400));
                round = UpkeepRound.within(policy, window);
            }
            int limit = Integer.MAX_VALUE;
            if (r.nextInt(3) > 0) {
                limit = 1 + r.nextInt(10);
                round = round.withLimit(limit);
            }
            String assignee = null;
            if (r.nextInt(3) == 0) {
                assignee = pick(r, ASSIGNEES);
                round = round.forAssignee(assignee);
            }

            UpkeepRound.Result result = round.select(cases, now);

            // the slow reference
            Map<BusinessCalendar, Instant> dayEnds = new HashMap<>();
            List<Evaluation> all = new ArrayList<>();
            for (SupportCase c : cases) {
                if (assignee != null && !assignee.equals(c.assignee().orElse(null))) {
                    continue;
                }
                Evaluation e = policy.evaluate(c, now);
                if (e.state() == SlaState.NOT_RUNNING) {
                    continue;
                }
                Instant end = window != null ? now.plus(window)
                        : dayEnds.computeIfAbsent(e.calendar(), k -> scannedEndOfDay(k, now));
                if (!e.due().get().isAfter(end)) {
                    all.add(e);
                }
            }
            all.sort(REFERENCE_ORDER);
            List<Evaluation> expected = all.subList(0, Math.min(limit, all.size()));
            Map<String, Long> byAssignee = new TreeMap<>();
            all.forEach(e -> e.supportCase().assignee().ifPresent(a -> byAssignee.merge(a, 1L, Long::sum)));

            assertThat(result.items()).extracting(UpkeepItem::evaluation).containsExactlyElementsOf(expected);
            assertThat(result.total()).isEqualTo(all.size());
            assertThat(result.breached()).isEqualTo(all.stream().filter(e -> e.state() == SlaState.BREACHED).count());
            assertThat(result.countsByAssignee()).isEqualTo(byAssignee);
            assertThat(result.unassigned()).isEqualTo(all.stream().filter(e -> e.supportCase().assignee().isEmpty()).count());
            for (UpkeepItem item : result.items()) {
                assertThat(item.template()).isSameAs(item.supportCase().status() == CaseStatus.PENDING_INTERNAL
                        ? CheckInTemplate.STILL_WORKING_ON : CheckInTemplate.QUICK_UPDATE);
                assertThat(item.due()).isEqualTo(item.evaluation().due().get());
            }

            // the same round from a stream, and from the cases in another order
            List<SupportCase> shuffled = new ArrayList<>(cases);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(round.select(cases.stream(), now).items()).isEqualTo(result.items());
            UpkeepRound.Result parallel = round.select(cases.parallelStream(), now);
            assertThat(parallel.items()).isEqualTo(result.items());
            assertThat(parallel.total()).isEqualTo(result.total());
            assertThat(parallel.breached()).isEqualTo(result.breached());
            assertThat(parallel.countsByAssignee()).isEqualTo(result.countsByAssignee());
            assertThat(round.select(shuffled, now).items()).isEqualTo(result.items());
        });
    }

    // ------------------------------------------------------------------ the end of the business day

    @Test
    void endOfBusinessDay_equalsAMinuteScanOfTheLocalDate() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            BusinessCalendar calendar = pick(r, DAY_CALENDARS);
            Instant now = instant(r, calendar);

            assertThat(UpkeepRound.endOfBusinessDay(calendar, now)).as("%s on\n%s", now, calendar)
                    .isEqualTo(scannedEndOfDay(calendar, now));
        });
    }

    @Test
    void endOfBusinessDay_staysTheSameUntilTheDayEnds() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            BusinessCalendar calendar = pick(r, ALL_CALENDARS);
            Instant now = instant(r, calendar);

            Instant end = UpkeepRound.endOfBusinessDay(calendar, now);

            assertThat(end).isAfterOrEqualTo(now);
            if (calendar.isOpen(now)) {
                assertThat(end).isAfter(now);
            }
            if (end.isAfter(now)) {
                assertThat(calendar.between(now, end)).isPositive();
                long span = Duration.between(now, end).toNanos();
                Instant later = now.plusNanos(r.nextLong(span));
                assertThat(UpkeepRound.endOfBusinessDay(calendar, later)).as("%s and %s on\n%s", now, later, calendar)
                        .isEqualTo(end);
            }
        });
    }

    /**
     * The slow reference for calendars whose periods lie within their local date, on whole
     * minutes: the end of the last open minute of the local date of {@code now}, if after {@code now}.
     */
    static Instant scannedEndOfDay(BusinessCalendar calendar, Instant now) {
        ZoneId zone = calendar.zone();
        LocalDate date = LocalDate.ofInstant(now, zone);
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant next = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant lastOpenMinute = null;
        for (Instant m = start; m.isBefore(next); m = m.plusSeconds(60)) {
            if (calendar.isOpen(m)) {
                lastOpenMinute = m;
            }
        }
        if (lastOpenMinute == null) {
            return now;
        }
        Instant end = lastOpenMinute.plusSeconds(60);
        return end.isAfter(now) ? end : now;
    }

    // ------------------------------------------------------------------ generators

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A day of 2026 or 2027 at an opening, closing or lunch time, or any second, sometimes with nanos. */
    static Instant instant(SplittableRandom r, BusinessCalendar calendar) {
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(730));
        LocalTime time = r.nextBoolean() ? pick(r, EDGES) : LocalTime.ofSecondOfDay(r.nextInt(86_400));
        Instant t = ZonedDateTime.of(date, time, calendar.zone()).toInstant();
        return r.nextInt(8) == 0 ? t.plusNanos(r.nextInt(1_000_000_000)) : t;
    }

    static SlaPolicy policy(SplittableRandom r, BusinessCalendar calendar) {
        SlaPolicy.Builder b = SlaPolicy.builder(calendar);
        if (r.nextInt(3) > 0) {
            b.standardRules();
        } else {
            b.rule("pending", Condition.status(CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER), target(r));
            b.rule("urgent", Condition.priority(Priority.EMERGENCY, Priority.URGENT), target(r));
            b.rule("rest", Condition.always(), target(r));
        }
        b.warning(WarningThreshold.fraction(pick(r, List.of(0.5, 0.75, 1.0))));
        return b.build();
    }

    static Target target(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return Target.businessTime(Duration.ofMinutes(1 + r.nextInt(960)));
            case 1:
                return Target.businessDays(1 + r.nextInt(3));
            case 2:
                return Target.elapsed(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
            default:
                return Target.asAgreed(Target.elapsed(Duration.ofHours(1 + r.nextInt(48))));
        }
    }

    /** Cases with distinct ids, nothing after {@code now}; some copy another's instants, so due instants tie. */
    static List<SupportCase> cases(SplittableRandom r, Instant now, int n) {
        List<SupportCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "c" + r.nextInt(1000) + "-" + i;
            if (!cases.isEmpty() && r.nextInt(5) == 0) {
                SupportCase twin = pick(r, cases);
                SupportCase.Builder b = SupportCase.builder(id, twin.created()).priority(twin.priority())
                        .elevated(twin.isElevated()).status(twin.status()).statusSince(twin.statusSince())
                        .prioritySince(twin.prioritySince());
                twin.lastSentToCustomer().ifPresent(b::lastSentToCustomer);
                twin.agreedInterval().ifPresent(b::agreedInterval);
                twin.calendar().ifPresent(b::calendar);
                if (r.nextBoolean()) {
                    b.assignee(pick(r, ASSIGNEES));
                }
                cases.add(b.build());
                continue;
            }
            long span = pick(r, List.of(6 * 3600L, 3 * 86_400L, 25 * 86_400L));
            Instant created = now.minusSeconds(r.nextLong(span + 1));
            long age = Duration.between(created, now).getSeconds();
            int s = r.nextInt(100);
            CaseStatus status = s < 35 ? CaseStatus.OPEN : s < 55 ? CaseStatus.PENDING_INTERNAL
                    : s < 80 ? CaseStatus.PENDING_CUSTOMER : s < 90 ? CaseStatus.SOLVED : CaseStatus.CLOSED;
            SupportCase.Builder b = SupportCase.builder(id, created)
                    .priority(Priority.values()[r.nextInt(4)])
                    .elevated(r.nextInt(5) == 0)
                    .status(status);
            if (r.nextBoolean()) {
                b.statusSince(created.plusSeconds(r.nextLong(age + 1)));
            }
            if (r.nextInt(10) < 7) {
                b.lastSentToCustomer(created.plusSeconds(r.nextLong(age + 1)));
            }
            if (r.nextInt(4) == 0) {
                b.agreedInterval(Duration.ofMinutes(30 + r.nextInt(48 * 60)));
            }
            if (r.nextInt(4) == 0) {
                b.calendar(pick(r, DAY_CALENDARS));
            }
            if (r.nextInt(5) < 4) {
                b.assignee(pick(r, ASSIGNEES));
            }
            cases.add(b.build());
        }
        return cases;
    }
}
