package org.slakit.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slakit due CALENDAR --start T --target "2 business hours"}. */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = {"Prints when a target started at an instant is due.",
                "Targets: '2 business hours', '30 business minutes', '1 business day', '3 business days',",
                "'1 hour', '1 week' (elapsed time, 24x7). Exit code 0, or 2 on an input error."})
final class DueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALENDAR", description = "calendar file in slakit's calendar format")
    private Path calendarFile;

    @Option(names = "--start", required = true, paramLabel = "INSTANT",
            description = "when the clock starts: 2026-12-23T16:30:00Z, 2026-12-23T17:30+01:00, or local time in the calendar's zone")
    private String start;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "for example '2 business hours'")
    private String target;

    @Override
    public Integer call() {
        BusinessCalendar calendar = Inputs.calendar(calendarFile);
        Instant from = Inputs.instant("--start", start, calendar.zone());
        Target parsed;
        try {
            parsed = Target.parse(target);
        } catch (IllegalArgumentException e) {
            throw new InputException("--target: " + e.getMessage(), e);
        }
        if (parsed.kind() == Target.Kind.AS_AGREED) {
            throw new InputException("--target '" + target + "' depends on a case's agreed interval: give the interval itself, such as '4 hours'");
        }
        Instant due = parsed.due(from, calendar);
        var out = spec.commandLine().getOut();
        out.println("start   " + Inputs.human(from, calendar.zone()));
        out.println("target  " + parsed);
        out.println("due     " + Inputs.human(due, calendar.zone()));
        out.println("business time until due " + Durations.words(calendar.between(from, due))
                + ", elapsed " + Durations.words(Duration.between(from, due)));
        return Slakit.OK;
    }
}
