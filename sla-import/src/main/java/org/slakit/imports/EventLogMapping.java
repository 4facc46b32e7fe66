package org.slakit.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.text.internal.LineReader;
import org.slakit.text.internal.TextLine;

/**
 * How the columns of a CSV event log (and, optionally, of a case attributes file with one row per
 * case) become slakit {@link org.slakit.core.history.CaseEvent case events}: read from a small
 * properties-style text with {@link #parse(String)} or {@link #read(Path)}.
 *
 * <h2>The text</h2>
 * One {@code key = value} per line; the key ends at the first {@code =}; blanks around keys and
 * values are ignored; blank lines and lines starting with {@code #} are ignored (there are no
 * comments at the end of a line, so values may contain {@code #}). Keys are case-insensitive, and
 * so are the raw values in {@code event.}, {@code status.}, {@code priority.} and {@code channel.}
 * keys, which are matched against cells after stripping surrounding blanks. A raw value cannot
 * contain {@code =}. Each key may appear once.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th></tr>
 * <tr><td>{@code log.kind}</td><td>{@code events} (default): one row per event, its type in {@code column.event};
 *     {@code snapshots}: each row is the state of a case after a change (status, priority, assignee,
 *     flag), and the events are what changed between consecutive rows of the case in time order. A case
 *     is created at its first row (or its attributes' created time, if earlier) with that row's priority
 *     and channel; a row may yield several events (status and assignee changed together); a row that
 *     changes nothing is counted, not used for an event. A change to solved or closed is a
 *     {@code solved} or {@code closed} event; leaving solved or closed is a {@code reopened} event.
 *     {@code column.event} is optional: its values may add events the state cannot show
 *     ({@code update-sent}, {@code customer-message}).</td></tr>
 * <tr><td>{@code column.case}</td><td>required: the column holding the case id</td></tr>
 * <tr><td>{@code column.time}</td><td>required: the column holding the timestamp</td></tr>
 * <tr><td>{@code column.event}</td><td>required in event logs: the column holding the event (activity) name</td></tr>
 * <tr><td>{@code column.status}</td><td>optional: read by events mapped to {@code status}; required in snapshot logs</td></tr>
 * <tr><td>{@code column.substatus}</td><td>snapshot logs, optional: a second status column; the raw status is then
 *     {@code <status>/<substatus>} ({@code status.Accepted/Wait - User = pending-customer})</td></tr>
 * <tr><td>{@code column.elevated}</td><td>snapshot logs, optional: the elevated flag, {@code true}/{@code false},
 *     {@code yes}/{@code no} or {@code 1}/{@code 0}; an empty cell is not elevated</td></tr>
 * <tr><td>{@code column.priority}</td><td>optional: read by {@code created} and by events mapped to {@code priority}</td></tr>
 * <tr><td>{@code column.channel}</td><td>optional: read by {@code created}</td></tr>
 * <tr><td>{@code column.assignee}</td><td>required if an event maps to {@code assigned}; an empty cell means unassigned</td></tr>
 * <tr><td>{@code column.waiting-on}</td><td>the team support waits on ({@link org.slakit.core.SupportCase#waitingOn()},
 *     for internal SLAs): required if an event maps to {@code waiting-on}; in snapshot logs optional, a change of
 *     the cell is a waiting-on event. An empty cell means waiting on nobody; a cell that is not a
 *     {@link org.slakit.core.SupportCase#isTeamName team name} is a rejected row ({@link RejectReason#BAD_TEAM})</td></tr>
 * <tr><td>{@code column.interval}</td><td>required if an event maps to {@code agreed-interval}: elapsed time such as {@code 4 hours} or {@code PT4H}</td></tr>
 * <tr><td>{@code time.format}</td><td>required: {@code iso} (ISO 8601 with offset: {@code 2026-03-02T09:15:00+01:00},
 *     {@code ...+0100} or {@code ...Z}; seconds and their fractions optional), {@code iso-local} ({@code 2026-03-02T09:15:00}, no offset) or a
 *     {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yyyy HH:mm}; patterns are read
 *     strictly (no February 30) and need a date and a time of day</td></tr>
 * <tr><td>{@code time.zone}</td><td>a zone id; required when the format has no offset (local wall-clock times),
 *     and with {@code time.offset = ignore}; an error otherwise</td></tr>
 * <tr><td>{@code time.offset}</td><td>{@code use} (default): an offset in the text is the truth; {@code ignore}:
 *     the offset is dropped and the local date-time read in {@code time.zone}, for exports that
 *     label local times as UTC</td></tr>
 * <tr><td>{@code event.<raw>}</td><td>what an event value means: {@code created}, {@code status:<status>},
 *     {@code status} (value from {@code column.status}), {@code priority:<priority>}, {@code priority}
 *     (value from {@code column.priority}), {@code elevated}, {@code not-elevated}, {@code update-sent},
 *     {@code customer-message}, {@code assigned}, {@code agreed-interval}, {@code waiting-on:<team>} (support now
 *     waits on that team), {@code waiting-on} (the team from {@code column.waiting-on}), {@code not-waiting},
 *     {@code solved}, {@code reopened}, {@code closed}, or
 *     {@code ignore} (counted, not used); several targets joined by {@code +} make the row several events, in
 *     that order ({@code update-sent + status:pending-customer}; {@code created} only first, {@code ignore}
 *     alone). An event value without an entry is a rejected row.</td></tr>
 * <tr><td>{@code status.<raw>}</td><td>a slakit status ({@code open}, {@code pending-internal},
 *     {@code pending-customer}, {@code solved}, {@code closed}) for a raw value of {@code column.status}</td></tr>
 * <tr><td>{@code priority.<raw>}</td><td>a slakit priority ({@code emergency}, {@code urgent}, {@code normal},
 *     {@code low}) for a raw value of {@code column.priority} or {@code attributes.column.priority}</td></tr>
 * <tr><td>{@code channel.<raw>}</td><td>a channel name for a raw value of {@code column.channel} or
 *     {@code attributes.column.channel}</td></tr>
 * <tr><td>{@code default.channel}</td><td>the channel of a creation that no column gives one; required when no
 *     channel column is mapped</td></tr>
 * <tr><td>{@code default.priority}</td><td>likewise for the priority</td></tr>
 * <tr><td>{@code missing-creation}</td><td>{@code reject} (default): the rows of a case without a creation event
 *     are rejected; {@code synthesize}: the case is created at its attributes' created time, else at its
 *     earliest event</td></tr>
 * <tr><td>{@code budget.max-rejected-rows}</td><td>optional: stop when more rows are rejected; without either
 *     budget key the budget is {@link ErrorBudget#standard()}, at most 1% of the rows read</td></tr>
 * <tr><td>{@code budget.max-rejected-share}</td><td>optional: stop when a larger share of rows is rejected,
 *     {@code 1%} or {@code 0.01}</td></tr>
 * <tr><td>{@code csv.delimiter}</td><td>one character, {@code tab} or {@code space}; default {@code ,}</td></tr>
 * <tr><td>{@code csv.quote}</td><td>one character or {@code none}; default {@code "}</td></tr>
 * <tr><td>{@code csv.header}</td><td>{@code true} (default): the first record names the columns and every row has
 *     as many fields; {@code false}: columns are given by number from 1</td></tr>
 * <tr><td>{@code csv.charset}</td><td>default {@code UTF-8}; bytes that are not text in it stop the import</td></tr>
 * <tr><td>{@code attributes.column.case}</td><td>required to read a case attributes file: its case id column</td></tr>
 * <tr><td>{@code attributes.column.priority}, {@code .channel}, {@code .created}</td><td>optional columns of the
 *     attributes file: the priority and channel of the creation (after the log row's own cells, before the
 *     defaults) and the created time of a synthesized creation</td></tr>
 * <tr><td>{@code attributes.time.format}, {@code .zone}, {@code .offset}</td><td>how the attributes file writes
 *     times; when none is given the {@code time.} keys apply, else these replace them as a whole</td></tr>
 * </table>
 *
 * <p>Values of {@code column.status} and {@code column.priority} (and the attributes' priority and
 * channel) are read through their value map when it has entries, and then only through it; without
 * entries they are read as slakit names ({@link CaseStatus#parse}, {@link Priority#parse},
 * {@link Channel#of}). Errors name the line, its text, and what was expected:
 * {@code line 3 'colum.case = id': Unknown key 'colum.case': expected ...}.
 *
 * <p>{@link #toString()} writes the mapping back as text that {@link #parse} reads into an equal
 * mapping (equal mappings write the same text). This class is immutable and thread-safe.
 */
