package org.slakit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;

/**
 * The upkeep round on hand-computed cases. All calendars are in UTC unless a test says otherwise,
 * so the instants read as written; March 4, 2026 is a Wednesday.
 */
class UpkeepRoundTest {

    static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
    /** A lunch break, and Friday March 6 closed. */
    static final BusinessCalendar LUNCH = BusinessCalendar.parse("""
            zone UTC
            Mon-Fri 09:00-12:30 13:30-17:00
            closed 2026-03-06
            """);
    static final SlaPolicy STANDARD = SlaPolicy.standard(NINE_TO_FIVE);
    static final Instant NOW = t("2026-03-04T14:00");

    static Instant t(String utc) {
        return Instant.parse(utc + (utc.length() == 16 ? ":00Z" : "Z"));
    }

    /** Due instants by hand, standard policy on the 09-17 calendar, evaluated Wednesday 14:00. */
    static final List<SupportCase> CASES = List.of(
            // first response created Wed 09:00: 2 business hours, due Wed 11:00, breached by 3 hours
            SupportCase.builder("A", t("2026-03-04T09:00")).assignee("ana").build(),
            // pending customer since Wed Feb 11 10:00, update sent then: 3 weeks, due Wed 10:00, breached by 4 hours
            SupportCase.builder("B", t("2026-02-11T09:00")).status(CaseStatus.PENDING_CUSTOMER)
                    .statusSince(t("2026-02-11T10:00")).lastSentToCustomer(t("2026-02-11T10:00"))
                    .assignee("bo").build(),
            // first response created Wed 13:00: due 15:00, exactly at the end of a one-hour window
            SupportCase.builder("C", t("2026-03-04T13:00")).assignee("ana").build(),
            // first response created Wed 13:01: due 15:01
            SupportCase.builder("D", t("2026-03-04T13:01")).assignee("ana").build(),
            // pending internal since Wed Feb 25 17:00, update sent then: 1 week, due Wed 17:00, the day's close
            SupportCase.builder("E", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                    .statusSince(t("2026-02-25T17:00")).lastSentToCustomer(t("2026-02-25T17:00"))
                    .assignee("cy").build(),
            // emergency created Wed 13:30, nothing sent: 1 hour, due 14:30; nobody assigned
            SupportCase.builder("F", t("2026-03-04T13:30")).priority(Priority.EMERGENCY).build(),
            // as E, one second later: due Wed 17:00:01, after the day's close
            SupportCase.builder("G", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                    .statusSince(t("2026-02-25T17:00:01")).lastSentToCustomer(t("2026-02-25T17:00:01"))
                    .assignee("ana").build(),
            // solved: no clock, never in the round
            SupportCase.builder("H", t("2026-03-04T09:00")).status(CaseStatus.SOLVED).assignee("ana").build(),
            // open, update sent Wed 09:00: 3 business days, due Mon Mar 9 09:00
            SupportCase.builder("I", t("2026-03-02T09:00")).lastSentToCustomer(t("2026-03-04T09:00")).build());

    static List<String> ids(UpkeepRound.Result r) {
        return r.items().stream().map(i -> i.supportCase().id()).toList();
    }

    static UpkeepItem item(UpkeepRound.Result r, String id) {
        return r.items().stream().filter(i -> i.supportCase().id().equals(id)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ which cases, in which order

    @Test
    void reservedHour_breachedFirstMostOverdueFirst_thenByDue() {
        UpkeepRound.Result r = UpkeepRound.within(STANDARD, Duration.ofHours(1)).select(CASES, NOW);

        assertThat(ids(r)).containsExactly("B", "A", "F", "C");
        assertThat(r.items()).extracting(UpkeepItem::due).containsExactly(
                t("2026-03-04T10:00"), t("2026-03-04T11:00"), t("2026-03-04T14:30"), t("2026-03-04T15:00"));
        assertThat(r.items()).extracting(UpkeepItem::isBreached).containsExactly(true, true, false, false);
        assertThat(r.items().get(0).evaluation().overdue()).isEqualTo(Duration.ofHours(4));
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.breached()).isEqualTo(2);
        assertThat(r.countsByAssignee()).containsExactly(Map.entry("ana", 2L), Map.entry("bo", 1L));
        assertThat(r.unassigned()).isEqualTo(1);
        assertThat(r.now()).isEqualTo(NOW);
        assertThat(r).hasToString("UpkeepRound.Result[4 cases at 2026-03-04T14:00:00Z, 2 breached, first [B, A, F, C],"
                + " by assignee {ana=2, bo=1}, unassigned 1]");
    }

    @Test
    void fixedWindow_endIsInclusive() {
        UpkeepRound.Result hour = UpkeepRound.within(STANDARD, Duration.ofHours(1)).select(CASES, NOW);
        UpkeepRound.Result lessBySecond = UpkeepRound.within(STANDARD, Duration.ofSeconds(3599)).select(CASES, NOW);
        UpkeepRound.Result oneMinuteMore = UpkeepRound.within(STANDARD, Duration.ofMinutes(61)).select(CASES, NOW);

        assertThat(ids(hour)).contains("C");                 // due 15:00 = 14:00 + 1 hour
        assertThat(ids(lessBySecond)).containsExactly("B", "A", "F");
        assertThat(ids(oneMinuteMore)).containsExactly("B", "A", "F", "C", "D");
    }

    @Test
    void zeroWindow_breachedAndDueExactlyNow() {
        SupportCase dueNow = SupportCase.builder("N", t("2026-03-04T13:00")).priority(Priority.EMERGENCY).build();
        List<SupportCase> cases = new ArrayList<>(CASES);
        cases.add(dueNow);

        UpkeepRound.Result r = UpkeepRound.within(STANDARD, Duration.ZERO).select(cases, NOW);

        assertThat(ids(r)).containsExactly("B", "A", "N");
        assertThat(r.items().get(2).evaluation().state()).isEqualTo(SlaState.AT_RISK); // due at now is not breached
        assertThat(r.breached()).isEqualTo(2);
    }

    @Test
    void restOfBusinessDay_runsToTheClose_inclusive() {
        UpkeepRound.Result r = UpkeepRound.restOfBusinessDay(STANDARD).select(CASES, NOW);

        assertThat(ids(r)).containsExactly("B", "A", "F", "C", "D", "E"); // E due 17:00 in, G 17:00:01 out
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.breached()).isEqualTo(2);
        assertThat(r.countsByAssignee()).containsExactly(Map.entry("ana", 3L), Map.entry("bo", 1L), Map.entry("cy", 1L));
        assertThat(r.unassigned()).isEqualTo(1);
    }

    @Test
    void limit_keepsTheFirst_countsCoverTheWholeRound() {
        UpkeepRound.Result three = UpkeepRound.restOfBusinessDay(STANDARD).withLimit(3).select(CASES, NOW);
        UpkeepRound.Result one = UpkeepRound.restOfBusinessDay(STANDARD).withLimit(1).select(CASES.stream(), NOW);
        UpkeepRound.Result many = UpkeepRound.restOfBusinessDay(STANDARD).withLimit(100).select(CASES, NOW);

        assertThat(ids(three)).containsExactly("B", "A", "F");
        assertThat(three.total()).isEqualTo(6);
        assertThat(three.breached()).isEqualTo(2);
        assertThat(three.countsByAssignee()).containsEntry("ana", 3L);
        assertThat(ids(one)).containsExactly("B");
        assertThat(ids(many)).containsExactly("B", "A", "F", "C", "D", "E");
    }

    @Test
    void limit_theOrderOfTheInputDoesNotMatter() {
        List<SupportCase> reversed = new ArrayList<>(CASES);
        Collections.reverse(reversed);

        assertThat(ids(UpkeepRound.restOfBusinessDay(STANDARD).withLimit(4).select(reversed, NOW)))
                .containsExactly("B", "A", "F", "C");
    }

    @Test
    void forAssignee_onlyTheirCases() {
        UpkeepRound.Result ana = UpkeepRound.restOfBusinessDay(STANDARD).forAssignee("ana").select(CASES, NOW);
        UpkeepRound.Result nobody = UpkeepRound.restOfBusinessDay(STANDARD).forAssignee("zed").select(CASES, NOW);

        assertThat(ids(ana)).containsExactly("A", "C", "D");
        assertThat(ana.total()).isEqualTo(3);
        assertThat(ana.breached()).isEqualTo(1);
        assertThat(ana.countsByAssignee()).containsExactly(Map.entry("ana", 3L));
        assertThat(ana.unassigned()).isZero();
        assertThat(nobody.items()).isEmpty();
        assertThat(nobody.total()).isZero();
    }

    @Test
    void solvedAndClosedCasesNeverAppear_evenInAnEndlessWindow() {
        SupportCase closed = SupportCase.builder("Z", t("2026-03-04T09:00")).status(CaseStatus.CLOSED).build();
        List<SupportCase> cases = new ArrayList<>(CASES);
        cases.add(closed);

        UpkeepRound endless = UpkeepRound.within(STANDARD, Duration.ofSeconds(Long.MAX_VALUE));
        UpkeepRound.Result r = endless.select(cases, NOW);

        assertThat(endless.windowEnd(NINE_TO_FIVE, NOW)).isEqualTo(Instant.MAX);
        assertThat(ids(r)).containsExactly("B", "A", "F", "C", "D", "E", "G", "I");
        assertThat(r.total()).isEqualTo(8);
    }

    @Test
    void iterableAndStreamGiveTheSameRound() {
        UpkeepRound round = UpkeepRound.restOfBusinessDay(STANDARD).withLimit(4);

        assertThat(round.select(CASES.stream(), NOW).items()).isEqualTo(round.select(CASES, NOW).items());
    }

    // ------------------------------------------------------------------ the rest of the business day

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // open in the morning: through the lunch break to the day's close, not to 12:30
            "2026-03-04T10:00, 2026-03-04T17:00",
            // the lunch close itself is closed, but the afternoon is still to come
            "2026-03-04T12:30, 2026-03-04T17:00",
            // in the lunch break
            "2026-03-04T12:45, 2026-03-04T17:00",
            // before the opening: the day ahead
            "2026-03-04T08:00, 2026-03-04T17:00",
            "2026-03-04T00:00, 2026-03-04T17:00",
            "2026-03-04T16:59:59, 2026-03-04T17:00",
            // the closing instant and after: no business day under way, the window is empty
            "2026-03-04T17:00, 2026-03-04T17:00",
            "2026-03-04T18:00, 2026-03-04T18:00",
            "2026-03-04T23:59:59, 2026-03-04T23:59:59",
            // Friday March 6 is closed; Saturday is not a business day
            "2026-03-06T10:00, 2026-03-06T10:00",
            "2026-03-07T10:00, 2026-03-07T10:00",
    })
    void endOfBusinessDay_withLunchBreakAndClosedDay(String now, String end) {
        assertThat(UpkeepRound.endOfBusinessDay(LUNCH, t(now))).isEqualTo(t(end));
        assertThat(UpkeepRound.restOfBusinessDay(STANDARD).windowEnd(LUNCH, t(now))).isEqualTo(t(end));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Friday's night shift belongs to Friday, also after midnight
            "2026-03-06T21:00, 2026-03-07T06:00",
            "2026-03-06T23:00, 2026-03-07T06:00",
            "2026-03-07T02:00, 2026-03-07T06:00",
            "2026-03-07T06:00, 2026-03-07T06:00",
            "2026-03-07T07:00, 2026-03-07T07:00",
            // Monday 03:00: Sunday has no shift, Monday's is still to come
            "2026-03-02T03:00, 2026-03-03T06:00",
    })
    void endOfBusinessDay_nightShift(String now, String end) {
        BusinessCalendar night = BusinessCalendar.parse("zone UTC\nMon-Fri 22:00-06:00\n");

        assertThat(UpkeepRound.endOfBusinessDay(night, t(now))).isEqualTo(t(end));
    }

    @Test
    void endOfBusinessDay_usesTheCalendarsZoneForTheDate() {
        BusinessCalendar tokyo = BusinessCalendar.parse("zone Asia/Tokyo\nMon-Fri 09:00-17:00\n");

        // Tuesday 23:30 UTC is Wednesday 08:30 in Tokyo: Wednesday's day closes at 17:00 JST, 08:00 UTC
        assertThat(UpkeepRound.endOfBusinessDay(tokyo, t("2026-03-03T23:30"))).isEqualTo(t("2026-03-04T08:00"));
        // Wednesday 09:00 UTC is 18:00 in Tokyo: the day is over
        assertThat(UpkeepRound.endOfBusinessDay(tokyo, t("2026-03-04T09:00"))).isEqualTo(t("2026-03-04T09:00"));
    }

    @Test
    void endOfBusinessDay_alwaysOpen_endsAtMidnight() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);

        assertThat(UpkeepRound.endOfBusinessDay(always, t("2026-03-04T14:00"))).isEqualTo(t("2026-03-05T00:00"));
        assertThat(UpkeepRound.endOfBusinessDay(always, t("2026-03-07T00:00"))).isEqualTo(t("2026-03-08T00:00"));
    }

    @Test
    void restOfBusinessDay_onADayWithALunchBreak() {
        SlaPolicy policy = SlaPolicy.standard(LUNCH);
        Instant lunch = t("2026-03-04T12:45");
        List<SupportCase> cases = List.of(
                // emergency created 12:00: 1 hour elapsed, due 13:00, in the lunch break
                SupportCase.builder("L1", t("2026-03-04T12:00")).priority(Priority.EMERGENCY).build(),
                // pending internal, updated Wed Feb 25 16:59: due 16:59
                SupportCase.builder("L2", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                        .lastSentToCustomer(t("2026-02-25T16:59")).build(),
                // pending internal, updated Wed Feb 25 17:30: due 17:30, after the close
                SupportCase.builder("L3", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                        .lastSentToCustomer(t("2026-02-25T17:30")).build(),
                // first response created 12:00: 30 minutes before lunch, 90 after, due 15:00
                SupportCase.builder("L4", t("2026-03-04T12:00")).build());

        UpkeepRound.Result r = UpkeepRound.restOfBusinessDay(policy).select(cases, lunch);

        assertThat(ids(r)).containsExactly("L1", "L4", "L2");
        assertThat(r.items()).extracting(UpkeepItem::due)
                .containsExactly(t("2026-03-04T13:00"), t("2026-03-04T15:00"), t("2026-03-04T16:59"));
    }

    @Test
    void restOfBusinessDay_onAClosedDay_onlyBreachedAndDueNow() {
        SlaPolicy policy = SlaPolicy.standard(LUNCH);
        Instant holiday = t("2026-03-06T10:00");
        List<SupportCase> cases = List.of(
                // emergency created 08:30: due 09:30, breached
                SupportCase.builder("H1", t("2026-03-06T08:30")).priority(Priority.EMERGENCY).build(),
                // pending internal, updated Fri Feb 27 10:00: due exactly now
                SupportCase.builder("H2", t("2026-02-27T09:00")).status(CaseStatus.PENDING_INTERNAL)
                        .lastSentToCustomer(t("2026-02-27T10:00")).build(),
                // emergency created 09:30: due 10:30
                SupportCase.builder("H3", t("2026-03-06T09:30")).priority(Priority.EMERGENCY).build());

        UpkeepRound.Result restOfDay = UpkeepRound.restOfBusinessDay(policy).select(cases, holiday);
        UpkeepRound.Result hour = UpkeepRound.within(policy, Duration.ofHours(1)).select(cases, holiday);

        assertThat(ids(restOfDay)).containsExactly("H1", "H2");
        assertThat(restOfDay.breached()).isEqualTo(1);
        assertThat(ids(hour)).containsExactly("H1", "H2", "H3");
    }

    @Test
    void restOfBusinessDay_usesTheCasesOwnCalendar() {
        BusinessCalendar closesAtThree = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-15:00\n");
        List<SupportCase> cases = List.of(
                // own calendar closing at 15:00, due 16:00: after its day
                SupportCase.builder("K", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                        .lastSentToCustomer(t("2026-02-25T16:00")).calendar(closesAtThree).build(),
                // the policy's calendar closing at 17:00, due 16:00
                SupportCase.builder("L", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                        .lastSentToCustomer(t("2026-02-25T16:00")).build(),
                // own calendar, due at its close
                SupportCase.builder("M", t("2026-02-25T09:00")).status(CaseStatus.PENDING_INTERNAL)
                        .lastSentToCustomer(t("2026-02-25T15:00")).calendar(closesAtThree).build());

        UpkeepRound.Result r = UpkeepRound.restOfBusinessDay(STANDARD).select(cases, NOW);

        assertThat(ids(r)).containsExactly("M", "L");
    }

    // ------------------------------------------------------------------ templates and rendering

    @Test
    void template_stillWorkingOnWhenPendingInternal_quickUpdateOtherwise() {
        UpkeepRound.Result r = UpkeepRound.restOfBusinessDay(STANDARD).select(CASES, NOW);

        assertThat(item(r, "E").template()).isSameAs(CheckInTemplate.STILL_WORKING_ON);
        assertThat(item(r, "E").placeholder()).isEqualTo("outcome");
        assertThat(item(r, "E").reason()).isEqualTo("Case E is pending internal response: support waits on another"
                + " team, so tell the customer what we are still working on getting for them");
        assertThat(item(r, "A").template()).isSameAs(CheckInTemplate.QUICK_UPDATE);
        assertThat(item(r, "A").placeholder()).isEqualTo("resolution");
        assertThat(item(r, "A").reason()).isEqualTo(
                "Case A is open: a quick update tells the customer we continue to work on the request");
        assertThat(item(r, "B").template()).isSameAs(CheckInTemplate.QUICK_UPDATE);
        assertThat(item(r, "B").reason()).isEqualTo("Case B is pending customer: no standard template asks for an"
                + " answer, so a quick update keeps the case inside its SLA");
    }

    @Test
    void template_theStatusDecides_notThePriority() {
        SupportCase emergencyPendingInternal = SupportCase.builder("P", t("2026-03-04T13:30"))
                .priority(Priority.EMERGENCY).status(CaseStatus.PENDING_INTERNAL).build();
        SupportCase emergencyOpen = SupportCase.builder("Q", t("2026-03-04T13:30")).priority(Priority.EMERGENCY).build();

        UpkeepItem p = UpkeepItem.of(STANDARD.evaluate(emergencyPendingInternal, NOW));
        UpkeepItem q = UpkeepItem.of(STANDARD.evaluate(emergencyOpen, NOW));

        assertThat(p.template()).isSameAs(CheckInTemplate.STILL_WORKING_ON);
        assertThat(q.template()).isSameAs(CheckInTemplate.QUICK_UPDATE);
        assertThat(p.due()).isEqualTo(t("2026-03-04T14:30"));
        assertThat(p.evaluation().rule().orElseThrow().name()).isEqualTo("emergency-first-response");
    }

    @Test
    void render_fillsThePlaceholder() {
        UpkeepRound.Result r = UpkeepRound.restOfBusinessDay(STANDARD).select(CASES, NOW);

        assertThat(item(r, "E").render("a fix from our engineers")).isEqualTo("I wanted to let you know we are"
                + " still working on getting a fix from our engineers for you. We'll send an update as soon as we"
                + " have more information. Thank you!");
        assertThat(item(r, "A").render(CheckInTemplate.SQUASHING_THIS_BUG)).isEqualTo("This is a quick update to"
                + " let you know we are continuing to work on this request and will have another update for you as"
                + " soon as we have progress or more information. We appreciate your patience and look forward to"
                + " squashing this bug for good!");
    }

    @Test
    void render_valuesAreLiteral_andHtmlEscaped() {
        UpkeepItem e = item(UpkeepRound.restOfBusinessDay(STANDARD).select(CASES, NOW), "E");

        assertThat(e.render("{resolution} $1 \\n")).contains("getting {resolution} $1 \\n for you.");
        assertThat(e.renderHtml("<b>logs</b> & \"traces\"")).isEqualTo("I wanted to let you know we are still"
                + " working on getting &lt;b&gt;logs&lt;/b&gt; &amp; &quot;traces&quot; for you. We&#39;ll send an"
                + " update as soon as we have more information. Thank you!");
    }

    @Test
    void render_missingValueFailsNamingThePlaceholder() {
        UpkeepRound.Result r = UpkeepRound.restOfBusinessDay(STANDARD).select(CASES, NOW);
        UpkeepItem e = item(r, "E");
        UpkeepItem a = item(r, "A");

        assertThatThrownBy(() -> e.render(""))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessage("Check-in template not rendered: missing values for {outcome} (blank);"
                        + " the template's placeholders are {outcome}")
                .satisfies(x -> assertThat(((TemplateValuesException) x).missing()).containsExactly("outcome"));
        assertThatThrownBy(() -> e.render(null))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessageContaining("missing values for {outcome} (null)");
        assertThatThrownBy(() -> a.render("   "))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessageContaining("missing values for {resolution} (blank)");
        assertThatThrownBy(() -> a.renderHtml(null))
                .isInstanceOf(TemplateValuesException.class)
                .hasMessageContaining("{resolution}");
    }

    @Test
    void item_ofACaseWithoutClock_isRejected() {
        Evaluation solved = STANDARD.evaluate(CASES.get(7), NOW);

        assertThatThrownBy(() -> UpkeepItem.of(solved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case H is solved: no SLA clock runs, so no check-in is due; expected an open or pending case");
    }

    @Test
    void item_valueAndToString() {
        Evaluation e = STANDARD.evaluate(CASES.get(4), NOW);

        assertThat(UpkeepItem.of(e)).isEqualTo(UpkeepItem.of(STANDARD.evaluate(CASES.get(4), NOW)))
                .hasSameHashCodeAs(UpkeepItem.of(e))
                .isNotEqualTo(UpkeepItem.of(STANDARD.evaluate(CASES.get(0), NOW)));
        assertThat(UpkeepItem.of(e).hashCode()).isNotEqualTo(UpkeepItem.of(STANDARD.evaluate(CASES.get(0), NOW)).hashCode());
        assertThat(UpkeepItem.of(e).supportCase()).isSameAs(CASES.get(4));
        assertThat(UpkeepItem.of(e)).hasToString("UpkeepItem[E AT_RISK due 2026-03-04T17:00:00Z, STILL_WORKING_ON]");
    }

    // ------------------------------------------------------------------ configuration and bad input

    @Test
    void accessors() {
        UpkeepRound hour = UpkeepRound.within(STANDARD, Duration.ofHours(1));
        UpkeepRound day = UpkeepRound.restOfBusinessDay(STANDARD).withLimit(20).forAssignee("ana");

        assertThat(hour.policy()).isSameAs(STANDARD);
        assertThat(hour.window()).contains(Duration.ofHours(1));
        assertThat(hour.isRestOfBusinessDay()).isFalse();
        assertThat(hour.limit()).isEmpty();
        assertThat(hour.assignee()).isEmpty();
        assertThat(hour.windowEnd(LUNCH, NOW)).isEqualTo(t("2026-03-04T15:00"));
        assertThat(day.window()).isEmpty();
        assertThat(day.isRestOfBusinessDay()).isTrue();
        assertThat(day.limit()).hasValue(20);
        assertThat(day.assignee()).contains("ana");
    }

    @Test
    void negativeWindow_isRejected() {
        assertThatThrownBy(() -> UpkeepRound.within(STANDARD, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Window PT-1M is negative: expected zero or more");
    }

    @Test
    void limitBelowOne_isRejected() {
        UpkeepRound round = UpkeepRound.restOfBusinessDay(STANDARD);

        assertThatThrownBy(() -> round.withLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Limit 0 is below 1: expected at least 1");
        assertThatThrownBy(() -> round.withLimit(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Limit -3 is below 1: expected at least 1");
    }

    @Test
    void caseEvaluatedBeforeItsCreation_isAnErrorNamingTheCase() {
        UpkeepRound round = UpkeepRound.within(STANDARD, Duration.ofHours(1));

        assertThatThrownBy(() -> round.select(CASES, t("2026-03-04T12:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Case C")
                .hasMessageContaining("is before created");
    }

    @Test
    void nulls_areRejectedNamingTheParameter() {
        UpkeepRound round = UpkeepRound.restOfBusinessDay(STANDARD);
        List<SupportCase> withNull = Arrays.asList(CASES.get(0), null);

        assertThatNullPointerException().isThrownBy(() -> UpkeepRound.within(null, Duration.ZERO)).withMessage("policy");
        assertThatNullPointerException().isThrownBy(() -> UpkeepRound.within(STANDARD, null)).withMessage("window");
        assertThatNullPointerException().isThrownBy(() -> UpkeepRound.restOfBusinessDay(null)).withMessage("policy");
        assertThatNullPointerException().isThrownBy(() -> round.forAssignee(null)).withMessage("assignee");
        assertThatNullPointerException().isThrownBy(() -> round.select((List<SupportCase>) null, NOW)).withMessage("cases");
        assertThatNullPointerException().isThrownBy(() -> round.select((java.util.stream.Stream<SupportCase>) null, NOW))
                .withMessage("cases");
        assertThatNullPointerException().isThrownBy(() -> round.select(CASES, null)).withMessage("now");
        assertThatNullPointerException().isThrownBy(() -> round.select(withNull, NOW)).withMessage("case");
        assertThatNullPointerException().isThrownBy(() -> round.select(withNull.stream(), NOW)).withMessage("case");
        assertThatNullPointerException().isThrownBy(() -> round.windowEnd(null, NOW)).withMessage("calendar");
        assertThatNullPointerException().isThrownBy(() -> round.windowEnd(LUNCH, null)).withMessage("now");
        assertThatNullPointerException().isThrownBy(() -> UpkeepRound.endOfBusinessDay(null, NOW)).withMessage("calendar");
        assertThatNullPointerException().isThrownBy(() -> UpkeepRound.endOfBusinessDay(LUNCH, null)).withMessage("now");
        assertThatNullPointerException().isThrownBy(() -> UpkeepItem.of(null)).withMessage("evaluation");
    }
}
