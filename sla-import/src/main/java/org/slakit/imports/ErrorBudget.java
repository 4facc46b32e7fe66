package org.slakit.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How many rejected rows an import tolerates before it stops with an
 * {@link ErrorBudgetExceededException}: at most a number of rows, at most a share of the rows
 * read, both, or no limit.
 *
 * <p>Rows of both files (the event log and its case attributes) count, and only rejected rows
 * count: rows mapped to {@code ignore} are not errors. The row limit is checked after every
 * rejection, so an import over it stops at the row that crossed it; the share can only be known
 * at the end, so it is checked once all rows are read and the cases assembled. Exactly at the
 * limit is within the budget: {@code atMostRows(2)} tolerates two rejected rows, not three.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ErrorBudget {

    private static final ErrorBudget UNLIMITED = new ErrorBudget(null, null);
    private static final ErrorBudget STANDARD = new ErrorBudget(null, new BigDecimal("0.01"));

    private final Long maxRows;
    private final BigDecimal maxShare;

    private ErrorBudget(Long maxRows, BigDecimal maxShare) {
        this.maxRows = maxRows;
        this.maxShare = maxShare;
    }

    /**
     * The budget of an import whose mapping sets none: at most 1% of the rows read may be rejected
     * ({@code atMostShare(0.01)}), so that a wrong timestamp pattern or column stops the import
     * instead of reporting on the few rows it could read.
     *
     * @return the default budget
     */
    public static ErrorBudget standard() {
        return STANDARD;
    }

    /** @return the budget without limit: an import never stops for rejected rows */
    public static ErrorBudget unlimited() {
        return UNLIMITED;
    }

    /**
     * A budget of at most {@code maxRows} rejected rows.
     *
     * @param maxRows the most rejected rows tolerated, zero or more
     * @return the budget
     * @throws IllegalArgumentException if {@code maxRows} is negative
     */
    public static ErrorBudget atMostRows(long maxRows) {
        return UNLIMITED.andAtMostRows(maxRows);
    }

    /**
     * A budget of at most a share of the rows read, as a fraction: {@code 0.01} is 1%.
     *
     * @param maxShare the largest tolerated share of rejected rows, from 0 to 1
     * @return the budget
     * @throws IllegalArgumentException if the share is not a number from 0 to 1
     */
    public static ErrorBudget atMostShare(double maxShare) {
        return UNLIMITED.andAtMostShare(maxShare);
    }

    /**
     * Returns a copy with a row limit, keeping the share limit.
     *
     * @param maxRows the most rejected rows tolerated, zero or more
     * @return the budget
     * @throws IllegalArgumentException if {@code maxRows} is negative
     */
    public ErrorBudget andAtMostRows(long maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("Error budget must not be negative: " + maxRows + " rows");
        }
        return new ErrorBudget(maxRows, maxShare);
    }

    /**
     * Returns a copy with a share limit, keeping the row limit.
     *
     * @param maxShare the largest tolerated share of rejected rows, from 0 to 1
     * @return the budget
     * @throws IllegalArgumentException if the share is not a number from 0 to 1
     */
    public ErrorBudget andAtMostShare(double maxShare) {
        if (!(maxShare >= 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("Error budget share must be from 0 to 1 (0.01 is 1%), not " + maxShare);
        }
        return new ErrorBudget(maxRows, BigDecimal.valueOf(maxShare));
    }

    /** @return the most rejected rows tolerated, if limited */
    public OptionalLong maxRows() {
        return maxRows == null ? OptionalLong.empty() : OptionalLong.of(maxRows);
    }

    /** @return the largest tolerated share of rejected rows (0.01 is 1%), if limited */
    public OptionalDouble maxShare() {
        return maxShare == null ? OptionalDouble.empty() : OptionalDouble.of(maxShare.doubleValue());
    }

    /** @return whether {@code rejected} rows exceed the row limit */
    boolean rowsExceeded(long rejected) {
        return maxRows != null && rejected > maxRows;
    }

    /** @return whether {@code rejected} of {@code read} rows exceed the share limit (exact arithmetic) */
    boolean shareExceeded(long rejected, long read) {
        return maxShare != null && BigDecimal.valueOf(rejected).compareTo(maxShare.multiply(BigDecimal.valueOf(read))) > 0;
    }

    /** @return the share as a percentage without trailing zeros, such as {@code 1%} or {@code 2.5%} */
    static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0, RoundingMode.UNNECESSARY) : p).toPlainString() + "%";
    }

    /** @return the share limit as a percentage, for messages; only when limited */
    String sharePercent() {
        return percent(maxShare);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ErrorBudget && Objects.equals(maxRows, ((ErrorBudget) obj).maxRows)
                && (maxShare == null ? ((ErrorBudget) obj).maxShare == null
                        : ((ErrorBudget) obj).maxShare != null && maxShare.compareTo(((ErrorBudget) obj).maxShare) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRows, maxShare == null ? null : maxShare.stripTrailingZeros());
    }

    /**
     * @return for example {@code at most 10 rejected rows and at most 1% of rows rejected}, or
     *         {@code unlimited}
     */
    @Override
    public String toString() {
        if (maxRows == null && maxShare == null) {
            return "unlimited";
        }
        StringBuilder sb = new StringBuilder();
        if (maxRows != null) {
            sb.append("at most ").append(maxRows).append(maxRows == 1 ? " rejected row" : " rejected rows");
        }
        if (maxShare != null) {
            sb.append(sb.length() > 0 ? " and " : "").append("at most ").append(sharePercent()).append(" of rows rejected");
        }
        return sb.toString();
    }
}
