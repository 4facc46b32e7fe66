package org.slakit.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slakit.calendar.BusinessCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slakit between CALENDAR --from A --to B}: business time between two instants. */
@Command(name = "between", mixinStandardHelpOptions = true,
        description = {"Prints the business time in [FROM, TO): negative when TO is before FROM.",
                "Exit code 0, or 2 on an input error."})
final class BetweenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALENDAR", description = "calendar file in slakit's calendar format")
    private Path calendarFile;

    @Option(names = "--from", required = true, paramLabel = "INSTANT", description = "start, inclusive")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "INSTANT", description = "end, exclusive")
    private String to;

    @Override
    public Integer call() {
        BusinessCalendar calendar = Inputs.calendar(calendarFile);
        Instant a = Inputs.instant("--from", from, calendar.zone());
        Instant b = Inputs.instant("--to", to, calendar.zone());
        Duration business = calendar.between(a, b);
        var out = spec.commandLine().getOut();
        out.println("business time " + business + " (" + Durations.words(business) + ")");
        out.println("elapsed time  " + Duration.between(a, b) + " (" + Durations.words(Duration.between(a, b)) + ")");
        return Slakit.OK;
    }
}
