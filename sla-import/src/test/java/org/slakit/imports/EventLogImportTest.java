package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.slakit.imports.Fixtures.at;
import static org.slakit.imports.Fixtures.mapping;
import static org.slakit.imports.Fixtures.run;
import static org.slakit.imports.Fixtures.runText;
import static org.slakit.imports.Fixtures.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.EventKind;

/** Imports of the fixtures next to this class: a clean log, a messy one, and one with case attributes. */
class EventLogImportTest {

    @TempDir
    Path dir;

    // ---- a clean file

    @Test
    void clean_everyRowBecomesTheEventItSays() {
        ImportResult result = run(Fixtures.lenient(mapping("clean.mapping")), "clean.csv");

        assertThat(result.histories()).containsExactly(
                CaseHistory.of(List.of(
                        CaseEvent.created("T-1", at("2026-03-02T08:00:00Z"), Channel.CHAT, Priority.NORMAL),
                        CaseEvent.assigned("T-1", at("2026-03-02T08:05:00Z"), Optional.of("ana")),
                        CaseEvent.updateSent("T-1", at("2026-03-02T08:30:00Z")),
                        CaseEvent.statusChanged("T-1", at("2026-03-02T08:31:00Z"), CaseStatus.PENDING_CUSTOMER),
                        CaseEvent.customerMessage("T-1", at("2026-03-03T13:00:00Z")),
                        CaseEvent.statusChanged("T-1", at("2026-03-03T13:00:00Z"), CaseStatus.OPEN),
                        CaseEvent.elevationChanged("T-1", at("2026-03-03T14:00:00Z"), true),
                        CaseEvent.priorityChanged("T-1", at("2026-03-03T14:00:00Z"), Priority.URGENT),
                        CaseEvent.statusChanged("T-1", at("2026-03-03T15:00:00Z"), CaseStatus.PENDING_INTERNAL),
                        CaseEvent.elevationChanged("T-1", at("2026-03-04T09:00:00Z"), false),
                        CaseEvent.priorityChanged("T-1", at("2026-03-04T09:00:00Z"), Priority.LOW),
                        CaseEvent.solved("T-1", at("2026-03-04T10:00:00Z")),
                        CaseEvent.reopened("T-1", at("2026-03-05T08:00:00Z")),
                        CaseEvent.assigned("T-1", at("2026-03-05T09:00:00Z"), Optional.empty()),
                        CaseEvent.closed("T-1", at("2026-03-06T09:00:00Z")))),
                CaseHistory.of(List.of(
                        CaseEvent.created("T-2", at("2026-03-02T12:00:00Z"), Channel.CALL, Priority.EMERGENCY),
                        CaseEvent.updateSent("T-2", at("2026-03-02T12:20:00Z")))));
    }

    @Test
    void clean_reportHasNothingRejected() {
        ImportReport report = run(Fixtures.lenient(mapping("clean.mapping")), "clean.csv").report();

        assertThat(report.toString()).isEqualTo(String.join("\n",
                "Import of clean.csv",
                "rows: 17 read, 17 used, 0 ignored, 0 rejected",
                "cases: 2 read, 2 imported, 0 rejected (0 without a creation event, 0 without a usable row)",
                "  creations: 0 synthesized; channel from default.channel 0, priority from default.priority 0",
                "events: 17 (created 2, status-changed 3, priority-changed 2, elevation-changed 2, update-sent 2,"
                        + " customer-message 1, assigned 2, solved 1, reopened 1, closed 1)",
                "  out of order: 0 events after a later event of the same case in the file; 0 cases sorted into time order",
                "  same instant: 3 events at the instant of the event before, in 1 case (kept in file order)",
                "  local times: 0 in a daylight-saving overlap (earlier offset taken), 0 in a gap (moved later by the gap)",
                ""));
        assertThat(report.rejections()).isEmpty();
        assertThat(report.rejectedPerReason()).isEmpty();
        assertThat(report.ignoredPerValue()).isEmpty();
    }

    // ---- a messy file: every kind of broken row