public final class EventLogMapping {

    static final String SYNTHESIZE = "synthesize";
    static final String SNAPSHOTS = "snapshots";
    static final String EVENTS = "events";
    static final String REJECT = "reject";

    private static final List<String> KEYS = List.of("log.kind", "csv.delimiter", "csv.quote", "csv.header", "csv.charset",
            "column.case", "column.time", "column.event", "column.status", "column.substatus", "column.priority", "column.channel",
            "column.assignee", "column.waiting-on", "column.elevated", "column.interval", "time.format", "time.zone", "time.offset", "default.channel", "default.priority",
            "missing-creation", "budget.max-rejected-rows", "budget.max-rejected-share", "attributes.column.case",
            "attributes.column.priority", "attributes.column.channel", "attributes.column.created",
            "attributes.time.format", "attributes.time.zone", "attributes.time.offset");
    private static final List<String> VALUE_PREFIXES = List.of("event.", "status.", "priority.", "channel.");

    /** A raw value's entry: the raw value as written and what it maps to. */
    static final class Entry<T> {
        final String raw;
        final T value;
        final int line;

        Entry(String raw, T value, int line) {
            this.raw = raw;
            this.value = value;
            this.line = line;
        }
    }

    final char delimiter;
    final Character quote;
    final boolean header;
    final Charset charset;
    final String caseColumn;
    final String timeColumn;
    final String eventColumn;
    final String statusColumn;
    final String priorityColumn;
    final String channelColumn;
    final String assigneeColumn;
    final String waitingOnColumn;
    final String intervalColumn;
    final String substatusColumn;
    final String elevatedColumn;
    /** {@code log.kind = snapshots}: each row is the state of the case after a change */
    final boolean snapshots;
    final TimestampFormat time;
    final Map<String, Entry<EventTarget>> events;
    final Map<String, Entry<CaseStatus>> statuses;
    final Map<String, Entry<Priority>> priorities;
    final Map<String, Entry<Channel>> channels;
    final Channel defaultChannel;
    final Priority defaultPriority;
    final boolean synthesizeCreation;
    final ErrorBudget budget;
    private final boolean budgetSet;
    final String attributesCaseColumn;
    final String attributesPriorityColumn;
    final String attributesChannelColumn;
    final String attributesCreatedColumn;
    final TimestampFormat attributesTime;
    private final boolean attributesOwnTime;
    private final String text;

