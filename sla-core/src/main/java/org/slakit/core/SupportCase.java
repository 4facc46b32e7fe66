package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;

/**
 * A snapshot of one support case, as much of it as an SLA needs. The embedding application
 * builds it from its own entity with {@link #builder(String, Instant)}.
 *
 * <p>What a case holds, and the defaults of the builder:
 * <ul>
 *   <li>{@link #id()}: the application's case id (required, not blank);</li>
 *   <li>{@link #created()}: when the case was created (required);</li>
 *   <li>{@link #channel()}: how the customer reached support (default {@link Channel#EMAIL});</li>
 *   <li>{@link #priority()} (default {@link Priority#NORMAL}) and {@link #isElevated()} (default
 *       false), with {@link #prioritySince()}: when the priority or the elevated flag last changed
 *       (default: creation);</li>
 *   <li>{@link #status()} (default {@link CaseStatus#OPEN}) with {@link #statusSince()}: when the
 *       case entered that status (default: creation);</li>
 *   <li>{@link #lastSentToCustomer()}: when support last sent the customer something; absent
 *       before the first response;</li>
 *   <li>{@link #lastReopened()}: when the case was last reopened after being solved or closed;
 *       absent if it never was. Its clock last started running then (or at creation), and every
 *       rule's clock starts anew from it;</li>
 *   <li>{@link #agreedInterval()}: an update interval agreed with this customer, used by
 *       {@link Target#asAgreed(Target) "as agreed"} targets;</li>
 *   <li>{@link #calendar()}: the case's own business hours (the customer's contract hours), used
 *       instead of the policy's default calendar for business targets;</li>
 *   <li>{@link #assignee()}: the agent the case is assigned to;</li>
 *   <li>{@link #waitingOn()}: the team support waits on (another department: engineering, billing),
 *       for internal SLAs whose targets differ per team;</li>
 *   <li>{@link #statusLog()}: every status the case was in since creation, with when it entered it,
 *       which duration clocks (time to resolution with pauses) need. Without an earlier log the case
 *       is taken to have been open from creation until it entered its current status.</li>
 * </ul>
 *
 * <p>{@link Builder#build()} rejects a case whose instants contradict each other, naming the case
 * id and the field: a last update, status change, priority change or reopening before creation,
 * and a reopening after the status change (reopening moves the case into a status). Instants
 * after the evaluation instant are rejected when the case is evaluated, since only then is "now"
 * known.
 *
 * <p>This class is immutable and thread-safe. Equality is by all fields.
 */
public final class SupportCase {

    private final String id;
    private final Instant created;
    private final Channel channel;
    private final Priority priority;
    private final boolean elevated;
    private final Instant prioritySince;
    private final CaseStatus status;
    private final Instant statusSince;
    private final Instant lastSent;
    private final Instant lastReopened;
    private final Duration agreedInterval;
    private final BusinessCalendar calendar;
    private final String assignee;
    private final String waitingOn;
    /** The statuses before the current one, oldest first; empty when none are known. */
    private final List<StatusChange> earlierStatuses;

    private SupportCase(Builder b) {
        this.id = b.id;
        this.created = b.created;
        this.channel = b.channel;
        this.priority = b.priority;
        this.elevated = b.elevated;
        this.prioritySince = b.prioritySince != null ? b.prioritySince : b.created;
        this.status = b.status;
        this.statusSince = b.statusSince != null ? b.statusSince : b.created;
        this.lastSent = b.lastSent;
        this.lastReopened = b.lastReopened;
        this.agreedInterval = b.agreedInterval;
        this.calendar = b.calendar;
        this.assignee = b.assignee;
        this.waitingOn = b.waitingOn;
        this.earlierStatuses = b.earlierStatuses;
    }

