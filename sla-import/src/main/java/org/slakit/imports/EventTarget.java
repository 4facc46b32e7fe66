package org.slakit.imports;

import java.util.Locale;
import org.slakit.core.CaseStatus;
import org.slakit.core.Priority;
import org.slakit.core.SupportCase;

/** What a raw event (activity) value stands for: a slakit event, or nothing ({@code ignore}). */
final class EventTarget {

    enum Kind {
        CREATED, STATUS, STATUS_FROM_COLUMN, PRIORITY, PRIORITY_FROM_COLUMN, ELEVATED, NOT_ELEVATED,
        UPDATE_SENT, CUSTOMER_MESSAGE, ASSIGNED, AGREED_INTERVAL, WAITING_ON, WAITING_ON_FROM_COLUMN, NOT_WAITING,
        SOLVED, REOPENED, CLOSED, IGNORE
    }

    static final String EXPECTED = "created, status:<status>, status (from column.status), priority:<priority>,"
            + " priority (from column.priority), elevated, not-elevated, update-sent, customer-message,"
            + " assigned (assignee from column.assignee), agreed-interval (from column.interval), waiting-on:<team>,"
            + " waiting-on (team from column.waiting-on), not-waiting, solved, reopened,"
            + " closed or ignore; several joined by + for a row that is several events"
            + " (update-sent + status:pending-customer)";

    /** No event: a snapshot row without an event column, or whose event is ignored. */
    static final EventTarget NONE = new EventTarget(Kind.IGNORE, null, null);

    final Kind kind;
    final CaseStatus status;
    final Priority priority;
    /** the team of {@link Kind#WAITING_ON}, else null */
    final String team;
    /** the targets after the first, for a row that is several events ({@code update-sent + status:pending-customer}) */
    final java.util.List<EventTarget> also;

    private EventTarget(Kind kind, CaseStatus status, Priority priority) {
        this(kind, status, priority, null);
    }

    private EventTarget(Kind kind, CaseStatus status, Priority priority, String team) {
        this.kind = kind;
        this.status = status;
        this.priority = priority;
        this.team = team;
        this.also = java.util.List.of();
    }

    private EventTarget(EventTarget first, java.util.List<EventTarget> also) {
        this.kind = first.kind;
        this.status = first.status;
        this.priority = first.priority;
        this.team = first.team;
        this.also = java.util.List.copyOf(also);
    }

    /** @return this target and the ones after it, in order */
    java.util.List<EventTarget> parts() {
        if (also.isEmpty()) {
            return java.util.List.of(this);
        }
        java.util.List<EventTarget> all = new java.util.ArrayList<>();
        all.add(new EventTarget(kind, status, priority, team));
        all.addAll(also);
        return all;
    }

    /**
     * Reads a target.
     *
     * @throws IllegalArgumentException naming the text and the accepted targets
     */
    static EventTarget parse(String text) {
        if (text.contains("+")) {
            String[] parts = text.split("\\+");
            java.util.List<EventTarget> targets = new java.util.ArrayList<>();
            java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isBlank()) {
                    throw new IllegalArgumentException("Empty target in '" + text.strip() + "': expected targets joined by +,"
                            + " such as update-sent + status:pending-customer");
                }
                EventTarget one = parse(parts[i]);
                if (one.kind == Kind.IGNORE || (one.kind == Kind.CREATED && i > 0)) {
                    throw new IllegalArgumentException("Target '" + parts[i].strip() + "' cannot be joined in '" + text.strip()
                            + "': ignore stands alone, and created can only come first");
                }
                Kind family = family(one.kind);
                if (!kinds.add(family)) {
                    throw new IllegalArgumentException("Target '" + parts[i].strip() + "' is given twice in '" + text.strip() + "'");
                }
                targets.add(one);
            }
            return new EventTarget(targets.get(0), targets.subList(1, targets.size()));
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("status:")) {
            String value = text.strip().substring("status:".length());
            try {
                return new EventTarget(Kind.STATUS, CaseStatus.parse(value), null);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown status in event target '" + text.strip() + "': " + e.getMessage(), e);
            }
        }
        if (t.startsWith("priority:")) {
            String value = text.strip().substring("priority:".length());
            try {
                return new EventTarget(Kind.PRIORITY, null, Priority.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown priority in event target '" + text.strip() + "': " + e.getMessage(), e);
            }
        }
        if (t.startsWith("waiting-on:")) {
            String team = text.strip().substring("waiting-on:".length()).strip();
            if (!SupportCase.isTeamName(team)) {
                throw new IllegalArgumentException("Team '" + team + "' in event target '" + text.strip() + "' is not a team name:"
                        + " expected a letter, then letters, digits, '_', '.' or '-', at most 64 characters, such as waiting-on:engineering");
            }
            return new EventTarget(Kind.WAITING_ON, null, null, team);
        }
        switch (t) {
            case "created": return new EventTarget(Kind.CREATED, null, null);
            case "status": return new EventTarget(Kind.STATUS_FROM_COLUMN, null, null);
            case "priority": return new EventTarget(Kind.PRIORITY_FROM_COLUMN, null, null);
            case "elevated": return new EventTarget(Kind.ELEVATED, null, null);
            case "not-elevated": return new EventTarget(Kind.NOT_ELEVATED, null, null);
            case "update-sent": return new EventTarget(Kind.UPDATE_SENT, null, null);
            case "customer-message": return new EventTarget(Kind.CUSTOMER_MESSAGE, null, null);
            case "assigned": return new EventTarget(Kind.ASSIGNED, null, null);
            case "agreed-interval": return new EventTarget(Kind.AGREED_INTERVAL, null, null);
            case "waiting-on": return new EventTarget(Kind.WAITING_ON_FROM_COLUMN, null, null);
            case "not-waiting": return new EventTarget(Kind.NOT_WAITING, null, null);
            case "solved": return new EventTarget(Kind.SOLVED, null, null);
            case "reopened": return new EventTarget(Kind.REOPENED, null, null);
            case "closed": return new EventTarget(Kind.CLOSED, null, null);
            case "ignore": return new EventTarget(Kind.IGNORE, null, null);
            default:
                throw new IllegalArgumentException("Unknown event target '" + text.strip() + "': expected " + EXPECTED);
        }
    }

    /** The kinds a row cannot give twice: a fixed value and the value from a column are one family. */
    private static Kind family(Kind kind) {
        switch (kind) {
            case STATUS_FROM_COLUMN: return Kind.STATUS;
            case PRIORITY_FROM_COLUMN: return Kind.PRIORITY;
            case WAITING_ON_FROM_COLUMN:
            case NOT_WAITING: return Kind.WAITING_ON;
            default: return kind;
        }
    }

    /** @return the text {@link #parse} reads back */
    @Override
    public String toString() {
        if (!also.isEmpty()) {
            return String.join(" + ", parts().stream().map(EventTarget::toString).toArray(String[]::new));
        }
        switch (kind) {
            case STATUS: return "status:" + status.text();
            case STATUS_FROM_COLUMN: return "status";
            case PRIORITY: return "priority:" + priority.text();
            case PRIORITY_FROM_COLUMN: return "priority";
            case WAITING_ON: return "waiting-on:" + team;
            case WAITING_ON_FROM_COLUMN: return "waiting-on";
            default: return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
