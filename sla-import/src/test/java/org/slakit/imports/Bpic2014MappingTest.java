package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slakit.imports.Fixtures.at;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * The shipped mapping of the BPI Challenge 2014 incident log, on a few rows shaped like that log
 * (the real file stays outside the project).
 */
class Bpic2014MappingTest {

    /** The 36 activity types of the log. */
    private static final List<String> ACTIVITIES = List.of("Assignment", "Operator Update", "Reassignment", "Closed",
            "Status Change", "Open", "Update", "Caused By CI", "Quality Indicator Fixed", "Communication with customer",
            "Pending vendor", "Description Update", "External Vendor Assignment", "Update from customer",
            "Mail to Customer", "Reopen", "Quality Indicator", "Quality Indicator Set", "Communication with vendor",
            "Resolved", "Urgency Change", "Impact Change", "External update", "Analysis/Research", "Vendor Reference",
            "Notify By Change", "Affected CI Change", "Service Change", "Problem Workaround", "Contact Change",
            "Vendor Reference Change", "Problem Closure", "External Vendor Reassignment", "Callback Request",
            "OO Response", "Referred");

    private static final String HEADER = "\"incident_id\",\"data_stamp\",\"incident_activity_number\","
            + "\"incident_activity_type\",\"assignment_group\",\"km_number\",\"interaction_id\",\"lifecycle\"\n";

    @Test
    void mapsEveryActivityOfTheLog() throws IOException {
        EventLogMapping mapping = EventLogMapping.shipped("bpic2014");

        assertThat(ACTIVITIES).hasSize(36).allSatisfy(a -> assertThat(mapping.events).containsKey(EventLogMapping.normalize(a)));
        assertThat(mapping.events).hasSize(36);
    }

    @Test
    void labelledUtcTimes_areReadAsAmsterdamWallClockTime() throws IOException {
        String log = HEADER
                + "\"IM1\",\"2013-02-13T12:03:35+0000\",\"A1\",\"Mail to Customer\",\"TEAM0002\",\"KM1\",\"SD1\",\"complete\"\n"
                + "\"IM1\",\"2013-02-13T09:00:00+0000\",\"A0\",\"Open\",\"TEAM0001\",\"KM1\",\"SD1\",\"complete\"\n"
                + "\"IM1\",\"2013-07-01T12:00:00+0000\",\"A2\",\"Pending vendor\",\"TEAM0002\",\"KM1\",,\"complete\"\n"
                + "\"IM1\",\"2013-07-01T12:00:00+0000\",\"A3\",\"Caused By CI\",\"TEAM0002\",\"KM1\",,\"complete\"\n"
                + "\"IM1\",\"2013-07-02T08:00:00+0000\",\"A4\",\"Reassignment\",\"TEAM0003\",\"KM1\",,\"complete\"\n"
                + "\"IM1\",\"2013-07-03T08:00:00+0000\",\"A5\",\"Closed\",\"TEAM0003\",\"KM1\",,\"complete\"\n"
                + "\"IM2\",\"2013-03-01T10:00:00+0000\",\"B1\",\"Update from customer\",\"TEAM0004\",\"KM2\",,\"complete\"\n";

        ImportResult result = Fixtures.lenient(EventLogMapping.shipped("bpic2014")).read(new StringReader(log), "bpic.csv");

        assertThat(result.histories()).containsExactly(
                CaseHistory.of(List.of(
                        CaseEvent.created("IM1", at("2013-02-13T08:00:00Z"), Channel.of("service-desk"), Priority.NORMAL),
                        CaseEvent.updateSent("IM1", at("2013-02-13T11:03:35Z")),            // CET, +01:00
                        CaseEvent.statusChanged("IM1", at("2013-07-01T10:00:00Z"), CaseStatus.PENDING_INTERNAL), // CEST
                        CaseEvent.assigned("IM1", at("2013-07-02T06:00:00Z"), Optional.of("TEAM0003")),
                        CaseEvent.closed("IM1", at("2013-07-03T06:00:00Z")))),
                CaseHistory.of(List.of(
                        // no Open: synthesized at the first event
                        CaseEvent.created("IM2", at("2013-03-01T09:00:00Z"), Channel.of("service-desk"), Priority.NORMAL),
                        CaseEvent.customerMessage("IM2", at("2013-03-01T09:00:00Z")))));
        assertThat(result.report().rowsIgnored()).isEqualTo(1);
        assertThat(result.report().creationsSynthesized()).isEqualTo(1);
        assertThat(result.report().eventsOutOfOrder()).isEqualTo(1);
    }

    @Test
    void attributesPriority_mapsTheFiveLevels() throws IOException {
        String log = HEADER
                + "\"IM1\",\"2013-02-13T09:00:00+0000\",\"A0\",\"Open\",\"TEAM0001\",\"KM1\",\"SD1\",\"complete\"\n"
                + "\"IM2\",\"2013-02-13T09:00:00+0000\",\"B0\",\"Open\",\"TEAM0001\",\"KM1\",\"SD1\",\"complete\"\n"
                + "\"IM3\",\"2013-02-13T09:00:00+0000\",\"C0\",\"Open\",\"TEAM0001\",\"KM1\",\"SD1\",\"complete\"\n";
        String attributes = "\"incident_id\",\"priority\",\"open_time\"\n"
                + "\"IM1\",\"2\",\"2013-02-13T08:59:59+0000\"\n"
                + "\"IM2\",\"4\",\"2013-02-13T08:59:58+0000\"\n"
                + "\"IM3\",\"5\",\"2013-02-13T10:00:00+0000\"\n";

        ImportResult result = Fixtures.lenient(EventLogMapping.shipped("bpic2014"))
                .read(new StringReader(log), "log.csv", new StringReader(attributes), "attributes.csv");

        assertThat(result.histories()).extracting(h -> h.creation().priority())
                .containsExactly(Priority.URGENT, Priority.NORMAL, Priority.LOW);
        assertThat(result.report().creationTimesDiffering()).isEqualTo(3);
        assertThat(result.report().creationTimesDifferingOverAMinute()).isEqualTo(1);
    }
}
