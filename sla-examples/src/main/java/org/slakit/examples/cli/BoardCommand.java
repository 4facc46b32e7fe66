package org.slakit.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slakit.core.BreachingSoon;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.DurationClock;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;
import org.slakit.report.Figures;
import org.slakit.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slakit board CASES.csv --calendar team.calendar --now T}: the "Breaching soon" view. */
@Command(name = "board", mixinStandardHelpOptions = true,
        description = {"The 'Breaching soon' view over a CSV of case snapshots: cases at risk, breached,",
                "or due within the horizon, most overdue first.",
                "Exit code 0 when nothing is breached, 1 when a listed case is breached, 2 on an input error."})
final class BoardCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES", description = "CSV of case snapshots (columns: see README)")
    private Path casesFile;

    @Mixin
    private PolicyOptions policyOptions;

    @Option(names = "--horizon", defaultValue = "4 hours", paramLabel = "DURATION",
            description = "also list cases due within this much elapsed time (default: ${DEFAULT-VALUE})")
    private String horizon;

    @Option(names = "--limit", defaultValue = "50", description = "at most this many cases (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--assignee", paramLabel = "NAME", description = "only this assignee's cases")
    private String assignee;

    @Option(names = "--clock", defaultValue = "updates", paramLabel = "NAME",
            description = "the clock to watch: updates (the update cadence, default) or a duration clock of the"
                    + " policy, such as resolution (the standard 24-hour goal)")
    private String clock;

    @Override
    public Integer call() {
        SlaPolicy policy = policyOptions.policy();
        ZoneId zone = policy.defaultCalendar().zone();
        Instant now = policyOptions.now(policy.defaultCalendar());
        List<SupportCase> cases = CaseCsv.read(casesFile, zone);
        BreachingSoon view = BreachingSoon.of(policy).withHorizon(elapsed("--horizon", horizon)).withLimit(limit);
        try {
            view = view.forClock(clock);
        } catch (IllegalArgumentException e) {
            throw new InputException("--clock: " + e.getMessage(), e);
        }
        if (assignee != null) {
            view = view.forAssignee(assignee);
        }
        BreachingSoon.Result result = view.select(cases, now);
        var out = spec.commandLine().getOut();
        out.println("Breaching soon at " + Inputs.human(now, zone) + ": " + result.total() + " of "
                + Figures.count(cases.size(), "case") + (assignee != null ? " assigned to " + assignee : "") + ", showing " + result.cases().size()
                + (result.clock().equals(DurationClock.UPDATES) ? "" : ", clock " + result.clock()));
        if (!result.clock().equals(DurationClock.UPDATES)) {
            return durationClock(out, result, now, zone);
        }
        List<String> header = new ArrayList<>(List.of("case", "assignee", "priority", "status", "rule", "due", "state",
                "left", "overdue"));
        policy.clocks().forEach(k -> header.add(k.name() + " due"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        boolean breached = false;
        for (Evaluation e : result.cases()) {
            SupportCase c = e.supportCase();
            breached |= e.state() == SlaState.BREACHED;
            List<Object> row = new ArrayList<>();
            boolean business = e.target().map(t -> t.kind() == Target.Kind.BUSINESS_TIME || t.kind() == Target.Kind.BUSINESS_DAYS)
                    .orElse(false);
            row.addAll(List.of(c.id(), c.assignee().orElse("unassigned"), c.priority().text(), c.status().text(),
                    e.rule().map(r -> r.name()).orElse("-"), e.due().map(d -> Figures.dateTime(d, now, zone)).orElse("-"),
                    state(e.state()),
                    e.state() == SlaState.BREACHED ? "-" : Figures.words(e.remaining()) + (business ? " business" : " elapsed"),
                    e.state() == SlaState.BREACHED ? Figures.words(e.overdue()) + " elapsed" : "-"));
            for (ClockEvaluation k : e.clocks()) {
                row.add(clockDue(k, now, zone));
            }
            table.row(row.toArray());
        }
        table.print(out);
        out.println("'left' is measured like the rule's target (business or elapsed time); 'overdue' is elapsed time since the due instant.");
        if (result.total() > 0) {
            TextTable counts = new TextTable("rule", "cases");
            result.countsByRule().entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                    .forEach(x -> counts.row(x.getKey(), x.getValue()));
            counts.row("total", result.total());
            counts.print(out);
            TextTable people = new TextTable("assignee", "cases");
            result.countsByAssignee().entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                    .forEach(x -> people.row(x.getKey(), x.getValue()));
            if (result.unassigned() > 0) {
                people.row("unassigned", result.unassigned());
            }
            people.row("total", result.total());
            people.print(out);
        }
        return breached ? Slakit.FINDINGS : Slakit.OK;
    }

    /** The view of a duration clock: its due instant, state and running time per case. */
    private int durationClock(java.io.PrintWriter out, BreachingSoon.Result result, Instant now, ZoneId zone) {
        TextTable table = new TextTable("case", "assignee", "priority", "status", "rule", "due", "state", "used");
        boolean breached = false;
        for (Evaluation e : result.cases()) {
            SupportCase c = e.supportCase();
            ClockEvaluation k = result.clockOf(e).orElseThrow();
            breached |= k.state() == SlaState.BREACHED;
            table.row(c.id(), c.assignee().orElse("unassigned"), c.priority().text(), c.status().text(),
                    k.rule().map(r -> r.name()).orElse("-"), k.due().map(d -> Figures.dateTime(d, now, zone)).orElse("paused"),
                    state(k.state()) + (k.isPaused() ? ", paused" : ""),
                    Figures.words(k.used()) + " of " + Figures.words(k.targetLength()));
        }
        table.print(out);
        out.println("'used' is the clock's running time, measured like its target; paused time does not count.");
        return breached ? Slakit.FINDINGS : Slakit.OK;
    }

    private static String clockDue(ClockEvaluation k, Instant now, ZoneId zone) {
        if (k.state() == SlaState.NOT_RUNNING) {
            return "-";
        }
        String due = k.due().map(d -> Figures.dateTime(d, now, zone)).orElse("paused");
        return k.state() == SlaState.BREACHED ? due + " (breached)" : due;
    }

    private static String state(SlaState s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static Duration elapsed(String option, String text) {
        Target t;
        try {
            t = Target.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage(), e);
        }
        if (t.kind() != Target.Kind.ELAPSED) {
            throw new InputException(option + " '" + text + "' must be elapsed time such as '4 hours'");
        }
        return ((Target.Elapsed) t).length();
    }
}
