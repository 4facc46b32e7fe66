package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

class SlaPolicyTest {

    static final BusinessCalendar CALENDAR = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");

    static final String TEAM_POLICY = """
            # the Berlin team: stricter on open cases, warns one business hour ahead
            clock starts at last update
            warning 1 hour before due
            rule chat-first when channel chat,call and nothing sent yet then 30 business minutes
            standard rules
            change open to 2 business days
            calendar
            zone Europe/Berlin
            Mon-Fri 09:00-12:30 13:30-18:00   # lunch
            closed yearly 12-25
            """;

    @Test
    void parse_readsEveryStatement() {
        SlaPolicy p = SlaPolicy.parse(TEAM_POLICY);

        assertThat(p.clockStart()).isEqualTo(ClockStart.LAST_UPDATE);
        assertThat(p.warning()).isEqualTo(WarningThreshold.leadTime(Duration.ofHours(1)));
        assertThat(p.rules()).hasSize(8);
        assertThat(p.rules().get(0)).isEqualTo(SlaRule.of("chat-first",
                Condition.channel(Channel.CHAT, Channel.CALL).and(Condition.nothingSent()),
                Target.businessTime(Duration.ofMinutes(30))));
        assertThat(p.rule("open").get().target()).isEqualTo(Target.businessDays(2));
        assertThat(p.rule("OPEN")).isPresent();
        assertThat(p.rule("nope")).isEmpty();
        assertThat(p.defaultCalendar()).isEqualTo(BusinessCalendar.parse(
                "zone Europe/Berlin\nMon-Fri 09:00-12:30 13:30-18:00\nclosed yearly 12-25\n"));
    }

