package org.slakit.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaCycle;
import org.slakit.core.history.SlaTimeline;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;

/**
 * Replaying one million events (about 100,000 seeded case histories) through the standard policy
 * and collecting the metrics, next to the baseline that rebuilds the snapshot from scratch and
 * evaluates it at every event ({@code history.snapshotAt(t)} then {@code policy.evaluate}), in the
 * same run.
 *
 * <pre>
 * mvn -B -q -o package -pl sla-bench -am -DskipTests
 * java -jar sla-bench/target/benchmarks.jar ReplayBench -f 1 -wi 1 -i 3
 * </pre>
 *
 * <p>The histories: created over the 90 days before {@code now}, most within the last four weeks;
 * every priority and channel; first replies, update cadences kept and missed, pending-customer and
 * pending-internal spells, customer messages, reassignments, priority changes and elevations,
 * agreed intervals on emergencies, solves, reopenings and closes; a Berlin calendar with a lunch
 * break and holidays, a fifth of the cases on a New York, Tokyo or Sydney calendar of their own.
 * The setup fails unless the replay's state equals the baseline's at every event of the first
 * 2,000 histories, and each of their cycles carries the baseline's rule, target, clock start and
 * due instant at its end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReplayBench {

    /** How many events in all. */
    @Param("1000000")
    public int events;

    /** About how many events a history has (uniform from 2 to twice this); gaps shrink as it grows. */
    @Param("10")
    public int eventsPerCase;

    private List<CaseHistory> histories;
    private SlaPolicy policy;
    private Instant now;

    /** Builds the histories once: seeded, so every run sees the same million events. */
    @Setup(Level.Trial)
    public void setUp() {
        BusinessCalendar berlin = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-12:30 13:30-18:00
                closed yearly 01-01
                closed yearly Easter-2
                closed yearly Easter+1
                closed yearly 05-01
                closed yearly 12-25
                closed yearly 12-26
                2026-12-24 09:00-12:00
                """);
        List<BusinessCalendar> own = List.of(
                BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-17:00\nclosed yearly 4th Thu of Nov\n"),
                BusinessCalendar.parse("zone Asia/Tokyo\nMon-Fri 09:00-18:00\n"),
                BusinessCalendar.parse("zone Australia/Sydney\nMon-Sat 07:00-19:00\n"));
        policy = SlaPolicy.standard(berlin);
        now = Instant.parse("2026-11-30T16:00:00Z");
        histories = generate(new SplittableRandom(20261130L), events, eventsPerCase, now, own);
        long total = histories.stream().mapToLong(h -> h.events().size()).sum();
        int checked = check(histories.subList(0, Math.min(2_000, histories.size())));
        System.out.println("\n" + histories.size() + " histories, " + total + " events; replay agrees with the"
                + " baseline at " + checked + " events");
    }

    /** The histories, created over the 90 days before {@code now}, until {@code target} events are made. */
    static List<CaseHistory> generate(SplittableRandom r, int target, int perCase, Instant now,
            List<BusinessCalendar> calendars) {
        Channel[] channels = {Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL};
        CaseStatus[] pending = {CaseStatus.PENDING_CUSTOMER, CaseStatus.PENDING_INTERNAL};
        List<CaseHistory> out = new ArrayList<>();
        long day = 86_400 * 10L / perCase;
        int made = 0;
        for (int n = 0; made < target; n++) {
            String id = "C-" + (1_000_000 + n);
            long age = r.nextInt(3) == 0 ? r.nextLong(90 * 86_400) : r.nextLong(28 * 86_400);
            Instant t = now.minusSeconds(age);
            int p = r.nextInt(100);
            Priority priority = p < 3 ? Priority.EMERGENCY : p < 18 ? Priority.URGENT : p < 85 ? Priority.NORMAL : Priority.LOW;
            List<CaseEvent> list = new ArrayList<>();
            list.add(CaseEvent.created(id, t, channels[r.nextInt(channels.length)], priority));
            if (r.nextInt(10) < 9) {
                list.add(CaseEvent.assigned(id, t.plusSeconds(r.nextLong(Math.min(600, age) + 1)), Optional.of("agent-" + r.nextInt(50))));
            }
            boolean running = true;
            int length = Math.min(2 + r.nextInt(2 * perCase - 1), target - made);
            while (list.size() < length) {
                long gap = r.nextInt(4) == 0 ? r.nextLong(4 * 3600) : r.nextInt(3) == 0 ? r.nextLong(5 * day) : r.nextLong(day);
                Instant next = list.get(list.size() - 1).at().plusSeconds(gap);
                if (next.isAfter(now)) {
                    break;
                }
                list.add(running ? whileRunning(r, id, next, priority, pending) : whileStopped(r, id, next));
                CaseEvent last = list.get(list.size() - 1);
                if (last instanceof CaseEvent.StatusEvent) {
                    running = ((CaseEvent.StatusEvent) last).status().isClockRunning();
                }
            }
            CaseHistory h = CaseHistory.of(list);
            if (r.nextInt(5) == 0) {
                h = h.withCalendar(calendars.get(r.nextInt(calendars.size())));
            }
            out.add(h);
            made += h.events().size();
        }
        return out;
    }

    private static CaseEvent whileRunning(SplittableRandom r, String id, Instant t, Priority priority, CaseStatus[] pending) {
        int k = r.nextInt(100);
        if (k < 40) {
            return CaseEvent.updateSent(id, t);
        }
        if (k < 52) {
            return CaseEvent.statusChanged(id, t, k < 49 ? pending[r.nextInt(2)] : CaseStatus.OPEN);
        }
        if (k < 62) {
            return CaseEvent.customerMessage(id, t);
        }
        if (k < 66) {
            return CaseEvent.priorityChanged(id, t, Priority.values()[r.nextInt(4)]);
        }
        if (k < 68) {
            return CaseEvent.elevationChanged(id, t, r.nextBoolean());
        }
        if (k < 70 && priority == Priority.EMERGENCY) {
            return CaseEvent.agreedIntervalSet(id, t, Duration.ofHours(1 + r.nextInt(8)));
        }
        if (k < 76) {
            return CaseEvent.assigned(id, t, Optional.of("agent-" + r.nextInt(50)));
        }
        if (k < 96) {
            return CaseEvent.solved(id, t);
        }
        return CaseEvent.closed(id, t);
    }

    private static CaseEvent whileStopped(SplittableRandom r, String id, Instant t) {
        int k = r.nextInt(100);
        if (k < 30) {
            return CaseEvent.reopened(id, t);
        }
        if (k < 70) {
            return CaseEvent.closed(id, t);
        }
        if (k < 90) {
            return CaseEvent.customerMessage(id, t);
        }
        return CaseEvent.updateSent(id, t);
    }

    /** Fails unless the replay and the baseline agree on the state at every event; returns the events checked. */
    private int check(List<CaseHistory> sample) {
        int n = 0;
        for (CaseHistory h : sample) {
            SlaTimeline timeline = SlaTimeline.replay(h, policy, now);
            for (CaseEvent e : h.events()) {
                if (timeline.stateAt(e.at()) != policy.evaluate(h.snapshotAt(e.at()), e.at()).state()) {
                    throw new IllegalStateException("Replay and baseline disagree on " + h.caseId() + " at " + e.at());
                }
                n++;
            }
            for (SlaCycle c : timeline.cycles()) {
                // the rule, clock start and due instant in force at the cycle's end are the plain evaluation's
                Instant at = c.isOpen() ? now : c.end().minusNanos(1);
                Evaluation plain = policy.evaluate(h.snapshotAt(at), at);
                if (c.rule() != plain.rule().orElseThrow() || !c.due().equals(plain.due().orElseThrow())
                        || !c.clockStart().equals(plain.clockStart().orElseThrow())
                        || !c.target().equals(plain.target().orElseThrow())) {
                    throw new IllegalStateException("Replay and baseline disagree on " + c + ": " + plain);
                }
            }
        }
        return n;
    }

    List<CaseHistory> histories() {
        return histories;
    }

    SlaPolicy policy() {
        return policy;
    }

    Instant now() {
        return now;
    }

    /** Replay every history and collect the metrics: one pass. */
    @Benchmark
    public MetricsReport replayAndMetrics() {
        MetricsCollector metrics = MetricsCollector.of(policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        for (CaseHistory h : histories) {
            metrics.add(h);
        }
        return metrics.report();
    }

    /** Replay alone, for reference. */
    @Benchmark
    public void replayOnly(Blackhole bh) {
        for (CaseHistory h : histories) {
            bh.consume(SlaTimeline.replay(h, policy, now));
        }
    }

    /** The baseline: at every event, rebuild the snapshot from scratch and evaluate it. */
    @Benchmark
    public void snapshotAndEvaluateAtEveryEvent(Blackhole bh) {
        for (CaseHistory h : histories) {
            for (CaseEvent e : h.events()) {
                SupportCase snapshot = h.snapshotAt(e.at());
                bh.consume(policy.evaluate(snapshot, e.at()));
            }
        }
    }
}
