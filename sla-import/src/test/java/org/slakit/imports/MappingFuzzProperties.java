package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fuzzed mapping files: valid mappings (every key, value maps, patterns, zones, budgets), damaged
 * ({@link Damage}). Every input parses or throws a {@link MappingFormatException} naming a line,
 * within a bound per kilobyte; every mapping accepted writes a text that parses to an equal mapping.
 */
class MappingFuzzProperties {

    private static final String[] TARGETS = {"created", "status:pending-internal", "status", "priority:urgent", "priority",
            "elevated", "not-elevated", "update-sent", "customer-message", "assigned", "solved", "reopened", "closed",
            "ignore", "update-sent + status:pending-customer", "waiting-on:Billing.EU", "not-waiting",
            "update-sent + waiting-on:engineering"};

    @Test
    void everyTextParsesOrNamesALine_andWhatParsesRoundTrips() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().withExamples(Damage.INPUTS).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = Damage.damage(validText(r), r);
            Damage.Outcome<EventLogMapping> outcome = Damage.parse(text, EventLogMapping::parse, MappingFormatException.class);
            if (outcome.value() == null) {
                rejected.incrementAndGet();
                return;
            }
            accepted.incrementAndGet();
            String written = outcome.value().toString();
            EventLogMapping again = Damage.parse(written, EventLogMapping::parse, MappingFormatException.class).value();
            assertThat(again).as("%s\nwrote\n%s", Damage.show(text), written).isEqualTo(outcome.value());
            assertThat(again.toString()).isEqualTo(written);
            assertThat(again.hashCode()).isEqualTo(outcome.value().hashCode());
        });
        assertThat(accepted.get()).isGreaterThan(Damage.INPUTS / 10);
        assertThat(rejected.get()).isGreaterThan(Damage.INPUTS / 3);
    }

    static String validText(Random r) {
        List<String> lines = new ArrayList<>();
        boolean snapshots = r.nextInt(4) == 0;
        if (snapshots || r.nextBoolean()) {
            lines.add("log.kind = " + (snapshots ? "snapshots" : "events"));
        }
        lines.add("column.case = case id");
        lines.add("column.time = time");
        if (!snapshots || r.nextBoolean()) {
            lines.add("column.event = activity");
        }
        if (snapshots || r.nextBoolean()) {
            lines.add("column.status = state");
        }
        if (snapshots && r.nextBoolean()) {
            lines.add("column.substatus = sub");
            lines.add("column.elevated = escalated");
        }
        lines.add("column.assignee = group");
        lines.add("column.interval = agreed");
        if (!snapshots && r.nextBoolean()) {
            lines.add("column.waiting-on = waits");
            lines.add("event.Handover = waiting-on");
        }
        if (r.nextBoolean()) {
            lines.add("column.priority = prio");
        } else {
            lines.add("default.priority = normal");
        }
        if (r.nextBoolean()) {
            lines.add("column.channel = via");
            lines.add("channel.Phone = call");
            lines.add("channel.Web # form = chat");
        }
        lines.add("default.channel = email");
        switch (r.nextInt(4)) {
            case 0:
                lines.add("time.format = iso");
                break;
            case 1:
                lines.add("time.format = iso-local");
                lines.add("time.zone = Europe/Amsterdam");
                break;
            case 2:
                lines.add("time.format = dd.MM.yyyy HH:mm");
                lines.add("time.zone = America/New_York");
                break;
            default:
                lines.add("time.format = iso");
                lines.add("time.zone = Europe/Amsterdam");
                lines.add("time.offset = ignore");
                break;
        }
        if (!snapshots || r.nextBoolean()) {
            int events = 1 + r.nextInt(6);
            for (int i = 0; i < events; i++) {
                lines.add("event.Activity " + i + " = " + (i == 0 ? "created" : TARGETS[1 + r.nextInt(TARGETS.length - 1)]));
            }
        }
        if (r.nextBoolean()) {
            lines.add("status.Waiting = pending-customer");
            lines.add("status.Done" + (snapshots ? "/Closed" : "") + " = closed");
        }
        if (r.nextBoolean()) {
            lines.add("priority.1 = emergency");
            lines.add("priority.P4 = low");
        }
        if (r.nextBoolean()) {
            lines.add("missing-creation = " + (r.nextBoolean() ? "synthesize" : "reject"));
        }
        if (r.nextBoolean()) {
            lines.add(r.nextBoolean() ? "budget.max-rejected-rows = " + r.nextInt(1000) : "budget.max-rejected-share = 2.5%");
        }
        if (r.nextBoolean()) {
            lines.add("csv.delimiter = " + new String[] {";", "tab", "space", ","}[r.nextInt(4)]);
            lines.add("csv.quote = " + (r.nextBoolean() ? "none" : "'"));
            lines.add("csv.header = " + r.nextBoolean());
            lines.add("csv.charset = " + (r.nextBoolean() ? "UTF-8" : "ISO-8859-1"));
        }
        if (r.nextInt(3) == 0) {
            lines.add("attributes.column.case = id");
            lines.add("attributes.column.priority = priority");
            lines.add("attributes.column.created = opened");
        }
        Collections.shuffle(lines, r);
        if (r.nextBoolean()) {
            lines.add(r.nextInt(lines.size()), "# comment with = and #");
        }
        String nl = Damage.newline(r);
        return String.join(nl, lines) + nl;
    }
}
