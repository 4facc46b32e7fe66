package org.slakit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.imports.Fixtures.mapping;
import static org.slakit.imports.Fixtures.run;
import static org.slakit.imports.Fixtures.text;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The error budget on the messy fixture: 26 rows, 15 rejected, 11 of them while reading (lines 6,
 * 8-14, 19, 22, 27) and 4 while assembling the cases (lines 16, 18, 20, 21).
 */
class ErrorBudgetTest {

    private static EventLogImport messy(ErrorBudget budget) {
        return EventLogImport.of(mapping("messy.mapping")).withErrorBudget(budget);
    }

    @Test
    void rowLimit_stopsAtTheRowThatCrossesIt() {
        assertThatThrownBy(() -> run(messy(ErrorBudget.atMostRows(3)), "messy.csv"))
                .isInstanceOfSatisfying(ErrorBudgetExceededException.class, e -> {
                    assertThat(e.rejectedRows()).isEqualTo(4);
                    assertThat(e.rowsRead()).isEqualTo(9); // lines 2 to 10
                    assertThat(e.budget()).isEqualTo(ErrorBudget.atMostRows(3));
                    assertThat(e.rejections()).extracting(Rejection::line).containsExactly(6L, 8L, 9L, 10L);
                })
                .hasMessage(String.join("\n",
                        "Error budget exceeded at messy.csv line 10: 4 rows rejected, more than the budget of at most 3"
                                + " rejected rows. Rejected:",
                        "  messy.csv line 6: duplicate row: identical to line 3",
                        "  messy.csv line 8: bad timestamp: time '2026-02-30 12:00' is not a timestamp of the form"
                                + " yyyy-MM-dd HH:mm (could not be parsed: Invalid date 'FEBRUARY 30')",
                        "  messy.csv line 9: unknown event: activity 'Escalate' is not mapped: add event.Escalate = <target>,"
                                + " or = ignore, to the mapping",
                        "  messy.csv line 10: unknown status: state 'Halted' is not mapped: expected one of"
                                + " Waiting for customer, Waiting for dev, In progress (status.<value> entries)"));
    }

    @Test
    void rowLimit_crossedWhileAssemblingCases_stopsAtTheEnd() {
        assertThatThrownBy(() -> run(messy(ErrorBudget.atMostRows(14)), "messy.csv"))
                .isInstanceOfSatisfying(ErrorBudgetExceededException.class, e -> {
                    assertThat(e.rejectedRows()).isEqualTo(15);
                    assertThat(e.rowsRead()).isEqualTo(26);
                    assertThat(e.rejections()).hasSize(15);
                })
                .hasMessageStartingWith("Error budget exceeded after assembling the cases of messy.csv: 15 rows rejected,"
                        + " more than the budget of at most 14 rejected rows. Rejected:\n  messy.csv line 6: ")
                .hasMessageEndingWith("\n  ... and 5 more");
    }

    @Test
    void rowLimit_reachedExactly_isWithinBudget() {
        assertThat(run(messy(ErrorBudget.atMostRows(15)), "messy.csv").report().rowsRejected()).isEqualTo(15);
    }

    @Test
    void shareLimit_isCheckedAtTheEnd() {
        assertThatThrownBy(() -> run(messy(ErrorBudget.atMostShare(0.5)), "messy.csv"))
                .isInstanceOfSatisfying(ErrorBudgetExceededException.class, e -> assertThat(e.rejectedRows()).isEqualTo(15))
                .hasMessageStartingWith("Error budget exceeded after reading messy.csv: 15 of 26 rows rejected (57.69%),"
                        + " more than the budget of at most 50% of rows rejected. Rejected:\n");
    }

    @Test
    void shareLimit_reachedExactly_isWithinBudget() throws Exception {
        String log = "case,time,activity,state,prio,via,agent,note\n"
                + "C1,2026-03-02 09:00,New,,3,Mail,,\n"
                + "C1,2026-03-02 09:10,Reply,,,,,\n"
                + "C1,2026-03-02 09:20,Reply,,,,,\n"
                + "C1,2026-03-02 09:30,Shout,,,,,\n";

        assertThat(messy(ErrorBudget.atMostShare(0.25)).read(new StringReader(log), "log.csv").report().rowsRejected())
                .isEqualTo(1);
        assertThatThrownBy(() -> messy(ErrorBudget.atMostShare(0.24)).read(new StringReader(log), "log.csv"))
                .hasMessageStartingWith("Error budget exceeded after reading log.csv: 1 of 4 rows rejected (25%),"
                        + " more than the budget of at most 24% of rows rejected.");
    }

    @Test
    void attributeRows_countTowardsTheBudget() {
        EventLogImport importer = EventLogImport.of(mapping("attributes.mapping")).withErrorBudget(ErrorBudget.atMostRows(2));

        assertThatThrownBy(() -> importer.read(new StringReader(text("attributes-log.csv")), "attributes-log.csv",
                new StringReader(text("attributes.csv")), "attributes.csv"))
                .hasMessageStartingWith("Error budget exceeded at attributes.csv line 6: 3 rows rejected");
    }

    @Test
    void mappingBudget_isTheDefaultAndCanBeReplaced() {
        EventLogMapping mapping = EventLogMapping.parse(text("messy.mapping") + "budget.max-rejected-rows = 3\n");

        assertThat(EventLogImport.of(mapping).errorBudget()).isEqualTo(ErrorBudget.atMostRows(3));
        assertThatThrownBy(() -> run(EventLogImport.of(mapping), "messy.csv"))
                .isInstanceOf(ErrorBudgetExceededException.class);
        assertThat(run(EventLogImport.of(mapping).withErrorBudget(ErrorBudget.unlimited()), "messy.csv")
                .report().rowsRejected()).isEqualTo(15);
    }

    @Test
    void values_describeThemselves() {
        assertThat(ErrorBudget.unlimited()).hasToString("unlimited");
        assertThat(ErrorBudget.atMostRows(1)).hasToString("at most 1 rejected row");
        assertThat(ErrorBudget.atMostRows(10).andAtMostShare(0.015))
                .hasToString("at most 10 rejected rows and at most 1.5% of rows rejected");
        assertThat(ErrorBudget.atMostShare(0.01).maxShare()).hasValue(0.01);
        assertThat(ErrorBudget.atMostShare(0.01).maxRows()).isEmpty();
        assertThat(ErrorBudget.atMostShare(0.1)).isEqualTo(ErrorBudget.atMostShare(0.10))
                .hasSameHashCodeAs(ErrorBudget.atMostShare(0.10)).isNotEqualTo(ErrorBudget.atMostShare(0.2));
    }

    @Test
    void badLimits_areRejected() {
        assertThatThrownBy(() -> ErrorBudget.atMostRows(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Error budget must not be negative: -1 rows");
        assertThatThrownBy(() -> ErrorBudget.atMostShare(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Error budget share must be from 0 to 1 (0.01 is 1%), not 1.5");
        assertThatThrownBy(() -> ErrorBudget.atMostShare(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
