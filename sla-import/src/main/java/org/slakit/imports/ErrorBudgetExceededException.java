package org.slakit.imports;

import java.util.List;

/**
 * Thrown when an import rejects more rows than its {@link ErrorBudget} tolerates. The message
 * names the budget, the count and where the import stopped, and lists the first rejections;
 * {@link #rejections()} holds all of them up to that point. The budget and the rejections are
 * not serialized.
 */
public final class ErrorBudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorBudget budget;
    /** @serial the rejected rows when the import stopped */
    private final long rejectedRows;
    /** @serial the rows read when the import stopped */
    private final long rowsRead;
    private final transient List<Rejection> rejections;

    ErrorBudgetExceededException(String message, ErrorBudget budget, long rejectedRows, long rowsRead,
                                 List<Rejection> rejections) {
        super(message);
        this.budget = budget;
        this.rejectedRows = rejectedRows;
        this.rowsRead = rowsRead;
        this.rejections = List.copyOf(rejections);
    }

    /** @return the budget that was exceeded */
    public ErrorBudget budget() {
        return budget;
    }

    /** @return how many rows were rejected when the import stopped */
    public long rejectedRows() {
        return rejectedRows;
    }

    /** @return how many rows were read when the import stopped */
    public long rowsRead() {
        return rowsRead;
    }

    /** @return the rejections up to where the import stopped, in reading order */
    public List<Rejection> rejections() {
        return rejections;
    }
}
