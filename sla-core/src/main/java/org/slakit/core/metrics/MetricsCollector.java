package org.slakit.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import org.slakit.core.DurationClock;
import org.slakit.core.SlaRule;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.ClockCycle;
import org.slakit.core.history.SlaCycle;
import org.slakit.core.history.SlaTimeline;

/**
 * Collects the metrics management tracks over many case histories, in one pass: feed each history
 * (or its {@link SlaTimeline}) once with {@link #add}, then take the {@link #report()}.
 *
 * <pre>
 * MetricsCollector metrics = MetricsCollector.of(policy, monthEnd, ResolutionGoal.parse("80% within 24 hours"));
 * histories.forEach(h -&gt; h.upTo(monthEnd).ifPresent(metrics::add));
 * MetricsReport report = metrics.report();
 * report.goal().verdict();                          // PASS or FAIL
 * report.complianceByRule().get("open").rate();     // share of "open" updates sent in time
 * report.breaches().byAssignee();                   // {ana=3, bo=1}
 * </pre>
 *
 * <h2>What is computed</h2>
 * See {@link MetricsReport}, {@link Compliance}, {@link GoalResult}, {@link Breaches} and
 * {@link WeekMetrics}. First reply and resolution times are measured from the creation, in business
 * time on the case's calendar (else the policy's default calendar) and in calendar (elapsed) time;
 * each gives count, mean, median, 90th percentile, minimum and maximum, with exact nearest-rank
 * percentiles ({@link DurationStats}).
 *
 * <h2>Memory</h2>
 * Nothing is kept per case except the four durations the percentiles need (first reply and
 * resolution, in business and calendar time: at most 32 bytes per case, in {@link DurationStats});
 * every other figure is a count, kept per rule, per assignee and per week. The collector does not
 * remember which cases it saw, so feeding the same case twice counts it twice.
 *
 * <h2>Order</h2>
 * The report depends only on the set of cases fed, not on their order, and collectors fed with
 * parts of the cases can be {@link #merge merged}.
 *
 * <p>This class is mutable and not thread-safe: feed it from one thread, or one collector per
 * thread and merge them.
 */
public final class MetricsCollector {

    private final SlaPolicy policy;
    private final Instant now;
    private final ResolutionGoal goal;
    private final ZoneId zone;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final long[][] byRule;
    private final long[] all = new long[Compliance.SIZE];
    /** Per duration clock: all its cycles, by rule, by team. */
    private final Map<String, long[]> byClock = new HashMap<>();
    private final Map<String, Map<String, long[]>> byClockRule = new HashMap<>();
    private final Map<String, Map<String, long[]>> byClockTeam = new HashMap<>();

    private long cases;
    private final DurationStats replyBusiness = new DurationStats();
    private final DurationStats replyCalendar = new DurationStats();
    private long noReply;
    private final DurationStats resolutionBusiness = new DurationStats();
    private final DurationStats resolutionCalendar = new DurationStats();
    private long unresolved;
    private long goalMet;
    private long goalMissed;
    private long goalUndecided;
    private final Map<String, long[]> breachesByAssignee = new HashMap<>();
    private long breachesUnassigned;
    private final Map<Long, Week> weeks = new HashMap<>();
    private final WeekDays weekDays;
    /** The week {@link #week} found last, and its Monday. */
    private Week lastWeek;
    private long lastMonday;

    /** Counts of one week, keyed by the epoch day of its Monday. */
    private static final class Week {
        final long[] counts = new long[Compliance.SIZE];
        final Map<String, long[]> breachesByAssignee = new HashMap<>();
        long breachesUnassigned;
    }

