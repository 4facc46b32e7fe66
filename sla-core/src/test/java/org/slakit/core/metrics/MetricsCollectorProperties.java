package org.slakit.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.CycleOutcome;
import org.slakit.core.history.EventKind;
import org.slakit.core.history.Histories;
import org.slakit.core.history.ReferenceReplay;
import org.slakit.core.history.SlaCycle;
import org.slakit.core.history.SlaTimeline;

/** Laws of {@link MetricsCollector}, checked against a slow reference built from snapshots and sorted lists. */
class MetricsCollectorProperties {

    static final int EXAMPLES = Integer.getInteger("slakit.examples", 300) / 3;

    static final List<ResolutionGoal> GOALS = List.of(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS,
            ResolutionGoal.parse("90% within 8 business hours"), ResolutionGoal.parse("50% within 2 business days"));

    /** A policy, a goal, an instant and up to 15 histories of distinct cases created within a month. */
    static final class Batch {
        final long seed;
        final SplittableRandom random;
        final SlaPolicy policy;
        final ResolutionGoal goal;
        final List<CaseHistory> histories = new ArrayList<>();
        final Instant now;

        Batch(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.policy = Histories.policy(random);
            this.goal = Histories.pick(random, GOALS);
            Instant from = Histories.BASE.plusSeconds(random.nextLong(300 * Histories.DAY));
            int n = 1 + random.nextInt(15);
            Instant last = from;
            for (int i = 0; i < n; i++) {
                CaseHistory h = Histories.history(random, "case-" + i, from.plusSeconds(random.nextLong(30 * Histories.DAY)), policy);
                histories.add(h);
                last = h.lastEventAt().isAfter(last) ? h.lastEventAt() : last;
            }
            this.now = last.plusSeconds(random.nextInt(3) == 0 ? 0 : random.nextLong(10 * Histories.DAY));
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + histories.size() + " histories, now " + now + ", goal " + goal;
        }
    }

    static Gen<Batch> batches() {
        return Histories.seeds().map(Batch::new).describedAs(Batch::toString);
    }

    static MetricsReport report(Batch b, List<CaseHistory> histories) {
        MetricsCollector c = MetricsCollector.of(b.policy, b.now, b.goal);
        histories.forEach(c::add);
        return c.report();
    }

    // ------------------------------------------------------------------ order

    @Test
    void theReportDoesNotDependOnTheOrderOfTheCases_norOnMergingParts() {
        qt().withExamples(EXAMPLES).forAll(batches()).checkAssert(b -> {
            MetricsReport forward = report(b, b.histories);
            List<CaseHistory> shuffled = new ArrayList<>(b.histories);
            Collections.shuffle(shuffled, new Random(b.seed));
            assertThat(report(b, shuffled)).isEqualTo(forward);

            int cut = b.random.nextInt(shuffled.size() + 1);
            MetricsCollector left = MetricsCollector.of(b.policy, b.now, b.goal);
            MetricsCollector right = MetricsCollector.of(b.policy, b.now, b.goal);
            shuffled.subList(0, cut).forEach(left::add);
            shuffled.subList(cut, shuffled.size()).forEach(h -> right.add(SlaTimeline.replay(h, b.policy, b.now)));
            right.merge(left);
            assertThat(right.report()).isEqualTo(forward);
            assertThat(right.cases()).isEqualTo(b.histories.size());
        });
    }

    // ------------------------------------------------------------------ the slow reference

    /** Nearest rank, from the definition: the smallest value with at least p% of the values at or below it. */
    static Duration nearestRank(List<Duration> values, int percent) {
        List<Long> ms = values.stream().map(Duration::toMillis).sorted().toList();
        return Duration.ofMillis(ms.stream()
                .filter(v -> ms.stream().filter(w -> w <= v).count() * 100 >= (long) percent * ms.size())
                .findFirst().orElseThrow());
    }

    static void assertSummary(DurationSummary actual, List<Duration> values) {
        assertThat(actual.count()).isEqualTo(values.size());
        if (values.isEmpty()) {
            return;
        }
        long sum = values.stream().mapToLong(Duration::toMillis).sum();
        assertThat(actual.mean()).isEqualTo(Duration.ofMillis(sum / values.size()));
        assertThat(actual.median()).isEqualTo(nearestRank(values, 50));
        assertThat(actual.p90()).isEqualTo(nearestRank(values, 90));
        assertThat(actual.max()).isEqualTo(nearestRank(values, 100));
        assertThat(actual.min()).isEqualTo(Duration.ofMillis(values.stream().mapToLong(Duration::toMillis).min().getAsLong()));
    }

