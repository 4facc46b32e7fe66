package org.slakit.streams;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;

/**
 * The JSON forms of case events (the input), SLA transitions and dead letters (the outputs).
 *
 * <h2>Case events</h2>
 * One object per event, keyed in Kafka by its case id. Every event has {@code case} (the case id, not
 * blank, equal to the record key), {@code at} (an ISO-8601 instant with offset, as
 * {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME}: {@code 2026-03-02T09:00:00Z},
 * {@code 2026-03-02T10:00:00+01:00}) and {@code kind}; each kind adds its details:
 * <table>
 *   <caption>Event kinds</caption>
 *   <tr><th>kind</th><th>details</th><th>{@link CaseEvent}</th></tr>
 *   <tr><td>{@code created}</td><td>{@code channel} (a channel name: {@code call}, {@code chat},
 *       {@code voicemail}, {@code email}, or your own), {@code priority} ({@code emergency},
 *       {@code urgent}, {@code normal}, {@code low})</td><td>{@link CaseEvent#created}</td></tr>
 *   <tr><td>{@code status}</td><td>{@code status} ({@code open}, {@code pending-internal},
 *       {@code pending-customer}, {@code solved}, {@code closed})</td><td>{@link CaseEvent#statusChanged}</td></tr>
 *   <tr><td>{@code priority}</td><td>{@code priority}</td><td>{@link CaseEvent#priorityChanged}</td></tr>
 *   <tr><td>{@code elevated}</td><td>{@code elevated} ({@code true} or {@code false})</td><td>{@link CaseEvent#elevationChanged}</td></tr>
 *   <tr><td>{@code update-sent}</td><td>none</td><td>{@link CaseEvent#updateSent}</td></tr>
 *   <tr><td>{@code customer-message}</td><td>none</td><td>{@link CaseEvent#customerMessage}</td></tr>
 *   <tr><td>{@code agreed-interval}</td><td>{@code interval} (ISO-8601 duration, whole seconds:
 *       {@code PT4H})</td><td>{@link CaseEvent#agreedIntervalSet}</td></tr>
 *   <tr><td>{@code assigned}</td><td>{@code assignee} (a name, or {@code null} or absent for nobody)</td><td>{@link CaseEvent#assigned}</td></tr>
 *   <tr><td>{@code waiting-on}</td><td>{@code team} (a team name, or {@code null} or absent for none)</td><td>{@link CaseEvent#waitingOn}</td></tr>
 *   <tr><td>{@code solved}, {@code reopened}, {@code closed}</td><td>none</td><td>{@link CaseEvent#solved},
 *       {@link CaseEvent#reopened}, {@link CaseEvent#closed}</td></tr>
 * </table>
 * Example: {@code {"case":"C-1","at":"2026-03-02T09:00:00Z","kind":"created","channel":"email","priority":"normal"}}.
 * Unknown fields are ignored, so producers can add their own.
 *
 * <h2>Transitions</h2>
 * {@code {"case":"C-1","clock":"updates","transition":"breached","rule":"first-response","due":"...","at":"...","cycleStart":"...","assignee":"ana"}};
 * {@code assignee} is {@code null} when nobody had the case; {@code due} is {@code null} (or absent) when a
 * duration clock is paused short of its target; a missing {@code clock} reads as
 * {@value SlaTransition#UPDATES}.
 *
 * <h2>Dead letters</h2>
 * {@code {"reason":"late","message":"...","key":"C-1","value":"<the record as text>","topic":"case-events","partition":0,"offset":42}}.
 *
 * <p>Errors are {@link IllegalArgumentException}s naming the field and the value. This class is
 * immutable and thread-safe.
 */