    /**
     * Starts a case.
     *
     * @param id the application's case id, not blank
     * @param created when the case was created
     * @return a builder with the defaults listed in the class documentation
     * @throws IllegalArgumentException if the id is blank
     */
    public static Builder builder(String id, Instant created) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Case id must not be blank: '" + id + "'");
        }
        return new Builder(id, created);
    }

    /** @return a builder holding this case's values, to derive a changed case */
    public Builder toBuilder() {
        Builder b = new Builder(id, created);
        b.channel = channel;
        b.priority = priority;
        b.elevated = elevated;
        b.prioritySince = prioritySince;
        b.status = status;
        b.statusSince = statusSince;
        b.lastSent = lastSent;
        b.lastReopened = lastReopened;
        b.agreedInterval = agreedInterval;
        b.calendar = calendar;
        b.assignee = assignee;
        b.waitingOn = waitingOn;
        b.earlierStatuses = earlierStatuses;
        return b;
    }

    /**
     * This case after support sent the customer something at {@code sent}.
     *
     * @param sent when the update was sent, not before creation
     * @return a case equal to this one except for {@link #lastSentToCustomer()}
     * @throws IllegalArgumentException if {@code sent} is before creation
     */
    public SupportCase withLastSentToCustomer(Instant sent) {
        return toBuilder().lastSentToCustomer(sent).build();
    }

    // ------------------------------------------------------------------ queries

    /** @return the application's case id */
    public String id() {
        return id;
    }

    /** @return when the case was created */
    public Instant created() {
        return created;
    }

    /** @return the channel the customer reached support through */
    public Channel channel() {
        return channel;
    }

    /** @return the priority */
    public Priority priority() {
        return priority;
    }

    /** @return true if the case is elevated (escalated), which the standard policy treats like urgent */
    public boolean isElevated() {
        return elevated;
    }

    /** @return when the priority or the elevated flag last changed; creation if never */
    public Instant prioritySince() {
        return prioritySince;
    }

    /** @return the status */
    public CaseStatus status() {
        return status;
    }

    /** @return when the case entered its current status; creation if never changed */
    public Instant statusSince() {
        return statusSince;
    }

    /** @return when support last sent the customer something; empty before the first response */
    public Optional<Instant> lastSentToCustomer() {
        return Optional.ofNullable(lastSent);
    }

    /**
     * @return when the case was last reopened after being solved or closed; empty if it never was
     */
    public Optional<Instant> lastReopened() {
        return Optional.ofNullable(lastReopened);
    }

    /**
     * @return when the case's clock last started running: its last reopening, or its creation if
     *         it was never reopened
     */
    public Instant runningSince() {
        return lastReopened != null ? lastReopened : created;
    }

    /** @return the update interval agreed with this customer, if any */
    public Optional<Duration> agreedInterval() {
        return Optional.ofNullable(agreedInterval);
    }

    /** @return the case's own business hours, if any; the policy's default calendar applies otherwise */
    public Optional<BusinessCalendar> calendar() {
        return Optional.ofNullable(calendar);
    }

    /** @return the agent the case is assigned to, if any */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    Instant lastSentOrNull() {
        return lastSent;
    }

    Duration agreedIntervalOrNull() {
        return agreedInterval;
    }

    BusinessCalendar calendarOrNull() {
        return calendar;
    }

    String assigneeOrNull() {
        return assignee;
    }

    private static final java.util.regex.Pattern TEAM = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /**
     * Tells whether a text can name a team that support waits on ({@link #waitingOn()}, the
     * condition {@code waiting on <team>}, {@code CaseEvent.waitingOn}): a letter, then letters,
     * digits, {@code _}, {@code .} or {@code -}, at most 64 characters, so that a team written in a
     * condition reads back as itself. Teams compare as written.
     *
     * @param name the text
     * @return true if it is a team name
     */
    public static boolean isTeamName(String name) {
        return name != null && TEAM.matcher(name).matches();
    }

    static String checkTeam(String name, String where) {
        Objects.requireNonNull(name, "team");
        if (!isTeamName(name)) {
            throw new IllegalArgumentException(where + "team '" + name + "' is not a team name: expected a letter,"
                    + " then letters, digits, '_', '.' or '-', at most 64 characters, such as 'engineering'");
        }
        return name;
    }

    /** @return the team support waits on for this case, if any (another department, for internal SLAs) */
    public Optional<String> waitingOn() {
        return Optional.ofNullable(waitingOn);
    }

    String waitingOnOrNull() {
        return waitingOn;
    }

    /** The number of entries of {@link #statusLog()}, without building it. */
    int logSize() {
        return earlierStatuses.isEmpty() ? (statusSince.isAfter(created) ? 2 : 1) : earlierStatuses.size() + 1;
    }

    /** The status of entry {@code i} of {@link #statusLog()}, without building it. */
    CaseStatus logStatus(int i) {
        if (i == logSize() - 1) {
            return status;
        }
        return earlierStatuses.isEmpty() ? CaseStatus.OPEN : earlierStatuses.get(i).status();
    }

    /** When the case entered the status of entry {@code i} of {@link #statusLog()}, without building it. */
    Instant logSince(int i) {
        if (i == logSize() - 1) {
            return statusSince;
        }
        return earlierStatuses.isEmpty() ? created : earlierStatuses.get(i).since();
    }

    /**
     * Every status the case was in, oldest first, each with when the case entered it; the last is
     * the current status since {@link #statusSince()}. The first starts at creation. When no earlier
     * statuses were given ({@link Builder#earlierStatuses}), the case is taken to have been open from
     * creation until it entered its current status (two entries when it entered it after creation,
     * both open if its status is open). Two entries in a row may have the same status (a case
     * solved and reopened at one instant); a clock that runs only in some statuses counts a spell
     * as the time the case spends in them without a break.
     *
     * @return the status log, at least one entry; unmodifiable
     */
    public List<StatusChange> statusLog() {
        List<StatusChange> log = new ArrayList<>(earlierStatuses.size() + 2);
        if (earlierStatuses.isEmpty()) {
            if (statusSince.isAfter(created)) {
                log.add(StatusChange.of(CaseStatus.OPEN, created));
            }
        } else {
            log.addAll(earlierStatuses);
        }
        log.add(StatusChange.of(status, statusSince));
        return Collections.unmodifiableList(log);
    }

    /**
     * Checks that the case can be evaluated at {@code now}: nothing about it lies in the future.
     *
     * @throws IllegalArgumentException naming the case id and the field
     */
    void checkNow(Instant now) {
        if (now.isBefore(created)) {
            throw new IllegalArgumentException("Case " + id + ": now " + now + " is before created " + created);
        }
        if (statusSince.isAfter(now)) {
            throw new IllegalArgumentException("Case " + id + ": statusSince " + statusSince
                    + " is after now " + now + " (a status entered in the future)");
        }
        if (prioritySince.isAfter(now)) {
            throw new IllegalArgumentException("Case " + id + ": prioritySince " + prioritySince
                    + " is after now " + now + " (a priority set in the future)");
        }
        if (lastReopened != null && lastReopened.isAfter(now)) {
            throw new IllegalArgumentException("Case " + id + ": lastReopened " + lastReopened
                    + " is after now " + now + " (a reopening in the future)");
        }
        if (lastSent != null && lastSent.isAfter(now)) {
            throw new IllegalArgumentException("Case " + id + ": lastSentToCustomer " + lastSent
                    + " is after now " + now + " (an update sent in the future)");
        }
    }

    // ------------------------------------------------------------------ value

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SupportCase)) {
            return false;
        }
        SupportCase o = (SupportCase) obj;
        return id.equals(o.id) && created.equals(o.created) && channel.equals(o.channel) && priority == o.priority
                && elevated == o.elevated && prioritySince.equals(o.prioritySince) && status == o.status
                && statusSince.equals(o.statusSince) && Objects.equals(lastSent, o.lastSent)
                && Objects.equals(lastReopened, o.lastReopened)
                && Objects.equals(agreedInterval, o.agreedInterval) && Objects.equals(calendar, o.calendar)
                && Objects.equals(assignee, o.assignee) && Objects.equals(waitingOn, o.waitingOn)
                && earlierStatuses.equals(o.earlierStatuses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, created, channel, priority, elevated, prioritySince, status, statusSince, lastSent,
                lastReopened, agreedInterval, calendar, assignee, waitingOn, earlierStatuses);
    }

    /** @return a one-line description for logs; not a format meant to be read back */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SupportCase[").append(id)
                .append(", created ").append(created)
                .append(", ").append(channel)
                .append(", ").append(priority.text()).append(elevated ? " elevated" : "")
                .append(" since ").append(prioritySince)
                .append(", ").append(status.text()).append(" since ").append(statusSince)
                .append(", last sent ").append(lastSent == null ? "never" : lastSent.toString());
        if (lastReopened != null) {
            sb.append(", reopened ").append(lastReopened);
        }
        if (agreedInterval != null) {
            sb.append(", agreed interval ").append(agreedInterval);
        }
        if (calendar != null) {
            sb.append(", own calendar in ").append(calendar.zone());
        }
        if (assignee != null) {
            sb.append(", assigned to ").append(assignee);
        }
        if (waitingOn != null) {
            sb.append(", waiting on ").append(waitingOn);
        }
        if (!earlierStatuses.isEmpty()) {
            sb.append(", earlier ").append(earlierStatuses);
        }
        return sb.append(']').toString();
    }

    // ------------------------------------------------------------------ builder

    /**
     * Builds a {@link SupportCase}. Setters reject null; leave an optional value unset for
     * "absent". A builder is not thread-safe; the case it builds is.
     */
    public static final class Builder {
        private final String id;
        private final Instant created;
        private Channel channel = Channel.EMAIL;
        private Priority priority = Priority.NORMAL;
        private boolean elevated;
        private Instant prioritySince;
        private CaseStatus status = CaseStatus.OPEN;
        private Instant statusSince;
        private Instant lastSent;
        private Instant lastReopened;
        private Duration agreedInterval;
        private BusinessCalendar calendar;
        private String assignee;
        private String waitingOn;
        private List<StatusChange> earlierStatuses = List.of();

        private Builder(String id, Instant created) {
            this.id = id;
            this.created = created;
        }

        /**
         * @param channel how the customer reached support
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /**
         * @param priority the priority
         * @return this builder
         */
        public Builder priority(Priority priority) {
            this.priority = Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * @param elevated whether the case is elevated
         * @return this builder
         */
        public Builder elevated(boolean elevated) {
            this.elevated = elevated;
            return this;
        }

        /**
         * @param since when the priority or the elevated flag last changed; not before creation
         * @return this builder
         */
        public Builder prioritySince(Instant since) {
            this.prioritySince = Objects.requireNonNull(since, "since");
            return this;
        }

        /**
         * @param status the status
         * @return this builder
         */
        public Builder status(CaseStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param since when the case entered its current status; not before creation
         * @return this builder
         */
        public Builder statusSince(Instant since) {
            this.statusSince = Objects.requireNonNull(since, "since");
            return this;
        }

        /**
         * @param sent when support last sent the customer something; not before creation
         * @return this builder
         */
        public Builder lastSentToCustomer(Instant sent) {
            this.lastSent = Objects.requireNonNull(sent, "sent");
            return this;
        }

        /**
         * @param reopened when the case was last reopened after being solved or closed; not before
         *        creation, not after {@link #statusSince(Instant) statusSince}
         * @return this builder
         */
        public Builder lastReopened(Instant reopened) {
            this.lastReopened = Objects.requireNonNull(reopened, "reopened");
            return this;
        }

        /**
         * @param interval the update interval agreed with the customer, positive, whole seconds, at
         *        most {@link Target#MAX_LENGTH}
         * @return this builder
         */
        public Builder agreedInterval(Duration interval) {
            this.agreedInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * @param calendar the case's own business hours
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @param assignee the agent the case is assigned to, not blank
         * @return this builder
         */
        public Builder assignee(String assignee) {
            this.assignee = Objects.requireNonNull(assignee, "assignee");
            return this;
        }

        /**
         * @param team the team support waits on (another department), a {@link SupportCase#isTeamName team name}
         * @return this builder
         */
        public Builder waitingOn(String team) {
            this.waitingOn = Objects.requireNonNull(team, "team");
            return this;
        }

        /**
         * @return this builder with no team to wait on
         */
        public Builder notWaitingOn() {
            this.waitingOn = null;
            return this;
        }

        /**
         * The statuses the case was in before its current one, for duration clocks.
         *
         * @param statuses oldest first: the first entered at creation, each later one after the one
         *        before it, the last before {@link #statusSince(Instant)}; empty for "open from
         *        creation"
         * @return this builder
         */
        public Builder earlierStatuses(List<StatusChange> statuses) {
            this.earlierStatuses = List.copyOf(Objects.requireNonNull(statuses, "statuses"));
            return this;
        }

        /**
         * Builds the case.
         *
         * @return the case
         * @throws IllegalArgumentException naming the case id and the field, if the last update, the
         *         status change, the priority change or the reopening is before creation, the
         *         reopening is after the status change, the agreed interval is not
         *         positive whole seconds or too long, or the assignee is blank
         */
        public SupportCase build() {
            before("lastSentToCustomer", lastSent);
            before("statusSince", statusSince);
            before("prioritySince", prioritySince);
            before("lastReopened", lastReopened);
            Instant since = statusSince != null ? statusSince : created;
            if (lastReopened != null && lastReopened.isAfter(since)) {
                throw new IllegalArgumentException("Case " + id + ": lastReopened " + lastReopened
                        + " is after statusSince " + since + ": reopening moves the case into a status,"
                        + " so the status cannot be older than the reopening");
            }
            if (agreedInterval != null) {
                if (agreedInterval.isZero() || agreedInterval.isNegative()) {
                    throw new IllegalArgumentException("Case " + id + ": agreedInterval " + agreedInterval
                            + " must be positive");
                }
                if (agreedInterval.getNano() != 0 || agreedInterval.compareTo(Target.MAX_LENGTH) > 0) {
                    throw new IllegalArgumentException("Case " + id + ": agreedInterval " + agreedInterval
                            + " must be whole seconds and at most " + Target.MAX_LENGTH);
                }
            }
            if (assignee != null && assignee.isBlank()) {
                throw new IllegalArgumentException("Case " + id + ": assignee must not be blank");
            }
            if (waitingOn != null) {
                checkTeam(waitingOn, "Case " + id + ": waitingOn ");
            }
            checkEarlierStatuses(since);
            return new SupportCase(this);
        }

        private void checkEarlierStatuses(Instant since) {
            for (int i = 0; i < earlierStatuses.size(); i++) {
                StatusChange c = earlierStatuses.get(i);
                StatusChange next = i + 1 < earlierStatuses.size() ? earlierStatuses.get(i + 1)
                        : StatusChange.of(status, since);
                if (i == 0 && !c.since().equals(created)) {
                    throw new IllegalArgumentException("Case " + id + ": the first earlier status " + c
                            + " must start at creation, " + created);
                }
                if (!next.since().isAfter(c.since())) {
                    throw new IllegalArgumentException("Case " + id + ": earlier status " + c + " is followed by "
                            + next + ": expected a later instant");
                }
            }
        }

        private void before(String field, Instant value) {
            if (value != null && value.isBefore(created)) {
                throw new IllegalArgumentException("Case " + id + ": " + field + " " + value
                        + " is before created " + created);
            }
        }
    }
}