    @Test
    void toString_spellsOutEveryRule_andParsesBack() {
        SlaPolicy p = SlaPolicy.parse(TEAM_POLICY);

        assertThat(p.toString()).startsWith("""
                clock starts at last update
                warning 1 hour before due
                rule chat-first when channel call,chat and nothing sent yet then 30 business minutes
                rule emergency-first-response when priority emergency and nothing sent yet then 1 hour
                """);
        assertThat(p.toString()).contains("rule open when status open then 2 business days\n");
        assertThat(SlaPolicy.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void builder_andText_giveTheSamePolicy() {
        SlaPolicy built = SlaPolicy.builder(CALENDAR)
                .rule("vip", Condition.parse("priority urgent and channel call"), Target.parse("4 business hours"))
                .standardRules()
                .target("pending-customer", Target.elapsed(Duration.ofDays(14)))
                .warning(WarningThreshold.fraction(0.5))
                .clockStart(ClockStart.RULE_START)
                .build();
        SlaPolicy read = SlaPolicy.parse("""
                warning at 50%
                rule vip when priority urgent and channel call then 4 business hours
                standard rules
                change pending-customer to 2 weeks
                calendar
                """ + CALENDAR);

        assertThat(read).isEqualTo(built);
    }

    @Test
    void parse_unknownRuleName_inAChangeLine_namesTheKnownRules() {
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nchange opne to 2 business days\ncalendar\n" + CALENDAR))
                .isInstanceOf(PolicyFormatException.class)
                .hasMessage("line 2 'change opne to 2 business days': Unknown rule 'opne': expected one of"
                        + " emergency-first-response, emergency, first-response, urgent-or-elevated, open,"
                        + " pending-internal, pending-customer")
                .extracting(e -> ((PolicyFormatException) e).lineNumber()).isEqualTo(2);
    }

    @Test
    void parse_zeroOrNegativeTarget_isRejectedWithItsLine() {
        assertThatThrownBy(() -> SlaPolicy.parse("rule x when always then 0 business hours\ncalendar\n" + CALENDAR))
                .isInstanceOf(PolicyFormatException.class)
                .hasMessageStartingWith("line 1 'rule x when always then 0 business hours': ")
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nchange open to -3 business days\ncalendar\n" + CALENDAR))
                .hasMessageStartingWith("line 2 ")
                .hasMessageContaining("must be positive");
    }

    @Test
    void parse_ambiguousDays_isRejectedWithTheHint() {
        assertThatThrownBy(() -> SlaPolicy.parse("rule x when always then 2 days\ncalendar\n" + CALENDAR))
                .hasMessageContaining("write '2 business days' for business days or '48 hours' for elapsed time");
    }

    @Test
    void parse_badCalendarLine_isNumberedWithinThePolicyText() {
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\n\ncalendar\nzone Europe/Berlin\nMon-Fri 25:00-26:00\n"))
                .isInstanceOf(PolicyFormatException.class)
                .hasMessage("line 5 'Mon-Fri 25:00-26:00': in the calendar: '25:00' in '25:00-26:00' is not a time"
                        + " of day: expected 00:00 to 23:59, or 24:00 as an end");
    }

    @Test
    void parse_missingPieces() {
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\n"))
                .hasMessageStartingWith("policy text has no 'calendar' line");
        assertThatThrownBy(() -> SlaPolicy.parse("warning at 50%\ncalendar\n" + CALENDAR))
                .hasMessageStartingWith("policy text has no rules");
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\ncalendar\n"))
                .hasMessageContaining("in the calendar after this line: calendar text is empty");
    }

    @Test
    void parse_rejectsBadStatements() {
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nwarning at 0%\ncalendar\n" + CALENDAR))
                .hasMessageStartingWith("line 2 'warning at 0%': ");
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nwarning at 75%\nwarning at 50%\ncalendar\n" + CALENDAR))
                .hasMessage("line 3 'warning at 50%': Warning threshold set twice: 'at 75%' and 'at 50%'");
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nclock starts at noon\ncalendar\n" + CALENDAR))
                .hasMessageContaining("expected 'clock starts at rule start' or 'clock starts at last update'");
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nstandard rules\ncalendar\n" + CALENDAR))
                .hasMessage("line 2 'standard rules': 'standard rules' appears twice");
        assertThatThrownBy(() -> SlaPolicy.parse("standard rules\nrule open when always then 1 hour\ncalendar\n" + CALENDAR))
                .hasMessage("line 2 'rule open when always then 1 hour': Two rules are named 'open': rule names must be unique, ignoring case");
        assertThatThrownBy(() -> SlaPolicy.parse("rules standard\ncalendar\n" + CALENDAR))
                .hasMessageContaining("unknown statement 'rules'");
        assertThatThrownBy(() -> SlaPolicy.parse("rule x when priority urgent 1 hour\ncalendar\n" + CALENDAR))
                .hasMessageContaining("expected 'rule <name> when <condition> then <target>'");
        assertThatThrownBy(() -> SlaPolicy.parse("rule x when status closed then 1 hour\ncalendar\n" + CALENDAR))
                .hasMessageContaining("no running SLA clock");
    }

    @Test
    void aChannelNamedThen_doesNotConfuseTheRuleLine() {
        SlaRule rule = SlaRule.parse("rule odd when channel then then 1 hour");

        assertThat(rule.condition()).isEqualTo(Condition.channel(Channel.of("then")));
        assertThat(SlaRule.parse(rule.toString())).isEqualTo(rule);
    }

    @Test
    void builder_errors() {
        assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).build()).hasMessageContaining("at least one rule");
        assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).standardRules().standardRules())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two rules are named 'emergency-first-response'");
        assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).rule("Open", Condition.always(), Target.businessDays(1))
                .rule("open", Condition.always(), Target.businessDays(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two rules are named 'open': rule names must be unique, ignoring case");
        assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).clockStart(ClockStart.RULE_START).clockStart(ClockStart.LAST_UPDATE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set twice");
        assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).target("open", Target.businessDays(1)))
                .hasMessage("Unknown rule 'open': no rules are defined yet");
        assertThatThrownBy(() -> SlaRule.of("1st", Condition.always(), Target.businessDays(1)))
                .hasMessageContaining("Invalid rule name '1st'");
        assertThatThrownBy(() -> SlaPolicy.builder(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SlaPolicy.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCaseNoRuleMatches_isReportedWithTheCaseAndWhy() {
        SlaPolicy onlyOpen = SlaPolicy.builder(CALENDAR).rule("open", Condition.status(CaseStatus.OPEN), Target.businessDays(3)).build();
        SupportCase pending = SupportCase.builder("C-404", CREATED).status(CaseStatus.PENDING_CUSTOMER).build();

        assertThatThrownBy(() -> onlyOpen.evaluate(pending, CREATED))
                .isInstanceOf(NoMatchingRuleException.class)
                .hasMessageStartingWith("No rule of the policy matches case C-404 (normal, not elevated, pending-customer,"
                        + " nothing sent yet, channel email): rule 'open' does not match because status is"
                        + " pending-customer, not open.")
                .extracting(e -> ((NoMatchingRuleException) e).caseId()).isEqualTo("C-404");
        assertThatThrownBy(() -> onlyOpen.match(pending)).isInstanceOf(NoMatchingRuleException.class);
        assertThat(onlyOpen.match(pending.toBuilder().status(CaseStatus.SOLVED).build())).isEmpty();
    }

    @Test
    void rulesThatTestTheChannel_areTriedInOrderToo() {
        SlaPolicy p = SlaPolicy.parse("""
                rule calls when channel call then 15 minutes
                rule rest when always then 1 business day
                calendar
                """ + CALENDAR);
        SupportCase call = SupportCase.builder("C", CREATED).channel(Channel.CALL).build();
        SupportCase sms = SupportCase.builder("S", CREATED).channel(Channel.of("sms")).build();

        assertThat(p.match(call).get().name()).isEqualTo("calls");
        assertThat(p.match(sms).get().name()).isEqualTo("rest");
    }

    @Test
    void ruleStart_followsWhatAConditionMeans_notHowItIsWritten() {
        SlaPolicy p = SlaPolicy.parse("""
                rule first when (nothing sent yet and elevated) or nothing sent yet then 2 business hours
                rule any-priority when priority emergency,urgent,normal,low and status open then 1 business day
                rule flagged when status pending-internal and (elevated or not elevated) then 1 business day
                rule rest when elevated or status pending-customer then 1 business day
                calendar
                """ + CALENDAR);
        Instant monday9 = Instant.parse("2026-03-02T08:00:00Z");
        Instant tuesday9 = monday9.plus(Duration.ofDays(1));
        Instant wednesday9 = tuesday9.plus(Duration.ofDays(1));
        SupportCase.Builder b = SupportCase.builder("C", monday9).statusSince(tuesday9).prioritySince(wednesday9);
        Instant now = wednesday9.plusSeconds(60);

        // only cases with nothing sent meet 'first': it runs from creation
        assertThat(p.evaluate(b.build(), now).clockStart()).contains(monday9);
        // 'any-priority' and 'flagged' name the priority but do not depend on it: the status change counts
        SupportCase sent = b.lastSentToCustomer(monday9).build();
        assertThat(p.evaluate(sent, now).rule().get().name()).isEqualTo("any-priority");
        assertThat(p.evaluate(sent, now).clockStart()).contains(tuesday9);
        SupportCase internal = sent.toBuilder().status(CaseStatus.PENDING_INTERNAL).build();
        assertThat(p.evaluate(internal, now).clockStart()).contains(tuesday9);
        // 'rest' depends on the elevated flag: the later priority change counts
        SupportCase customer = sent.toBuilder().status(CaseStatus.PENDING_CUSTOMER).build();
        assertThat(p.evaluate(customer, now).rule().get().name()).isEqualTo("rest");
        assertThat(p.evaluate(customer, now).clockStart()).contains(wednesday9);
    }

    @Test
    void warningThreshold_textForms() {
        assertThat(WarningThreshold.parse("at 75%")).isEqualTo(WarningThreshold.DEFAULT).hasToString("at 75%");
        assertThat(WarningThreshold.parse("at 62.5 %")).isEqualTo(WarningThreshold.fraction(0.625)).hasToString("at 62.5%");
        assertThat(WarningThreshold.parse("at 100%").fraction()).hasValue(1.0);
        assertThat(WarningThreshold.parse("90 minutes before due")).isEqualTo(WarningThreshold.leadTime(Duration.ofMinutes(90)))
                .hasToString("90 minutes before due");
        assertThat(WarningThreshold.parse("1 hours before due")).hasToString("1 hour before due");
        assertThatThrownBy(() -> WarningThreshold.parse("at 101%")).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> WarningThreshold.parse("1 day before due")).hasMessageContaining("unknown unit 'day'");
        assertThatThrownBy(() -> WarningThreshold.parse("soon")).hasMessageContaining("expected 'at <percent>%'");
        assertThatThrownBy(() -> WarningThreshold.fraction(0)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> WarningThreshold.fraction(Double.NaN)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> WarningThreshold.fraction(2.0 / 3)).hasMessageContaining("six decimals");
        assertThatThrownBy(() -> WarningThreshold.leadTime(Duration.ZERO)).hasMessageContaining("positive");
    }

    @Test
    void warningThreshold_usedBeforeRisk_isExact() {
        assertThat(WarningThreshold.DEFAULT.usedBeforeRisk(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(90));
        assertThat(WarningThreshold.fraction(0.333333).usedBeforeRisk(Duration.ofSeconds(3))).isEqualTo(Duration.ofNanos(999_999_000L));
        assertThat(WarningThreshold.fraction(0.5).usedBeforeRisk(Duration.ofNanos(3))).isEqualTo(Duration.ofNanos(2));
        assertThat(WarningThreshold.fraction(1).usedBeforeRisk(Target.MAX_LENGTH)).isEqualTo(Target.MAX_LENGTH);
        assertThat(WarningThreshold.fraction(0.999999).usedBeforeRisk(Target.MAX_LENGTH))
                .isEqualTo(Target.MAX_LENGTH.minusNanos(Target.MAX_LENGTH.toNanos() / 1_000_000));
        assertThat(WarningThreshold.leadTime(Duration.ofHours(3)).usedBeforeRisk(Duration.ofHours(2))).isZero();
        assertThat(WarningThreshold.leadTime(Duration.ofHours(1)).usedBeforeRisk(Duration.ofHours(8))).isEqualTo(Duration.ofHours(7));
    }

    @Nested
    class RulesThatCanNeverMatch {

        @Test
        void aRuleAfterOneThatMatchesEveryCase_isReported() {
            SlaPolicy p = SlaPolicy.parse("""
                    rule all when always then 1 business day
                    rule urgent when priority urgent then 2 business hours
                    calendar
                    """ + CALENDAR);

            assertThat(p.warnings()).containsExactly("Rule 'urgent' can never match: every case that meets"
                    + " 'priority urgent' meets an earlier rule first ('all')");
        }

        @Test
        void aRuleThatRepeatsEarlierConditions_isReported_namingThem() {
            SlaPolicy p = SlaPolicy.parse("""
                    rule a when status open then 1 business day
                    rule b when status pending-internal,pending-customer then 1 week
                    rule c when status open or status pending-customer then 3 weeks
                    calendar
                    """ + CALENDAR);

            assertThat(p.warnings()).containsExactly("Rule 'c' can never match: every case that meets"
                    + " 'status open or status pending-customer' meets an earlier rule first ('a', 'b')");
        }

        @Test
        void aConditionNoCaseMeets_isReported() {
            SlaPolicy p = SlaPolicy.builder(CALENDAR)
                    .rule("never", Condition.priority(Priority.LOW).and(Condition.priority(Priority.URGENT)),
                            Target.businessDays(1))
                    .rule("rest", Condition.always(), Target.businessDays(3))
                    .build();

            assertThat(p.warnings()).containsExactly("Rule 'never' can never match: no case meets"
                    + " 'priority low and priority urgent'");
        }

        @Test
        void theStandardPolicy_hasNoWarnings() {
            assertThat(SlaPolicy.standard(CALENDAR).warnings()).isEmpty();
            assertThat(SlaPolicy.parse(TEAM_POLICY).warnings()).isEmpty();
        }

        @Test
        void aChannelRuleThatOnlyNamedChannelsReach_isNotReported() {
            SlaPolicy p = SlaPolicy.parse("""
                    rule calls when channel call then 15 minutes
                    rule chats when channel chat then 30 minutes
                    rule rest when always then 1 business day
                    calendar
                    """ + CALENDAR);

            assertThat(p.warnings()).isEmpty();
        }
    }

    @Nested
    class HostileText {

        @Test
        void deeplyNestedParentheses_areAClearError_notAStackOverflow() {
            String condition = "(".repeat(10_000) + "always" + ")".repeat(10_000);

            assertThatThrownBy(() -> SlaPolicy.parse("rule deep when " + condition + " then 1 hour\ncalendar\n" + CALENDAR))
                    .isInstanceOf(PolicyFormatException.class)
                    .hasMessageContaining("parentheses nest more than 64 deep")
                    .extracting(e -> ((PolicyFormatException) e).lineNumber()).isEqualTo(1);
        }

        @Test
        void nestingUpToTheLimit_isRead() {
            String condition = "(".repeat(64) + "priority urgent" + ")".repeat(64);

            assertThat(Condition.parse(condition)).isEqualTo(Condition.priority(Priority.URGENT));
        }

        @Test
        void aVeryLongLine_isQuotedAsAnExcerpt() {
            String line = "rule long when priority urgent then " + "9".repeat(5_000) + " hours";

            assertThatThrownBy(() -> SlaPolicy.parse(line + "\ncalendar\n" + CALENDAR))
                    .isInstanceOf(PolicyFormatException.class)
                    .satisfies(e -> {
                        PolicyFormatException f = (PolicyFormatException) e;
                        assertThat(f.lineNumber()).isEqualTo(1);
                        assertThat(f.line()).hasSize(83).endsWith("...");
                        assertThat(f.getMessage()).startsWith("line 1 '" + f.line() + "': ");
                    });
        }

        @Test
        void aByteOrderMark_andAnyLineEnding_areRead() {
            String text = "\uFEFFstandard rules\r\nchange open to 2 business days\rcalendar\r\nzone UTC\nMon-Fri 09:00-17:00\n";

            SlaPolicy p = SlaPolicy.parse(text);

            assertThat(p.rule("open").get().target()).isEqualTo(Target.businessDays(2));
        }

        @Test
        void calendarErrors_carryThePolicyLineNumber_andTheProblemAlone() {
            String text = "standard rules\n\n# a comment\ncalendar\nzone Europe/Berlin\n\nMon-Fri 09:00-25:00\n";

            assertThatThrownBy(() -> SlaPolicy.parse(text))
                    .isInstanceOf(PolicyFormatException.class)
                    .satisfies(e -> {
                        PolicyFormatException f = (PolicyFormatException) e;
                        assertThat(f.lineNumber()).isEqualTo(7);
                        assertThat(f.line()).isEqualTo("Mon-Fri 09:00-25:00");
                        assertThat(f.problem()).startsWith("in the calendar: '25:00'");
                    });
        }

        @Test
        void aHundredThousandRules_areReadAndFound() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 100_000; i++) {
                text.append("rule r").append(i).append(" when channel c").append(i % 7).append(" and priority urgent then ")
                        .append(1 + i % 50).append(" business hours\n");
            }
            text.append("rule rest when always then 3 business days\ncalendar\n").append(CALENDAR);

            SlaPolicy p = SlaPolicy.parse(text);

            assertThat(p.rules()).hasSize(100_001);
            assertThat(p.rule("R99999").get().target()).isEqualTo(Target.businessTime(Duration.ofHours(50)));
            // only the first rule per channel can match: the other 99,993 are reported
            assertThat(p.warnings()).hasSize(99_993);
            SupportCase call = SupportCase.builder("C", CREATED).channel(Channel.of("c3")).priority(Priority.URGENT).build();
            assertThat(p.match(call).get().name()).isEqualTo("r3");
        }
    }

    /** PIT found these mutants alive or these members uncovered (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        private final SlaPolicy standard = SlaPolicy.standard(CALENDAR);

        @Test
        void evaluateClock_checksTheInstantAsEvaluateDoes() {
            SupportCase c = SupportCase.builder("M-1", Instant.parse("2026-03-02T08:00:00Z")).build();
            assertThatThrownBy(() -> standard.evaluateClock(c, Instant.parse("2026-03-02T07:59:59Z"), "resolution"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case M-1: now 2026-03-02T07:59:59Z is before created 2026-03-02T08:00:00Z");
        }

        @Test
        void policyEquality_withItselfAndOtherTypes_andHashesThatTellPoliciesApart() {
            SlaPolicy other = SlaPolicy.builder(CALENDAR)
                    .rule(SlaRule.of("all", Condition.always(), Target.businessDays(1))).build();
            assertThat(standard).isEqualTo(standard).isNotEqualTo("standard").isNotEqualTo(other);
            assertThat(standard.hashCode()).isNotEqualTo(other.hashCode());
        }

        @Test
        void ruleEquality_withItselfAndOtherTypes_andHashesThatTellRulesApart() {
            SlaRule a = SlaRule.of("a", Condition.always(), Target.businessDays(1));
            SlaRule b = SlaRule.of("b", Condition.always(), Target.businessDays(1));
            assertThat(a).isEqualTo(a).isEqualTo(SlaRule.parse("rule a when always then 1 business day"))
                    .isNotEqualTo(b).isNotEqualTo("a");
            assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
        }

        @Test
        void ruleText_aNameRunningToTheEnd_isAnInvalidRule() {
            assertThatThrownBy(() -> SlaRule.parse("rule abc")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Invalid rule 'rule abc': expected 'rule <name> when <condition> then <target>'");
        }

        @Test
        void ruleText_aOneLetterCondition_isReadAsACondition() {
            // 'then' three characters after 'when': the condition is 'x', which is not a condition
            assertThatThrownBy(() -> SlaRule.parse("rule a when x then 1 hour")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("Invalid rule").hasMessageContaining("'x'");
        }

        @Test
        void warningThreshold_theLongestLeadTime_isAccepted() {
            assertThat(WarningThreshold.leadTime(Target.MAX_LENGTH).leadTime()).contains(Target.MAX_LENGTH);
            assertThatThrownBy(() -> WarningThreshold.leadTime(Target.MAX_LENGTH.plusSeconds(1)))
                    .hasMessage("Warning lead time PT876600H1S: expected positive whole seconds, at most PT876600H");
        }

        @Test
        void warningThreshold_roundsUpOnlyARemainder() {
            // half of 2 ns is exactly 1 ns; half of 3 ns is 1.5, rounded up to 2
            assertThat(WarningThreshold.fraction(0.5).usedBeforeRisk(Duration.ofNanos(2))).isEqualTo(Duration.ofNanos(1));
            assertThat(WarningThreshold.fraction(0.5).usedBeforeRisk(Duration.ofNanos(3))).isEqualTo(Duration.ofNanos(2));
        }

        @Test
        void warningThreshold_equality() {
            WarningThreshold hour = WarningThreshold.leadTime(Duration.ofHours(1));
            assertThat(WarningThreshold.DEFAULT).isEqualTo(WarningThreshold.fraction(0.75))
                    .isNotEqualTo(WarningThreshold.fraction(0.5)).isNotEqualTo(hour).isNotEqualTo("at 75%");
            assertThat(hour).isEqualTo(WarningThreshold.parse("60 minutes before due"))
                    .isNotEqualTo(WarningThreshold.leadTime(Duration.ofHours(2)));
            assertThat(WarningThreshold.DEFAULT.hashCode()).isNotEqualTo(WarningThreshold.fraction(0.5).hashCode());
        }

        @Test
        void aRuleThatTestsTheStatusOnlyForLowPriority_stillStartsAtTheStatusChange() {
            SlaPolicy p = SlaPolicy.parse("rule low-open when priority low and status open then 1 business day\n"
                    + "rule rest when always then 3 business days\ncalendar\n" + "zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
            // Monday March 2, 2026: created 09:00 (08:00 UTC) pending internal, open again at 11:00
            SupportCase c = SupportCase.builder("L-1", Instant.parse("2026-03-02T08:00:00Z")).priority(Priority.LOW)
                    .earlierStatuses(java.util.List.of(StatusChange.of(CaseStatus.PENDING_INTERNAL,
                            Instant.parse("2026-03-02T08:00:00Z"))))
                    .status(CaseStatus.OPEN).statusSince(Instant.parse("2026-03-02T10:00:00Z")).build();
            Evaluation e = p.evaluate(c, Instant.parse("2026-03-02T11:00:00Z"));
            assertThat(e.rule().orElseThrow().name()).isEqualTo("low-open");
            assertThat(e.clockStart()).contains(Instant.parse("2026-03-02T10:00:00Z"));
            assertThat(e.due()).contains(Instant.parse("2026-03-03T10:00:00Z"));
        }

        @Test
        void aChannelNamedLikeThePlaceholder_isStillTold() {
            SlaPolicy p = SlaPolicy.parse("rule odd when channel unnamed0 then 1 hour\n"
                    + "rule rest when always then 3 business days\ncalendar\n" + "zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
            Instant created = Instant.parse("2026-03-02T08:00:00Z");
            SupportCase odd = SupportCase.builder("U-1", created).channel(Channel.of("unnamed0")).build();
            SupportCase other = SupportCase.builder("U-2", created).channel(Channel.of("unnamed1")).build();
            assertThat(p.evaluate(odd, created).rule().orElseThrow().name()).isEqualTo("odd");
            assertThat(p.evaluate(other, created).rule().orElseThrow().name()).isEqualTo("rest");
        }

        @Test
        void standardRules_afterAClockOfAnotherName_addTheResolutionClock() {
            DurationClock own = DurationClock.builder("internal")
                    .rule("all", Condition.always(), Target.elapsed(Duration.ofHours(8))).build();
            SlaPolicy p = SlaPolicy.builder(CALENDAR).clock(own).standardRules().build();
            assertThat(p.clocks()).containsExactly(own, DurationClock.standardResolution());
            DurationClock mine = DurationClock.builder("resolution")
                    .rule("all", Condition.always(), Target.elapsed(Duration.ofHours(8))).build();
            assertThat(SlaPolicy.builder(CALENDAR).clock(mine).standardRules().build().clocks()).containsExactly(mine);
        }

        @Test
        void aCadenceRuleThatTestsTheTeamInsideAnAndOrAnOr_isRefused() {
            Condition inAnd = Condition.priority(Priority.URGENT).and(Condition.waitingOn("engineering"));
            Condition inOr = Condition.elevated().or(Condition.priority(Priority.LOW).and(Condition.waitingOn("billing")));
            assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).rule(SlaRule.of("x", inAnd, Target.businessDays(1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Rule 'x' tests 'waiting on'");
            assertThatThrownBy(() -> SlaPolicy.builder(CALENDAR).rule(SlaRule.of("y", inOr, Target.businessDays(1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Rule 'y' tests 'waiting on'");
            SlaPolicy fine = SlaPolicy.builder(CALENDAR).rule(SlaRule.of("z", Condition.priority(Priority.URGENT)
                    .and(Condition.elevated()), Target.businessDays(1))).rule(SlaRule.of("rest", Condition.always(),
                    Target.businessDays(2))).build();
            assertThat(fine.rules()).hasSize(2);
        }
    }
}