    @Test
    void messy_everyRejectedRowHasItsLineReasonAndValue() {
        ImportReport report = run(Fixtures.lenient(mapping("messy.mapping")), "messy.csv").report();

        assertThat(report.rejections()).extracting(Rejection::line, Rejection::reason, Rejection::message).containsExactly(
                tuple(6L, RejectReason.DUPLICATE_ROW, "identical to line 3"),
                tuple(8L, RejectReason.BAD_TIMESTAMP, "time '2026-02-30 12:00' is not a timestamp of the form"
                        + " yyyy-MM-dd HH:mm (could not be parsed: Invalid date 'FEBRUARY 30')"),
                tuple(9L, RejectReason.UNKNOWN_EVENT, "activity 'Escalate' is not mapped: add event.Escalate = <target>,"
                        + " or = ignore, to the mapping"),
                tuple(10L, RejectReason.UNKNOWN_STATUS, "state 'Halted' is not mapped: expected one of"
                        + " Waiting for customer, Waiting for dev, In progress (status.<value> entries)"),
                tuple(11L, RejectReason.UNKNOWN_PRIORITY, "prio '9' is not mapped: expected one of 1, 2, 3, 4"
                        + " (priority.<value> entries)"),
                tuple(12L, RejectReason.WRONG_FIELD_COUNT, "3 fields, expected 8 as in the header"),
                tuple(13L, RejectReason.MISSING_VALUE, "case (case id) is empty"),
                tuple(14L, RejectReason.MISSING_VALUE, "time (timestamp) is empty"),
                tuple(16L, RejectReason.BEFORE_CREATION, "2026-03-02T10:00:00Z is before the creation of case C2"
                        + " at 2026-03-02T11:00:00Z (line 17)"),
                tuple(18L, RejectReason.DUPLICATE_CREATION, "case C2 is already created at line 17 (2026-03-02T11:00:00Z)"),
                tuple(19L, RejectReason.UNKNOWN_CHANNEL, "via 'Fax' is not mapped: expected one of Phone, Mail"
                        + " (channel.<value> entries)"),
                tuple(20L, RejectReason.NO_CREATION, "case C3 has no creation event (missing-creation = reject)"),
                tuple(21L, RejectReason.NO_CREATION, "case C3 has no creation event (missing-creation = reject)"),
                tuple(22L, RejectReason.MISSING_VALUE, "no priority for the creation of case C4: prio is empty,"
                        + " the mapping has no default.priority"),
                tuple(27L, RejectReason.WRONG_FIELD_COUNT, "9 fields, expected 8 as in the header"));
        assertThat(report.rejections()).allSatisfy(r -> assertThat(r.source()).isEqualTo("messy.csv"));
    }

