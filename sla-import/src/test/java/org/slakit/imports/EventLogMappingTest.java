package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.imports.Fixtures.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapping text: what it accepts, how it writes itself back, and errors that name the line. */
class EventLogMappingTest {

    /** The smallest valid mapping; tests append a line to it. */
    private static final String BASE = String.join("\n",
            "column.case = id",
            "column.time = at",
            "column.event = what",
            "time.format = iso",
            "default.channel = email",
            "default.priority = normal",
            "event.open = created",
            "");

    @TempDir
    Path dir;

    @Test
    void smallestMapping_writesItselfBackWithTheDefaults() {
        assertThat(EventLogMapping.parse(BASE).toString()).isEqualTo(String.join("\n",
                "csv.delimiter = ,",
                "csv.quote = \"",
                "csv.header = true",
                "csv.charset = UTF-8",
                "column.case = id",
                "column.time = at",
                "column.event = what",
                "time.format = iso",
                "default.channel = email",
                "default.priority = normal",
                "missing-creation = reject",
                "event.open = created",
                ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean.mapping", "messy.mapping", "attributes.mapping", "everything.mapping"})
    void toString_parsesBackToAnEqualMapping(String name) {
        EventLogMapping mapping = EventLogMapping.parse(text(name));

        EventLogMapping again = EventLogMapping.parse(mapping.toString());

        assertThat(again).isEqualTo(mapping).hasSameHashCodeAs(mapping);
        assertThat(again.toString()).isEqualTo(mapping.toString());
    }

    @Test
    void shippedBpicMapping_parsesBackToAnEqualMapping() throws IOException {
        EventLogMapping mapping = EventLogMapping.shipped("bpic2014");

        assertThat(EventLogMapping.parse(mapping.toString())).isEqualTo(mapping);
    }

    @Test
    void everyKey_isWrittenBack() {
        EventLogMapping mapping = EventLogMapping.parse(text("everything.mapping"));

        assertThat(mapping.toString()).isEqualTo(String.join("\n",
                "csv.delimiter = tab",
                "csv.quote = none",
                "csv.header = true",
                "csv.charset = windows-1252",
                "column.case = Case ID",
                "column.time = Timestamp",
                "column.event = Activity",
                "column.status = Status",
                "column.priority = Prio",
                "column.channel = Source",
                "column.assignee = Owner",
                "time.format = dd/MM/yyyy HH:mm:ss",
                "time.zone = America/New_York",
                "default.channel = email",
                "default.priority = normal",
                "missing-creation = synthesize",
                "budget.max-rejected-rows = 100",
                "budget.max-rejected-share = 2.5%",
                "attributes.column.case = Case ID",
                "attributes.column.priority = Priority",
                "attributes.column.channel = Source",
                "attributes.column.created = Created",
                "attributes.time.format = iso",
                "event.Created = created",
                "event.Status = status",
                "event.Priority = priority",
                "event.Escalated = elevated",
                "event.Calm = not-elevated",
                "event.Email sent = update-sent",
                "event.Email received = customer-message",
                "event.Owner changed = assigned",
                "event.Resolved = solved",
                "event.Reopened = reopened",
                "event.Closed = closed",
                "event.On hold = status:pending-customer",
                "event.Emergency = priority:emergency",
                "event.Internal note = ignore",
                "status.New = open",
                "status.Pending Dev = pending-internal",
                "priority.P1 = emergency",
                "channel.Phone = call",
                ""));
        assertThat(mapping.errorBudget()).isEqualTo(ErrorBudget.atMostRows(100).andAtMostShare(0.025));
        assertThat(mapping.hasAttributes()).isTrue();
    }

    @Test
    void commentsBlankLinesCrLfAndKeyCase_areIgnored() {
        String text = "# a comment\r\n\r\n  Column.Case = id \r\ncolumn.time=at\r\nCOLUMN.EVENT = what\r\n"
                + "time.format = iso\r\ndefault.channel = email\r\ndefault.priority = normal\r\nEvent.Open = created\r\n";

        assertThat(EventLogMapping.parse(text)).isEqualTo(EventLogMapping.parse(BASE.replace("event.open", "event.Open")));
    }

    @Test
    void rawValuesMayContainHashAndBlanks() {
        EventLogMapping mapping = EventLogMapping.parse(BASE + "event.Ticket #5 =  ignore\n");

        assertThat(mapping.toString()).contains("event.Ticket #5 = ignore\n");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("colum.case = id", 8, "line 8 'colum.case = id': Unknown key 'colum.case': expected one of"
                        + " log.kind, csv.delimiter, csv.quote, csv.header, csv.charset, column.case, column.time, column.event,"
                        + " column.status, column.substatus, column.priority, column.channel, column.assignee, column.waiting-on,"
                        + " column.elevated, column.interval, time.format, time.zone,"
                        + " time.offset, default.channel, default.priority, missing-creation, budget.max-rejected-rows,"
                        + " budget.max-rejected-share, attributes.column.case, attributes.column.priority,"
                        + " attributes.column.channel, attributes.column.created, attributes.time.format,"
                        + " attributes.time.zone, attributes.time.offset, or event.<value>, status.<value>,"
                        + " priority.<value>, channel.<value>"),
                Arguments.of("event.Reply = updat-sent", 8, "line 8 'event.Reply = updat-sent': Unknown event target"
                        + " 'updat-sent': expected created, status:<status>, status (from column.status), priority:<priority>,"
                        + " priority (from column.priority), elevated, not-elevated, update-sent, customer-message,"
                        + " assigned (assignee from column.assignee), agreed-interval (from column.interval), waiting-on:<team>,"
                        + " waiting-on (team from column.waiting-on), not-waiting, solved, reopened, closed or ignore;"
                        + " several joined by + for a row that is several events (update-sent + status:pending-customer)"),
                Arguments.of("event.Wait = status:waiting", 8, "line 8 'event.Wait = status:waiting': Unknown status in"
                        + " event target 'status:waiting': Unknown case status 'waiting': expected new or open,"
                        + " pending-internal (pending internal response), pending-customer, solved or closed"),
                Arguments.of("event.Hot = priority:hot", 8, "line 8 'event.Hot = priority:hot': Unknown priority in event"
                        + " target 'priority:hot': Unknown priority 'hot': expected emergency, urgent, normal or low"),
                Arguments.of("event.OPEN = closed", 8, "line 8 'event.OPEN = closed': Key 'event.OPEN' is given twice:"
                        + " first at line 7 'event.open = created'"),
                Arguments.of("event.Assign = assigned", 8, "line 8 'event.Assign = assigned': Target assigned reads the"
                        + " assignee from column.assignee, which the mapping does not give"),
                Arguments.of("event.State = status", 8, "line 8 'event.State = status': Target status reads column.status,"
                        + " which the mapping does not give"),
                Arguments.of("status.Halted = open", 8, "line 8 'status.Halted = open': status.<value> entries map the"
                        + " values of column.status, which the mapping does not give"),
                Arguments.of("column.status = st\nstatus.Halted = stopped", 9, "line 9 'status.Halted = stopped':"
                        + " Unknown case status 'stopped': expected new or open, pending-internal (pending internal"
                        + " response), pending-customer, solved or closed"),
                Arguments.of("priority.1 = high", 8, "line 8 'priority.1 = high': Unknown priority 'high': expected"
                        + " emergency, urgent, normal or low"),
                Arguments.of("channel. = call", 8, "line 8 'channel. = call': Missing raw value after 'channel.':"
                        + " expected channel.<value> = ..."),
                Arguments.of("event.Note", 8, "line 8 'event.Note': Expected key = value"),
                Arguments.of("column.status =", 8, "line 8 'column.status =': Key 'column.status' has no value"),
                Arguments.of("time.zone = Europe/Amsterdam", 8, "line 8 'time.zone = Europe/Amsterdam': time.format 'iso'"
                        + " carries its own offset, so time.zone would not be used: add time.offset = ignore to read the"
                        + " local time in Europe/Amsterdam instead, or remove time.zone"),
                Arguments.of("time.offset = ignore", 8, "line 8 'time.offset = ignore': time.zone is required: with"
                        + " time.offset = ignore the local time is read in that zone"),
                Arguments.of("time.offset = drop", 8, "line 8 'time.offset = drop': Invalid time.offset 'drop':"
                        + " expected use or ignore"),
                Arguments.of("missing-creation = invent", 8, "line 8 'missing-creation = invent': Invalid"
                        + " missing-creation 'invent': expected reject or synthesize"),
                Arguments.of("budget.max-rejected-share = 150%", 8, "line 8 'budget.max-rejected-share = 150%': Invalid"
                        + " budget.max-rejected-share '150%': expected a percentage from 0% to 100% or a fraction from"
                        + " 0 to 1, such as 1% or 0.01"),
                Arguments.of("budget.max-rejected-rows = -1", 8, "line 8 'budget.max-rejected-rows = -1': Invalid"
                        + " budget.max-rejected-rows '-1': expected a whole number, 0 or more"),
                Arguments.of("csv.delimiter = ;;", 8, "line 8 'csv.delimiter = ;;': Invalid csv.delimiter ';;':"
                        + " expected one character, tab or space"),
                Arguments.of("csv.quote = ,", 8, "line 8 'csv.quote = ,': The quote character must differ from the"
                        + " delimiter ','"),
                Arguments.of("csv.header = yes", 8, "line 8 'csv.header = yes': Invalid csv.header 'yes': expected"
                        + " true or false"),
                Arguments.of("csv.charset = klingon", 8, "line 8 'csv.charset = klingon': Unknown charset 'klingon':"
                        + " expected a Java charset name such as UTF-8 or windows-1252"),
                Arguments.of("default.channel = e mail", 6, "line 6 'default.channel = e mail': Key 'default.channel'"
                        + " is given twice: first at line 5 'default.channel = email'"),
                Arguments.of("attributes.column.priority = prio", 8, "line 8 'attributes.column.priority = prio':"
                        + " attributes.column.case is required: the case id column of the case attributes file"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void badLine_isNamedWithItsNumberTextAndWhatWasExpected(String line, int number, String message) {
        String text = line.startsWith("default.channel") ? BASE.replace("default.priority", line + "\ndefault.priority")
                : BASE + line + "\n";

        assertThatThrownBy(() -> EventLogMapping.parse(text)).isInstanceOfSatisfying(MappingFormatException.class,
                e -> assertThat(e.lineNumber()).isEqualTo(number)).hasMessage(message);
    }

    static Stream<Arguments> timeErrors() {
        return Stream.of(
                Arguments.of("yyyy-MM-dd HH:mm bb", "line 4 'time.format = yyyy-MM-dd HH:mm bb': Invalid time pattern"
                        + " 'yyyy-MM-dd HH:mm bb': Unknown pattern letter: b (expected iso, iso-local or a java.time"
                        + " DateTimeFormatter pattern such as yyyy-MM-dd HH:mm:ss)"),
                Arguments.of("yyyy-MM-dd HH:mm'", "line 4 'time.format = yyyy-MM-dd HH:mm'': Invalid time pattern"
                        + " 'yyyy-MM-dd HH:mm'': Pattern ends with an incomplete string literal: yyyy-MM-dd HH:mm'"
                        + " (expected iso, iso-local or a java.time DateTimeFormatter pattern such as yyyy-MM-dd HH:mm:ss)"),
                Arguments.of("yyyy-MM-dd", "line 4 'time.format = yyyy-MM-dd': Time pattern 'yyyy-MM-dd' has no time"
                        + " of day: a timestamp needs a date and a time"),
                Arguments.of("HH:mm:ss", "line 4 'time.format = HH:mm:ss': Time pattern 'HH:mm:ss' has no date:"
                        + " a timestamp needs a date and a time"),
                Arguments.of("yyyy-MM-dd HH:mm", "line 4 'time.format = yyyy-MM-dd HH:mm': time.zone is required:"
                        + " 'yyyy-MM-dd HH:mm' has no offset, so its times are local wall-clock times of a zone"
                        + " (add time.zone = Europe/Amsterdam, for example)"),
                Arguments.of("iso-local", "line 4 'time.format = iso-local': time.zone is required: 'iso-local' has no"
                        + " offset, so its times are local wall-clock times of a zone (add time.zone ="
                        + " Europe/Amsterdam, for example)"));
    }

    @ParameterizedTest
    @MethodSource("timeErrors")
    void badTimeFormat_isNamedWithItsLine(String format, String message) {
        String text = BASE.replace("time.format = iso", "time.format = " + format);

        assertThatThrownBy(() -> EventLogMapping.parse(text)).isInstanceOfSatisfying(MappingFormatException.class,
                e -> assertThat(e.lineNumber()).isEqualTo(4)).hasMessage(message);
    }

    @Test
    void unknownZone_isNamedWithItsLine() {
        String text = BASE.replace("time.format = iso", "time.format = iso-local\ntime.zone = Europe/Amsterdamm");

        assertThatThrownBy(() -> EventLogMapping.parse(text)).hasMessage("line 5 'time.zone = Europe/Amsterdamm':"
                + " Unknown zone 'Europe/Amsterdamm': expected a zone id such as Europe/Amsterdam or +01:00");
    }

    @Test
    void ignoringAnOffsetThatIsNotThere_isAnError() {
        String text = BASE.replace("time.format = iso", "time.format = iso-local\ntime.zone = UTC\ntime.offset = ignore");

        assertThatThrownBy(() -> EventLogMapping.parse(text))
                .hasMessage("line 6 'time.offset = ignore': time.format 'iso-local' has no offset to ignore");
    }

    @Test
    void columnsByNumberWithoutHeader_mustBeNumbers() {
        assertThatThrownBy(() -> EventLogMapping.parse("csv.header = false\n" + BASE))
                .hasMessage("line 2 'column.case = id': Invalid column 'id': with csv.header = false columns are numbers from 1");
    }

    @Test
    void missingRequiredKeys_areNamedWithoutALine() {
        assertThatThrownBy(() -> EventLogMapping.parse(BASE.replace("column.time = at\n", "")))
                .isInstanceOfSatisfying(MappingFormatException.class, e -> assertThat(e.lineNumber()).isZero())
                .hasMessage("Missing key column.time: the column that holds the timestamp (add 'column.time = <column>')");
        assertThatThrownBy(() -> EventLogMapping.parse(BASE.replace("time.format = iso\n", "")))
                .hasMessage("Missing key time.format: iso, iso-local or a DateTimeFormatter pattern");
        assertThatThrownBy(() -> EventLogMapping.parse(BASE.replace("default.channel = email\n", "")))
                .hasMessage("Missing key default.channel: a creation needs a channel and no column gives one"
                        + " (add default.channel = email, for example)");
        assertThatThrownBy(() -> EventLogMapping.parse(BASE.replace("default.priority = normal\n", "")))
                .hasMessage("Missing key default.priority: a creation needs a priority and no column gives one"
                        + " (add default.priority = normal, for example)");
        assertThatThrownBy(() -> EventLogMapping.parse(BASE.replace("event.open = created\n", "event.open = ignore\n")))
                .hasMessage("No event maps to created and missing-creation is reject, so every case would be rejected:"
                        + " add event.<value> = created, or missing-creation = synthesize");
    }

    @Test
    void readFromFile_prefixesTheFileName() throws IOException {
        Path file = dir.resolve("team.mapping");
        Files.writeString(file, BASE + "event.x = nothing\n");

        assertThatThrownBy(() -> EventLogMapping.read(file)).isInstanceOf(MappingFormatException.class)
                .hasMessageStartingWith("team.mapping line 8 'event.x = nothing': Unknown event target 'nothing'");
        Files.writeString(file, BASE);
        assertThat(EventLogMapping.read(file)).isEqualTo(EventLogMapping.parse(BASE));
    }

    @Test
    void budgetShare_acceptsFractionsAndPercentages() {
        assertThat(EventLogMapping.parse(BASE + "budget.max-rejected-share = 0.01\n").errorBudget())
                .isEqualTo(EventLogMapping.parse(BASE + "budget.max-rejected-share = 1 %\n").errorBudget())
                .isEqualTo(ErrorBudget.atMostShare(0.01));
        assertThat(EventLogMapping.parse(BASE).errorBudget()).isEqualTo(ErrorBudget.standard()).isEqualTo(ErrorBudget.atMostShare(0.01));
        assertThat(EventLogMapping.parse(BASE).toString()).doesNotContain("budget");
    }
}
