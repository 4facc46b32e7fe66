package org.slakit.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * The demo's event log ({@code sla-examples/.../demo/events.csv}, the plain export the {@code slakit
 * report} command reads with {@code demo.mapping}: slakit's own event names, one column each) as
 * case histories and as one feed in time order, the order a topic partition receives them. Like
 * {@code slakit report}, every case is timed on the team calendar ({@code berlin-support.calendar}).
 */
final class DemoLog {

    /** From the module (tests) or from the project root ({@code exec:java}). */
    static final Path DIR = Files.isDirectory(Path.of("..", "sla-examples"))
            ? Path.of("..", "sla-examples", "src", "main", "resources", "org", "slakit", "examples")
            : Path.of("sla-examples", "src", "main", "resources", "org", "slakit", "examples");
    static final Path EVENTS = DIR.resolve("demo").resolve("events.csv");
    static final Path CALENDAR = DIR.resolve("berlin-support.calendar");

    final SlaPolicy policy;
    final List<CaseHistory> histories;
    /** Every event in time order; events at one instant keep the log's order. */
    final List<CaseEvent> feed;

    private DemoLog(SlaPolicy policy, List<CaseHistory> histories, List<CaseEvent> feed) {
        this.policy = policy;
        this.histories = histories;
        this.feed = feed;
    }

    static DemoLog read(Path events, Path calendar) {
        try {
            SlaPolicy policy = SlaPolicy.standard(BusinessCalendar.parse(Files.readString(calendar)));
            Map<String, List<CaseEvent>> byCase = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(events);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                CaseEvent e = parse(line.split(",", -1), events, i + 1);
                byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
            }
            List<CaseHistory> histories = new ArrayList<>();
            List<CaseEvent> feed = new ArrayList<>();
            byCase.values().forEach(list -> {
                CaseHistory h = CaseHistory.sorted(list);
                histories.add(h);
                feed.addAll(h.events());
            });
            feed.sort(Comparator.comparing(CaseEvent::at)); // stable: each case keeps its order
            return new DemoLog(policy, List.copyOf(histories), List.copyOf(feed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoLog shipped() {
        return read(EVENTS, CALENDAR);
    }

    private static CaseEvent parse(String[] f, Path file, int line) {
        if (f.length < 8) {
            throw new IllegalArgumentException(file + " line " + line + ": expected 8 columns, found " + f.length);
        }
        String id = f[0];
        Instant at = Instant.parse(f[1]);
        switch (f[2]) {
            case "created":
                return CaseEvent.created(id, at, Channel.of(f[5]), Priority.parse(f[4]));
            case "status":
                return CaseEvent.statusChanged(id, at, CaseStatus.parse(f[3]));
            case "priority":
                return CaseEvent.priorityChanged(id, at, Priority.parse(f[4]));
            case "elevated":
                return CaseEvent.elevationChanged(id, at, true);
            case "not-elevated":
                return CaseEvent.elevationChanged(id, at, false);
            case "update-sent":
                return CaseEvent.updateSent(id, at);
            case "customer-message":
                return CaseEvent.customerMessage(id, at);
            case "assigned":
                return CaseEvent.assigned(id, at, f[6].isEmpty() ? Optional.empty() : Optional.of(f[6]));
            case "agreed-interval":
                return CaseEvent.agreedIntervalSet(id, at, Duration.parse(f[7]));
            case "solved":
                return CaseEvent.solved(id, at);
            case "reopened":
                return CaseEvent.reopened(id, at);
            case "closed":
                return CaseEvent.closed(id, at);
            default:
                throw new IllegalArgumentException(file + " line " + line + ": unknown event '" + f[2] + "'");
        }
    }

    Instant lastEventAt() {
        return feed.get(feed.size() - 1).at();
    }
}
