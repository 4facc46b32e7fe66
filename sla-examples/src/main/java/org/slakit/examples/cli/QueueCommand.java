package org.slakit.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.slakit.examples.WaitingCases;
import org.slakit.core.SlaPolicy;
import org.slakit.core.order.ResponseOrder;
import org.slakit.core.order.WaitingItem;
import org.slakit.report.Figures;
import org.slakit.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slakit queue CASES.csv --calendar team.calendar --now T}: who to answer first. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"The next cases to answer, in the seed's response order: calls, then chats (emergencies and",
                "urgent issues first, then longest wait), then voicemail and email (earliest SLA due first).",
                "A case waits when it is open (not pending, solved or closed); it has waited since its SLA clock started.",
                "Exit code 0, or 2 on an input error."})
final class QueueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES", description = "CSV of case snapshots (columns: see README)")
    private Path casesFile;

    @Mixin
    private PolicyOptions policyOptions;

    @Option(names = "--next", defaultValue = "10", description = "how many to list (default: ${DEFAULT-VALUE})")
    private int next;

    @Override
    public Integer call() {
        if (next < 1) {
            throw new InputException("--next must be at least 1, not " + next);
        }
        SlaPolicy policy = policyOptions.policy();
        ZoneId zone = policy.defaultCalendar().zone();
        Instant now = policyOptions.now(policy.defaultCalendar());
        List<WaitingItem> items = WaitingCases.of(CaseCsv.read(casesFile, zone), policy, now);
        ResponseOrder order = ResponseOrder.standard();
        List<WaitingItem> first = order.next(next, items);
        var out = spec.commandLine().getOut();
        out.println("Next " + first.size() + " of " + items.size() + " waiting cases at " + Inputs.human(now, zone));
        TextTable table = new TextTable("#", "case", "channel", "priority", "waiting", "SLA due", "why before the next one");
        for (int i = 0; i < first.size(); i++) {
            WaitingItem item = first.get(i);
            String why = i + 1 < first.size() ? order.explain(item, first.get(i + 1), zone) : "";
            table.row(i + 1, item.id(), item.channel(), item.priority().name().toLowerCase(java.util.Locale.ROOT),
                    Figures.words(Duration.between(item.waitingSince(), now)),
                    item.slaDue().map(d -> Figures.dateTime(d, now, zone)).orElse("-"), why);
        }
        table.print(out);
        return Slakit.OK;
    }
}
