package org.slakit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slakit.core.metrics.DurationStats;
import org.slakit.report.ReportData.Verdict;

/**
 * Writes an HTML report of made-up but realistic numbers for a Berlin support team over nine
 * weeks, to look at the page without a data set: run
 * {@code java -cp <classes> org.slakit.report.SampleReport [out.html]} (default
 * {@code target/sample-report.html}), or {@code scripts/screenshot-report.sh}, which also takes a
 * screenshot.
 *
 * <p>The numbers come from a seeded random generator, so every run writes the same page.
 */
public final class SampleReport {

    private SampleReport() {
    }

    private static int percentHalfUp(long part, long whole) {
        return (int) ((part * 200 + whole) / (2 * whole));
    }

    /**
     * Writes the sample page.
     *
     * @param args at most one argument: the file to write, default {@code target/sample-report.html}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            System.err.println("usage: SampleReport [out.html]");
            System.exit(2);
        }
        Path out = Path.of(args.length == 1 ? args[0] : "target/sample-report.html");
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        HtmlReport.write(data(), out);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /** The sample data: the same on every call. */
    static ReportData data() {
        Random random = new Random(20260504L);
        ReportData.Builder report = ReportData.builder("Support SLA report — Berlin team")
                .subtitle("Sample data set (made up) · 2 March to 3 May 2026 · now = Mon 4 May 2026 09:00 CEST"
                        + " · Europe/Berlin business hours");

        // weekly compliance: a steady team that slips in Easter week (Good Friday and Easter Monday closed)
        int[] totals = {46, 52, 49, 58, 41, 44, 55, 50, 47};
        double[] rates = {0.89, 0.87, 0.91, 0.84, 0.71, 0.78, 0.86, 0.90, 0.93};
        LocalDate monday = LocalDate.of(2026, 3, 2);
        int met = 0;
        int total = 0;
        for (int i = 0; i < totals.length; i++) {
            int m = (int) Math.round(totals[i] * rates[i]);
            report.week(monday.plusWeeks(i), m, totals[i]);
            met += m;
            total += totals[i];
        }
        report.complianceGoalPercent(85);

        // first reply times: log-normal around 50 business minutes, with a long tail
        List<Duration> replies = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            double minutes = Math.exp(Math.log(50) + 1.15 * random.nextGaussian());
            replies.add(Duration.ofSeconds(Math.max(30, Math.round(minutes * 60))));
        }
        Duration target = Duration.ofHours(2);
        report.firstReplyTimes(replies).firstReplyTarget(target);
        DurationStats stats = new DurationStats();
        replies.forEach(stats::add);
        int withinTarget = percentHalfUp(stats.countAtMost(target), stats.count());

        report.breaches("First response (2 business hours)", total - (int) stats.countAtMost(target))
                .breaches("Urgent or Elevated (1 business day)", 14)
                .breaches("Open (3 business days)", 9)
                .breaches("Emergency (1 hour, then as agreed)", 2)
                .breaches("Pending Internal Response (1 week)", 6)
                .breaches("Pending Customer (3 weeks)", 0);

        int resolvedWithin24h = percentHalfUp(Math.round(total * 0.83), total);
        int compliance = percentHalfUp(met, total);
        report.summary("Cases created", Integer.toString(total))
                .summary("Met their SLA", met + " of " + total + " (" + compliance + "%, goal 85%)",
                        compliance >= 85 ? Verdict.PASS : Verdict.FAIL)
                .summary("Resolved within 24 hours", resolvedWithin24h + "% (goal 80%)",
                        resolvedWithin24h >= 80 ? Verdict.PASS : Verdict.FAIL)
                .summary("First reply within 2 business hours", withinTarget + "% (goal 90%)",
                        withinTarget >= 90 ? Verdict.PASS : Verdict.FAIL)
                .summary("First reply time, median", Html.words(stats.median()))
                .summary("First reply time, 90th percentile", Html.words(stats.p90()))
                .summary("Full resolution time, median", "6h 40m");

        report.table(ReportData.Table.of("Breaching soon at Mon 4 May 2026 09:00",
                List.of("Case", "Customer", "Status", "Rule", "Due", "Left"),
                List.of(
                        List.of("#4711", "Acme GmbH", "Urgent", "Urgent or Elevated (1 business day)",
                                "Mon 4 May 09:30", "30m"),
                        List.of("#4733", "Brightside Ltd (London)", "New", "First response (2 business hours)",
                                "Mon 4 May 10:05", "1h 5m"),
                        List.of("#4690", "Kaffee & Kuchen KG", "Open", "Open (3 business days)",
                                "Mon 4 May 11:00", "2h"),
                        List.of("#4702", "Northwind Inc. (New York)", "Pending Internal", "Pending Internal Response (1 week)",
                                "Mon 4 May 16:15", "7h 15m"))));
        return report.build();
    }
}
