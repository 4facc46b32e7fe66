package org.slakit.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * The demo's data set: a few hundred support cases over two months for a Berlin team, generated
 * deterministically from a seed, so that every run (and every machine) sees the same cases.
 *
 * <p>The team works Mon-Fri with a lunch break and closes on German public holidays
 * ({@code berlin-support.calendar}); three of the eight customers have contract hours of their
 * own in New York, Tokyo and São Paulo, which then time their cases. Cases arrive by call, chat,
 * voicemail and email; most are answered in time, some are not; they go pending on the customer
 * or on another team, come back, get solved, closed, and now and then reopened.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoData {

    /** The seed of the shipped data set. */
    public static final long SEED = 20261124L;
    /** The demo's "now": Tuesday 24 November 2026, 10:30 in Berlin. */
    public static final Instant NOW = ZonedDateTime.parse("2026-11-24T10:30:00+01:00[Europe/Berlin]").toInstant();
    /** The first day cases arrive on. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 21);

    private static final String[] AGENTS = {"anna", "ben", "chiara", "deniz", "emil"};

    /** A customer and, when its contract says so, its own business hours. */
    public static final class Customer {
        private final String name;
        private final BusinessCalendar calendar;
        private final String calendarFile;

        Customer(String name, String calendarFile) {
            this.name = name;
            this.calendarFile = calendarFile;
            this.calendar = calendarFile == null ? null : DemoData.calendar("/org/slakit/examples/demo/" + calendarFile);
        }

        /** @return the customer's name */
        public String name() {
            return name;
        }

        /** @return the contract hours, if they differ from the team's */
        public Optional<BusinessCalendar> calendar() {
            return Optional.ofNullable(calendar);
        }
    }

    private final BusinessCalendar team;
    private final List<Customer> customers;
    private final List<CaseHistory> histories;
    private final Map<String, Customer> customerOfCase;

    private DemoData(BusinessCalendar team, List<Customer> customers, List<CaseHistory> histories,
                     Map<String, Customer> customerOfCase) {
        this.team = team;
        this.customers = List.copyOf(customers);
        this.histories = List.copyOf(histories);
        this.customerOfCase = Map.copyOf(customerOfCase);
    }

    /**
     * The shipped data set: {@code generate(SEED, NOW)}.
     *
     * @return the data set
     */
    public static DemoData shipped() {
        return generate(SEED, NOW);
    }

    /**
     * Generates a data set: cases arriving from {@link #FIRST_DAY} until {@code now}, with every
     * event at or before {@code now}.
     *
     * @param seed the random seed; the same seed gives the same data
     * @param now the end of the data set
     * @return the data set
     */
    public static DemoData generate(long seed, Instant now) {
        BusinessCalendar team = calendar("/org/slakit/examples/berlin-support.calendar");
        List<Customer> customers = List.of(
                new Customer("Acme GmbH", null),
                new Customer("Brightside Ltd", null),
                new Customer("Carrot Kitchen", null),
                new Customer("Delta Dental", null),
                new Customer("Elbe Shipping", null),
                new Customer("Northwind Inc", "northwind-new-york.calendar"),
                new Customer("Sakura Systems", "sakura-tokyo.calendar"),
                new Customer("Pampa Logistica", "pampa-sao-paulo.calendar"));
        SplittableRandom random = new SplittableRandom(seed);
        List<CaseHistory> histories = new ArrayList<>();
        Map<String, Customer> customerOfCase = new LinkedHashMap<>();
        ZoneId zone = team.zone();
        int number = 4001;
        for (LocalDate day = FIRST_DAY; day.atStartOfDay(zone).toInstant().isBefore(now); day = day.plusDays(1)) {
            boolean weekday = team.isBusinessDay(day);
            int arrivals = weekday ? 4 + random.nextInt(5) : random.nextInt(2);
            for (int k = 0; k < arrivals; k++) {
                LocalTime time = weekday && random.nextInt(10) < 8
                        ? LocalTime.of(8, 0).plusMinutes(random.nextInt(10 * 60))
                        : LocalTime.of(0, 0).plusMinutes(random.nextInt(24 * 60));
                Instant created = ZonedDateTime.of(day, time, zone).toInstant();
                if (!created.isBefore(now)) {
                    continue;
                }
                String id = "C-" + number++;
                Customer customer = customers.get(random.nextInt(customers.size()));
                // agents work the team's hours; the customer's contract hours only time the SLA
                CaseHistory history = simulate(id, created, now, team, random);
                if (customer.calendar().isPresent()) {
                    history = history.withCalendar(customer.calendar().get());
                }
                histories.add(history);
                customerOfCase.put(id, customer);
            }
        }
        return new DemoData(team, customers, histories, customerOfCase);
    }

    /** One case's life, cut at {@code now}. */
    private static CaseHistory simulate(String id, Instant created, Instant now, BusinessCalendar hours,
                                        SplittableRandom random) {
        Channel channel = pick(random, new Channel[] {Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL},
                new int[] {20, 20, 10, 50});
        Priority priority = pick(random, Priority.values(), new int[] {3, 15, 62, 20});
        Events events = new Events(now);
        events.add(CaseEvent.created(id, created, channel, priority));
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        events.add(CaseEvent.assigned(id, created.plusSeconds(60 + random.nextInt(600)), Optional.of(agent)));
        if (random.nextInt(100) < 5) {
            events.add(CaseEvent.elevationChanged(id, created.plusSeconds(1800), true));
        }
        // first response: most within the hour, some late
        Instant t;
        if (priority == Priority.EMERGENCY) {
            t = created.plus(Duration.ofMinutes(10 + random.nextInt(random.nextInt(10) < 8 ? 45 : 120)));
            events.add(CaseEvent.updateSent(id, t));
            events.add(CaseEvent.agreedIntervalSet(id, t, Duration.ofHours(2 + random.nextInt(3))));
        } else {
            int lateness = random.nextInt(100) < 12 ? 120 + random.nextInt(300) : 5 + random.nextInt(100);
            t = hours.plus(created, Duration.ofMinutes(lateness));
            events.add(CaseEvent.updateSent(id, t));
        }
        boolean live = channel.equals(Channel.CALL) || channel.equals(Channel.CHAT);
        if (live && random.nextInt(100) < 55) {
            // sorted out while the customer is on the line
            events.add(CaseEvent.solved(id, t.plus(Duration.ofMinutes(5 + random.nextInt(55)))));
            events.add(CaseEvent.closed(id, t.plus(Duration.ofDays(3))));
            return CaseHistory.sorted(events.list);
        }
        if (priority == Priority.EMERGENCY) {
            // hourly-ish updates as agreed, solved within the day
            int updates = 2 + random.nextInt(5);
            for (int u = 0; u < updates; u++) {
                t = t.plus(Duration.ofMinutes(50 + random.nextInt(random.nextInt(10) < 9 ? 100 : 300)));
                events.add(CaseEvent.updateSent(id, t));
            }
            events.add(CaseEvent.solved(id, t));
            events.add(CaseEvent.closed(id, t.plus(Duration.ofDays(3))));
            return CaseHistory.sorted(events.list);
        }
        boolean solved = false;
        for (int step = 0; step < 6 && !solved && t.isBefore(now); step++) {
            int roll = step == 0 && random.nextInt(100) < 20 ? 99 : random.nextInt(100);
            if (roll < 25) {
                // waiting for the customer, who answers hours or days later; support replies
                events.add(CaseEvent.statusChanged(id, t, CaseStatus.PENDING_CUSTOMER));
                t = t.plus(Duration.ofHours(4 + random.nextInt(24 * 10)));
                events.add(CaseEvent.customerMessage(id, t));
                events.add(CaseEvent.statusChanged(id, t, CaseStatus.OPEN));
                t = hours.plus(t, Duration.ofMinutes(30 + random.nextInt(random.nextInt(10) < 8 ? 6 * 60 : 30 * 60)));
                events.add(CaseEvent.updateSent(id, t));
            } else if (roll < 38) {
                // waiting for another team, which answers within its own working days
                events.add(CaseEvent.statusChanged(id, t, CaseStatus.PENDING_INTERNAL));
                t = hours.plus(t, Duration.ofHours(4 + random.nextInt(random.nextInt(10) < 8 ? 40 : 80)));
                events.add(CaseEvent.statusChanged(id, t, CaseStatus.OPEN));
                events.add(CaseEvent.updateSent(id, t));
            } else if (roll < 70) {
                // a progress update, now and then late
                t = hours.plus(t, Duration.ofMinutes(4 * 60 + random.nextInt(random.nextInt(100) < 85 ? 20 * 60 : 40 * 60)));
                events.add(CaseEvent.updateSent(id, t));
            } else {
                t = hours.plus(t, Duration.ofMinutes(20 + random.nextInt(5 * 60)));
                events.add(CaseEvent.updateSent(id, t));
                events.add(CaseEvent.solved(id, t));
                solved = true;
                if (random.nextInt(100) < 8) {
                    t = t.plus(Duration.ofHours(12 + random.nextInt(48)));
                    events.add(CaseEvent.customerMessage(id, t));
                    events.add(CaseEvent.reopened(id, t));
                    t = hours.plus(t, Duration.ofMinutes(30 + random.nextInt(8 * 60)));
                    events.add(CaseEvent.updateSent(id, t));
                    events.add(CaseEvent.solved(id, t));
                }
                events.add(CaseEvent.closed(id, t.plus(Duration.ofDays(3))));
            }
        }
        if (!solved) {
            t = hours.plus(t, Duration.ofMinutes(30 + random.nextInt(6 * 60)));
            events.add(CaseEvent.updateSent(id, t));
            events.add(CaseEvent.solved(id, t));
            events.add(CaseEvent.closed(id, t.plus(Duration.ofDays(3))));
        }
        return CaseHistory.sorted(events.list);
    }

    /** Collects events, leaving out those after now: the data set ends there. */
    private static final class Events {
        private final Instant now;
        private final List<CaseEvent> list = new ArrayList<>();

        Events(Instant now) {
            this.now = now;
        }

        void add(CaseEvent event) {
            if (!event.at().isAfter(now)) {
                list.add(event);
            }
        }
    }

    private static <T> T pick(SplittableRandom random, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    static BusinessCalendar calendar(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return BusinessCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the histories as a CSV event log, one event a row, as a helpdesk export would look:
     * columns {@code case_id,time,event,status,priority,channel,assignee,interval}; {@code demo.mapping}
     * maps it for {@code EventLogImport}. Agreed intervals are {@code agreed-interval} rows with the
     * interval in ISO-8601 ({@code PT3H}).
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void writeEventLog(Appendable out) throws IOException {
        out.append("case_id,time,event,status,priority,channel,assignee,interval\n");
        for (CaseHistory h : histories) {
            for (CaseEvent e : h.events()) {
                String event;
                String status = "";
                String priority = "";
                String channel = "";
                String assignee = "";
                String interval = "";
                switch (e.kind()) {
                    case CREATED:
                        event = "created";
                        priority = ((CaseEvent.Created) e).priority().text();
                        channel = ((CaseEvent.Created) e).channel().name();
                        break;
                    case STATUS_CHANGED:
                        event = "status";
                        status = ((CaseEvent.StatusChanged) e).status().text();
                        break;
                    case PRIORITY_CHANGED:
                        event = "priority";
                        priority = ((CaseEvent.PriorityChanged) e).priority().text();
                        break;
                    case ELEVATION_CHANGED: event = ((CaseEvent.ElevationChanged) e).elevated() ? "elevated" : "not-elevated"; break;
                    case UPDATE_SENT: event = "update-sent"; break;
                    case CUSTOMER_MESSAGE: event = "customer-message"; break;
                    case AGREED_INTERVAL_SET:
                        event = "agreed-interval";
                        interval = ((CaseEvent.AgreedIntervalSet) e).interval().toString();
                        break;
                    case ASSIGNED:
                        event = "assigned";
                        assignee = ((CaseEvent.Assigned) e).assignee().orElse("");
                        break;
                    case SOLVED: event = "solved"; break;
                    case REOPENED: event = "reopened"; break;
                    case CLOSED: event = "closed"; break;
                    default: throw new IllegalStateException("unknown event kind " + e.kind());
                }
                out.append(e.caseId()).append(',').append(e.at().toString()).append(',').append(event).append(',')
                        .append(status).append(',').append(priority).append(',').append(channel).append(',')
                        .append(assignee).append(',').append(interval).append('\n');
            }
        }
    }

    /**
     * Writes the cases as they stand at {@code now}, one case a row, in the CSV form the command-line
     * tool's {@code board} and {@code queue} read: {@code id,channel,priority,elevated,status,created,
     * status_since,priority_since,last_sent,agreed_interval,assignee,calendar}, where {@code calendar}
     * names the customer's contract-hours file next to the CSV.
     *
     * @param out where to write
     * @param now the instant of the snapshots; cases created later are left out
     * @throws IOException if writing fails
     */
    public void writeCaseSnapshots(Appendable out, Instant now) throws IOException {
        out.append("id,channel,priority,elevated,status,created,status_since,priority_since,last_sent,"
                + "agreed_interval,assignee,calendar\n");
        for (CaseHistory h : histories) {
            if (h.creation().at().isAfter(now)) {
                continue;
            }
            org.slakit.core.SupportCase c = h.snapshotAt(now);
            out.append(c.id()).append(',').append(c.channel().name()).append(',').append(c.priority().text()).append(',')
                    .append(String.valueOf(c.isElevated())).append(',').append(c.status().text()).append(',')
                    .append(c.created().toString()).append(',').append(c.statusSince().toString()).append(',')
                    .append(c.prioritySince().toString()).append(',')
                    .append(c.lastSentToCustomer().map(Instant::toString).orElse("")).append(',')
                    .append(c.agreedInterval().map(d -> d.toMinutes() + " minutes").orElse("")).append(',')
                    .append(c.assignee().orElse("")).append(',')
                    .append(customerOf(c.id()).calendarFile == null ? "" : customerOf(c.id()).calendarFile).append('\n');
        }
    }

    /**
     * Writes the shipped files: {@code DemoData FOLDER} writes {@code events.csv} and
     * {@code cases.csv} (the snapshots at {@link #NOW}) into the folder; without an argument the
     * event log goes to standard output.
     *
     * @param args an optional output file
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        DemoData data = shipped();
        StringBuilder events = new StringBuilder();
        data.writeEventLog(events);
        if (args.length == 0) {
            System.out.print(events);
            return;
        }
        StringBuilder cases = new StringBuilder();
        data.writeCaseSnapshots(cases, NOW);
        java.nio.file.Path folder = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.writeString(folder.resolve("events.csv"), events, StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(folder.resolve("cases.csv"), cases, StandardCharsets.UTF_8);
    }

    /** @return the team's calendar */
    public BusinessCalendar team() {
        return team;
    }

    /** @return the customers */
    public List<Customer> customers() {
        return customers;
    }

    /** @return every case's history, in order of creation */
    public List<CaseHistory> histories() {
        return histories;
    }

    /**
     * @param caseId a case of this data set
     * @return the customer who opened it
     * @throws IllegalArgumentException if the case is not in the data set
     */
    public Customer customerOf(String caseId) {
        Customer c = customerOfCase.get(caseId);
        if (c == null) {
            throw new IllegalArgumentException("No case " + caseId + " in the demo data");
        }
        return c;
    }
}
