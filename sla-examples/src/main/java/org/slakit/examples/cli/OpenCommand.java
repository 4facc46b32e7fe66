package org.slakit.examples.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slakit.calendar.BusinessCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slakit open CALENDAR --at T}: is the calendar open, and until when. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Tells whether a calendar is open at an instant, and until when (or from when).",
                "Exit code 0 when open, 1 when closed, 2 on an input error."})
final class OpenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALENDAR", description = "calendar file in slakit's calendar format")
    private Path calendarFile;

    @Option(names = "--at", required = true, paramLabel = "INSTANT",
            description = "2026-12-23T16:30:00Z, 2026-12-23T17:30+01:00, or local time in the calendar's zone")
    private String at;

    @Override
    public Integer call() {
        BusinessCalendar calendar = Inputs.calendar(calendarFile);
        Instant instant = Inputs.instant("--at", at, calendar.zone());
        var out = spec.commandLine().getOut();
        if (calendar.isOpen(instant)) {
            String until;
            try {
                until = Inputs.human(calendar.nextClose(instant), calendar.zone());
            } catch (DateTimeException e) {
                until = "no close in sight (" + e.getMessage() + ")";
            }
            out.println("open at " + Inputs.human(instant, calendar.zone()));
            out.println("closes " + until);
            return Slakit.OK;
        }
        out.println("closed at " + Inputs.human(instant, calendar.zone()));
        out.println("opens  " + Inputs.human(calendar.nextOpen(instant), calendar.zone()));
        return Slakit.FINDINGS;
    }
}