    @Test
    void messy_reportCountsEveryRowAndCase() {
        ImportReport report = run(Fixtures.lenient(mapping("messy.mapping")), "messy.csv").report();

        assertThat(report.toString()).isEqualTo(String.join("\n",
                "Import of messy.csv",
                "rows: 26 read, 8 used, 3 ignored, 15 rejected; 1 blank line skipped",
                "  ignored: Note 3",
                "  rejected: wrong field count 2, missing value 3, unknown event 1, bad timestamp 1, unknown status 1,"
                        + " unknown priority 1, unknown channel 1, duplicate row 1, duplicate creation 1, before creation 1,"
                        + " no creation 2",
                "cases: 6 read, 3 imported, 3 rejected (1 without a creation event, 2 without a usable row)",
                "  creations: 0 synthesized; channel from default.channel 0, priority from default.priority 0",
                "events: 8 (created 3, status-changed 1, update-sent 1, customer-message 1, assigned 1, closed 1)",
                "  out of order: 1 event after a later event of the same case in the file; 1 case sorted into time order",
                "  same instant: 1 event at the instant of the event before, in 1 case (kept in file order)",
                "  local times: 1 in a daylight-saving overlap (earlier offset taken), 1 in a gap (moved later by the gap)",
                "rejected rows:",
                "  messy.csv line 6: duplicate row: identical to line 3",
                "  messy.csv line 8: bad timestamp: time '2026-02-30 12:00' is not a timestamp of the form yyyy-MM-dd HH:mm"
                        + " (could not be parsed: Invalid date 'FEBRUARY 30')",
                "  messy.csv line 9: unknown event: activity 'Escalate' is not mapped: add event.Escalate = <target>,"
                        + " or = ignore, to the mapping",
                "  messy.csv line 10: unknown status: state 'Halted' is not mapped: expected one of Waiting for customer,"
                        + " Waiting for dev, In progress (status.<value> entries)",
                "  messy.csv line 11: unknown priority: prio '9' is not mapped: expected one of 1, 2, 3, 4 (priority.<value> entries)",
                "  messy.csv line 12: wrong field count: 3 fields, expected 8 as in the header",
                "  messy.csv line 13: missing value: case (case id) is empty",
                "  messy.csv line 14: missing value: time (timestamp) is empty",
                "  messy.csv line 16: before creation: 2026-03-02T10:00:00Z is before the creation of case C2"
                        + " at 2026-03-02T11:00:00Z (line 17)",
                "  messy.csv line 18: duplicate creation: case C2 is already created at line 17 (2026-03-02T11:00:00Z)",
                "  messy.csv line 19: unknown channel: via 'Fax' is not mapped: expected one of Phone, Mail (channel.<value> entries)",
                "  messy.csv line 20: no creation: case C3 has no creation event (missing-creation = reject)",
                "  messy.csv line 21: no creation: case C3 has no creation event (missing-creation = reject)",
                "  messy.csv line 22: missing value: no priority for the creation of case C4: prio is empty,"
                        + " the mapping has no default.priority",
                "  messy.csv line 27: wrong field count: 9 fields, expected 8 as in the header",
                ""));
        assertThat(report.rowsRead()).isEqualTo(report.rowsUsed() + report.rowsIgnored() + report.rowsRejected());
        assertThat(report.casesRead()).isEqualTo(report.casesImported() + report.casesWithoutCreation()
                + report.casesWithoutUsableRows());
        assertThat(report.ignoredPerValue()).isEqualTo(Map.of("Note", 3L));
        assertThat(report.eventsPerKind()).containsEntry(EventKind.CREATED, 3L).doesNotContainKey(EventKind.SOLVED);
    }

