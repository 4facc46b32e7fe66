package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Condition;
import org.slakit.core.Evaluation;
import org.slakit.core.NoMatchingRuleException;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.Target;

/**
 * The replay's fast path against the plain one: the replay takes each evaluation from the case's
 * fields with evaluation's own steps (the rule lookup, clock start and due instant through
 * {@code org.slakit.core.internal.CoreAccess}), keeps the due instant when rule, target and clock
 * start stand, and keeps no status log. Every cycle must carry what {@code policy.evaluate} of the
 * snapshot just before its end says, and where evaluation fails the replay must fail with
 * evaluation's own exception.
 */
class FastReplayEquivalenceTest {

    @Test
    void everyCycleCarriesTheEvaluationOfTheSnapshotJustBeforeItsEnd() {
        qt().withExamples(SlaTimelineProperties.EXAMPLES).forAll(Histories.examples()).checkAssert(x -> {
            SlaTimeline timeline = SlaTimeline.replay(x.history, x.policy, x.now);
            for (SlaCycle c : timeline.cycles()) {
                // the cycle's values are those in force at its end: before the events at its end, or at now
                Instant at = c.isOpen() ? x.now : c.end().minusNanos(1);
                Evaluation plain = x.policy.evaluate(x.history.snapshotAt(at), at);
                assertThat(c.rule()).as("rule of %s", c).isEqualTo(plain.rule().orElseThrow());
                assertThat(c.target()).as("target of %s", c).isEqualTo(plain.target().orElseThrow());
                assertThat(c.clockStart()).as("clock start of %s", c).isEqualTo(plain.clockStart().orElseThrow());
                assertThat(c.due()).as("due of %s", c).isEqualTo(plain.due().orElseThrow());
                assertThat(timeline.cycleAt(at)).contains(c);
                assertThat(timeline.stateAt(at)).isEqualTo(plain.state());
            }
        });
    }

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z"); // a Monday

    @Test
    void noMatchingRule_failsWithEvaluationsException() {
        BusinessCalendar cal = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
        SlaPolicy policy = SlaPolicy.builder(cal)
                .rule("urgent", Condition.priority(Priority.URGENT), Target.businessDays(1)).build();
        CaseHistory h = CaseHistory.of(List.of(
                CaseEvent.created("C-1", T0, Channel.EMAIL, Priority.URGENT),
                CaseEvent.assigned("C-1", T0.plusSeconds(60), Optional.of("ana")),
                CaseEvent.priorityChanged("C-1", T0.plusSeconds(3600), Priority.NORMAL)));
        Instant now = T0.plusSeconds(7200);
        String expected = messageOf(() -> policy.evaluate(h.snapshotAt(now), Instant.MAX));
        assertThatThrownBy(() -> SlaTimeline.replay(h, policy, now))
                .isInstanceOf(NoMatchingRuleException.class).hasMessage(expected);
    }

    @Test
    void aCalendarWithoutOpenTimeInReach_failsWithEvaluationsException() {
        // open only in 2026: a case reopened in 2040 has no open time within ten years
        BusinessCalendar cal = BusinessCalendar.parse("zone UTC\n2026-03-02 09:00-17:00\n");
        SlaPolicy policy = SlaPolicy.builder(cal).rule("all", Condition.always(), Target.businessTime(Duration.ofHours(1)))
                .build();
        Instant later = Instant.parse("2040-01-01T00:00:00Z");
        CaseHistory h = CaseHistory.of(List.of(
                CaseEvent.created("C-2", T0, Channel.EMAIL, Priority.NORMAL),
                CaseEvent.solved("C-2", T0.plusSeconds(600)),
                CaseEvent.reopened("C-2", later)));
        String expected = messageOf(() -> policy.evaluate(h.snapshotAt(later), Instant.MAX));
        assertThatThrownBy(() -> SlaTimeline.replay(h, policy, later))
                .isInstanceOf(DateTimeException.class).hasMessage(expected);
    }

    @Test
    void anAgreedIntervalChangedWithinACycle_movesTheDueAsEvaluationDoes() {
        BusinessCalendar cal = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
        SlaPolicy policy = SlaPolicy.standard(cal);
        CaseHistory h = CaseHistory.of(List.of(
                CaseEvent.created("C-3", T0, Channel.CALL, Priority.EMERGENCY),
                CaseEvent.updateSent("C-3", T0.plusSeconds(600)),
                CaseEvent.agreedIntervalSet("C-3", T0.plusSeconds(900), Duration.ofHours(2)),
                CaseEvent.agreedIntervalSet("C-3", T0.plusSeconds(1200), Duration.ofHours(3)),
                CaseEvent.agreedIntervalSet("C-3", T0.plusSeconds(1500), Duration.ofHours(2)),
                CaseEvent.statusChanged("C-3", T0.plusSeconds(1800), CaseStatus.PENDING_CUSTOMER)));
        Instant now = T0.plusSeconds(4 * 3600);
        SlaTimeline timeline = SlaTimeline.replay(h, policy, now);
        SlaCycle last = timeline.cycles().get(timeline.cycles().size() - 1);
        Evaluation plain = policy.evaluate(h.snapshotAt(now), now);
        assertThat(last.due()).isEqualTo(plain.due().orElseThrow()).isEqualTo(T0.plusSeconds(600 + 2 * 3600));
        assertThat(last.target()).isEqualTo(Target.elapsed(Duration.ofHours(2)));
        assertThat(timeline.stateAt(now)).isEqualTo(plain.state());
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an exception");
    }
}
