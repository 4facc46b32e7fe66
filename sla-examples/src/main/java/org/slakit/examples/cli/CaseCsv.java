package org.slakit.examples.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;

/**
 * Reads case snapshots from CSV, one case a row, with a header row. Columns (any order, names
 * case-insensitive): {@code id} and {@code created} are required; {@code channel} (default email),
 * {@code priority} (default normal), {@code elevated} (true/false, default false), {@code status}
 * (default open), {@code status_since} and {@code priority_since} (default created),
 * {@code last_sent}, {@code last_reopened} (when the case was last reopened after being solved or
 * closed), {@code agreed_interval} (such as {@code 4 hours}), {@code assignee}, {@code waiting_on}
 * (the team support waits on, for internal SLAs) and
 * {@code calendar} (a calendar file, relative to the CSV file's folder) are optional; empty cells
 * mean absent. Instants as {@link Inputs#instant}. Every row has as many fields as the header;
 * a column appears once, a case id once; a byte-order mark is skipped; bytes that are not UTF-8
 * are reported with their line. Any bad cell stops the read with an error that
 * names the file, the line and the column: a board must not silently leave a case out.
 */
final class CaseCsv {

    private static final List<String> ORDER = List.of("id", "created", "channel", "priority", "elevated", "status",
            "status_since", "priority_since", "last_sent", "last_reopened", "agreed_interval", "assignee", "waiting_on",
            "calendar");
    private static final Set<String> COLUMNS = Set.copyOf(ORDER);

    private CaseCsv() {
    }

    static List<SupportCase> read(Path file, ZoneId zone) {
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        String text = Inputs.text(file, "case file");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(file + ": empty: expected a header line naming the columns, at least id and created");
            }
            CSVRecord head = records.next();
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                String header = head.get(i);
                String key = header.strip().toLowerCase(Locale.ROOT);
                if (!COLUMNS.contains(key)) {
                    throw new InputException(file + ":1: unknown column '" + header + "' (column " + (i + 1) + "): expected "
                            + String.join(", ", ORDER));
                }
                Integer earlier = names.putIfAbsent(key, i);
                if (earlier != null) {
                    throw new InputException(file + ":1: column '" + key + "' appears twice in the header, as columns "
                            + (earlier + 1) + " and " + (i + 1));
                }
            }
            for (String required : List.of("id", "created")) {
                if (!names.containsKey(required)) {
                    throw new InputException(file + ":1: missing column '" + required + "'");
                }
            }
            List<SupportCase> cases = new ArrayList<>();
            Map<String, Long> lines = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber(); // the line the record ends on
                if (record.size() != head.size()) {
                    throw new InputException(file + ":" + line + ": " + record.size() + (record.size() == 1 ? " field" : " fields")
                            + ", expected " + head.size() + " as in the header");
                }
                SupportCase c = row(file, line, record, names, zone, calendars);
                Long first = lines.putIfAbsent(c.id(), line);
                if (first != null) {
                    throw new InputException(file + ":" + line + ": case id '" + c.id() + "' is already used at line " + first
                            + ": expected one row per case");
                }
                cases.add(c);
            }
            return cases;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": not a well-formed CSV file ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")", e);
        } catch (IllegalStateException e) {
            throw new InputException(file + ": not a well-formed CSV file (" + e.getMessage() + ")", e);
        }
    }

    private static SupportCase row(Path file, long line, CSVRecord record, Map<String, Integer> names, ZoneId zone,
                                   Map<String, BusinessCalendar> calendars) {
        Cell cell = (column) -> {
            Integer index = names.get(column);
            return index == null ? "" : record.get(index).strip();
        };
        String column = "id";
        try {
            String id = cell.get("id");
            if (id.isEmpty()) {
                throw new IllegalArgumentException("empty case id");
            }
            column = "created";
            Instant created = Inputs.instant("created", cell.get("created"), zone);
            SupportCase.Builder b = SupportCase.builder(id, created);
            column = "channel";
            if (!cell.get("channel").isEmpty()) {
                b.channel(Channel.of(cell.get("channel")));
            }
            column = "priority";
            if (!cell.get("priority").isEmpty()) {
                b.priority(Priority.parse(cell.get("priority")));
            }
            column = "elevated";
            String elevated = cell.get("elevated").toLowerCase(Locale.ROOT);
            if (!elevated.isEmpty()) {
                if (!elevated.equals("true") && !elevated.equals("false")) {
                    throw new IllegalArgumentException("'" + cell.get("elevated") + "' is not true or false");
                }
                b.elevated(Boolean.parseBoolean(elevated));
            }
            column = "status";
            if (!cell.get("status").isEmpty()) {
                b.status(CaseStatus.parse(cell.get("status")));
            }
            column = "status_since";
            if (!cell.get("status_since").isEmpty()) {
                b.statusSince(Inputs.instant("status_since", cell.get("status_since"), zone));
            }
            column = "priority_since";
            if (!cell.get("priority_since").isEmpty()) {
                b.prioritySince(Inputs.instant("priority_since", cell.get("priority_since"), zone));
            }
            column = "last_sent";
            if (!cell.get("last_sent").isEmpty()) {
                b.lastSentToCustomer(Inputs.instant("last_sent", cell.get("last_sent"), zone));
            }
            column = "last_reopened";
            if (!cell.get("last_reopened").isEmpty()) {
                b.lastReopened(Inputs.instant("last_reopened", cell.get("last_reopened"), zone));
            }
            column = "agreed_interval";
            if (!cell.get("agreed_interval").isEmpty()) {
                Target interval = Target.parse(cell.get("agreed_interval"));
                if (interval.kind() != Target.Kind.ELAPSED) {
                    throw new IllegalArgumentException("agreed interval '" + cell.get("agreed_interval")
                            + "' must be elapsed time such as '4 hours'");
                }
                b.agreedInterval(((Target.Elapsed) interval).length());
            }
            column = "assignee";
            if (!cell.get("assignee").isEmpty()) {
                b.assignee(cell.get("assignee"));
            }
            column = "waiting_on";
            if (!cell.get("waiting_on").isEmpty()) {
                if (!SupportCase.isTeamName(cell.get("waiting_on"))) {
                    throw new IllegalArgumentException("'" + cell.get("waiting_on") + "' is not a team name: expected"
                            + " a letter, then letters, digits, '_', '.' or '-', at most 64 characters, such as engineering");
                }
                b.waitingOn(cell.get("waiting_on"));
            }
            column = "calendar";
            if (!cell.get("calendar").isEmpty()) {
                Path calendarFile = file.toAbsolutePath().getParent().resolve(cell.get("calendar"));
                b.calendar(calendars.computeIfAbsent(calendarFile.toString(), k -> Inputs.calendar(calendarFile)));
            }
            column = "the row as a whole";
            return b.build();
        } catch (InputException e) {
            throw new InputException(file + ":" + line + ": column '" + column + "': " + e.getMessage(), e);
        } catch (IllegalArgumentException | java.time.DateTimeException | IllegalStateException e) {
            throw new InputException(file + ":" + line + ": column '" + column + "': " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Cell {
        String get(String column);
    }
}
