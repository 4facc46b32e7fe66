package org.slakit.consumer;

import java.time.Instant;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;

/** Uses slakit as a downstream application would: when is a new case due under the standard policy? */
public final class Main {
    public static void main(String[] args) {
        BusinessCalendar team = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
        Instant created = Instant.parse("2026-12-04T15:30:00Z"); // Friday 16:30 in Berlin
        SupportCase c = SupportCase.builder("C-1", created).priority(Priority.URGENT).build();
        Evaluation e = SlaPolicy.standard(team).evaluate(c, created);
        System.out.println("case C-1 due " + e.due().orElseThrow() + ", " + e.state()); // Monday 10:30 in Berlin
        BusinessCalendar withHolidays = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nholidays jollyday DE\n");
        System.out.println("open on Christmas Day 2026: " + withHolidays.isOpen(Instant.parse("2026-12-25T10:00:00Z")));
        Module slakit = SlaPolicy.class.getModule();
        System.out.println(slakit.isNamed() ? "slakit read from module " + slakit.getName() : "slakit read from the class path");
    }
}
