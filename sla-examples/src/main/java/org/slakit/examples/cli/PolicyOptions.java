package org.slakit.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SlaPolicy;
import picocli.CommandLine.Option;

/** The options that choose a policy and a "now", shared by board and queue. */
final class PolicyOptions {

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "the team's calendar; the standard policy (the seed's table) runs on it")
    Path calendarFile;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "a policy file in slakit's policy format, instead of the standard policy")
    Path policyFile;

    @Option(names = "--now", required = true, paramLabel = "INSTANT",
            description = "the instant to evaluate at (the tool never reads the clock)")
    String now;

    SlaPolicy policy() {
        if ((calendarFile == null) == (policyFile == null)) {
            throw new InputException("give exactly one of --calendar (standard policy) and --policy");
        }
        if (calendarFile != null) {
            return SlaPolicy.standard(Inputs.calendar(calendarFile));
        }
        String text = Inputs.text(policyFile, "policy file");
        try {
            return SlaPolicy.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(policyFile + ": " + e.getMessage(), e);
        }
    }

    Instant now(BusinessCalendar calendar) {
        return Inputs.instant("--now", now, calendar.zone());
    }
}