public final class SlaJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SlaJson() {
    }

    // ------------------------------------------------------------------ case events

    /**
     * Reads a case event.
     *
     * @param json the event as JSON text
     * @return the event
     * @throws IllegalArgumentException naming the field and value at fault
     */
    public static CaseEvent readEvent(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return event(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Case event is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a case event from UTF-8 bytes.
     *
     * @param json the event as UTF-8 JSON
     * @return the event
     * @throws IllegalArgumentException naming the field and value at fault
     */
    public static CaseEvent readEvent(byte[] json) {
        Objects.requireNonNull(json, "json");
        CaseEvent fast = streamedEvent(json);
        return fast != null ? fast : treeEvent(json);
    }

    /** {@link #readEvent(byte[])} through the JSON tree: every error named as documented. */
    static CaseEvent treeEvent(byte[] json) {
        try {
            return event(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Case event is not JSON: "
                    + (e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                            : e.getMessage()), e);
        }
    }

    /**
     * The event read token by token, without a tree, for the common well-formed event whose instant is
     * in UTC; null for anything else (any error, any field of an unexpected type, a repeated field,
     * another offset, trailing content), which {@link #treeEvent} then reads or rejects as documented.
     * Unknown fields are skipped, as the tree ignores them.
     */
    static CaseEvent streamedEvent(byte[] json) {
        String caseId = null;
        String at = null;
        String kind = null;
        String channel = null;
        String priority = null;
        String status = null;
        String interval = null;
        String assignee = null;
        String team = null;
        Boolean elevated = null;
        int seen = 0;
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                int bit;
                switch (name) {
                    case "case" -> bit = 1;
                    case "at" -> bit = 2;
                    case "kind" -> bit = 4;
                    case "channel" -> bit = 8;
                    case "priority" -> bit = 16;
                    case "status" -> bit = 32;
                    case "interval" -> bit = 64;
                    case "assignee" -> bit = 128;
                    case "team" -> bit = 256;
                    case "elevated" -> bit = 512;
                    default -> bit = 0;
                }
                if (bit == 0) {
                    p.skipChildren();
                    continue;
                }
                if ((seen & bit) != 0) {
                    return null;
                }
                seen |= bit;
                if (bit == 512) {
                    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                        return null;
                    }
                    elevated = v == JsonToken.VALUE_TRUE;
                    continue;
                }
                if (v == JsonToken.VALUE_NULL && (bit == 128 || bit == 256)) {
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) {
                    return null;
                }
                String text = p.getText();
                switch (bit) {
                    case 1 -> caseId = text;
                    case 2 -> at = text;
                    case 4 -> kind = text;
                    case 8 -> channel = text;
                    case 16 -> priority = text;
                    case 32 -> status = text;
                    case 64 -> interval = text;
                    case 128 -> assignee = text;
                    default -> team = text;
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (caseId == null || caseId.isBlank() || at == null || kind == null) {
            return null;
        }
        Instant instant = utcInstant(at);
        if (instant == null) {
            return null;
        }
        try {
            return switch (kind) {
                case "created" -> channel == null || priority == null ? null
                        : CaseEvent.created(caseId, instant, Channel.of(channel), Priority.parse(priority));
                case "status" -> status == null ? null
                        : CaseEvent.statusChanged(caseId, instant, CaseStatus.parse(status));
                case "priority" -> priority == null ? null
                        : CaseEvent.priorityChanged(caseId, instant, Priority.parse(priority));
                case "elevated" -> elevated == null ? null : CaseEvent.elevationChanged(caseId, instant, elevated);
                case "update-sent" -> CaseEvent.updateSent(caseId, instant);
                case "customer-message" -> CaseEvent.customerMessage(caseId, instant);
                case "agreed-interval" -> interval == null ? null
                        : CaseEvent.agreedIntervalSet(caseId, instant, Duration.parse(interval));
                case "assigned" -> CaseEvent.assigned(caseId, instant, Optional.ofNullable(assignee));
                case "waiting-on" -> CaseEvent.waitingOn(caseId, instant, Optional.ofNullable(team));
                case "solved" -> CaseEvent.solved(caseId, instant);
                case "reopened" -> CaseEvent.reopened(caseId, instant);
                case "closed" -> CaseEvent.closed(caseId, instant);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static CaseEvent event(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Case event must be a JSON object, not "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
        }
        String caseId = text(node, "case");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("Case event field 'case' must not be blank");
        }
        Instant at = instant(node, "at");
        String kind = text(node, "kind");
        try {
            switch (kind) {
                case "created":
                    return CaseEvent.created(caseId, at, channel(node), priority(node));
                case "status":
                    return CaseEvent.statusChanged(caseId, at, status(node));
                case "priority":
                    return CaseEvent.priorityChanged(caseId, at, priority(node));
                case "elevated": {
                    JsonNode v = node.get("elevated");
                    if (v == null || !v.isBoolean()) {
                        throw new IllegalArgumentException("Case event field 'elevated' must be true or false, not "
                                + show(v));
                    }
                    return CaseEvent.elevationChanged(caseId, at, v.booleanValue());
                }
                case "update-sent":
                    return CaseEvent.updateSent(caseId, at);
                case "customer-message":
                    return CaseEvent.customerMessage(caseId, at);
                case "agreed-interval":
                    return CaseEvent.agreedIntervalSet(caseId, at, interval(node));
                case "assigned": {
                    JsonNode v = node.get("assignee");
                    if (v == null || v.isNull()) {
                        return CaseEvent.assigned(caseId, at, Optional.empty());
                    }
                    if (!v.isTextual()) {
                        throw new IllegalArgumentException("Case event field 'assignee' must be a name or null, not "
                                + show(v));
                    }
                    return CaseEvent.assigned(caseId, at, Optional.of(v.textValue()));
                }
                case "waiting-on": {
                    JsonNode v = node.get("team");
                    if (v == null || v.isNull()) {
                        return CaseEvent.waitingOn(caseId, at, Optional.empty());
                    }
                    if (!v.isTextual()) {
                        throw new IllegalArgumentException("Case event field 'team' must be a name or null, not "
                                + show(v));
                    }
                    return CaseEvent.waitingOn(caseId, at, Optional.of(v.textValue()));
                }
                case "solved":
                    return CaseEvent.solved(caseId, at);
                case "reopened":
                    return CaseEvent.reopened(caseId, at);
                case "closed":
                    return CaseEvent.closed(caseId, at);
                default:
                    throw new IllegalArgumentException("Case event field 'kind' is '" + kind + "': expected created, "
                            + "status, priority, elevated, update-sent, customer-message, agreed-interval, assigned, "
                            + "waiting-on, solved, reopened or closed");
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Case event")) {
                throw e;
            }
            throw new IllegalArgumentException("Case event of kind " + kind + ": " + e.getMessage(), e);
        }
    }

    private static Channel channel(JsonNode node) {
        String v = text(node, "channel");
        try {
            return Channel.of(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Case event field 'channel': " + e.getMessage(), e);
        }
    }

    private static Priority priority(JsonNode node) {
        String v = text(node, "priority");
        try {
            return Priority.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Case event field 'priority': " + e.getMessage(), e);
        }
    }

    private static CaseStatus status(JsonNode node) {
        String v = text(node, "status");
        try {
            return CaseStatus.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Case event field 'status': " + e.getMessage(), e);
        }
    }

    private static Duration interval(JsonNode node) {
        String v = text(node, "interval");
        try {
            return Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Case event field 'interval' is '" + v
                    + "': expected an ISO-8601 duration such as PT4H", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("Case event field '" + field + "' is missing");
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("Case event field '" + field + "' must be a string, not " + show(v));
        }
        return v.textValue();
    }

    private static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        Instant fast = utcInstant(v);
        if (fast != null) {
            return fast;
        }
        try {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(v, Instant::from);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Case event field '" + field + "' is '" + v
                    + "': expected an ISO-8601 instant with offset such as 2026-03-02T09:00:00Z", e);
        }
    }

    /**
     * The common form {@code 2026-03-02T09:00:00Z} or {@code 2026-03-02T09:00:00.5Z} (up to nine digits
     * of fraction) without the cost of {@code DateTimeFormatter}; null for anything else (other offsets,
     * no seconds, out-of-range fields), which the formatter then reads or rejects as before.
     */
    static Instant utcInstant(String v) {
        int n = v.length();
        if (n < 20 || n > 30 || v.charAt(n - 1) != 'Z' || v.charAt(4) != '-' || v.charAt(7) != '-'
                || v.charAt(10) != 'T' || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (v.charAt(19) != '.' || digits < 1) {
                return null;
            }
            nanos = digits(v, 20, digits);
            if (nanos < 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number in {@code count} ASCII digits from {@code from}; -1 if any is not a digit. */
    private static int digits(String v, int from, int count) {
        int r = 0;
        for (int i = from; i < from + count; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            r = r * 10 + (ch - '0');
        }
        return r;
    }

    private static String show(JsonNode v) {
        if (v == null) {
            return "missing";
        }
        return v.getNodeType() == JsonNodeType.STRING ? "'" + v.textValue() + "'" : v.toString();
    }

    /**
     * Writes a case event.
     *
     * @param event the event
     * @return its JSON text, which {@link #readEvent(String)} reads back to an equal event
     */
    public static String writeEvent(CaseEvent event) {
        Objects.requireNonNull(event, "event");
        ObjectNode o = MAPPER.createObjectNode();
        o.put("case", event.caseId());
        o.put("at", event.at().toString());
        if (event instanceof CaseEvent.Created c) {
            o.put("kind", "created").put("channel", c.channel().name()).put("priority", c.priority().text());
        } else if (event instanceof CaseEvent.StatusChanged s) {
            o.put("kind", "status").put("status", s.status().text());
        } else if (event instanceof CaseEvent.PriorityChanged p) {
            o.put("kind", "priority").put("priority", p.priority().text());
        } else if (event instanceof CaseEvent.ElevationChanged e) {
            o.put("kind", "elevated").put("elevated", e.elevated());
        } else if (event instanceof CaseEvent.UpdateSent) {
            o.put("kind", "update-sent");
        } else if (event instanceof CaseEvent.CustomerMessage) {
            o.put("kind", "customer-message");
        } else if (event instanceof CaseEvent.AgreedIntervalSet a) {
            o.put("kind", "agreed-interval").put("interval", a.interval().toString());
        } else if (event instanceof CaseEvent.Assigned a) {
            o.put("kind", "assigned").put("assignee", a.assignee().orElse(null));
        } else if (event instanceof CaseEvent.WaitingOnChanged w) {
            o.put("kind", "waiting-on").put("team", w.team().orElse(null));
        } else if (event instanceof CaseEvent.Solved) {
            o.put("kind", "solved");
        } else if (event instanceof CaseEvent.Reopened) {
            o.put("kind", "reopened");
        } else if (event instanceof CaseEvent.Closed) {
            o.put("kind", "closed");
        } else {
            throw new IllegalArgumentException("Case event of kind " + event.kind() + " has no JSON form: " + event);
        }
        return o.toString();
    }

    // ------------------------------------------------------------------ transitions

    /**
     * Writes a transition.
     *
     * @param t the transition
     * @return its JSON text
     */
    public static String writeTransition(SlaTransition t) {
        Objects.requireNonNull(t, "t");
        byte[] ascii = asciiTransition(t);
        if (ascii != null) {
            return new String(ascii, StandardCharsets.ISO_8859_1);
        }
        // field by field, no tree; a writer (not UTF-8 bytes), which writes characters outside the
        // basic plane as they are, as the tree did, where Jackson's UTF-8 output escapes them
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("case", t.caseId());
            g.writeStringField("clock", t.clock());
            g.writeStringField("transition", t.kind().text());
            g.writeStringField("rule", t.rule());
            if (t.due().isPresent()) {
                g.writeStringField("due", instantText(t.due().get()));
            } else {
                g.writeNullField("due");
            }
            g.writeStringField("at", instantText(t.at()));
            g.writeStringField("cycleStart", instantText(t.cycleStart()));
            if (t.assignee().isPresent()) {
                g.writeStringField("assignee", t.assignee().get());
            } else {
                g.writeNullField("assignee");
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
        return out.toString();
    }

    /** Whether a text is printable ASCII without a quote or backslash: written in JSON as it is. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** {@link #writeTransition} as UTF-8. */
    static byte[] transitionBytes(SlaTransition t) {
        byte[] ascii = asciiTransition(t);
        return ascii != null ? ascii : writeTransition(t).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The transition's JSON as the generator writes it, as ASCII bytes, when nothing in it needs escaping
     * (its names printable ASCII without quote or backslash) and its instants are of the years 1970 to
     * 9999; else null.
     */
    private static byte[] asciiTransition(SlaTransition t) {
        if (!plain(t.caseId()) || !plain(t.clock()) || !plain(t.rule())
                || !t.assignee().map(SlaJson::plain).orElse(true) || !fastInstant(t.at())
                || !fastInstant(t.cycleStart()) || !t.due().map(SlaJson::fastInstant).orElse(true)) {
            return null;
        }
        byte[] b = new byte[256 + t.caseId().length() + t.clock().length() + t.rule().length()
                + t.assignee().map(String::length).orElse(0)];
        int i = ascii(b, 0, "{\"case\":\"");
        i = ascii(b, i, t.caseId());
        i = ascii(b, i, "\",\"clock\":\"");
        i = ascii(b, i, t.clock());
        i = ascii(b, i, "\",\"transition\":\"");
        i = ascii(b, i, t.kind().text());
        i = ascii(b, i, "\",\"rule\":\"");
        i = ascii(b, i, t.rule());
        i = ascii(b, i, "\",\"due\":");
        if (t.due().isPresent()) {
            b[i++] = '"';
            i = writeInstant(b, i, t.due().get());
            b[i++] = '"';
        } else {
            i = ascii(b, i, "null");
        }
        i = ascii(b, i, ",\"at\":\"");
        i = writeInstant(b, i, t.at());
        i = ascii(b, i, "\",\"cycleStart\":\"");
        i = writeInstant(b, i, t.cycleStart());
        i = ascii(b, i, "\",\"assignee\":");
        if (t.assignee().isPresent()) {
            b[i++] = '"';
            i = ascii(b, i, t.assignee().get());
            b[i++] = '"';
        } else {
            i = ascii(b, i, "null");
        }
        b[i++] = '}';
        return java.util.Arrays.copyOf(b, i);
    }

    /** Writes an ASCII text at {@code at}; returns the position after it. */
    private static int ascii(byte[] b, int at, String text) {
        int n = text.length();
        for (int k = 0; k < n; k++) {
            b[at + k] = (byte) text.charAt(k); // ASCII: one byte per character
        }
        return at + n;
    }

    /**
     * {@code t.toString()} without {@code DateTimeFormatter} for the instants of years 1970 to 9999
     * ({@code 2026-03-03T09:00:00Z}, with 3, 6 or 9 digits of fraction as needed); others through
     * {@code toString}.
     */
    static String instantText(Instant t) {
        if (!fastInstant(t)) {
            return t.toString();
        }
        byte[] b = new byte[30];
        int n = writeInstant(b, 0, t);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@link #instantText} of an instant of the years 1970 to 9999 as ASCII at {@code at}.
     *
     * @return the position after it
     */
    private static int writeInstant(byte[] b, int at, Instant t) {
        long s = t.getEpochSecond();
        long day = s / 86_400;
        int sod = (int) (s - day * 86_400);
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
        int nano = t.getNano();
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        put(b, at, d.getYear(), 4);
        b[at + 4] = '-';
        put(b, at + 5, d.getMonthValue(), 2);
        b[at + 7] = '-';
        put(b, at + 8, d.getDayOfMonth(), 2);
        b[at + 10] = 'T';
        put(b, at + 11, sod / 3_600, 2);
        b[at + 13] = ':';
        put(b, at + 14, sod / 60 % 60, 2);
        b[at + 16] = ':';
        put(b, at + 17, sod % 60, 2);
        int i = at + 19;
        if (digits > 0) {
            b[i++] = '.';
            put(b, i, digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1_000 : nano, digits);
            i += digits;
        }
        b[i++] = 'Z';
        return i;
    }

    private static boolean fastInstant(Instant t) {
        long sec = t.getEpochSecond();
        return sec >= 0 && sec <= 253_402_300_799L;
    }


    private static void put(byte[] b, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Reads a transition.
     *
     * @param json the JSON text
     * @return the transition
     * @throws IllegalArgumentException naming the field and value at fault
     */
    public static SlaTransition readTransition(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Transition is not JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("Transition must be a JSON object: " + json);
        }
        JsonNode clock = n.get("clock");
        JsonNode who = n.get("assignee");
        JsonNode due = n.get("due");
        return new SlaTransition(text(n, "case"), clock == null || clock.isNull() ? SlaTransition.UPDATES : clock.asText(),
                TransitionKind.parse(text(n, "transition")), text(n, "rule"),
                due == null || due.isNull() ? Optional.empty() : Optional.of(instant(n, "due")), instant(n, "at"),
                instant(n, "cycleStart"), who == null || who.isNull() ? Optional.empty() : Optional.of(who.asText()));
    }

    // ------------------------------------------------------------------ dead letters

    /**
     * Writes a dead letter.
     *
     * @param d the dead letter
     * @return its JSON text
     */
    public static String writeDeadLetter(DeadLetter d) {
        Objects.requireNonNull(d, "d");
        ObjectNode o = MAPPER.createObjectNode();
        o.put("reason", d.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .put("message", d.message()).put("key", d.key().orElse(null)).put("value", d.value().orElse(null))
                .put("topic", d.topic().orElse(null)).put("partition", d.partition());
        if (d.offset().isPresent()) {
            o.put("offset", d.offset().getAsLong());
        } else {
            o.putNull("offset");
        }
        return o.toString();
    }

    /**
     * Reads a dead letter.
     *
     * @param json the JSON text
     * @return the dead letter
     * @throws IllegalArgumentException naming the field and value at fault
     */
    public static DeadLetter readDeadLetter(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Dead letter is not JSON: " + e.getOriginalMessage(), e);
        }
        String reason = n.path("reason").asText("");
        DeadLetter.Reason r;
        try {
            r = DeadLetter.Reason.valueOf(reason.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Dead letter field 'reason' is '" + reason + "'", e);
        }
        JsonNode offset = n.get("offset");
        return new DeadLetter(r, n.path("message").asText(""), optional(n, "key"), optional(n, "value"),
                optional(n, "topic"), n.path("partition").asInt(-1),
                offset == null || offset.isNull() ? OptionalLong.empty() : OptionalLong.of(offset.asLong()));
    }

    private static Optional<String> optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