    private EventLogMapping(Parser p) {
        delimiter = p.delimiter;
        quote = p.quote;
        header = p.header;
        charset = p.charset;
        caseColumn = p.columns.get("column.case");
        timeColumn = p.columns.get("column.time");
        eventColumn = p.columns.get("column.event");
        statusColumn = p.columns.get("column.status");
        priorityColumn = p.columns.get("column.priority");
        channelColumn = p.columns.get("column.channel");
        assigneeColumn = p.columns.get("column.assignee");
        waitingOnColumn = p.columns.get("column.waiting-on");
        intervalColumn = p.columns.get("column.interval");
        substatusColumn = p.columns.get("column.substatus");
        elevatedColumn = p.columns.get("column.elevated");
        snapshots = p.snapshots;
        time = p.time;
        events = Collections.unmodifiableMap(p.events);
        statuses = Collections.unmodifiableMap(p.statuses);
        priorities = Collections.unmodifiableMap(p.priorities);
        channels = Collections.unmodifiableMap(p.channels);
        defaultChannel = p.defaultChannel;
        defaultPriority = p.defaultPriority;
        synthesizeCreation = p.synthesize;
        budget = p.budget;
        budgetSet = p.budgetSet;
        attributesCaseColumn = p.columns.get("attributes.column.case");
        attributesPriorityColumn = p.columns.get("attributes.column.priority");
        attributesChannelColumn = p.columns.get("attributes.column.channel");
        attributesCreatedColumn = p.columns.get("attributes.column.created");
        attributesTime = p.attributesTime;
        attributesOwnTime = p.attributesOwnTime;
        text = write();
    }

