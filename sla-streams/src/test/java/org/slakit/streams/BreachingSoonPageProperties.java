package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.slakit.core.BreachingSoon;
import org.slakit.core.CaseStatus;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaRule;
import org.slakit.core.SlaState;
import org.slakit.core.StatusChange;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * The breaching-soon view across instances: the cases spread over up to four instances (each with
 * its own store, as partitions spread over application instances), each instance's page, merged,
 * equals {@link BreachingSoon} selected over all cases at once. The same for a view of a duration
 * clock ({@link BreachingSoon#forClock}), on cases built with their status logs, checked also against
 * a slow reference that evaluates every case's clock and sorts.
 */
class BreachingSoonPageProperties {

    @Test
    void mergedPagesOfInstances_equalTheViewOverAllCases() {
        qt().withExamples(150).forAll(Feeds.feeds()).checkAssert(feed -> {
            int instances = 1 + feed.random.nextInt(4);
            BreachingSoon view = BreachingSoon.of(feed.policy)
                    .withHorizon(Duration.ofMinutes(feed.random.nextInt(8 * 60)));
            if (feed.random.nextBoolean()) {
                view = view.withLimit(1 + feed.random.nextInt(4));
            }
            if (feed.random.nextInt(4) == 0) {
                view = view.forAssignee(Feeds.pick(feed.random, Feeds.ASSIGNEES));
            }
            Instant now = feed.lastEventAt().plusSeconds(feed.random.nextLong(3 * Feeds.DAY));
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(true).build();
            List<BreachingSoonPage> pages = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                try (Harness h = new Harness(sla)) {
                    for (CaseEvent e : feed.events) {
                        if (Math.floorMod(e.caseId().hashCode(), instances) == i) {
                            h.send(e);
                        }
                    }
                    pages.add(sla.breachingSoon(h.cases(), view, now));
                }
            }
            List<org.slakit.core.SupportCase> all = new ArrayList<>();
            for (CaseHistory h : feed.histories) {
                all.add(h.snapshotAt(now));
            }
            assertThat(BreachingSoonPage.merge(pages)).isEqualTo(BreachingSoonPage.of(view.select(all, now),
                    view.limit()));
        });
    }

    @Test
    void pagesOfDifferentViews_areNotMerged() {
        BreachingSoonPage a = new BreachingSoonPage(Instant.parse("2026-03-02T08:00:00Z"), "updates", List.of(), 0, java.util.Map.of(),
                java.util.Map.of(), 0, OptionalInt.of(5));
        BreachingSoonPage b = new BreachingSoonPage(Instant.parse("2026-03-02T09:00:00Z"), "updates", List.of(), 0, java.util.Map.of(),
                java.util.Map.of(), 0, OptionalInt.of(5));
        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of(a, b))).hasMessage("Breaching-soon pages of different "
                + "views cannot be merged: one at 2026-03-02T08:00:00Z with limit OptionalInt[5], another at "
                + "2026-03-02T09:00:00Z with limit OptionalInt[5]");
        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of()))
                .hasMessage("Nothing to merge: expected at least one breaching-soon page");
    }

    @Test
    void merge_takesTheEarliestDueOfAllParts_andSumsTheCounts() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        BreachingSoonPage.Entry c1 = new BreachingSoonPage.Entry("C-1", SlaState.BREACHED, "open",
                Instant.parse("2026-03-02T07:00:00Z"), Optional.of("ana"));
        BreachingSoonPage.Entry c2 = new BreachingSoonPage.Entry("C-2", SlaState.AT_RISK, "open",
                Instant.parse("2026-03-02T09:00:00Z"), Optional.empty());
        BreachingSoonPage.Entry c3 = new BreachingSoonPage.Entry("C-3", SlaState.AT_RISK, "first-response",
                Instant.parse("2026-03-02T08:30:00Z"), Optional.of("bo"));
        BreachingSoonPage a = new BreachingSoonPage(now, "updates", List.of(c1, c2), 5, java.util.Map.of("open", 5L),
                java.util.Map.of("ana", 4L), 1, OptionalInt.of(2));
        BreachingSoonPage b = new BreachingSoonPage(now, "updates", List.of(c3), 1, java.util.Map.of("first-response", 1L),
                java.util.Map.of("bo", 1L), 0, OptionalInt.of(2));
        BreachingSoonPage m = BreachingSoonPage.merge(List.of(a, b));
        assertThat(m.entries()).containsExactly(c1, c3);
        assertThat(m.total()).isEqualTo(6);
        assertThat(m.countsByRule()).containsOnly(java.util.Map.entry("open", 5L), java.util.Map.entry("first-response", 1L));
        assertThat(m.countsByAssignee()).containsOnly(java.util.Map.entry("ana", 4L), java.util.Map.entry("bo", 1L));
        assertThat(m.unassigned()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ views of a duration clock

    /**
     * Next to the update cadence: the standard {@code resolution} clock (24 hours, no pauses), a
     * clock {@code fix} that pauses while the customer is asked, and a clock {@code internal} that
     * runs only while another team has the case.
     */
    static final SlaPolicy CLOCKS = SlaPolicy.parse("""
            standard rules
            clock fix
            pauses in pending-customer
            rule urgent when priority urgent then 8 hours
            rule rest when always then 3 business days
            clock internal
            runs in pending-internal
            rule all when always then 4 hours
            calendar
            zone Europe/Berlin
            Mon-Fri 09:00-17:00
            """);
    /** Monday 2026-03-02, 07:00 in Berlin. */
    static final Instant MONDAY = Instant.parse("2026-03-02T06:00:00Z");
    static final List<String> CLOCK_NAMES = List.of("fix", "fix", "fix", "resolution", "internal", "updates");
    static final List<CaseStatus> NEXT_STATUSES = List.of(CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER,
            CaseStatus.PENDING_CUSTOMER, CaseStatus.PENDING_INTERNAL, CaseStatus.SOLVED, CaseStatus.CLOSED);
    static final long QUARTER = 15 * 60;
    /**
     * Gaps between status changes, in quarter hours from the first to the second number: up to 2
     * hours, up to 10 hours, 6 to 8 hours (an urgent fix runs 8, and is at risk from 6), up to a day.
     */
    static final List<int[]> GAPS = List.of(new int[] {1, 8}, new int[] {1, 40}, new int[] {24, 32},
            new int[] {1, 96});

    @Test
    void mergedPagesOfAClockView_equalTheViewOverAllCases_andTheSlowReference() {
        AtomicInteger clockViews = new AtomicInteger();
        AtomicInteger pausedEntries = new AtomicInteger();
        AtomicInteger pausedAfterDated = new AtomicInteger();
        AtomicInteger split = new AtomicInteger();
        Gen<Long> seeds = SourceDSL.longs().all();
        qt().withExamples(400).forAll(seeds).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<SupportCase> cases = randomCases(r);
            Instant now = cases.stream().map(SupportCase::statusSince).max(Comparator.naturalOrder()).orElseThrow()
                    .plusSeconds(QUARTER * r.nextInt(4 * 48));
            BreachingSoon view = BreachingSoon.of(CLOCKS).forClock(Feeds.pick(r, CLOCK_NAMES))
                    .withHorizon(Duration.ofSeconds(r.nextBoolean() ? 0 : QUARTER * r.nextInt(4 * 48)));
            if (r.nextBoolean()) {
                view = view.withLimit(1 + r.nextInt(5));
            }
            if (r.nextInt(4) == 0) {
                view = view.forAssignee(Feeds.pick(r, Feeds.ASSIGNEES));
            }
            int instances = 1 + r.nextInt(4);
            List<List<SupportCase>> parts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                parts.add(new ArrayList<>());
            }
            for (SupportCase c : cases) {
                parts.get(r.nextInt(instances)).add(c);
            }
            List<BreachingSoonPage> pages = new ArrayList<>();
            for (List<SupportCase> part : parts) {
                pages.add(BreachingSoonPage.of(view.select(part, now), view.limit()));
            }

            BreachingSoonPage merged = BreachingSoonPage.merge(pages);

            assertThat(merged).isEqualTo(BreachingSoonPage.of(view.select(cases, now), view.limit()));
            assertThat(merged).isEqualTo(reference(view, cases, now));
            assertThat(merged.clock()).isEqualTo(view.clock());
            if (!view.clock().equals("updates")) {
                clockViews.incrementAndGet();
            }
            long paused = merged.entries().stream().filter(e -> e.due().isEmpty()).count();
            pausedEntries.addAndGet((int) paused);
            if (paused > 0 && paused < merged.entries().size()) {
                pausedAfterDated.incrementAndGet();
            }
            if (instances > 1 && pages.stream().filter(p -> !p.entries().isEmpty()).count() > 1) {
                split.incrementAndGet();
            }
        });
        // the examples did exercise what the law is about
        assertThat(clockViews.get()).as("clock views").isGreaterThan(100);
        assertThat(pausedEntries.get()).as("paused entries").isGreaterThan(20);
        assertThat(pausedAfterDated.get()).as("pages with paused and dated entries").isGreaterThan(10);
        assertThat(split.get()).as("views with entries on several instances").isGreaterThan(50);
    }

    /**
     * 1 to 12 cases created over three days from {@link #MONDAY}, each with a random status log
     * (pending customer more likely than the others, the more so as the current status; solved and
     * closed included), instants on the quarter hour so that due instants tie, urgent priority for
     * about half, assignees at random.
     */
    static List<SupportCase> randomCases(SplittableRandom r) {
        int n = 1 + r.nextInt(12);
        List<SupportCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant created = MONDAY.plusSeconds(QUARTER * r.nextInt(4 * 72));
            List<StatusChange> log = new ArrayList<>();
            log.add(StatusChange.of(CaseStatus.OPEN, created));
            Instant t = created;
            int changes = r.nextInt(6);
            for (int k = 0; k < changes; k++) {
                int[] gap = Feeds.pick(r, GAPS);
                t = t.plusSeconds(QUARTER * (gap[0] + r.nextInt(gap[1] - gap[0] + 1)));
                log.add(StatusChange.of(k == changes - 1 && r.nextBoolean() ? CaseStatus.PENDING_CUSTOMER
                        : Feeds.pick(r, NEXT_STATUSES), t));
            }
            StatusChange last = log.get(log.size() - 1);
            SupportCase.Builder b = SupportCase.builder(String.format("K-%02d", r.nextInt(100)) + "-" + i, created)
                    .priority(r.nextBoolean() ? Priority.URGENT : Priority.values()[r.nextInt(Priority.values().length)])
                    .status(last.status()).statusSince(last.since())
                    .earlierStatuses(log.subList(0, log.size() - 1));
            if (r.nextInt(3) > 0) {
                b.assignee(Feeds.pick(r, Feeds.ASSIGNEES));
            }
            cases.add(b.build());
        }
        return cases;
    }

    /**
     * The page by definition, slowly: every case of the assignee evaluated, the watched clock's state,
     * rule and due instant taken, kept when at risk or breached or on track and due within the
     * horizon, sorted with those without a due instant last, the first {@code limit} kept, counts
     * over all kept.
     */
    static BreachingSoonPage reference(BreachingSoon view, List<SupportCase> cases, Instant now) {
        Instant horizonEnd = now.plus(view.horizon());
        List<BreachingSoonPage.Entry> in = new ArrayList<>();
        Map<String, Long> byRule = new LinkedHashMap<>();
        Map<String, Long> byAssignee = new LinkedHashMap<>();
        long unassigned = 0;
        for (SupportCase c : cases) {
            if (view.assignee().isPresent() && !view.assignee().equals(c.assignee())) {
                continue;
            }
            Evaluation e = view.policy().evaluate(c, now);
            SlaState state;
            Optional<Instant> due;
            Optional<SlaRule> rule;
            if (view.clock().equals("updates")) {
                state = e.state();
                due = e.due();
                rule = e.rule();
            } else {
                ClockEvaluation ce = e.clock(view.clock()).orElseThrow();
                state = ce.state();
                due = ce.due();
                rule = ce.rule();
            }
            boolean inView = state == SlaState.AT_RISK || state == SlaState.BREACHED
                    || state == SlaState.ON_TRACK && due.isPresent() && !due.get().isAfter(horizonEnd);
            if (!inView) {
                continue;
            }
            in.add(new BreachingSoonPage.Entry(c.id(), state, rule.orElseThrow().name(), due, c.assignee()));
            byRule.merge(rule.get().name(), 1L, Long::sum);
            if (c.assignee().isPresent()) {
                byAssignee.merge(c.assignee().get(), 1L, Long::sum);
            } else {
                unassigned++;
            }
        }
        in.sort(Comparator.comparing((BreachingSoonPage.Entry x) -> x.due().isEmpty())
                .thenComparing(x -> x.due().orElse(Instant.MIN)).thenComparing(BreachingSoonPage.Entry::caseId));
        int n = Math.min(view.limit().orElse(Integer.MAX_VALUE), in.size());
        return new BreachingSoonPage(now, view.clock(), in.subList(0, n), in.size(), byRule, byAssignee, unassigned,
                view.limit());
    }

    /** Wednesday 2026-03-04, 12:00 in Berlin. */
    static final Instant WEDNESDAY_NOON = Instant.parse("2026-03-04T11:00:00Z");

    static SupportCase urgent(String id, String created, String pendingCustomerSince) {
        Instant c = Instant.parse(created);
        return SupportCase.builder(id, c).priority(Priority.URGENT).status(CaseStatus.PENDING_CUSTOMER)
                .statusSince(Instant.parse(pendingCustomerSince)).earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, c)))
                .build();
    }

    /**
     * Seven cases on the clock {@code fix} (urgent: 8 hours; else 3 business days, Mon-Fri 09:00-17:00
     * Berlin; at risk from 75%) at Wednesday noon in Berlin, 11:00Z, with a horizon of 4 hours (to
     * 15:00Z), worked out by hand.
     */
    static List<SupportCase> handWritten() {
        return List.of(
                // urgent, open since Monday 08:00Z: 8 hours ran out Monday 16:00Z
                SupportCase.builder("K-4", Instant.parse("2026-03-02T08:00:00Z")).priority(Priority.URGENT).build(),
                // urgent: open 02:00-04:00Z (2 h), pending customer 04:00-09:00Z (paused), open since 09:00Z
                // (2 h by now): 4 of 8 hours used, on track, due 11:00Z + 4 h left = 15:00Z, at the
                // horizon's end
                SupportCase.builder("K-1", Instant.parse("2026-03-04T02:00:00Z")).priority(Priority.URGENT)
                        .status(CaseStatus.OPEN).statusSince(Instant.parse("2026-03-04T09:00:00Z"))
                        .earlierStatuses(List.of(StatusChange.of(CaseStatus.OPEN, Instant.parse("2026-03-04T02:00:00Z")),
                                StatusChange.of(CaseStatus.PENDING_CUSTOMER, Instant.parse("2026-03-04T04:00:00Z"))))
                        .build(),
                // normal, open since Monday 09:00 Berlin: 3 business days = 24 business hours, 19 used
                // (Mon 8, Tue 8, Wed 3) = 79%: at risk, due Wednesday 17:00 Berlin = 16:00Z
                SupportCase.builder("K-2", Instant.parse("2026-03-02T08:00:00Z")).assignee("ana").build(),
                // urgent, open 03:00-09:30Z then pending customer: 6.5 of 8 hours = 81%, at risk, paused
                urgent("K-5", "2026-03-04T03:00:00Z", "2026-03-04T09:30:00Z"),
                // urgent, open 01:00-08:00Z then pending customer: 7 of 8 hours, at risk, paused
                SupportCase.builder("K-3", Instant.parse("2026-03-04T01:00:00Z")).priority(Priority.URGENT)
                        .status(CaseStatus.PENDING_CUSTOMER).statusSince(Instant.parse("2026-03-04T08:00:00Z"))
                        .assignee("bo").build(),
                // urgent, open 05:00-10:00Z then pending customer: 5 of 8 hours = 62.5%, on track and
                // paused, so no due instant: never in the view, whatever the horizon
                urgent("K-6", "2026-03-04T05:00:00Z", "2026-03-04T10:00:00Z"),
                // urgent, breached Monday 16:00Z, solved Monday 20:00Z: the clock stopped, not in the view
                SupportCase.builder("K-7", Instant.parse("2026-03-02T08:00:00Z")).priority(Priority.URGENT)
                        .status(CaseStatus.SOLVED).statusSince(Instant.parse("2026-03-02T20:00:00Z")).build());
    }

    @Test
    void aClockView_handWritten_pausedEntriesLastByCaseId_mergedFromTwoInstances() {
        List<SupportCase> cases = handWritten();
        BreachingSoon view = BreachingSoon.of(CLOCKS).forClock("fix").withHorizon(Duration.ofHours(4));
        BreachingSoonPage.Entry k4 = new BreachingSoonPage.Entry("K-4", SlaState.BREACHED, "urgent",
                Optional.of(Instant.parse("2026-03-02T16:00:00Z")), Optional.empty());
        BreachingSoonPage.Entry k1 = new BreachingSoonPage.Entry("K-1", SlaState.ON_TRACK, "urgent",
                Optional.of(Instant.parse("2026-03-04T15:00:00Z")), Optional.empty());
        BreachingSoonPage.Entry k2 = new BreachingSoonPage.Entry("K-2", SlaState.AT_RISK, "rest",
                Optional.of(Instant.parse("2026-03-04T16:00:00Z")), Optional.of("ana"));
        BreachingSoonPage.Entry k3 = new BreachingSoonPage.Entry("K-3", SlaState.AT_RISK, "urgent", Optional.empty(),
                Optional.of("bo"));
        BreachingSoonPage.Entry k5 = new BreachingSoonPage.Entry("K-5", SlaState.AT_RISK, "urgent", Optional.empty(),
                Optional.empty());

        BreachingSoonPage all = BreachingSoonPage.of(view.select(cases, WEDNESDAY_NOON), view.limit());

        assertThat(all.clock()).isEqualTo("fix");
        assertThat(all.entries()).containsExactly(k4, k1, k2, k3, k5);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.countsByRule()).containsOnly(Map.entry("urgent", 4L), Map.entry("rest", 1L));
        assertThat(all.countsByAssignee()).containsOnly(Map.entry("ana", 1L), Map.entry("bo", 1L));
        assertThat(all.unassigned()).isEqualTo(3);
        assertThat(all).isEqualTo(reference(view, cases, WEDNESDAY_NOON));

        // two instances, limit 4: K-4, K-5, K-6 on one, the rest on the other
        BreachingSoon four = view.withLimit(4);
        BreachingSoonPage a = BreachingSoonPage.of(four.select(List.of(cases.get(0), cases.get(3), cases.get(5)),
                WEDNESDAY_NOON), four.limit());
        BreachingSoonPage b = BreachingSoonPage.of(four.select(List.of(cases.get(1), cases.get(2), cases.get(4),
                cases.get(6)), WEDNESDAY_NOON), four.limit());
        assertThat(a.entries()).containsExactly(k4, k5);
        assertThat(b.entries()).containsExactly(k1, k2, k3);

        BreachingSoonPage merged = BreachingSoonPage.merge(List.of(a, b));

        assertThat(merged.entries()).containsExactly(k4, k1, k2, k3);
        assertThat(merged.total()).isEqualTo(5);
        assertThat(merged.countsByRule()).containsOnly(Map.entry("urgent", 4L), Map.entry("rest", 1L));
        assertThat(merged).isEqualTo(BreachingSoonPage.of(four.select(cases, WEDNESDAY_NOON), four.limit()));
        assertThat(BreachingSoonPage.merge(List.of(b, a))).isEqualTo(merged);
        assertThat(BreachingSoonPage.merge(List.of(a, b)).toString()).isEqualTo(String.join(System.lineSeparator(),
                "Breaching soon (clock fix) at 2026-03-04T11:00:00Z: 5 cases, by rule {rest=1, urgent=4}, unassigned 3",
                "  2026-03-02T16:00:00Z             BREACHED  K-4        urgent                     -",
                "  2026-03-04T15:00:00Z             ON_TRACK  K-1        urgent                     -",
                "  2026-03-04T16:00:00Z             AT_RISK   K-2        rest                       ana",
                "  paused                           AT_RISK   K-3        urgent                     bo"));
        // a nanosecond less of horizon and K-1 (on track) leaves the view; K-6 (on track, paused) is never in it
        assertThat(BreachingSoonPage.of(view.withHorizon(Duration.ofHours(4).minusNanos(1)).select(cases,
                WEDNESDAY_NOON), OptionalInt.empty()).entries()).containsExactly(k4, k2, k3, k5);
        assertThat(BreachingSoonPage.of(view.withHorizon(Duration.ZERO).select(cases, WEDNESDAY_NOON),
                OptionalInt.empty()).entries()).containsExactly(k4, k2, k3, k5);
        assertThat(BreachingSoonPage.of(view.withHorizon(Duration.ofDays(30)).select(cases, WEDNESDAY_NOON),
                OptionalInt.empty()).entries()).extracting(BreachingSoonPage.Entry::caseId)
                .containsExactly("K-4", "K-1", "K-2", "K-3", "K-5");
    }

    @Test
    void theUpdateCadencesPage_ofTheSameCases_isTheCasesOwnEvaluation_withEveryDueInstant() {
        List<SupportCase> cases = handWritten();
        BreachingSoon view = BreachingSoon.of(CLOCKS).withHorizon(Duration.ofHours(2));
        BreachingSoonPage page = BreachingSoonPage.of(view.select(cases, WEDNESDAY_NOON), view.limit());

        assertThat(page.clock()).isEqualTo("updates");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.due()).isPresent());
        assertThat(page.countsByRule().keySet()).allSatisfy(rule -> assertThat(CLOCKS.rule(rule)).isPresent());
        assertThat(page).isEqualTo(reference(view, cases, WEDNESDAY_NOON));
        assertThat(page.entries()).isSortedAccordingTo(BreachingSoonPage.ORDER);
    }

    @Test
    void pagesOfDifferentClocks_areNotMerged_namingBoth() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        BreachingSoonPage updates = new BreachingSoonPage(now, "updates", List.of(), 0, Map.of(), Map.of(), 0,
                OptionalInt.of(5));
        BreachingSoonPage fix = new BreachingSoonPage(now, "fix", List.of(), 0, Map.of(), Map.of(), 0,
                OptionalInt.of(5));
        BreachingSoonPage resolution = new BreachingSoonPage(now, "resolution", List.of(), 0, Map.of(), Map.of(), 0,
                OptionalInt.of(5));

        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of(updates, fix)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Breaching-soon pages of different clocks cannot be merged: one watches 'updates', another"
                        + " 'fix'");
        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of(fix, fix, resolution)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Breaching-soon pages of different clocks cannot be merged: one watches 'fix', another"
                        + " 'resolution'");
        // the pages of real views of two clocks, too
        List<SupportCase> cases = handWritten();
        BreachingSoon view = BreachingSoon.of(CLOCKS).withHorizon(Duration.ofHours(2));
        BreachingSoonPage ofUpdates = BreachingSoonPage.of(view.select(cases, WEDNESDAY_NOON), view.limit());
        BreachingSoonPage ofFix = BreachingSoonPage.of(view.forClock("fix").select(cases, WEDNESDAY_NOON),
                view.limit());
        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of(ofFix, ofUpdates)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Breaching-soon pages of different clocks cannot be merged: one watches 'fix', another"
                        + " 'updates'");
        assertThat(BreachingSoonPage.merge(List.of(ofFix))).isEqualTo(ofFix);
    }

    @Test
    void anEntryWithoutADueInstant_isAnAtRiskEntryOfADurationClock() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        assertThatThrownBy(() -> new BreachingSoonPage.Entry("C-1", SlaState.BREACHED, "urgent", Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1: no due instant with state BREACHED: only a paused clock short of its target has"
                        + " none, and it is in the view only when at risk");
        assertThatThrownBy(() -> new BreachingSoonPage.Entry("C-1", SlaState.ON_TRACK, "urgent", Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Case C-1: no due instant with state ON_TRACK");
        assertThatThrownBy(() -> new BreachingSoonPage.Entry("C-1", SlaState.NOT_RUNNING, "urgent", Optional.of(now),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1: a clock that is not running is never in the breaching-soon view");
        assertThatThrownBy(() -> new BreachingSoonPage.Entry("C-1", SlaState.AT_RISK, "urgent", (Instant) null,
                Optional.empty())).isInstanceOf(NullPointerException.class).hasMessage("due");
        BreachingSoonPage.Entry paused = new BreachingSoonPage.Entry("C-1", SlaState.AT_RISK, "urgent",
                Optional.empty(), Optional.empty());
        assertThat(new BreachingSoonPage.Entry("C-2", SlaState.AT_RISK, "open", now, Optional.empty()).due())
                .contains(now);
        assertThatThrownBy(() -> new BreachingSoonPage(now, "updates", List.of(paused), 1, Map.of(), Map.of(), 1,
                OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1 has no due instant in a page of the update cadence: only a duration clock is"
                        + " paused short of its target");
        assertThatThrownBy(() -> new BreachingSoonPage(now, " ", List.of(), 0, Map.of(), Map.of(), 0,
                OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Clock ' ' is blank: expected updates or a duration clock's name");
        assertThatThrownBy(() -> new BreachingSoonPage(now, null, List.of(), 0, Map.of(), Map.of(), 0,
                OptionalInt.empty())).isInstanceOf(NullPointerException.class).hasMessage("clock");
        assertThat(new BreachingSoonPage(now, "fix", List.of(paused), 1, Map.of("urgent", 1L), Map.of(), 1,
                OptionalInt.empty()).entries()).containsExactly(paused);
    }

    @Test
    void theOrder_putsEntriesWithoutADueInstantLast_byCaseId() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        BreachingSoonPage.Entry early = new BreachingSoonPage.Entry("Z", SlaState.BREACHED, "r", t, Optional.empty());
        BreachingSoonPage.Entry lateA = new BreachingSoonPage.Entry("A", SlaState.AT_RISK, "r", t.plusSeconds(1),
                Optional.empty());
        BreachingSoonPage.Entry lateB = new BreachingSoonPage.Entry("B", SlaState.AT_RISK, "r", t.plusSeconds(1),
                Optional.empty());
        BreachingSoonPage.Entry pausedA = new BreachingSoonPage.Entry("A0", SlaState.AT_RISK, "r", Optional.empty(),
                Optional.empty());
        BreachingSoonPage.Entry pausedB = new BreachingSoonPage.Entry("B0", SlaState.AT_RISK, "r", Optional.empty(),
                Optional.empty());
        List<BreachingSoonPage.Entry> entries = new ArrayList<>(List.of(pausedB, lateB, pausedA, early, lateA));
        entries.sort(BreachingSoonPage.ORDER);
        assertThat(entries).containsExactly(early, lateA, lateB, pausedA, pausedB);
    }
}
