package org.slakit.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an {@link HtmlReport} shows: a title and a subtitle line, summary measures with an
 * optional pass or fail verdict, SLA compliance per week, first reply times, breaches per rule
 * and any number of plain tables.
 *
 * <p>Every part except the title may be empty; the page then says that there is no data for
 * that part instead of drawing an empty chart. Values are stored as given (texts are not
 * trimmed or escaped here; the page escapes them), with three normalisations stated on the
 * accessors: weeks are sorted by their start date, first reply times keep their order, and
 * breaches keep the order in which rules were added (the chart sorts them by count).
 *
 * <p>Create with {@link #builder(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportData {

    /** The verdict of a summary measure against its goal. */
    public enum Verdict {
        /** The measure meets its goal. */
        PASS,
        /** The measure misses its goal. */
        FAIL
    }

    private final String title;
    private final String subtitle;
    private final List<SummaryRow> summary;
    private final List<Week> weeks;
    private final OptionalInt complianceGoalPercent;
    private final List<Duration> firstReplyTimes;
    private final Optional<Duration> firstReplyTarget;
    private final Map<String, Integer> breachesByRule;
    private final List<Table> tables;

    private ReportData(Builder b) {
        this.title = b.title;
        this.subtitle = b.subtitle == null ? "" : b.subtitle;
        this.summary = List.copyOf(b.summary);
        List<Week> sortedWeeks = new ArrayList<>(b.weeks);
        sortedWeeks.sort(Comparator.comparing(Week::start));
        this.weeks = List.copyOf(sortedWeeks);
        this.complianceGoalPercent = b.complianceGoalPercent == null
                ? OptionalInt.empty() : OptionalInt.of(b.complianceGoalPercent);
        this.firstReplyTimes = List.copyOf(b.firstReplyTimes);
        this.firstReplyTarget = Optional.ofNullable(b.firstReplyTarget);
        this.breachesByRule = Collections.unmodifiableMap(new LinkedHashMap<>(b.breachesByRule));
        this.tables = List.copyOf(b.tables);
    }

    /**
     * Starts a report with the given title.
     *
     * @param title the page title, shown as the heading and in the browser tab; not blank
     * @return a new builder
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A report title must not be blank, got '" + title + "'");
        }
        return new Builder(title);
    }

    /** @return the page title, never blank */
    public String title() {
        return title;
    }

    /** @return the line under the title (data set, period, "now"); empty if none was set */
    public String subtitle() {
        return subtitle;
    }

    /** @return the summary measures in the order they were added */
    public List<SummaryRow> summary() {
        return summary;
    }

    /** @return the weekly compliance points, sorted by week start, no two with the same start */
    public List<Week> weeks() {
        return weeks;
    }

    /** @return the weekly compliance goal in percent (0 to 100), if one was set */
    public OptionalInt complianceGoalPercent() {
        return complianceGoalPercent;
    }

    /** @return the first reply times (business time) in the order they were added */
    public List<Duration> firstReplyTimes() {
        return firstReplyTimes;
    }

    /** @return the first reply target (business time), if one was set */
    public Optional<Duration> firstReplyTarget() {
        return firstReplyTarget;
    }

    /** @return breaches per rule name, in the order the rules were added */
    public Map<String, Integer> breachesByRule() {
        return breachesByRule;
    }

    /** @return the plain tables in the order they were added */
    public List<Table> tables() {
        return tables;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReportData)) {
            return false;
        }
        ReportData other = (ReportData) o;
        return title.equals(other.title) && subtitle.equals(other.subtitle) && summary.equals(other.summary)
                && weeks.equals(other.weeks) && complianceGoalPercent.equals(other.complianceGoalPercent)
                && firstReplyTimes.equals(other.firstReplyTimes) && firstReplyTarget.equals(other.firstReplyTarget)
                // insertion order is part of the value: the page shows rules with equal counts in it
                && List.copyOf(breachesByRule.entrySet()).equals(List.copyOf(other.breachesByRule.entrySet()))
                && tables.equals(other.tables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, subtitle, summary, weeks, complianceGoalPercent, firstReplyTimes,
                firstReplyTarget, breachesByRule, tables);
    }

    @Override
    public String toString() {
        return "ReportData[" + title + ", " + summary.size() + " summary rows, " + weeks.size() + " weeks, "
                + firstReplyTimes.size() + " first reply times, " + breachesByRule.size() + " rules, "
                + tables.size() + " tables]";
    }

    /**
     * One summary measure: a label, its value as text, and optionally whether it meets its goal,
     * for example {@code "Resolved within 24 hours"}, {@code "83% (goal 80%)"}, {@code PASS}.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class SummaryRow {
        private final String label;
        private final String value;
        private final Optional<Verdict> verdict;

        private SummaryRow(String label, String value, Optional<Verdict> verdict) {
            this.label = label;
            this.value = value;
            this.verdict = verdict;
        }

        /**
         * A measure without a verdict.
         *
         * @param label what is measured
         * @param value the value as it should be shown
         * @return the row
         */
        public static SummaryRow of(String label, String value) {
            return new SummaryRow(Objects.requireNonNull(label, "label"), Objects.requireNonNull(value, "value"),
                    Optional.empty());
        }

        /**
         * A measure with a verdict against its goal.
         *
         * @param label what is measured
         * @param value the value as it should be shown, preferably naming the goal
         * @param verdict whether the value meets the goal
         * @return the row
         */
        public static SummaryRow of(String label, String value, Verdict verdict) {
            return new SummaryRow(Objects.requireNonNull(label, "label"), Objects.requireNonNull(value, "value"),
                    Optional.of(Objects.requireNonNull(verdict, "verdict")));
        }

        /** @return what is measured */
        public String label() {
            return label;
        }

        /** @return the value as text */
        public String value() {
            return value;
        }

        /** @return the verdict, if the measure has a goal */
        public Optional<Verdict> verdict() {
            return verdict;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SummaryRow && label.equals(((SummaryRow) o).label)
                    && value.equals(((SummaryRow) o).value) && verdict.equals(((SummaryRow) o).verdict);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, value, verdict);
        }

        @Override
        public String toString() {
            return label + ": " + value + verdict.map(v -> " " + v).orElse("");
        }
    }

    /**
     * SLA compliance in one week: of {@code total} cases measured in the week starting on
     * {@code start}, {@code met} met their SLA. A week with no cases ({@code total == 0}) is
     * allowed and shown as "no cases".
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Week {
        private final LocalDate start;
        private final int met;
        private final int total;

        private Week(LocalDate start, int met, int total) {
            this.start = start;
            this.met = met;
            this.total = total;
        }

        /**
         * A week's compliance counts.
         *
         * @param start the first date of the week (any day of the week; the page shows it as given)
         * @param met the cases that met their SLA, {@code 0 <= met <= total}
         * @param total the cases measured, not negative
         * @return the week
         * @throws IllegalArgumentException if the counts are negative or {@code met > total}
         */
        public static Week of(LocalDate start, int met, int total) {
            Objects.requireNonNull(start, "start");
            if (total < 0 || met < 0 || met > total) {
                throw new IllegalArgumentException("Week " + start + ": expected 0 <= met <= total, got met "
                        + met + " and total " + total);
            }
            return new Week(start, met, total);
        }

        /** @return the first date of the week */
        public LocalDate start() {
            return start;
        }

        /** @return the cases that met their SLA */
        public int met() {
            return met;
        }

        /** @return the cases measured */
        public int total() {
            return total;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Week && start.equals(((Week) o).start) && met == ((Week) o).met
                    && total == ((Week) o).total;
        }

        @Override
        public int hashCode() {
            return Objects.hash(start, met, total);
        }

        @Override
        public String toString() {
            return "week of " + start + ": " + met + "/" + total;
        }
    }

    /**
     * A plain table: a title, a header row and data rows of text, all rows as wide as the header.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Table {
        private final String title;
        private final List<String> header;
        private final List<List<String>> rows;

        private Table(String title, List<String> header, List<List<String>> rows) {
            this.title = title;
            this.header = header;
            this.rows = rows;
        }

        /**
         * A table; the lists are copied.
         *
         * @param title the caption above the table
         * @param header the column names, at least one
         * @param rows the data rows, each with exactly as many cells as the header; may be empty
         * @return the table
         * @throws IllegalArgumentException if the header is empty or a row has the wrong width
         * @throws NullPointerException if any list, row or cell is null
         */
        public static Table of(String title, List<String> header, List<? extends List<String>> rows) {
            Objects.requireNonNull(title, "title");
            List<String> h = List.copyOf(Objects.requireNonNull(header, "header"));
            if (h.isEmpty()) {
                throw new IllegalArgumentException("Table '" + title + "' needs at least one column");
            }
            List<List<String>> r = new ArrayList<>();
            for (List<String> row : Objects.requireNonNull(rows, "rows")) {
                List<String> copy = List.copyOf(Objects.requireNonNull(row, "row"));
                if (copy.size() != h.size()) {
                    throw new IllegalArgumentException("Table '" + title + "' row " + (r.size() + 1) + " has "
                            + copy.size() + " cells, expected " + h.size() + " like the header " + h + ": " + copy);
                }
                r.add(copy);
            }
            return new Table(title, h, List.copyOf(r));
        }

        /** @return the caption */
        public String title() {
            return title;
        }

        /** @return the column names */
        public List<String> header() {
            return header;
        }

        /** @return the data rows */
        public List<List<String>> rows() {
            return rows;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Table && title.equals(((Table) o).title) && header.equals(((Table) o).header)
                    && rows.equals(((Table) o).rows);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, header, rows);
        }

        @Override
        public String toString() {
            return "Table[" + title + ", " + header + ", " + rows.size() + " rows]";
        }
    }

    /**
     * Collects the parts of a report. A value that can only be set once fails when set twice;
     * a week start or rule name given twice fails at once, naming it.
     *
     * <p>A builder is mutable and not thread-safe; the report it builds is immutable.
     */
    public static final class Builder {
        private final String title;
        private String subtitle;
        private final List<SummaryRow> summary = new ArrayList<>();
        private final List<Week> weeks = new ArrayList<>();
        private Integer complianceGoalPercent;
        private final List<Duration> firstReplyTimes = new ArrayList<>();
        private Duration firstReplyTarget;
        private final Map<String, Integer> breachesByRule = new LinkedHashMap<>();
        private final List<Table> tables = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Sets the line under the title, such as the data set, the period and "now".
         *
         * @param subtitle the line; may be empty
         * @return this builder
         * @throws IllegalStateException if a subtitle was already set
         */
        public Builder subtitle(String subtitle) {
            Objects.requireNonNull(subtitle, "subtitle");
            if (this.subtitle != null) {
                throw new IllegalStateException("subtitle was already set to '" + this.subtitle + "'");
            }
            this.subtitle = subtitle;
            return this;
        }

        /**
         * Adds a summary measure.
         *
         * @param row the measure
         * @return this builder
         */
        public Builder summary(SummaryRow row) {
            summary.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * Adds a summary measure without a verdict; same as {@code summary(SummaryRow.of(label, value))}.
         *
         * @param label what is measured
         * @param value the value as text
         * @return this builder
         */
        public Builder summary(String label, String value) {
            return summary(SummaryRow.of(label, value));
        }

        /**
         * Adds a summary measure with a verdict; same as
         * {@code summary(SummaryRow.of(label, value, verdict))}.
         *
         * @param label what is measured
         * @param value the value as text
         * @param verdict whether it meets its goal
         * @return this builder
         */
        public Builder summary(String label, String value, Verdict verdict) {
            return summary(SummaryRow.of(label, value, verdict));
        }

        /**
         * Adds a week's compliance counts; same as {@code week(Week.of(start, met, total))}.
         *
         * @param start the first date of the week
         * @param met the cases that met their SLA
         * @param total the cases measured
         * @return this builder
         * @throws IllegalArgumentException as {@link Week#of}, or if a week with this start was already added
         */
        public Builder week(LocalDate start, int met, int total) {
            return week(Week.of(start, met, total));
        }

        /**
         * Adds a week's compliance counts. Weeks may be added in any order.
         *
         * @param week the week
         * @return this builder
         * @throws IllegalArgumentException if a week with the same start was already added
         */
        public Builder week(Week week) {
            Objects.requireNonNull(week, "week");
            for (Week w : weeks) {
                if (w.start().equals(week.start())) {
                    throw new IllegalArgumentException("Week " + week.start() + " was already added (" + w
                            + "), cannot add " + week);
                }
            }
            weeks.add(week);
            return this;
        }

        /**
         * Sets the weekly compliance goal, drawn as a line across the weekly chart; weeks below it
         * are coloured differently.
         *
         * @param percent the goal, 0 to 100
         * @return this builder
         * @throws IllegalArgumentException if the percentage is outside 0 to 100
         * @throws IllegalStateException if a goal was already set
         */
        public Builder complianceGoalPercent(int percent) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("compliance goal must be 0 to 100 percent, got " + percent);
            }
            if (complianceGoalPercent != null) {
                throw new IllegalStateException("compliance goal was already set to " + complianceGoalPercent + "%");
            }
            complianceGoalPercent = percent;
            return this;
        }

        /**
         * Adds one first reply time (business time from creation to the first reply).
         *
         * @param businessTime the time, not negative
         * @return this builder
         * @throws IllegalArgumentException if the time is negative
         */
        public Builder firstReplyTime(Duration businessTime) {
            Objects.requireNonNull(businessTime, "businessTime");
            if (businessTime.isNegative()) {
                throw new IllegalArgumentException("A first reply time cannot be negative, got " + businessTime);
            }
            firstReplyTimes.add(businessTime);
            return this;
        }

        /**
         * Adds first reply times in iteration order; same as calling {@link #firstReplyTime} for each.
         *
         * @param businessTimes the times, none negative
         * @return this builder
         * @throws IllegalArgumentException if a time is negative; none of them is added then
         */
        public Builder firstReplyTimes(Collection<Duration> businessTimes) {
            List<Duration> copy = List.copyOf(Objects.requireNonNull(businessTimes, "businessTimes"));
            for (Duration d : copy) {
                if (d.isNegative()) {
                    throw new IllegalArgumentException("A first reply time cannot be negative, got " + d);
                }
            }
            firstReplyTimes.addAll(copy);
            return this;
        }

        /**
         * Sets the first reply target (such as 2 business hours); the distribution chart marks it.
         *
         * @param businessTime the target, positive
         * @return this builder
         * @throws IllegalArgumentException if the target is zero or negative
         * @throws IllegalStateException if a target was already set
         */
        public Builder firstReplyTarget(Duration businessTime) {
            Objects.requireNonNull(businessTime, "businessTime");
            if (businessTime.isNegative() || businessTime.isZero()) {
                throw new IllegalArgumentException("A first reply target must be positive, got " + businessTime);
            }
            if (firstReplyTarget != null) {
                throw new IllegalStateException("first reply target was already set to " + firstReplyTarget);
            }
            firstReplyTarget = businessTime;
            return this;
        }

        /**
         * Sets the number of breaches of one rule.
         *
         * @param rule the rule's name as it should be shown
         * @param count the breaches, not negative
         * @return this builder
         * @throws IllegalArgumentException if the count is negative or the rule was already given
         */
        public Builder breaches(String rule, int count) {
            Objects.requireNonNull(rule, "rule");
            if (count < 0) {
                throw new IllegalArgumentException("Breaches of rule '" + rule + "' cannot be negative, got " + count);
            }
            if (breachesByRule.containsKey(rule)) {
                throw new IllegalArgumentException("Breaches of rule '" + rule + "' were already set to "
                        + breachesByRule.get(rule) + ", cannot set " + count);
            }
            breachesByRule.put(rule, count);
            return this;
        }

        /**
         * Sets the breaches of several rules, in the map's iteration order; same as calling
         * {@link #breaches(String, int)} for each entry.
         *
         * @param countsByRule breaches per rule name
         * @return this builder
         * @throws IllegalArgumentException as {@link #breaches(String, int)}
         */
        public Builder breaches(Map<String, Integer> countsByRule) {
            Objects.requireNonNull(countsByRule, "countsByRule").forEach(
                    (rule, count) -> breaches(rule, Objects.requireNonNull(count, "count of " + rule)));
            return this;
        }

        /**
         * Adds a plain table, shown after the charts.
         *
         * @param table the table
         * @return this builder
         */
        public Builder table(Table table) {
            tables.add(Objects.requireNonNull(table, "table"));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report, independent of later changes to this builder
         */
        public ReportData build() {
            return new ReportData(this);
        }
    }
}
