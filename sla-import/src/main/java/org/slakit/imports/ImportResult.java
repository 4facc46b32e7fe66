package org.slakit.imports;

import java.util.List;
import java.util.Objects;
import org.slakit.core.history.CaseHistory;

/**
 * What an import gives: the case histories, in the order their cases first appear in the log,
 * and the report of what was read, used, ignored and rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportResult {

    private final List<CaseHistory> histories;
    private final ImportReport report;

    ImportResult(List<CaseHistory> histories, ImportReport report) {
        this.histories = List.copyOf(histories);
        this.report = Objects.requireNonNull(report, "report");
    }

    /** @return the imported cases' histories, in the order each case first appears in the log; unmodifiable */
    public List<CaseHistory> histories() {
        return histories;
    }

    /** @return the report */
    public ImportReport report() {
        return report;
    }

    /** @return the report's summary */
    @Override
    public String toString() {
        return report.toString();
    }
}
