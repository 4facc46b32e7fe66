package org.slakit.examples.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.BreachingSoon;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.metrics.Compliance;
import org.slakit.core.metrics.DurationMetric;
import org.slakit.core.metrics.DurationSummary;
import org.slakit.core.metrics.GoalResult;
import org.slakit.core.metrics.MetricsCollector;
import org.slakit.core.metrics.MetricsReport;
import org.slakit.core.metrics.ResolutionGoal;
import org.slakit.core.metrics.WeekMetrics;
import org.slakit.core.message.CheckInTemplate;
import org.slakit.core.message.UpkeepItem;
import org.slakit.core.message.UpkeepRound;
import org.slakit.core.order.ResponseOrder;
import org.slakit.core.order.WaitingItem;
import org.slakit.examples.WaitingCases;
import org.slakit.examples.cli.TextTable;

/**
 * The demo a newcomer runs first: the shipped data set ({@link DemoData}) seen through slakit at
 * a fixed "now" — the breaching-soon view, who to answer next and why, the upkeep round with a
 * rendered check-in message, and last two months' metrics.
 *
 * <p>Usage: {@code Demo [--now INSTANT]}, where INSTANT is ISO-8601 ({@code 2026-11-24T09:30:00Z},
 * or with an offset). The default is {@link DemoData#NOW}.
 */
public final class Demo {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH);

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
        MetricsReport report = metricsReport(data, policy, now);
        out.println("== Metrics: " + report.cases() + " cases replayed through the same policy, up to now");
        DurationMetric reply = report.firstReply();
        DurationMetric resolution = report.resolution();
        TextTable table = new TextTable("measure", "cases", "mean", "median", "p90", "max");
        durationRows(table, "first reply, business time", reply.businessTime());
        durationRows(table, "first reply, calendar time", reply.calendarTime());
        durationRows(table, "full resolution, business time", resolution.businessTime());
        durationRows(table, "full resolution, calendar time", resolution.calendarTime());
        table.print(out);
        GoalResult goal = report.goal();
        out.println();
        out.println("Goal '" + goal.goal() + "': " + goal.met() + " of " + (goal.met() + goal.missed()) + " decided cases ("
                + percent(goal.share()) + ") -> " + goal.verdict()
                + (goal.undecided() > 0 ? "; " + goal.undecided() + " still open and within 24 hours" : ""));
        out.println("Updates sent in time: " + compliance(report.compliance()) + "; breaches per assignee: "
                + report.breaches().byAssignee());
        out.println();
        TextTable rules = new TextTable("rule", "updates in time", "late", "breached now", "rate");
        report.complianceByRule().forEach((rule, c) -> rules.row(rule, c.met(), c.late(), c.breached(), percent(c.rate())));
        rules.print(out);
        out.println();
        TextTable weeks = new TextTable("week of", "kept", "missed", "rate", "breaches");
        for (WeekMetrics w : report.weeks()) {
            weeks.row(w.monday(), w.compliance().kept(), w.compliance().missed(), percent(w.compliance().rate()),
                    w.breaches().total());
        }
        weeks.print(out);
    }

    private static void durationRows(TextTable table, String name, DurationSummary s) {
        if (s.isEmpty()) {
            table.row(name, 0, "-", "-", "-", "-");
        } else {
            table.row(name, s.count(), words(s.mean()), words(s.median()), words(s.p90()), words(s.max()));
        }
    }

    private static String compliance(Compliance c) {
        return c.kept() + " of " + (c.kept() + c.missed()) + " (" + percent(c.rate()) + ")";
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100) : "-";
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
                    c.status().text(), e.rule().orElseThrow().name(), e.due().orElseThrow().atZone(zone).format(WHEN),
                    state(e.state()), e.state() == SlaState.BREACHED ? "overdue " + words(e.overdue()) : words(e.remaining()));
        }
        table.print(out);
        out.println("Per assignee: " + view.countsByAssignee() + "   per rule: " + view.countsByRule());
        if (!view.cases().isEmpty()) {
            out.println();
            out.println("Why is " + view.cases().get(0).supportCase().id() + " on top?");
            view.cases().get(0).explain().lines().forEach(line -> out.println("  " + line));
        }
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
                    words(Duration.between(item.waitingSince(), now)),
                    item.slaDue().map(d -> d.atZone(zone).format(WHEN)).orElse("-"),
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
                    item.due().atZone(zone).format(WHEN), item.template() == CheckInTemplate.QUICK_UPDATE
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

    static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + minutes + "m" : minutes + "m";
    }
}
