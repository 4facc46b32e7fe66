package org.slakit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaTimeline;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.ResolutionGoal;

/**
 * A cross-check of {@link ReplayBench} that a loaded machine disturbs less: the same million events,
 * and in each round the replay, the baseline (snapshot and evaluate at every event) and replay with
 * metrics, one after the other in one thread, timed in that thread's CPU time rather than wall time.
 * Time the thread waited for a core is not counted; caches shared with other processes still are.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp sla-bench/target/benchmarks.jar org.slakit.bench.ReplayCpuTime 10
 * </pre>
 */
public final class ReplayCpuTime {

    private ReplayCpuTime() {
    }

    /**
     * Runs the rounds and prints the CPU time of each pass and the ratios.
     *
     * @param args the number of rounds (default 10); the first rounds warm up
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ReplayBench bench = new ReplayBench();
        bench.events = 1_000_000;
        bench.eventsPerCase = 10;
        bench.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (CaseHistory h : bench.histories()) {
                sink += SlaTimeline.replay(h, bench.policy(), bench.now()).cycles().size();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (CaseHistory h : bench.histories()) {
                for (CaseEvent e : h.events()) {
                    sink += bench.policy().evaluate(h.snapshotAt(e.at()), e.at()).state().ordinal();
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            MetricsCollector metrics = MetricsCollector.of(bench.policy(), bench.now(),
                    ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
            for (CaseHistory h : bench.histories()) {
                metrics.add(h);
            }
            sink += metrics.report().cases();
            long t3 = mx.getCurrentThreadCpuTime();
            System.out.printf("round %d: replayOnly %.0f ms, baseline %.0f ms, replayAndMetrics %.0f ms of CPU;"
                    + " baseline / replayOnly %.2f, baseline / replayAndMetrics %.2f%n", round, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, (t3 - t2) / 1e6, (double) (t2 - t1) / (t1 - t0), (double) (t2 - t1) / (t3 - t2));
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