    private MetricsCollector(SlaPolicy policy, Instant now, ResolutionGoal goal) {
        this.policy = policy;
        this.now = now;
        this.goal = goal;
        this.zone = policy.defaultCalendar().zone();
        this.weekDays = new WeekDays(zone);
        List<SlaRule> rules = policy.rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).name(), i);
        }
        this.byRule = new long[rules.size()][Compliance.SIZE];
    }

    /**
     * Starts an empty collector.
     *
     * @param policy the policy the cases are replayed through
     * @param now the instant the cases are replayed up to: the instant of the report
     * @param goal the resolution goal, such as {@link ResolutionGoal#EIGHTY_PERCENT_IN_24_HOURS}
     * @return the collector
     */
    public static MetricsCollector of(SlaPolicy policy, Instant now, ResolutionGoal goal) {
        return new MetricsCollector(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(now, "now"),
                Objects.requireNonNull(goal, "goal"));
    }

    /**
     * Replays a history through the collector's policy up to its {@code now}, and adds it.
     *
     * @param history the case's events, none after {@code now}
     * @return the timeline of the case, for whoever wants its cycles too
     * @throws IllegalArgumentException as {@link SlaTimeline#replay}: naming the case, if it was
     *         created after {@code now} or has an event after {@code now}
     */
    public SlaTimeline add(CaseHistory history) {
        SlaTimeline timeline = SlaTimeline.replay(history, policy, now);
        accept(timeline);
        return timeline;
    }

    /**
     * Adds a case already replayed.
     *
     * @param timeline the case, replayed through this collector's policy up to its {@code now}
     * @throws IllegalArgumentException naming the case, if it was replayed up to another instant or
     *         through another policy
     */
    public void add(SlaTimeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        if (!timeline.now().equals(now)) {
            throw new IllegalArgumentException("Case " + timeline.caseId() + " was replayed up to " + timeline.now()
                    + ", not up to the collector's instant " + now);
        }
        if (timeline.policy() != policy && !timeline.policy().equals(policy)) {
            throw new IllegalArgumentException("Case " + timeline.caseId()
                    + " was replayed through another policy than the collector's");
        }
        accept(timeline);
    }

    private void accept(SlaTimeline t) {
        cases++;
        Instant created = t.created();
        BusinessCalendar calendar = t.calendar();
        Instant reply = t.firstReply().orElse(null);
        if (reply == null) {
            noReply++;
        } else {
            replyBusiness.add(calendar.between(created, reply));
            replyCalendar.add(Duration.between(created, reply));
        }
        Instant resolved = t.resolvedAt().orElse(null);
        Instant deadline = goal.deadline(created, calendar);
        if (resolved == null) {
            unresolved++;
            if (now.isAfter(deadline)) {
                goalMissed++;
            } else {
                goalUndecided++;
            }
        } else {
            resolutionBusiness.add(calendar.between(created, resolved));
            resolutionCalendar.add(Duration.between(created, resolved));
            if (resolved.isAfter(deadline)) {
                goalMissed++;
            } else {
                goalMet++;
            }
        }
        if (!policy.clocks().isEmpty()) {
            for (ClockCycle c : t.clockCycles()) {
                int slot = Compliance.slot(c);
                byClock.computeIfAbsent(c.clock(), k -> new long[Compliance.SIZE])[slot]++;
                byClockRule.computeIfAbsent(c.clock(), k -> new HashMap<>())
                        .computeIfAbsent(c.rule().name(), k -> new long[Compliance.SIZE])[slot]++;
                byClockTeam.computeIfAbsent(c.clock(), k -> new HashMap<>())
                        .computeIfAbsent(c.team().orElse(MetricsReport.NO_TEAM), k -> new long[Compliance.SIZE])[slot]++;
            }
        }
        for (SlaCycle c : t.cycles()) {
            int slot = Compliance.slot(c);
            all[slot]++;
            byRule[ruleIndex.get(c.rule().name())][slot]++;
            Instant decided = slot == Compliance.RUNNING ? null
                    : slot == Compliance.BREACHED ? c.breachedAt().orElseThrow() : c.end();
            if (decided != null) {
                week(decided).counts[slot]++;
            }
            if (c.breachedAt().isPresent()) {
                String who = c.assigneeAtBreach().orElse(null);
                Week w = week(c.breachedAt().get());
                if (who == null) {
                    breachesUnassigned++;
                    w.breachesUnassigned++;
                } else {
                    breachesByAssignee.computeIfAbsent(who, k -> new long[1])[0]++;
                    w.breachesByAssignee.computeIfAbsent(who, k -> new long[1])[0]++;
                }
            }
        }
    }

    private Week week(Instant t) {
        long monday = weekDays.monday(t);
        if (monday == lastMonday && lastWeek != null) {
            return lastWeek;
        }
        Week w = weeks.computeIfAbsent(monday, k -> new Week());
        lastMonday = monday;
        lastWeek = w;
        return w;
    }

    /**
     * The Monday of an instant's ISO week in a zone, as {@code LocalDate.ofInstant(t, zone)} gives
     * it, without asking the zone's rules at every instant: the offset is constant between two
     * transitions, so the spans of instants already seen between the same transitions keep theirs.
     * Mutable, one per collector.
     */
    static final class WeekDays {
        private static final int SPANS = 8;
        private final ZoneRules rules;
        /** Per span: its first second seen, the second of the next transition after it (or MAX_VALUE), its offset. */
        private final long[] from = new long[SPANS];
        private final long[] until = new long[SPANS];
        private final int[] offset = new int[SPANS];
        private int spans;

        WeekDays(ZoneId zone) {
            this.rules = zone.getRules();
        }

        /** @return the epoch day of the Monday of the local date of {@code t} */
        long monday(Instant t) {
            long second = t.getEpochSecond();
            int off = Integer.MIN_VALUE;
            for (int i = 0; i < spans; i++) {
                if (second >= from[i] && second < until[i]) {
                    off = offset[i];
                    break;
                }
            }
            if (off == Integer.MIN_VALUE) {
                off = rules.getOffset(t).getTotalSeconds();
                ZoneOffsetTransition next = rules.nextTransition(t);
                long end = next == null ? Long.MAX_VALUE : next.toEpochSecond();
                remember(second, end, off);
            }
            long day = Math.floorDiv(second + off, 86_400L);
            return day - Math.floorMod(day + 3, 7); // 1970-01-01, epoch day 0, was a Thursday
        }

        /** Widens the span that ends at the same transition, else adds one (replacing the last when full). */
        private void remember(long second, long end, int off) {
            for (int i = 0; i < spans; i++) {
                if (until[i] == end) {
                    from[i] = Math.min(from[i], second); // no transition between them: the same offset
                    return;
                }
            }
            int i = spans < SPANS ? spans++ : SPANS - 1;
            from[i] = second;
            until[i] = end;
            offset[i] = off;
        }
    }

    /**
     * Adds everything another collector was fed, as if its cases had been fed to this one.
     *
     * @param other a collector of the same policy, instant and goal; unchanged
     * @throws IllegalArgumentException if it has another policy, instant or goal, or is this collector
     */
    public void merge(MetricsCollector other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("A collector cannot be merged into itself");
        }
        if (!other.now.equals(now) || !other.goal.equals(goal)
                || other.policy != policy && !other.policy.equals(policy)) {
            throw new IllegalArgumentException("Cannot merge metrics of another policy, instant or goal: "
                    + other.now + " and " + other.goal + " into " + now + " and " + goal);
        }
        cases += other.cases;
        replyBusiness.merge(other.replyBusiness);
        replyCalendar.merge(other.replyCalendar);
        noReply += other.noReply;
        resolutionBusiness.merge(other.resolutionBusiness);
        resolutionCalendar.merge(other.resolutionCalendar);
        unresolved += other.unresolved;
        goalMet += other.goalMet;
        goalMissed += other.goalMissed;
        goalUndecided += other.goalUndecided;
        add(all, other.all);
        for (int i = 0; i < byRule.length; i++) {
            add(byRule[i], other.byRule[i]);
        }
        mergeCounts(breachesByAssignee, other.breachesByAssignee);
        other.byClock.forEach((k, v) -> add(byClock.computeIfAbsent(k, x -> new long[Compliance.SIZE]), v));
        mergeNested(byClockRule, other.byClockRule);
        mergeNested(byClockTeam, other.byClockTeam);
        breachesUnassigned += other.breachesUnassigned;
        other.weeks.forEach((monday, w) -> {
            Week mine = weeks.computeIfAbsent(monday, k -> new Week());
            add(mine.counts, w.counts);
            mergeCounts(mine.breachesByAssignee, w.breachesByAssignee);
            mine.breachesUnassigned += w.breachesUnassigned;
        });
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static void mergeNested(Map<String, Map<String, long[]>> into, Map<String, Map<String, long[]>> from) {
        from.forEach((outer, inner) -> inner.forEach((k, v) -> add(into.computeIfAbsent(outer, x -> new HashMap<>())
                .computeIfAbsent(k, x -> new long[Compliance.SIZE]), v)));
    }

    private static void mergeCounts(Map<String, long[]> into, Map<String, long[]> from) {
        from.forEach((name, n) -> into.computeIfAbsent(name, k -> new long[1])[0] += n[0]);
    }

    /** @return the number of cases fed so far */
    public long cases() {
        return cases;
    }

    /**
     * The metrics of the cases fed so far. The collector can be fed more afterwards.
     *
     * @return the report
     */
    public MetricsReport report() {
        Map<String, Compliance> rules = new LinkedHashMap<>();
        List<SlaRule> list = policy.rules();
        for (int i = 0; i < list.size(); i++) {
            rules.put(list.get(i).name(), Compliance.of(byRule[i]));
        }
        List<WeekMetrics> weekList = new ArrayList<>();
        new TreeMap<>(weeks).forEach((monday, w) -> weekList.add(WeekMetrics.of(LocalDate.ofEpochDay(monday),
                Compliance.of(w.counts), Breaches.of(w.breachesByAssignee, w.breachesUnassigned))));
        Map<String, Compliance> clocks = new LinkedHashMap<>();
        Map<String, Map<String, Compliance>> clockRules = new LinkedHashMap<>();
        Map<String, Map<String, Compliance>> clockTeams = new LinkedHashMap<>();
        for (DurationClock clock : policy.clocks()) {
            String name = clock.name();
            clocks.put(name, Compliance.of(byClock.getOrDefault(name, new long[Compliance.SIZE])));
            Map<String, Compliance> perRule = new LinkedHashMap<>();
            Map<String, long[]> counted = byClockRule.getOrDefault(name, Map.of());
            for (SlaRule r : clock.rules()) {
                perRule.put(r.name(), Compliance.of(counted.getOrDefault(r.name(), new long[Compliance.SIZE])));
            }
            clockRules.put(name, Collections.unmodifiableMap(perRule));
            Map<String, Compliance> perTeam = new TreeMap<>();
            byClockTeam.getOrDefault(name, Map.of()).forEach((team, n) -> perTeam.put(team, Compliance.of(n)));
            clockTeams.put(name, Collections.unmodifiableMap(perTeam));
        }
        return new MetricsReport(now, zone, cases, Collections.unmodifiableMap(clocks),
                Collections.unmodifiableMap(clockRules), Collections.unmodifiableMap(clockTeams),
                DurationMetric.of(replyBusiness, replyCalendar, noReply),
                DurationMetric.of(resolutionBusiness, resolutionCalendar, unresolved),
                GoalResult.of(goal, goalMet, goalMissed, goalUndecided),
                Compliance.of(all), Collections.unmodifiableMap(rules),
                Breaches.of(breachesByAssignee, breachesUnassigned), List.copyOf(weekList));
    }
}