    @Test
    void messy_eventsAreSortedPerCaseAndSameInstantEventsKeepFileOrder() {
        List<CaseHistory> histories = run(Fixtures.lenient(mapping("messy.mapping")), "messy.csv").histories();

        // first appearance order: C1, C2, C5 (C3, C4, C6 are rejected)
        assertThat(histories).containsExactly(
                CaseHistory.of(List.of(
                        CaseEvent.created("C1", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                        CaseEvent.assigned("C1", at("2026-03-02T08:30:00Z"), Optional.of("ana")),   // line 4, sorted back
                        CaseEvent.updateSent("C1", at("2026-03-02T09:00:00Z")),                       // line 3
                        CaseEvent.statusChanged("C1", at("2026-03-02T09:00:00Z"), CaseStatus.PENDING_CUSTOMER))), // line 5
                CaseHistory.of(List.of(
                        CaseEvent.created("C2", at("2026-03-02T11:00:00Z"), Channel.CALL, Priority.EMERGENCY))),
                CaseHistory.of(List.of(
                        // 02:30 on 2026-03-29 does not exist in Berlin: moved later by the hour's gap, 03:30 CEST
                        CaseEvent.created("C5", at("2026-03-29T01:30:00Z"), Channel.EMAIL, Priority.LOW),
                        // 02:30 on 2026-10-25 happens twice: the earlier offset, +02:00
                        CaseEvent.customerMessage("C5", at("2026-10-25T00:30:00Z")),
                        CaseEvent.closed("C5", at("2026-10-25T02:00:00Z")))));
    }

    @Test
    void messy_withCrLfLineEnds_givesTheSameLines() throws IOException {
        String crlf = text("messy.csv").replace("\n", "\r\n");
        ImportReport report = Fixtures.lenient(mapping("messy.mapping")).read(new StringReader(crlf), "messy.csv").report();

        assertThat(report.rejections()).extracting(Rejection::line)
                .containsExactly(6L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 16L, 18L, 19L, 20L, 21L, 22L, 27L);
    }

    @Test
    void messy_synthesizingCreations_createsCasesAtTheirFirstEventWithDefaults() {
        EventLogMapping mapping = EventLogMapping.parse(text("messy.mapping")
                + "missing-creation = synthesize\ndefault.priority = normal\n");
        ImportResult result = run(Fixtures.lenient(mapping), "messy.csv");
        ImportReport report = result.report();

        assertThat(result.histories()).extracting(CaseHistory::caseId).containsExactly("C1", "C2", "C3", "C4", "C5");
        assertThat(result.histories().get(2)).isEqualTo(CaseHistory.of(List.of(
                CaseEvent.created("C3", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.updateSent("C3", at("2026-03-02T08:00:00Z")),
                CaseEvent.customerMessage("C3", at("2026-03-02T09:00:00Z")))));
        assertThat(result.histories().get(3)).isEqualTo(CaseHistory.of(List.of(
                CaseEvent.created("C4", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL))));
        assertThat(report.rejections()).extracting(Rejection::line)
                .containsExactly(6L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 16L, 18L, 19L, 27L);
        assertThat(report.creationsSynthesized()).isEqualTo(1);
        assertThat(report.defaultPriorities()).isEqualTo(2);  // C3 synthesized, C4's empty prio
        assertThat(report.defaultChannels()).isEqualTo(1);    // C3 synthesized
        assertThat(report.rowsUsed()).isEqualTo(11);
        assertThat(report.casesImported()).isEqualTo(5);
        assertThat(report.casesWithoutCreation()).isZero();
        assertThat(report.casesWithoutUsableRows()).isEqualTo(1);  // C6: only a note
        assertThat(report.sameInstantEvents()).isEqualTo(1);       // a synthesized creation does not count
    }

    // ---- a case attributes file

    @Test
    void attributes_feedCreationDetailsAndSynthesizedCreationTimes() throws IOException {
        ImportResult result = Fixtures.lenient(mapping("attributes.mapping")).read(
                new StringReader(text("attributes-log.csv")), "attributes-log.csv",
                new StringReader(text("attributes.csv")), "attributes.csv");

        assertThat(result.histories()).containsExactly(
                CaseHistory.of(List.of(
                        CaseEvent.created("A1", at("2026-03-02T09:00:05Z"), Channel.CALL, Priority.EMERGENCY),
                        CaseEvent.updateSent("A1", at("2026-03-02T10:00:00Z")))),
                CaseHistory.of(List.of(
                        CaseEvent.created("A2", at("2026-03-02T07:00:00Z"), Channel.EMAIL, Priority.URGENT),
                        CaseEvent.updateSent("A2", at("2026-03-02T08:00:00Z")),
                        CaseEvent.closed("A2", at("2026-03-02T09:00:00Z")))),
                CaseHistory.of(List.of(
                        CaseEvent.created("A3", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL))),
                CaseHistory.of(List.of(
                        CaseEvent.created("A5", at("2026-03-02T08:00:00Z"), Channel.CALL, Priority.URGENT))),
                CaseHistory.of(List.of(
                        CaseEvent.created("A6", at("2026-03-02T09:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                        CaseEvent.updateSent("A6", at("2026-03-02T10:00:00Z")))),
                CaseHistory.of(List.of(
                        CaseEvent.created("A4", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL))));
        assertThat(result.report().toString()).isEqualTo(String.join("\n",
                "Import of attributes-log.csv with case attributes from attributes.csv",
                "rows: 9 read, 8 used, 0 ignored, 1 rejected",
                "  rejected: bad timestamp 1, unknown priority 1, before creation 1, duplicate case 1",
                "cases: 6 read, 6 imported, 0 rejected (0 without a creation event, 0 without a usable row)",
                "  creations: 2 synthesized; channel from default.channel 4, priority from default.priority 3",
                "events: 10 (created 6, update-sent 3, closed 1)",
                "  out of order: 0 events after a later event of the same case in the file; 0 cases sorted into time order",
                "  same instant: 0 events at the instant of the event before, in 0 cases (kept in file order)",
                "  local times: 0 in a daylight-saving overlap (earlier offset taken), 0 in a gap (moved later by the gap)",
                "attributes: 8 rows read, 3 rejected, 1 for cases not in the log",
                "  used for: priority 3, channel 2, created time 2",
                "  created time differs from the log's creation: 2 cases, 1 by more than a minute, at most PT2H",
                "rejected rows:",
                "  attributes.csv line 4: unknown priority: priority 'P7' is not mapped: expected one of P1, P2, P3"
                        + " (priority.<value> entries)",
                "  attributes.csv line 5: bad timestamp: opened 'yesterday' is not a timestamp of the form iso"
                        + " (could not be parsed at index 0)",
                "  attributes.csv line 6: duplicate case: case A1 already has a row at line 2",
                "  attributes-log.csv line 8: before creation: 2026-03-02T08:30:00Z is before the creation of case A6"
                        + " at 2026-03-02T09:00:00Z (synthesized)",
                ""));
        ImportReport report = result.report();
        assertThat(report.attributesName()).contains("attributes.csv");
        assertThat(report.attributeRowsRead()).isEqualTo(8);
        assertThat(report.attributeRowsWithoutLogCase()).isEqualTo(1);
        assertThat(report.largestCreationTimeDifference()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void attributes_withoutAttributesInTheMapping_areRefused() {
        EventLogImport importer = Fixtures.lenient(mapping("clean.mapping"));

        assertThatThrownBy(() -> importer.read(new StringReader(""), "log.csv", new StringReader(""), "attrs.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read case attributes attrs.csv: the mapping has no attributes.column.case");
    }

    // ---- files: gzip, names, header problems

    @Test
    void gzipFile_readsLikeThePlainFile() throws IOException {
        Path plain = dir.resolve("messy.csv");
        Files.writeString(plain, text("messy.csv"));
        Path gz = dir.resolve("messy.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text("messy.csv").getBytes(StandardCharsets.UTF_8));
        }
        EventLogImport importer = Fixtures.lenient(mapping("messy.mapping"));

        ImportResult fromGz = importer.read(gz);
        ImportResult fromPlain = importer.read(plain);

        assertThat(fromGz.histories()).isEqualTo(fromPlain.histories());
        assertThat(fromGz.report().logName()).isEqualTo("messy.csv.gz");
        assertThat(fromGz.report().toString().replace("messy.csv.gz", "messy.csv")).isEqualTo(fromPlain.report().toString());
    }

    @Test
    void fileNamedGzThatIsNotGzip_saysSo() throws IOException {
        Path fake = dir.resolve("log.csv.gz");
        Files.writeString(fake, text("clean.csv"));

        assertThatThrownBy(() -> Fixtures.lenient(mapping("clean.mapping")).read(fake))
                .isInstanceOf(IOException.class).hasMessageStartingWith("log.csv.gz is named .gz but is not gzip: ");
    }

    @Test
    void attributesFromFiles_readLikeFromText() throws IOException {
        Path log = dir.resolve("attributes-log.csv");
        Path attrs = dir.resolve("attributes.csv.gz");
        Files.writeString(log, text("attributes-log.csv"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(attrs))) {
            out.write(text("attributes.csv").getBytes(StandardCharsets.UTF_8));
        }

        ImportResult result = Fixtures.lenient(mapping("attributes.mapping")).read(log, attrs);

        assertThat(result.histories()).hasSize(6);
        assertThat(result.report().attributesName()).contains("attributes.csv.gz");
        assertThat(result.report().rejections()).extracting(Rejection::source, Rejection::line).containsExactly(
                tuple("attributes.csv.gz", 4L), tuple("attributes.csv.gz", 5L), tuple("attributes.csv.gz", 6L),
                tuple("attributes-log.csv", 8L));
    }

    @Test
    void headerWithoutAMappedColumn_stopsNamingTheColumnAndTheHeader() {
        assertThatThrownBy(() -> runText(mapping("clean.mapping"), "ticket,when,what\nT-1,2026-03-02T09:00:00Z,opened\n"))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessage("log.csv line 1: no column 'event' (column.event) in the header: ticket, when, what");
    }

    @Test
    void headerWithAMappedColumnTwice_stops() {
        assertThatThrownBy(() -> runText(mapping("clean.mapping"),
                "ticket,when,event,status,priority,channel,owner,when\n"))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessage("log.csv line 1: column 'when' (column.time) appears twice in the header, as columns 2 and 8");
    }

    @Test
    void emptyFile_stops() {
        assertThatThrownBy(() -> runText(mapping("clean.mapping"), ""))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessage("log.csv is empty: expected a header line naming the columns");
    }

    @Test
    void quoteThatNeverCloses_stopsAtItsLine() {
        String log = "ticket,when,event,status,priority,channel,owner\n"
                + "T-2,2026-03-02T12:00:00Z,opened,,emergency,call,\n"
                + "T-2,2026-03-02T12:20:00Z,public reply,,,,\"ana\n"
                + "T-2,2026-03-02T12:30:00Z,public reply,,,,\n";

        assertThatThrownBy(() -> runText(mapping("clean.mapping"), log))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessage("log.csv line 3: cannot read the CSV on: (startline 3) EOF reached before encapsulated token finished");
    }

    @Test
    void bytesThatAreNotUtf8_stopTheImport() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "ticket,when,event,status,priority,channel,owner\nT-1,2026-03-02T09:00:00Z,opened,,normal,chat,J\u00fcrgen\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> Fixtures.lenient(mapping("clean.mapping")).read(file))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessage("latin1.csv line 2: byte 0xFC (offset 94) is not UTF-8 text: set csv.charset in the mapping"
                        + " (for example windows-1252)");
    }

    @Test
    void bytesThatAreNotUtf8_farIntoTheFile_areReportedWithTheirExactLine() throws IOException {
        Path file = dir.resolve("late.csv");
        StringBuilder log = new StringBuilder("ticket,when,event,status,priority,channel,owner\n");
        for (int i = 0; i < 5000; i++) {
            log.append("T-").append(i).append(",2026-03-02T09:00:00Z,opened,,normal,chat,ana\n");
        }
        log.append("T-x,2026-03-02T09:00:00Z,opened,,normal,chat,J\u00fcrgen\n");
        Files.write(file, log.toString().getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> Fixtures.lenient(mapping("clean.mapping")).read(file))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessageStartingWith("late.csv line 5002: byte 0xFC");
    }

    @Test
    void byteOrderMark_beforeAQuotedHeader_isSkipped() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFF\"ticket\",when,event,status,priority,channel,owner\n"
                + "T-1,2026-03-02T09:00:00Z,opened,,normal,chat,ana\n").getBytes(StandardCharsets.UTF_8));

        ImportResult result = Fixtures.lenient(mapping("clean.mapping")).read(file);

        assertThat(result.histories()).hasSize(1);
        assertThat(result.report().rowsRejected()).isZero();
    }

    @Test
    void charsetSetInTheMapping_readsThoseBytes() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "ticket,when,event,status,priority,channel,owner\nT-1,2026-03-02T09:00:00Z,assigned,,,,J\u00fcrgen\n"
                .replace("assigned", "opened,,normal,chat,\nT-1,2026-03-02T09:10:00Z,assigned")
                .getBytes(StandardCharsets.ISO_8859_1));
        EventLogMapping mapping = EventLogMapping.parse(text("clean.mapping") + "csv.charset = ISO-8859-1\n");

        ImportResult result = Fixtures.lenient(mapping).read(file);

        assertThat(((CaseEvent.Assigned) result.histories().get(0).events().get(1)).assignee()).contains("J\u00fcrgen");
    }

    @Test
    void byteOrderMark_isNotPartOfTheFirstColumnName() {
        ImportResult result = runText(mapping("clean.mapping"), "\uFEFF" + text("clean.csv"));

        assertThat(result.histories()).hasSize(2);
    }

    @Test
    void noHeader_columnsByNumber_otherDelimiterAndPattern() {
        EventLogMapping mapping = EventLogMapping.parse(String.join("\n",
                "csv.header = false",
                "csv.delimiter = ;",
                "column.case = 2",
                "column.time = 1",
                "column.event = 3",
                "time.format = dd.MM.uuuu HH:mm",
                "time.zone = Europe/Amsterdam",
                "default.channel = email",
                "default.priority = normal",
                "event.Neu = created",
                "event.Antwort = update-sent"));
        String log = "02.03.2026 09:00;K-1;Neu\n"
                + "02.03.2026 09:30;K-1\n"
                + "02.03.2026 10:00;K-1;Antwort;extra\n";

        ImportResult result = runText(mapping, log);

        assertThat(result.histories()).containsExactly(CaseHistory.of(List.of(
                CaseEvent.created("K-1", at("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL),
                CaseEvent.updateSent("K-1", at("2026-03-02T09:00:00Z")))));
        assertThat(result.report().rejections()).containsExactly(Rejection.of("log.csv", 2, RejectReason.WRONG_FIELD_COUNT,
                "2 fields, expected at least 3 for the mapped columns"));
        assertThat(result.report().defaultChannels()).isEqualTo(1);
        assertThat(result.report().defaultPriorities()).isEqualTo(1);
    }

    @Test
    void noHeader_messagesNameColumnsByNumber() {
        EventLogMapping mapping = EventLogMapping.parse(String.join("\n",
                "csv.header = false", "column.case = 1", "column.time = 2", "column.event = 3", "time.format = iso",
                "default.channel = email", "default.priority = normal", "event.open = created"));

        ImportResult result = runText(mapping, "K-1,2026-03-02T09:00:00Z,open\nK-1,yesterday,open\nK-1,2026-03-02T10:00:00Z,shut\n");

        assertThat(result.report().rejections()).extracting(Rejection::message).containsExactly(
                "column 2 'yesterday' is not a timestamp of the form iso (could not be parsed at index 0)",
                "column 3 'shut' is not mapped: add event.shut = <target>, or = ignore, to the mapping");
    }

    @Test
    void valuesWithoutAValueMap_areReadAsSlakitNames() {
        ImportResult result = runText(mapping("clean.mapping"), String.join("\n",
                "ticket,when,event,status,priority,channel,owner",
                "T-1,2026-03-02T09:00:00Z,opened,,Urgent,SMS,",
                "T-1,2026-03-02T09:10:00Z,status,Pending Internal Response,,,",
                "T-1,2026-03-02T09:20:00Z,status,halted,,,",
                "T-1,2026-03-02T09:30:00Z,priority,,asap,,",
                "T-2,2026-03-02T09:00:00Z,opened,,normal,e mail,"));

        assertThat(result.histories().get(0).events()).containsExactly(
                CaseEvent.created("T-1", at("2026-03-02T09:00:00Z"), Channel.of("sms"), Priority.URGENT),
                CaseEvent.statusChanged("T-1", at("2026-03-02T09:10:00Z"), CaseStatus.PENDING_INTERNAL));
        assertThat(result.report().rejections()).extracting(Rejection::line, Rejection::reason, Rejection::message).containsExactly(
                tuple(4L, RejectReason.UNKNOWN_STATUS, "status 'halted': Unknown case status 'halted': expected new or open,"
                        + " pending-internal (pending internal response), pending-customer, solved or closed"),
                tuple(5L, RejectReason.UNKNOWN_PRIORITY, "priority 'asap': Unknown priority 'asap': expected emergency,"
                        + " urgent, normal or low"),
                tuple(6L, RejectReason.UNKNOWN_CHANNEL, "channel 'e mail': Invalid channel name 'e mail': expected a letter"
                        + " followed by up to 39 letters, digits, '_' or '-'"));
    }

    @Test
    void statusEventWithEmptyStatusCell_isAMissingValue() {
        ImportResult result = runText(mapping("clean.mapping"), String.join("\n",
                "ticket,when,event,status,priority,channel,owner",
                "T-1,2026-03-02T09:00:00Z,opened,,normal,chat,",
                "T-1,2026-03-02T09:10:00Z,status,,,,",
                "T-1,2026-03-02T09:10:00Z,opened,,,chat,"));

        assertThat(result.report().rejections()).extracting(Rejection::line, Rejection::reason, Rejection::message).containsExactly(
                tuple(3L, RejectReason.MISSING_VALUE, "status (status) is empty"),
                tuple(4L, RejectReason.MISSING_VALUE, "no priority for the creation of case T-1: priority is empty,"
                        + " the mapping has no default.priority"));
    }

    @Test
    void ignoredRow_isNotCheckedFurther() {
        ImportResult result = runText(mapping("messy.mapping"), String.join("\n",
                "case,time,activity,state,prio,via,agent,note",
                "C1,2026-03-02 09:00,New,,3,Mail,,",
                "C1,yesterday,Note,,,,,",
                "C1,,Note,,,,,",
                "C1,yesterday,Reply,,,,,"));

        assertThat(result.report().rowsIgnored()).isEqualTo(2);
        assertThat(result.report().rejections()).containsExactly(Rejection.of("log.csv", 5, RejectReason.BAD_TIMESTAMP,
                "time 'yesterday' is not a timestamp of the form yyyy-MM-dd HH:mm (could not be parsed at index 0)"));
    }

    @Test
    void onlyIgnoredAndRejectedRows_caseWithoutUsableRows() {
        ImportResult result = runText(mapping("messy.mapping"), String.join("\n",
                "case,time,activity,state,prio,via,agent,note",
                "C1,2026-03-02 09:00,Note,,,,,",
                "C1,2026-03-02 09:00,Solve,,,,,x,y"));

        assertThat(result.histories()).isEmpty();
        assertThat(result.report().casesRead()).isEqualTo(1);
        assertThat(result.report().casesWithoutUsableRows()).isEqualTo(1);
        assertThat(result.report().rowsIgnored()).isEqualTo(1);
        assertThat(result.report().rowsRejected()).isEqualTo(1);
    }

    @Test
    void creationAtTheSameInstantAsEarlierRows_goesFirstAndTheCaseCountsAsReordered() {
        ImportResult result = runText(mapping("messy.mapping"), String.join("\n",
                "case,time,activity,state,prio,via,agent,note",
                "C1,2026-03-02 09:00,Assign,,,,ana,",
                "C1,2026-03-02 09:00,New,,3,Mail,,"));

        assertThat(result.histories().get(0).events()).extracting(CaseEvent::kind)
                .containsExactly(EventKind.CREATED, EventKind.ASSIGNED);
        assertThat(result.report().casesReordered()).isEqualTo(1);
        assertThat(result.report().eventsOutOfOrder()).isZero();
        assertThat(result.report().sameInstantEvents()).isEqualTo(1);
    }

    @Test
    void twoCreationsAtTheSameInstant_keepTheFirstInTheFile() {
        ImportResult result = runText(mapping("messy.mapping"), String.join("\n",
                "case,time,activity,state,prio,via,agent,note",
                "C1,2026-03-02 09:00,New,,3,Mail,,",
                "C1,2026-03-02 09:00,New,,1,Phone,,"));

        assertThat(result.histories().get(0).creation().priority()).isEqualTo(Priority.NORMAL);
        assertThat(result.report().rejections()).containsExactly(Rejection.of("log.csv", 3, RejectReason.DUPLICATE_CREATION,
                "case C1 is already created at line 2 (2026-03-02T08:00:00Z)"));
    }

    @Test
    void manyRejections_toStringListsTheFirst50() {
        StringBuilder log = new StringBuilder("case,time,activity,state,prio,via,agent,note\n");
        for (int i = 0; i < 60; i++) {
            log.append("C").append(i).append(",2026-03-02 09:00,Unknown,,,,,\n");
        }

        ImportReport report = runText(mapping("messy.mapping"), log.toString()).report();

        assertThat(report.rejections()).hasSize(60);
        assertThat(report.toString()).contains("rejected rows (the first 50 of 60):\n")
                .contains("log.csv line 51: ").doesNotContain("log.csv line 52: ");
    }

    // ---- nulls

    @Test
    void nulls_areRejected() {
        EventLogImport importer = Fixtures.lenient(mapping("clean.mapping"));

        assertThatThrownBy(() -> Fixtures.lenient(null)).isInstanceOf(NullPointerException.class).hasMessage("mapping");
        assertThatThrownBy(() -> importer.withErrorBudget(null)).isInstanceOf(NullPointerException.class).hasMessage("budget");
        assertThatThrownBy(() -> importer.read((Path) null)).isInstanceOf(NullPointerException.class).hasMessage("log");
        assertThatThrownBy(() -> importer.read(dir, null)).isInstanceOf(NullPointerException.class).hasMessage("attributes");
        assertThatThrownBy(() -> importer.read(new StringReader(""), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("logName");
        assertThatThrownBy(() -> importer.read(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("log");
        assertThatThrownBy(() -> importer.read(new StringReader(""), "x", null, "y")).isInstanceOf(NullPointerException.class)
                .hasMessage("attributes");
        assertThatThrownBy(() -> EventLogMapping.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> EventLogMapping.read(null)).isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> Rejection.of(null, 1, RejectReason.MISSING_VALUE, "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
    }
}