    /**
     * Reads a mapping from its text.
     *
     * @param text the mapping text, as described in the class documentation
     * @return the mapping
     * @throws MappingFormatException naming the line at fault and what was expected: an unknown
     *         key, a key given twice, a bad time pattern or zone, an unknown event target, status,
     *         priority or channel, a missing required key, or keys that contradict each other
     */
    public static EventLogMapping parse(String text) {
        Objects.requireNonNull(text, "text");
        return new EventLogMapping(new Parser(text.startsWith("\uFEFF") ? text.substring(1) : text).run());
    }

    /** The names of the mappings that ship with slakit, for {@link #shipped(String)}. */
    public static final List<String> SHIPPED = List.of("bpic2014", "bpi2013");

    /**
     * A mapping that ships with slakit: {@code bpic2014} for the BPI Challenge 2014 incident log
     * (Rabobank), {@code bpi2013} for the BPI Challenge 2013 Volvo IT incident log.
     *
     * @param name one of {@link #SHIPPED}
     * @return the mapping
     * @throws IllegalArgumentException naming the known mappings if {@code name} is not one
     */
    public static EventLogMapping shipped(String name) {
        Objects.requireNonNull(name, "name");
        if (!SHIPPED.contains(name)) {
            throw new IllegalArgumentException("No shipped mapping '" + name + "': expected one of " + String.join(", ", SHIPPED));
        }
        try (java.io.InputStream in = EventLogMapping.class.getResourceAsStream(name + ".mapping")) {
            if (in == null) {
                throw new IllegalStateException(name + ".mapping is missing from the slakit-import jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a mapping from a UTF-8 file; error messages start with the file name.
     *
     * @param file the mapping file
     * @return the mapping
     * @throws IOException if the file cannot be read
     * @throws MappingFormatException as {@link #parse(String)}, the message prefixed with the file name
     */
    public static EventLogMapping read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = TextFiles.read(file, StandardCharsets.UTF_8);
        } catch (TextFiles.NotText e) {
            throw new MappingFormatException(e.getMessage());
        }
        try {
            return parse(text);
        } catch (MappingFormatException e) {
            throw e.in(file.getFileName().toString());
        }
    }

    /** @return the error budget the mapping sets, {@link ErrorBudget#standard()} (1% of the rows) if none */
    public ErrorBudget errorBudget() {
        return budget;
    }

    /** @return whether the mapping describes a case attributes file ({@code attributes.column.case}) */
    public boolean hasAttributes() {
        return attributesCaseColumn != null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EventLogMapping && text.equals(((EventLogMapping) obj).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * @return the mapping as text that {@link #parse(String)} reads back: settings in a fixed order,
     *         then the value entries in the order they were given
     */
    @Override
    public String toString() {
        return text;
    }

    private String write() {
        StringBuilder sb = new StringBuilder();
        line(sb, "log.kind", snapshots ? SNAPSHOTS : null);
        line(sb, "csv.delimiter", delimiter == '\t' ? "tab" : delimiter == ' ' ? "space" : String.valueOf(delimiter));
        line(sb, "csv.quote", quote == null ? "none" : String.valueOf(quote));
        line(sb, "csv.header", String.valueOf(header));
        line(sb, "csv.charset", charset.name());
        line(sb, "column.case", caseColumn);
        line(sb, "column.time", timeColumn);
        line(sb, "column.event", eventColumn);
        line(sb, "column.status", statusColumn);
        line(sb, "column.substatus", substatusColumn);
        line(sb, "column.priority", priorityColumn);
        line(sb, "column.channel", channelColumn);
        line(sb, "column.assignee", assigneeColumn);
        line(sb, "column.waiting-on", waitingOnColumn);
        line(sb, "column.elevated", elevatedColumn);
        line(sb, "column.interval", intervalColumn);
        line(sb, "time.format", time.format());
        line(sb, "time.zone", time.zone() == null ? null : time.zone().getId());
        line(sb, "time.offset", time.ignoreOffset() ? "ignore" : null);
        line(sb, "default.channel", defaultChannel == null ? null : defaultChannel.name());
        line(sb, "default.priority", defaultPriority == null ? null : defaultPriority.text());
        line(sb, "missing-creation", synthesizeCreation ? SYNTHESIZE : REJECT);
        line(sb, "budget.max-rejected-rows", budgetSet && budget.maxRows().isPresent() ? String.valueOf(budget.maxRows().getAsLong()) : null);
        line(sb, "budget.max-rejected-share", budgetSet && budget.maxShare().isPresent() ? budget.sharePercent() : null);
        line(sb, "attributes.column.case", attributesCaseColumn);
        line(sb, "attributes.column.priority", attributesPriorityColumn);
        line(sb, "attributes.column.channel", attributesChannelColumn);
        line(sb, "attributes.column.created", attributesCreatedColumn);
        if (attributesOwnTime) {
            line(sb, "attributes.time.format", attributesTime.format());
            line(sb, "attributes.time.zone", attributesTime.zone() == null ? null : attributesTime.zone().getId());
            line(sb, "attributes.time.offset", attributesTime.ignoreOffset() ? "ignore" : null);
        }
        events.values().forEach(e -> line(sb, "event." + e.raw, e.value.toString()));
        statuses.values().forEach(e -> line(sb, "status." + e.raw, e.value.text()));
        priorities.values().forEach(e -> line(sb, "priority." + e.raw, e.value.text()));
        channels.values().forEach(e -> line(sb, "channel." + e.raw, e.value.name()));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(key).append(" = ").append(value).append('\n');
        }
    }

    /** The key used to look a raw value up: stripped, lower case. */
    static String normalize(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** One mapping line. */
    private static final class Line {
        final int number;
        final String text;
        final String key;
        final String value;

        Line(int number, String text, String key, String value) {
            this.number = number;
            this.text = text;
            this.key = key;
            this.value = value;
        }
    }

    /** Reads the text; the fields are what the mapping is built from. */
    private static final class Parser {
        private final String source;
        private final Map<String, Line> settings = new LinkedHashMap<>();
        private final Map<String, Line> seen = new LinkedHashMap<>();
        private final List<Line> valueLines = new ArrayList<>();

        char delimiter = ',';
        Character quote = '"';
        boolean header = true;
        Charset charset = StandardCharsets.UTF_8;
        final Map<String, String> columns = new LinkedHashMap<>();
        TimestampFormat time;
        final Map<String, Entry<EventTarget>> events = new LinkedHashMap<>();
        final Map<String, Entry<CaseStatus>> statuses = new LinkedHashMap<>();
        final Map<String, Entry<Priority>> priorities = new LinkedHashMap<>();
        final Map<String, Entry<Channel>> channels = new LinkedHashMap<>();
        Channel defaultChannel;
        Priority defaultPriority;
        boolean synthesize;
        boolean snapshots;
        ErrorBudget budget = ErrorBudget.unlimited();
        boolean budgetSet;
        TimestampFormat attributesTime;
        boolean attributesOwnTime;

        Parser(String source) {
            this.source = source;
        }

        Parser run() {
            split();
            Line kind = settings.get("log.kind");
            if (kind != null) {
                switch (kind.value.toLowerCase(Locale.ROOT)) {
                    case SNAPSHOTS: snapshots = true; break;
                    case EVENTS: snapshots = false; break;
                    default: throw fail(kind, "Invalid log.kind '" + kind.value + "': expected events (one row per event)"
                            + " or snapshots (one row per state of a case, events derived from what changed)");
                }
            }
            csv();
            for (String key : KEYS) {
                if (key.contains("column.") && settings.containsKey(key)) {
                    columns.put(key, column(settings.get(key)));
                }
            }
            for (String required : snapshots ? List.of("column.case", "column.time", "column.status")
                    : List.of("column.case", "column.time", "column.event")) {
                if (!columns.containsKey(required)) {
                    throw new MappingFormatException("Missing key " + required + ": the column that holds the "
                            + (required.endsWith("case") ? "case id" : required.endsWith("time") ? "timestamp"
                                    : required.endsWith("status") ? "status of each snapshot (log.kind = snapshots)" : "event (activity) name")
                            + " (add '" + required + " = <column>')");
                }
            }
            time = timeFormat("time.");
            defaults();
            values();
            attributes();
            checkCreation();
            return this;
        }

        private void split() {
            for (TextLine read : LineReader.read(source, LineReader.Comments.WHOLE_LINE)) {
                String text = read.content();
                int number = read.number();
                int eq = text.indexOf('=');
                if (eq < 0) {
                    throw MappingFormatException.at(number, text, "Expected key = value");
                }
                String key = text.substring(0, eq).strip();
                String value = text.substring(eq + 1).strip();
                Line line = new Line(number, text, key, value);
                String lower = normalize(key);
                String prefix = VALUE_PREFIXES.stream().filter(lower::startsWith).findFirst().orElse(null);
                if (prefix != null) {
                    if (key.substring(prefix.length()).isBlank()) {
                        throw fail(line, "Missing raw value after '" + prefix + "': expected " + prefix + "<value> = ...");
                    }
                    lower = prefix + normalize(key.substring(prefix.length()));
                } else if (!KEYS.contains(lower)) {
                    throw fail(line, "Unknown key '" + key + "': expected one of " + String.join(", ", KEYS)
                            + ", or event.<value>, status.<value>, priority.<value>, channel.<value>");
                }
                if (value.isEmpty()) {
                    throw fail(line, "Key '" + key + "' has no value");
                }
                Line first = seen.putIfAbsent(lower, line);
                if (first != null) {
                    throw fail(line, "Key '" + key + "' is given twice: first at line " + first.number + " '" + first.text + "'");
                }
                if (prefix != null) {
                    valueLines.add(line);
                } else {
                    settings.put(lower, line);
                }
            }
        }

        private void csv() {
            Line d = settings.get("csv.delimiter");
            if (d != null) {
                delimiter = character(d, Map.of("tab", '\t', "space", ' '), "one character, tab or space");
                if (delimiter == '\n' || delimiter == '\r') {
                    throw fail(d, "A line break cannot be the delimiter");
                }
            }
            Line q = settings.get("csv.quote");
            if (q != null) {
                quote = q.value.equalsIgnoreCase("none") ? null : character(q, Map.of(), "one character or none");
                if (quote != null && quote == delimiter) {
                    throw fail(q, "The quote character must differ from the delimiter '" + delimiter + "'");
                }
            }
            Line h = settings.get("csv.header");
            if (h != null) {
                header = bool(h);
            }
            Line c = settings.get("csv.charset");
            if (c != null) {
                try {
                    charset = Charset.forName(c.value);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw fail(c, "Unknown charset '" + c.value + "': expected a Java charset name such as UTF-8 or windows-1252");
                }
            }
        }

        private char character(Line line, Map<String, Character> names, String expected) {
            Character named = names.get(line.value.toLowerCase(Locale.ROOT));
            if (named != null) {
                return named;
            }
            if (line.value.length() != 1) {
                throw fail(line, "Invalid " + line.key + " '" + line.value + "': expected " + expected);
            }
            return line.value.charAt(0);
        }

        private boolean bool(Line line) {
            switch (line.value.toLowerCase(Locale.ROOT)) {
                case "true": return true;
                case "false": return false;
                default: throw fail(line, "Invalid " + line.key + " '" + line.value + "': expected true or false");
            }
        }

        private String column(Line line) {
            if (!header) {
                boolean number = line.value.chars().allMatch(Character::isDigit) && line.value.length() <= 9
                        && Integer.parseInt(line.value) >= 1;
                if (!number) {
                    throw fail(line, "Invalid column '" + line.value + "': with csv.header = false columns are numbers from 1");
                }
            }
            return line.value;
        }

        private TimestampFormat timeFormat(String prefix) {
            Line format = settings.get(prefix + "format");
            Line zoneLine = settings.get(prefix + "zone");
            Line offset = settings.get(prefix + "offset");
            if (format == null) {
                Line any = zoneLine != null ? zoneLine : offset;
                String message = "Missing key " + prefix + "format: iso, iso-local or a DateTimeFormatter pattern";
                throw any == null ? new MappingFormatException(message) : fail(any, message);
            }
            boolean hasOffset;
            try {
                hasOffset = TimestampFormat.hasOffset(format.value);
            } catch (IllegalArgumentException e) {
                throw fail(format, e.getMessage());
            }
            ZoneId zone = null;
            if (zoneLine != null) {
                try {
                    zone = ZoneId.of(zoneLine.value);
                } catch (DateTimeException e) {
                    throw fail(zoneLine, "Unknown zone '" + zoneLine.value + "': expected a zone id such as Europe/Amsterdam or +01:00");
                }
            }
            boolean ignore = false;
            if (offset != null) {
                switch (offset.value.toLowerCase(Locale.ROOT)) {
                    case "use": break;
                    case "ignore": ignore = true; break;
                    default: throw fail(offset, "Invalid " + offset.key + " '" + offset.value + "': expected use or ignore");
                }
                if (ignore && !hasOffset) {
                    throw fail(offset, prefix + "format '" + format.value + "' has no offset to ignore");
                }
                if (ignore && zone == null) {
                    throw fail(offset, prefix + "zone is required: with " + prefix + "offset = ignore the local time is read in that zone");
                }
            }
            if (!hasOffset && zone == null) {
                throw fail(format, prefix + "zone is required: '" + format.value + "' has no offset, so its times are local"
                        + " wall-clock times of a zone (add " + prefix + "zone = Europe/Amsterdam, for example)");
            }
            if (hasOffset && !ignore && zone != null) {
                throw fail(zoneLine, prefix + "format '" + format.value + "' carries its own offset, so " + prefix
                        + "zone would not be used: add " + prefix + "offset = ignore to read the local time in "
                        + zone.getId() + " instead, or remove " + prefix + "zone");
            }
            return TimestampFormat.of(format.value, zone, ignore);
        }

        private void defaults() {
            Line c = settings.get("default.channel");
            if (c != null) {
                defaultChannel = convert(c, c.value, Channel::of);
            }
            Line p = settings.get("default.priority");
            if (p != null) {
                defaultPriority = convert(p, p.value, Priority::parse);
            }
            Line m = settings.get("missing-creation");
            if (m != null) {
                switch (m.value.toLowerCase(Locale.ROOT)) {
                    case SYNTHESIZE: synthesize = true; break;
                    case REJECT: synthesize = false; break;
                    default: throw fail(m, "Invalid missing-creation '" + m.value + "': expected reject or synthesize");
                }
            }
            Line rows = settings.get("budget.max-rejected-rows");
            if (rows != null) {
                long n;
                try {
                    n = Long.parseLong(rows.value);
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 0) {
                    throw fail(rows, "Invalid budget.max-rejected-rows '" + rows.value + "': expected a whole number, 0 or more");
                }
                budget = budget.andAtMostRows(n);
            }
            Line share = settings.get("budget.max-rejected-share");
            if (share != null) {
                budget = budget.andAtMostShare(share(share));
            }
            budgetSet = rows != null || share != null;
            if (!budgetSet) {
                budget = ErrorBudget.standard();
            }
        }

        private double share(Line line) {
            String v = line.value;
            boolean percent = v.endsWith("%");
            BigDecimal d;
            try {
                d = new BigDecimal(percent ? v.substring(0, v.length() - 1).strip() : v);
            } catch (NumberFormatException e) {
                d = null;
            }
            if (d != null && percent) {
                d = d.movePointLeft(2);
            }
            if (d == null || d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
                throw fail(line, "Invalid budget.max-rejected-share '" + v + "': expected a percentage from 0% to 100%"
                        + " or a fraction from 0 to 1, such as 1% or 0.01");
            }
            return d.doubleValue();
        }

        private void values() {
            for (Line line : valueLines) {
                String lower = normalize(line.key);
                if (lower.startsWith("event.")) {
                    put(events, line, "event.", v -> EventTarget.parse(v));
                } else if (lower.startsWith("status.")) {
                    put(statuses, line, "status.", CaseStatus::parse);
                } else if (lower.startsWith("priority.")) {
                    put(priorities, line, "priority.", Priority::parse);
                } else {
                    put(channels, line, "channel.", Channel::of);
                }
            }
            for (Entry<EventTarget> entry : events.values()) {
              for (EventTarget part : entry.value.parts()) {
                Entry<EventTarget> e = new Entry<>(entry.raw, part, entry.line);
                Line line = seen.get("event." + normalize(e.raw));
                if (e.value.kind == EventTarget.Kind.STATUS_FROM_COLUMN && !columns.containsKey("column.status")) {
                    throw fail(line, "Target status reads column.status, which the mapping does not give");
                }
                if (e.value.kind == EventTarget.Kind.PRIORITY_FROM_COLUMN && !columns.containsKey("column.priority")) {
                    throw fail(line, "Target priority reads column.priority, which the mapping does not give");
                }
                if (e.value.kind == EventTarget.Kind.AGREED_INTERVAL && !columns.containsKey("column.interval")) {
                    throw fail(line, "Target agreed-interval reads the interval from column.interval, which the mapping does not give");
                }
                if (e.value.kind == EventTarget.Kind.ASSIGNED && !columns.containsKey("column.assignee")) {
                    throw fail(line, "Target assigned reads the assignee from column.assignee, which the mapping does not give");
                }
                if (e.value.kind == EventTarget.Kind.WAITING_ON_FROM_COLUMN && !columns.containsKey("column.waiting-on")) {
                    throw fail(line, "Target waiting-on reads the team from column.waiting-on, which the mapping does not give:"
                            + " add it, or name the team (waiting-on:engineering)");
                }
                boolean waitingTarget = e.value.kind == EventTarget.Kind.WAITING_ON || e.value.kind == EventTarget.Kind.NOT_WAITING
                        || e.value.kind == EventTarget.Kind.WAITING_ON_FROM_COLUMN;
                if (snapshots && waitingTarget && columns.containsKey("column.waiting-on")) {
                    throw fail(line, "Target " + e.value + " contradicts column.waiting-on: in a snapshot log the column"
                            + " says whom support waits on");
                }
              }
            }
            requireColumn(statuses, "status.", List.of("column.status"));
            requireColumn(priorities, "priority.", List.of("column.priority", "attributes.column.priority"));
            requireColumn(channels, "channel.", List.of("column.channel", "attributes.column.channel"));
        }

        private <T> void put(Map<String, Entry<T>> map, Line line, String prefix, Function<String, T> reader) {
            String raw = line.key.substring(prefix.length()).strip();
            map.put(normalize(raw), new Entry<>(raw, convert(line, line.value, reader), line.number));
        }

        private <T> void requireColumn(Map<String, Entry<T>> map, String prefix, List<String> columnKeys) {
            if (!map.isEmpty() && columnKeys.stream().noneMatch(columns::containsKey)) {
                Entry<T> first = map.values().iterator().next();
                throw fail(seen.get(prefix + normalize(first.raw)), prefix + "<value> entries map the values of "
                        + String.join(" or ", columnKeys) + ", which the mapping does not give");
            }
        }

        private void attributes() {
            boolean any = settings.keySet().stream().anyMatch(k -> k.startsWith("attributes."));
            if (any && !columns.containsKey("attributes.column.case")) {
                Line first = settings.entrySet().stream().filter(e -> e.getKey().startsWith("attributes."))
                        .findFirst().orElseThrow().getValue();
                throw fail(first, "attributes.column.case is required: the case id column of the case attributes file");
            }
            attributesOwnTime = settings.keySet().stream().anyMatch(k -> k.startsWith("attributes.time."));
            attributesTime = attributesOwnTime ? timeFormat("attributes.time.") : time;
        }

        private void checkCreation() {
            boolean created = events.values().stream().anyMatch(e -> e.value.kind == EventTarget.Kind.CREATED);
            if (!snapshots && columns.containsKey("column.substatus")) {
                throw fail(settings.get("column.substatus"), "column.substatus is read in snapshot logs only: add log.kind = snapshots");
            }
            if (!snapshots && columns.containsKey("column.elevated")) {
                throw fail(settings.get("column.elevated"), "column.elevated is read in snapshot logs only: add log.kind = snapshots,"
                        + " or map events to elevated and not-elevated");
            }
            if (snapshots && created) {
                throw new MappingFormatException("In a snapshot log a case is created at its first row: no event maps to"
                        + " created (remove event.<value> = created)");
            }
            if (!created && !synthesize && !snapshots) {
                throw new MappingFormatException("No event maps to created and missing-creation is reject, so every"
                        + " case would be rejected: add event.<value> = created, or missing-creation = synthesize");
            }
            if (defaultChannel == null && !columns.containsKey("column.channel") && !columns.containsKey("attributes.column.channel")) {
                throw new MappingFormatException("Missing key default.channel: a creation needs a channel and no"
                        + " column gives one (add default.channel = email, for example)");
            }
            if (defaultPriority == null && !columns.containsKey("column.priority") && !columns.containsKey("attributes.column.priority")) {
                throw new MappingFormatException("Missing key default.priority: a creation needs a priority and no"
                        + " column gives one (add default.priority = normal, for example)");
            }
        }

        private <T> T convert(Line line, String value, Function<String, T> reader) {
            try {
                return reader.apply(value);
            } catch (IllegalArgumentException e) {
                throw fail(line, e.getMessage());
            }
        }

        private MappingFormatException fail(Line line, String message) {
            return MappingFormatException.at(line.number, line.text, message);
        }
    }
}
