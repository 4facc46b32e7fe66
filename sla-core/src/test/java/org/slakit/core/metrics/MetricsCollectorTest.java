package org.slakit.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.history.WorkedHistories.CADENCE;
import static org.slakit.core.history.WorkedHistories.EMERGENCY;
import static org.slakit.core.history.WorkedHistories.PENDING;
import static org.slakit.core.history.WorkedHistories.POLICY;
import static org.slakit.core.history.WorkedHistories.REOPENED;
import static org.slakit.core.history.WorkedHistories.TEAM;
import static org.slakit.core.history.WorkedHistories.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Condition;
import org.slakit.core.DurationClock;
import org.slakit.core.ClockStart;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.Target;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaTimeline;
import org.slakit.core.history.WorkedHistories;

/**
 * Metrics of the four worked histories ({@link WorkedHistories}) at Wednesday March 18, 12:00
 * Berlin, and the seed's "80% within 24 hours". Every expected figure is worked out by hand in the
 * comments.
 */
class MetricsCollectorTest {

    static final Instant NOW = at("03-18T12:00");

    static MetricsReport workedReport() {
        MetricsCollector metrics = MetricsCollector.of(POLICY, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        for (CaseHistory h : List.of(CADENCE, PENDING, EMERGENCY, REOPENED)) {
            metrics.add(h);
        }
        return metrics.report();
    }

    static Duration h(long hours, long minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    @Test
    void firstReply() {
        DurationMetric reply = workedReport().firstReply();
        // business: C-4 0 (at night), C-5 30m, C-3 45m, C-1 1h30
        DurationSummary business = reply.businessTime();
        assertThat(business.count()).isEqualTo(4);
        assertThat(business.min()).isZero();
        assertThat(business.mean()).isEqualTo(Duration.ofSeconds(41 * 60 + 15)); // 165m / 4
        assertThat(business.median()).isEqualTo(Duration.ofMinutes(30)); // nearest rank 2 of 4
        assertThat(business.p90()).isEqualTo(Duration.ofMinutes(90)); // rank 4 of 4
        assertThat(business.max()).isEqualTo(Duration.ofMinutes(90));
        // calendar: 30m, 40m, 45m, 1h30
        DurationSummary calendar = reply.calendarTime();
        assertThat(calendar.mean()).isEqualTo(Duration.ofSeconds(51 * 60 + 15)); // 205m / 4
        assertThat(calendar.median()).isEqualTo(Duration.ofMinutes(40));
        assertThat(calendar.p90()).isEqualTo(Duration.ofMinutes(90));
        assertThat(reply.notYet()).isZero();
    }

    @Test
    void fullResolution_countsTheFinalResolutionOfAReopenedCase() {
        DurationMetric resolution = workedReport().resolution();
        // C-4 solved Wed 16:00 (7 business hours, 18 hours); C-5 closed Thu 12th 17:30 after a reopening
        // (72 business hours, 248h30m); C-3 solved Tue 17th 09:00 (88 business hours, 360 hours); C-1 runs
        DurationSummary business = resolution.businessTime();
        assertThat(business.count()).isEqualTo(3);
        assertThat(business.mean()).isEqualTo(h(55, 40)); // 167h / 3
        assertThat(business.median()).isEqualTo(h(72, 0));
        assertThat(business.p90()).isEqualTo(h(88, 0));
        assertThat(business.max()).isEqualTo(h(88, 0));
        DurationSummary calendar = resolution.calendarTime();
        assertThat(calendar.mean()).isEqualTo(h(208, 50)); // 626h30m / 3
        assertThat(calendar.median()).isEqualTo(h(248, 30));
        assertThat(calendar.p90()).isEqualTo(h(360, 0));
        assertThat(resolution.notYet()).isEqualTo(1);
    }

    @Test
    void goal_oneOfFourResolvedWithin24Hours() {
        GoalResult goal = workedReport().goal();
        // only C-4 (18 hours); C-1 is unresolved 16 days after creation: missed, not undecided
        assertThat(goal.met()).isEqualTo(1);
        assertThat(goal.missed()).isEqualTo(3);
        assertThat(goal.undecided()).isZero();
        assertThat(goal.share()).hasValue(0.25);
        assertThat(goal.verdict()).isEqualTo(GoalResult.Verdict.FAIL);
        assertThat(goal).hasToString("80% within 24 hours: FAIL, 1 of 4 (25.0%), 0 undecided");
    }

    @Test
    void complianceOverallAndPerRule() {
        MetricsReport report = workedReport();
        // C-1: 3 met, 1 late, 1 breached; C-3: 2 met, 1 stopped; C-4: 3 met, 1 late; C-5: 2 met, 2 stopped
        Compliance all = report.compliance();
        assertThat(all.met()).isEqualTo(10);
        assertThat(all.late()).isEqualTo(2);
        assertThat(all.breached()).isEqualTo(1);
        assertThat(all.stopped()).isEqualTo(3);
        assertThat(all.stoppedLate()).isZero();
        assertThat(all.running()).isZero();
        assertThat(all.missed()).isEqualTo(3);
        assertThat(all.rate()).hasValue(10.0 / 13);
        assertThat(all).hasToString("76.9% (10 met, 2 late, 1 breached, 0 stopped late; 3 stopped, 0 running)");

        Map<String, Compliance> byRule = report.complianceByRule();
        assertThat(byRule.keySet()).containsExactly("emergency-first-response", "emergency", "first-response",
                "urgent-or-elevated", "open", "pending-internal", "pending-customer");
        assertThat(counts(byRule.get("emergency-first-response"))).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(counts(byRule.get("emergency"))).containsExactly(1, 1, 0, 0, 0, 0);
        assertThat(counts(byRule.get("first-response"))).containsExactly(3, 0, 0, 0, 0, 0);
        assertThat(counts(byRule.get("urgent-or-elevated"))).containsExactly(1, 0, 0, 0, 0, 0);
        // C-3's second cycle began pending-customer and ended under "open"
        assertThat(counts(byRule.get("open"))).containsExactly(4, 1, 1, 3, 0, 0);
        assertThat(counts(byRule.get("pending-customer"))).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(byRule.get("pending-customer").rate()).isEmpty();
    }

    /** met, late, breached, stopped, stopped late, running. */
    static long[] counts(Compliance c) {
        return new long[] {c.met(), c.late(), c.breached(), c.stopped(), c.stoppedLate(), c.running()};
    }

    @Test
    void breachesPerAssigneeAtTheTimeOfTheBreach() {
        Breaches breaches = workedReport().breaches();
        // C-1 breached Thu 12th while ana had it and Wed 18th while bo had it; C-4 at night, unassigned
        assertThat(breaches.total()).isEqualTo(3);
        assertThat(breaches.byAssignee()).containsExactly(Map.entry("ana", 1L), Map.entry("bo", 1L));
        assertThat(breaches.unassigned()).isEqualTo(1);
        assertThat(breaches).hasToString("3 (ana 1, bo 1, unassigned 1)");
    }

    @Test
    void weeks() {
        List<WeekMetrics> weeks = workedReport().weeks();
        assertThat(weeks).extracting(WeekMetrics::monday).containsExactly(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16));
        // week 1: C-1 2 met; C-3 1 met; C-4 3 met, 1 late; C-5 1 met, 1 stopped
        assertThat(counts(weeks.get(0).compliance())).containsExactly(7, 1, 0, 1, 0, 0);
        assertThat(weeks.get(0).breaches().unassigned()).isEqualTo(1);
        // week 2: C-1 1 met, 1 late (Fri 13th); C-5 1 met, 1 stopped
        assertThat(counts(weeks.get(1).compliance())).containsExactly(2, 1, 0, 1, 0, 0);
        assertThat(weeks.get(1).breaches().byAssignee()).containsExactly(Map.entry("ana", 1L));
        // week 3: C-3 1 met, 1 stopped; C-1 breached on Wednesday and still running
        assertThat(counts(weeks.get(2).compliance())).containsExactly(1, 0, 1, 1, 0, 0);
        assertThat(weeks.get(2).breaches().byAssignee()).containsExactly(Map.entry("bo", 1L));
        assertThat(workedReport().zone()).isEqualTo(TEAM.zone());
    }

    @Test
    void reportText() {
        assertThat(workedReport().toString()).startsWith("""
                4 cases at 2026-03-18T11:00:00Z
                first reply: business n=4 mean=PT41M15S median=PT30M p90=PT1H30M max=PT1H30M; \
                calendar n=4 mean=PT51M15S median=PT40M p90=PT1H30M max=PT1H30M; 0 not yet
                resolution: business n=3 mean=PT55H40M median=PT72H p90=PT88H max=PT88H; \
                calendar n=3 mean=PT208H50M median=PT248H30M p90=PT360H max=PT360H; 1 not yet
                goal 80% within 24 hours: FAIL, 1 of 4 (25.0%), 0 undecided
                compliance: 76.9% (10 met, 2 late, 1 breached, 0 stopped late; 3 stopped, 0 running)
                  emergency-first-response: 100.0% (1 met, 0 late, 0 breached, 0 stopped late; 0 stopped, 0 running)
                """).contains("""
                breaches: 3 (ana 1, bo 1, unassigned 1)
                week of 2026-03-02: 87.5% (7 met, 1 late, 0 breached, 0 stopped late; 1 stopped, 0 running); \
                breaches 1 (unassigned 1)
                """);
    }

    // ------------------------------------------------------------------ 80% within 24 hours

    static CaseHistory solved(String id, String created, String solved) {
        return CaseHistory.of(List.of(WorkedHistories.created(id, created, Priority.NORMAL),
                CaseEvent.solved(id, at(solved))));
    }

    @Test
    void eightyPercentWithin24Hours_isReachedExactly() {
        List<CaseHistory> cases = new ArrayList<>(List.of(
                solved("A", "03-16T09:00", "03-16T15:00"),               // 6 hours
                solved("B", "03-16T10:00", "03-17T10:00"),               // exactly 24 hours: in time
                solved("C", "03-16T11:00", "03-17T11:00:01"),            // one second late
                solved("D", "03-17T09:00", "03-17T09:30"),
                CaseHistory.of(List.of(WorkedHistories.created("E", "03-17T12:00", Priority.LOW),
                        CaseEvent.closed("E", at("03-18T08:00")))),      // 20 hours, closed
                CaseHistory.of(List.of(WorkedHistories.created("F", "03-18T10:00", Priority.LOW)))));
        MetricsCollector metrics = MetricsCollector.of(POLICY, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        cases.forEach(metrics::add);

        GoalResult goal = metrics.report().goal();
        assertThat(goal.met()).isEqualTo(4);
        assertThat(goal.missed()).isEqualTo(1);
        assertThat(goal.undecided()).isEqualTo(1); // F is two hours old
        assertThat(goal.verdict()).isEqualTo(GoalResult.Verdict.PASS);
        assertThat(goal).hasToString("80% within 24 hours: PASS, 4 of 5 (80.0%), 1 undecided");

        metrics.add(CaseHistory.of(List.of(WorkedHistories.created("G", "03-16T12:00", Priority.LOW))));
        GoalResult after = metrics.report().goal();
        assertThat(after.missed()).isEqualTo(2); // G is unresolved two days after creation
        assertThat(after.verdict()).isEqualTo(GoalResult.Verdict.FAIL);
        assertThat(after).hasToString("80% within 24 hours: FAIL, 4 of 6 (66.7%), 1 undecided");
    }

    @Test
    void goalInBusinessTime_isMeasuredOnTheCalendar() {
        // created Friday 16:00: 4 business hours end Monday 12:00
        ResolutionGoal goal = ResolutionGoal.parse("90% within 4 business hours");
        assertThat(goal.deadline(at("03-13T16:00"), TEAM)).isEqualTo(at("03-16T12:00"));
        assertThat(ResolutionGoal.parse("95% within 1 business day").deadline(at("03-13T16:00"), TEAM))
                .isEqualTo(at("03-16T16:00"));
        assertThat(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS.deadline(at("03-13T16:00"), TEAM))
                .isEqualTo(at("03-14T16:00"));
    }

    @Test
    void noCases() {
        MetricsReport report = MetricsCollector.of(POLICY, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS).report();
        assertThat(report.cases()).isZero();
        assertThat(report.goal().verdict()).isEqualTo(GoalResult.Verdict.NO_CASES);
        assertThat(report.goal().share()).isEmpty();
        assertThat(report.compliance().rate()).isEmpty();
        assertThat(report.firstReply().businessTime().isEmpty()).isTrue();
        assertThatThrownBy(() -> report.firstReply().businessTime().median())
                .isInstanceOf(IllegalStateException.class).hasMessage("No values to take the median of");
        assertThat(report.weeks()).isEmpty();
        assertThat(report.breaches()).hasToString("0");
    }

    // ------------------------------------------------------------------ goals

    @Test
    void goalText_roundTrips() {
        for (String text : List.of("80% within 24 hours", "95.5% within 3 business days", "100% within 90 business minutes",
                "50% within 2 weeks")) {
            assertThat(ResolutionGoal.parse(text)).hasToString(text);
            assertThat(ResolutionGoal.parse(ResolutionGoal.parse(text).toString())).isEqualTo(ResolutionGoal.parse(text));
        }
        assertThat(ResolutionGoal.of(80.0, Target.elapsed(Duration.ofHours(24)))).isEqualTo(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        assertThat(ResolutionGoal.parse(" 80 %  WITHIN 24 Hours")).isEqualTo(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
    }

    @Test
    void badGoals() {
        assertThatThrownBy(() -> ResolutionGoal.parse("80% within 1 day"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid resolution goal '80% within 1 day': Ambiguous target '1 day'")
                .hasMessageContaining("'1 business day'").hasMessageContaining("'24 hours'");
        assertThatThrownBy(() -> ResolutionGoal.parse("eighty percent in a day"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid resolution goal 'eighty percent in a day': expected '<percent>% within <target>',"
                        + " such as '80% within 24 hours'");
        assertThatThrownBy(() -> ResolutionGoal.parse("0% within 24 hours"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Resolution goal of 0.0%: expected more than 0% and at most 100%");
        assertThatThrownBy(() -> ResolutionGoal.parse("101% within 24 hours")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResolutionGoal.parse("80% within as agreed, else 1 hour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Resolution goal within 'as agreed, else 1 hour': expected a fixed time such as '24 hours'"
                        + " or '3 business days', not an agreed interval");
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void aTimelineOfAnotherInstantOrPolicy_isRejected() {
        MetricsCollector metrics = MetricsCollector.of(POLICY, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        SlaTimeline earlier = SlaTimeline.replay(CADENCE, POLICY, at("03-17T12:00"));
        assertThatThrownBy(() -> metrics.add(earlier))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1 was replayed up to 2026-03-17T11:00:00Z, not up to the collector's instant"
                        + " 2026-03-18T11:00:00Z");
        SlaPolicy strict = POLICY.withClockStart(ClockStart.LAST_UPDATE);
        assertThatThrownBy(() -> metrics.add(SlaTimeline.replay(CADENCE, strict, NOW)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1 was replayed through another policy than the collector's");
        assertThatThrownBy(() -> metrics.merge(metrics)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A collector cannot be merged into itself");
        assertThatThrownBy(() -> metrics.merge(MetricsCollector.of(strict, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(metrics.cases()).isZero();
    }

    @Test
    void aHistoryWithEventsAfterNow_isRejectedNamingTheCase() {
        MetricsCollector metrics = MetricsCollector.of(POLICY, at("03-10T12:00"), ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        assertThatThrownBy(() -> metrics.add(CADENCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Case C-1 has an event after now 2026-03-10T11:00:00Z");
        metrics.add(CADENCE.upTo(at("03-10T12:00")).orElseThrow());
        assertThat(metrics.cases()).isEqualTo(1);
    }

    @Test
    void nulls() {
        assertThatThrownBy(() -> MetricsCollector.of(null, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS)).hasMessage("policy");
        assertThatThrownBy(() -> MetricsCollector.of(POLICY, null, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS)).hasMessage("now");
        assertThatThrownBy(() -> MetricsCollector.of(POLICY, NOW, null)).hasMessage("goal");
        MetricsCollector metrics = MetricsCollector.of(POLICY, NOW, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        assertThatThrownBy(() -> metrics.add((CaseHistory) null)).hasMessage("history");
        assertThatThrownBy(() -> metrics.add((SlaTimeline) null)).hasMessage("timeline");
        assertThatThrownBy(() -> ResolutionGoal.parse(null)).hasMessage("text");
        assertThatThrownBy(() -> ResolutionGoal.of(80, null)).hasMessage("within");
        assertThatThrownBy(() -> ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS.deadline(null, TEAM)).hasMessage("created");
        assertThatThrownBy(() -> DurationSummary.of(null)).hasMessage("stats");
        assertThatThrownBy(() -> metrics.merge(null)).hasMessage("other");
    }

    /** Duration clocks in the report, merging, and the report as a value (PIT found these uncovered). */
    @Nested
    class ClocksMergingAndTheReportAsAValue {

        final SlaPolicy policy = SlaPolicy.builder(TEAM).standardRules()
                .clock(DurationClock.builder("internal").runsOnlyIn(List.of(CaseStatus.PENDING_INTERNAL))
                        .rule("engineering", Condition.waitingOn("engineering"), Target.elapsed(Duration.ofHours(48)))
                        .rule("other", Condition.always(), Target.elapsed(Duration.ofHours(24))).build())
                .build();
        final Instant now = at("03-18T16:00");

        CaseHistory waitingOn(String id, String team) {
            return CaseHistory.of(List.of(
                    CaseEvent.created(id, at("03-16T09:00"), Channel.EMAIL, Priority.NORMAL),
                    CaseEvent.updateSent(id, at("03-16T09:20")),
                    CaseEvent.statusChanged(id, at("03-16T09:30"), CaseStatus.PENDING_INTERNAL),
                    CaseEvent.waitingOn(id, at("03-16T09:30"), Optional.of(team))));
        }

        MetricsCollector collector(CaseHistory... histories) {
            MetricsCollector m = MetricsCollector.of(policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
            for (CaseHistory h : histories) {
                m.add(h);
            }
            return m;
        }

        @Test
        void theTextOfEachClock_hasItsRules_andItsTeams() {
            MetricsReport r = collector(waitingOn("W-1", "billing"), waitingOn("W-2", "engineering")).report();
            Map<String, Compliance> internal = r.complianceByClockRule().get("internal");
            Map<String, Compliance> teams = r.complianceByTeam().get("internal");
            Map<String, Compliance> resolutionTeams = r.complianceByTeam().get("resolution");
            // the resolution clock breached while each case waited on its team
            assertThat(resolutionTeams.keySet()).containsExactly("billing", "engineering");
            assertThat(r.toString()).endsWith("clock resolution: " + r.complianceByClock().get("resolution") + "\n"
                    + "  resolution: " + r.complianceByClockRule().get("resolution").get("resolution") + "\n"
                    + "  team billing: " + resolutionTeams.get("billing") + "\n"
                    + "  team engineering: " + resolutionTeams.get("engineering") + "\n"
                    + "clock internal: " + r.complianceByClock().get("internal") + "\n"
                    + "  engineering: " + internal.get("engineering") + "\n"
                    + "  other: " + internal.get("other") + "\n"
                    + "  team billing: " + teams.get("billing") + "\n"
                    + "  team engineering: " + teams.get("engineering") + "\n");
        }

        @Test
        void aSingleTeam_isShown_butNoTeamAloneIsNot() {
            MetricsReport billing = collector(waitingOn("W-1", "billing")).report();
            assertThat(billing.complianceByTeam().get("internal").keySet()).containsExactly("billing");
            assertThat(billing.toString()).contains("\n  other: " + billing.complianceByClockRule().get("internal").get("other")
                    + "\n  team billing: ");
            assertThat(billing.toString()).startsWith("1 case at 2026-03-18T15:00:00Z\n");
            CaseHistory plain = CaseHistory.of(List.of(
                    CaseEvent.created("P-1", at("03-16T09:00"), Channel.EMAIL, Priority.NORMAL),
                    CaseEvent.updateSent("P-1", at("03-16T09:20"))));
            MetricsReport none = collector(plain).report();
            assertThat(none.complianceByTeam().get("resolution").keySet()).containsExactly(MetricsReport.NO_TEAM);
            assertThat(none.toString()).doesNotContain("  team ").endsWith("  resolution: "
                    + none.complianceByClockRule().get("resolution").get("resolution") + "\n" + "clock internal: "
                    + none.complianceByClock().get("internal") + "\n"
                    + "  engineering: " + none.complianceByClockRule().get("internal").get("engineering") + "\n"
                    + "  other: " + none.complianceByClockRule().get("internal").get("other") + "\n");
        }

        @Test
        void mergingIntoAnEmptyCollector_givesTheReportOfAddingAll() {
            MetricsCollector empty = collector();
            empty.merge(collector(waitingOn("W-1", "billing"), waitingOn("W-2", "engineering")));
            MetricsReport all = collector(waitingOn("W-1", "billing"), waitingOn("W-2", "engineering")).report();
            assertThat(empty.report()).isEqualTo(all);
            assertThat(empty.report().complianceByTeam()).isEqualTo(all.complianceByTeam());
            assertThat(empty.report().complianceByClockRule()).isEqualTo(all.complianceByClockRule());
            assertThat(empty.report().complianceByClock()).isEqualTo(all.complianceByClock());
        }

        @Test
        void theReport_isAValue() {
            MetricsReport two = collector(waitingOn("W-1", "billing"), waitingOn("W-2", "engineering")).report();
            MetricsReport same = collector(waitingOn("W-1", "billing"), waitingOn("W-2", "engineering")).report();
            MetricsReport one = collector(waitingOn("W-1", "billing")).report();
            assertThat(two).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(one).isNotEqualTo("2 cases");
            assertThat(two.hashCode()).isNotEqualTo(one.hashCode());
            assertThat(two.now()).isEqualTo(now);
            assertThat(two.cases()).isEqualTo(2);
            assertThat(one.cases()).isEqualTo(1);
        }

        @Test
        void add_returnsTheTimeline() {
            CaseHistory h = waitingOn("W-1", "billing");
            assertThat(collector().add(h)).isEqualTo(SlaTimeline.replay(h, policy, now));
        }

        @Test
        void thePartsOfTheReport_areValues() {
            MetricsReport a = workedReport();
            MetricsReport c = collector(waitingOn("W-1", "billing"), waitingOn("W-2", "engineering")).report();
            assertValue(a.compliance(), workedReport().compliance(), c.compliance());
            assertValue(a.goal(), workedReport().goal(), c.goal());
            assertValue(a.breaches(), workedReport().breaches(), c.breaches());
            assertValue(a.weeks().get(0), workedReport().weeks().get(0), c.weeks().get(0));
            assertValue(a.firstReply(), workedReport().firstReply(), c.firstReply());
            assertValue(a.firstReply().businessTime(), workedReport().firstReply().businessTime(), c.firstReply().businessTime());
            assertValue(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS, ResolutionGoal.parse("80% within 24 hours"),
                    ResolutionGoal.parse("90% within 8 business hours"));
            assertThat(a.goal().goal()).isEqualTo(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
            assertThat(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS.percent()).isEqualTo(80.0);
            assertThat(ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS.within()).isEqualTo(Target.elapsed(Duration.ofHours(24)));
            // each case: a first response met at 09:20, then a pending-internal cycle still running
            assertThat(c.compliance().cycles()).isEqualTo(4);
            assertThat(c.firstReply().businessTime().isEmpty()).isFalse();
            assertThat(c.resolution().businessTime().isEmpty()).isTrue();
        }
    }

    static void assertValue(Object x, Object same, Object other) {
        assertThat(x).isEqualTo(x).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("x");
        assertThat(x.hashCode()).isNotEqualTo(other.hashCode());
    }
}
