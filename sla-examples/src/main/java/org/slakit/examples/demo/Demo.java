package org.slakit.examples.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.BreachingSoon;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;
import org.slakit.core.history.SlaTimeline;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;
import org.slakit.core.message.CheckInTemplate;
import org.slakit.core.message.UpkeepItem;
import org.slakit.core.message.UpkeepRound;
import org.slakit.core.order.ResponseOrder;
import org.slakit.core.order.WaitingItem;
import org.slakit.examples.WaitingCases;
import org.slakit.report.Figures;
import org.slakit.report.SlaReport;
import org.slakit.report.TextTable;

/**
 * The demo a newcomer runs first: the shipped data set ({@link DemoData}) seen through slakit at
 * a fixed "now" — the breaching-soon view, who to answer next and why, the upkeep round with a
 * rendered check-in message, and last two months' metrics.
 *
 * <p>Usage: {@code Demo [--now INSTANT]}, where INSTANT is ISO-8601 ({@code 2026-11-24T09:30:00Z},
 * or with an offset). The default is {@link DemoData#NOW}.
 */
public final class Demo {


    private Demo() {
    }

    /**
     * Runs the demo on standard output.
     *
     * @param args {@code --now INSTANT}, optional
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        try {
            run(out, parseNow(args));
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.exit(2);
        }
        out.flush();
    }

    static Instant parseNow(String[] args) {
        if (args.length == 0) {
            return DemoData.NOW;
        }
        if (args.length == 2 && args[0].equals("--now")) {
            try {
                return java.time.OffsetDateTime.parse(args[1]).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--now '" + args[1] + "' is not an instant: expected for example 2026-11-24T09:30:00Z");
            }
        }
        throw new IllegalArgumentException("usage: Demo [--now 2026-11-24T09:30:00Z], not " + String.join(" ", args));
    }

    static void run(PrintWriter out, Instant now) {
        DemoData data = DemoData.shipped();
        BusinessCalendar team = data.team();
        ZoneId zone = team.zone();
        SlaPolicy policy = SlaPolicy.standard(team);
        List<SupportCase> cases = new ArrayList<>();
        for (CaseHistory h : data.histories()) {
            if (!h.creation().at().isAfter(now)) {
                cases.add(h.snapshotAt(now));
            }
        }
        out.println("slakit demo: " + cases.size() + " support cases of a Berlin team, "
                + DemoData.FIRST_DAY + " to " + now.atZone(zone).toLocalDate()
                + "; now is " + now.atZone(zone).format(DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.ENGLISH)));
        out.println("Team hours: Mon-Fri 09:00-12:30 and 13:30-18:00 Berlin, closed on German public holidays;"
                + " Northwind (New York), Sakura (Tokyo) and Pampa (São Paulo) cases run on their contract hours.");
        out.println("Policy: the standard SLA table (emergency 1h then as agreed, first response 2 business hours,"
                + " urgent/elevated 1 business day, open 3 business days, pending internal 1 week, pending customer 3 weeks).");
        out.println();

        breachingSoon(out, data, policy, cases, now, zone);
        resolutionGoal(out, data, policy, cases, now, zone);
        answerNext(out, policy, cases, now, zone);
        upkeep(out, data, policy, cases, now, zone);
        metrics(out, data, policy, now);
    }

    /** Replays every history up to now and prints what management tracks. */
    static MetricsReport metricsReport(DemoData data, SlaPolicy policy, Instant now) {
        MetricsCollector collector = MetricsCollector.of(policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        for (CaseHistory h : data.histories()) {
            h.upTo(now).ifPresent(collector::add);
        }
        return collector.report();
    }

    private static void metrics(PrintWriter out, DemoData data, SlaPolicy policy, Instant now) {
        MetricsCollector collector = MetricsCollector.of(policy, now, ResolutionGoal.EIGHTY_PERCENT_IN_24_HOURS);
        List<Duration> firstReplies = new ArrayList<>();
        for (CaseHistory h : data.histories()) {
            h.upTo(now).ifPresent(upTo -> {
                SlaTimeline timeline = collector.add(upTo);
                timeline.firstReply().ifPresent(r -> firstReplies.add(timeline.calendar().between(timeline.created(), r)));
            });
        }
        MetricsReport report = collector.report();
        out.println("== Metrics: " + Figures.count(report.cases(), "case") + " replayed through the same policy, up to now"
                + " (the same figures as 'slakit report')");
        out.print(SlaReport.of(report, firstReplies).text());
    }

    private static void breachingSoon(PrintWriter out, DemoData data, SlaPolicy policy, List<SupportCase> cases,
                                      Instant now, ZoneId zone) {
        BreachingSoon.Result view = BreachingSoon.of(policy).withHorizon(Duration.ofHours(4)).withLimit(12).select(cases, now);
        out.println("== Breaching soon: " + view.total() + " cases at risk, breached or due within 4 hours (showing "
                + view.cases().size() + ", most overdue first)");
        TextTable table = new TextTable("case", "customer", "assignee", "priority", "status", "rule", "due (Berlin)", "state", "left");
        for (Evaluation e : view.cases()) {
            SupportCase c = e.supportCase();
            table.row(c.id(), data.customerOf(c.id()).name(), c.assignee().orElse("-"), c.priority().text(),
                    c.status().text(), e.rule().orElseThrow().name(), Figures.dateTime(e.due().orElseThrow(), now, zone),
                    state(e.state()), e.state() == SlaState.BREACHED ? "overdue " + Figures.words(e.overdue()) + " elapsed"
                            : Figures.words(e.remaining()) + (e.target().map(t -> t.kind() == Target.Kind.ELAPSED).orElse(false)
                            ? " elapsed" : " business"));
        }
        table.print(out);
        TextTable counts = new TextTable("assignee", "cases");
        view.countsByAssignee().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(x -> counts.row(x.getKey(), x.getValue()));
        if (view.unassigned() > 0) {
            counts.row("unassigned", view.unassigned());
        }
        counts.row("total", view.total());
        counts.print(out);
        if (!view.cases().isEmpty()) {
            out.println();
            out.println("Why is " + view.cases().get(0).supportCase().id() + " on top?");
            view.cases().get(0).explain().lines().forEach(line -> out.println("  " + line));
        }
        out.println();
    }

    /** The company goal seen live: the resolution clock's own breaching-soon view. */
    private static void resolutionGoal(PrintWriter out, DemoData data, SlaPolicy policy, List<SupportCase> cases,
                                       Instant now, ZoneId zone) {
        BreachingSoon.Result view = BreachingSoon.of(policy).forClock("resolution").withHorizon(Duration.ofHours(2))
                .withLimit(8).select(cases, now);
        out.println("== Resolution goal, live: " + Figures.count(view.total(), "open case")
                + " past or within 2 hours of the 24-hour resolution target (clock 'resolution', showing "
                + view.cases().size() + ")");
        TextTable table = new TextTable("case", "customer", "assignee", "status", "resolution due (Berlin)", "state",
                "used");
        for (Evaluation e : view.cases()) {
            SupportCase c = e.supportCase();
            ClockEvaluation r = view.clockOf(e).orElseThrow();
            table.row(c.id(), data.customerOf(c.id()).name(), c.assignee().orElse("-"), c.status().text(),
                    r.due().map(d -> Figures.dateTime(d, now, zone)).orElse("paused"),
                    state(r.state()) + (r.isPaused() ? ", paused" : ""), Figures.words(r.used()) + " of " + Figures.words(r.targetLength()));
        }
        table.print(out);
        out.println();
    }

    private static void answerNext(PrintWriter out, SlaPolicy policy, List<SupportCase> cases, Instant now, ZoneId zone) {
        ResponseOrder order = ResponseOrder.standard();
        List<WaitingItem> waiting = WaitingCases.of(cases, policy, now);
        List<WaitingItem> next = order.next(10, waiting);
        out.println("== Answer next: " + next.size() + " of " + waiting.size() + " open cases, calls > chats > voicemail > email");
        TextTable table = new TextTable("#", "case", "channel", "priority", "waiting", "SLA due", "why before the next one");
        for (int i = 0; i < next.size(); i++) {
            WaitingItem item = next.get(i);
            table.row(i + 1, item.id(), item.channel(), item.priority().name().toLowerCase(Locale.ROOT),
                    Figures.words(Duration.between(item.waitingSince(), now)),
                    item.slaDue().map(d -> Figures.dateTime(d, now, zone)).orElse("-"),
                    i + 1 < next.size() ? order.explain(item, next.get(i + 1), zone) : "");
        }
        table.print(out);
        out.println();
    }

    private static void upkeep(PrintWriter out, DemoData data, SlaPolicy policy, List<SupportCase> cases,
                               Instant now, ZoneId zone) {
        UpkeepRound.Result round = UpkeepRound.restOfBusinessDay(policy).withLimit(8).select(cases, now);
        out.println("== Upkeep round: " + round.total() + " cases need an update before the end of the business day ("
                + round.breached() + " already late)");
        TextTable table = new TextTable("case", "customer", "assignee", "status", "due (Berlin)", "template", "why");
        for (UpkeepItem item : round.items()) {
            SupportCase c = item.supportCase();
            table.row(c.id(), data.customerOf(c.id()).name(), c.assignee().orElse("-"), c.status().text(),
                    Figures.dateTime(item.due(), now, zone), item.template() == CheckInTemplate.QUICK_UPDATE
                            ? "quick update" : "still working on", item.reason());
        }
        table.print(out);
        if (!round.items().isEmpty()) {
            UpkeepItem first = round.items().get(0);
            String value = first.template() == CheckInTemplate.QUICK_UPDATE
                    ? CheckInTemplate.SQUASHING_THIS_BUG : "the logs from our hosting team";
            out.println();
            out.println("Message for " + first.supportCase().id() + " (" + first.placeholder() + ": \"" + value + "\"):");
            out.println("  " + first.render(value));
        }
        out.println();
    }

    private static String state(SlaState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