    /** The instant the case last stopped running, if it is stopped at the end, from snapshots at each event instant. */
    static Optional<Instant> referenceResolution(CaseHistory h) {
        Instant resolved = null;
        boolean runningBefore = false;
        for (Instant t : ReferenceReplay.instants(h)) {
            SupportCase after = h.snapshotAt(t);
            boolean running = after.status().isClockRunning();
            if (!running && (runningBefore || t.equals(h.creation().at()))) {
                resolved = t;
            }
            if (running) {
                resolved = null;
            }
            runningBefore = running;
        }
        return Optional.ofNullable(resolved);
    }

    static LocalDate monday(Instant t, SlaPolicy policy) {
        return t.atZone(policy.defaultCalendar().zone()).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void theReportEqualsTheSlowReference() {
        qt().withExamples(EXAMPLES).forAll(batches()).checkAssert(b -> {
            MetricsReport report = report(b, b.histories);
            List<Duration> replyBusiness = new ArrayList<>();
            List<Duration> replyCalendar = new ArrayList<>();
            List<Duration> resolvedBusiness = new ArrayList<>();
            List<Duration> resolvedCalendar = new ArrayList<>();
            long[] goal = new long[3];
            Map<String, long[]> byRule = new TreeMap<>();
            Map<LocalDate, long[]> byWeek = new TreeMap<>();
            List<SlaCycle> breached = new ArrayList<>();
            for (CaseHistory h : b.histories) {
                Instant created = h.creation().at();
                BusinessCalendar calendar = h.calendar().orElse(b.policy.defaultCalendar());
                h.events().stream().filter(e -> e.kind() == EventKind.UPDATE_SENT).map(CaseEvent::at).findFirst()
                        .ifPresent(reply -> {
                            replyBusiness.add(calendar.between(created, reply));
                            replyCalendar.add(Duration.between(created, reply));
                        });
                Optional<Instant> resolved = referenceResolution(h);
                resolved.ifPresent(r -> {
                    resolvedBusiness.add(calendar.between(created, r));
                    resolvedCalendar.add(Duration.between(created, r));
                });
                Instant deadline = b.goal.deadline(created, calendar);
                goal[resolved.isPresent() ? (resolved.get().isAfter(deadline) ? 1 : 0) : (b.now.isAfter(deadline) ? 1 : 2)]++;

                List<ReferenceReplay.Cycle> cycles = ReferenceReplay.cycles(h, b.policy, b.now);
                List<SlaCycle> replayed = SlaTimeline.replay(h, b.policy, b.now).cycles();
                for (int i = 0; i < cycles.size(); i++) {
                    ReferenceReplay.Cycle c = cycles.get(i);
                    int slot = slot(c);
                    byRule.computeIfAbsent(c.rules().get(c.rules().size() - 1), k -> new long[6])[slot]++;
                    Instant decided = c.outcome() == CycleOutcome.RUNNING ? null
                            : c.outcome() == CycleOutcome.BREACHED ? replayed.get(i).breachedAt().get() : c.end();
                    if (decided != null) {
                        byWeek.computeIfAbsent(monday(decided, b.policy), k -> new long[6])[slot]++;
                    }
                    if (replayed.get(i).breachedAt().isPresent()) {
                        breached.add(replayed.get(i));
                    }
                }
            }
            assertSummary(report.firstReply().businessTime(), replyBusiness);
            assertSummary(report.firstReply().calendarTime(), replyCalendar);
            assertThat(report.firstReply().notYet()).isEqualTo(b.histories.size() - replyBusiness.size());
            assertSummary(report.resolution().businessTime(), resolvedBusiness);
            assertSummary(report.resolution().calendarTime(), resolvedCalendar);
            assertThat(report.resolution().notYet()).isEqualTo(b.histories.size() - resolvedBusiness.size());
            assertThat(new long[] {report.goal().met(), report.goal().missed(), report.goal().undecided()}).isEqualTo(goal);

            long[] all = new long[6];
            byRule.values().forEach(counts -> {
                for (int i = 0; i < 6; i++) {
                    all[i] += counts[i];
                }
            });
            assertThat(MetricsCollectorTest.counts(report.compliance())).isEqualTo(all);
            report.complianceByRule().forEach((rule, c) ->
                    assertThat(MetricsCollectorTest.counts(c)).as(rule).isEqualTo(byRule.getOrDefault(rule, new long[6])));
            assertThat(report.complianceByRule().keySet()).containsAll(byRule.keySet());

            assertThat(report.breaches().total()).isEqualTo(breached.size());
            assertThat(report.breaches().byAssignee()).isEqualTo(breached.stream().filter(c -> c.assigneeAtBreach().isPresent())
                    .collect(Collectors.groupingBy(c -> c.assigneeAtBreach().get(), TreeMap::new, Collectors.counting())));
            Map<LocalDate, Long> breachesByWeek = breached.stream()
                    .collect(Collectors.groupingBy(c -> monday(c.breachedAt().get(), b.policy), TreeMap::new, Collectors.counting()));
            TreeMap<LocalDate, Boolean> weeks = new TreeMap<>();
            byWeek.keySet().forEach(w -> weeks.put(w, true));
            breachesByWeek.keySet().forEach(w -> weeks.put(w, true));
            assertThat(report.weeks()).extracting(WeekMetrics::monday).containsExactlyElementsOf(weeks.keySet());
            for (WeekMetrics w : report.weeks()) {
                assertThat(w.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                assertThat(MetricsCollectorTest.counts(w.compliance())).isEqualTo(byWeek.getOrDefault(w.monday(), new long[6]));
                assertThat(w.breaches().total()).isEqualTo(breachesByWeek.getOrDefault(w.monday(), 0L));
            }
        });
    }

    /** met, late, breached, stopped, stopped late, running: the order of {@link MetricsCollectorTest#counts}. */
    static int slot(ReferenceReplay.Cycle c) {
        switch (c.outcome()) {
            case MET:
                return 0;
            case LATE:
                return 1;
            case BREACHED:
                return 2;
            case STOPPED:
                return c.end().isAfter(c.due()) ? 4 : 3;
            default:
                return 5;
        }
    }

    // ------------------------------------------------------------------ one more late update

    @Test
    void aHistoryWithOneMoreLateUpdate_neverHasHigherCompliance() {
        qt().withExamples(EXAMPLES * 3).forAll(Histories.examples())
                .assuming(x -> {
                    Instant now = x.history.lastEventAt().plus(Duration.ofDays(60));
                    List<SlaCycle> cycles = SlaTimeline.replay(runningAtTheEnd(x.history), x.policy, now).cycles();
                    return cycles.get(cycles.size() - 1).outcome() == CycleOutcome.BREACHED;
                })
                .checkAssert(x -> {
                    CaseHistory before = runningAtTheEnd(x.history);
                    Instant now = before.lastEventAt().plus(Duration.ofDays(60));
                    List<SlaCycle> cycles = SlaTimeline.replay(before, x.policy, now).cycles();
                    SlaCycle last = cycles.get(cycles.size() - 1);
                    Instant earliest = (last.due().isAfter(before.lastEventAt()) ? last.due() : before.lastEventAt()).plusNanos(1);
                    Instant late = earliest.plusNanos(x.random.nextLong(Duration.between(earliest, now).toNanos() + 1));
                    List<CaseEvent> events = new ArrayList<>(before.events());
                    events.add(CaseEvent.updateSent(before.caseId(), late));
                    CaseHistory after = CaseHistory.of(events);
                    after = before.calendar().map(after::withCalendar).orElse(after);

                    MetricsCollector a = MetricsCollector.of(x.policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
                    a.add(before);
                    MetricsCollector b = MetricsCollector.of(x.policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
                    b.add(after);
                    MetricsReport ra = a.report();
                    MetricsReport rb = b.report();

                    assertNotHigher(rb.compliance(), ra.compliance());
                    ra.complianceByRule().forEach((rule, c) -> assertNotHigher(rb.complianceByRule().get(rule), c));
                    assertThat(rb.compliance().late()).isEqualTo(ra.compliance().late() + 1);
                });
    }

    /** The history, reopened an hour after its last event if its clock does not run at the end. */
    static CaseHistory runningAtTheEnd(CaseHistory h) {
        SupportCase last = h.snapshotAt(h.lastEventAt());
        if (last.status().isClockRunning()) {
            return h;
        }
        List<CaseEvent> events = new ArrayList<>(h.events());
        events.add(CaseEvent.reopened(h.caseId(), h.lastEventAt().plus(Duration.ofHours(1))));
        CaseHistory reopened = CaseHistory.of(events);
        return h.calendar().map(reopened::withCalendar).orElse(reopened);
    }

    static void assertNotHigher(Compliance after, Compliance before) {
        assertThat(after.kept()).isLessThanOrEqualTo(before.kept());
        assertThat(after.missed()).isGreaterThanOrEqualTo(before.missed());
        OptionalDouble a = after.rate();
        OptionalDouble b = before.rate();
        if (b.isEmpty()) {
            assertThat(a.isEmpty() || a.getAsDouble() == 0).isTrue();
        } else {
            assertThat(a).isPresent();
            assertThat(a.getAsDouble()).isLessThanOrEqualTo(b.getAsDouble());
        }
    }
}
