package org.slakit.core.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.Target;

/**
 * A goal for the share of cases resolved within a time of their creation, such as the standard
 * company goal "resolve 80% of tickets within 24 hours": {@code ResolutionGoal.parse("80% within
 * 24 hours")}, where 24 hours is elapsed time.
 *
 * <p>The time is a {@link Target}: elapsed ({@code 24 hours}), business time
 * ({@code 8 business hours}) or business days ({@code 1 business day}), measured from the creation
 * on the case's calendar (else the policy's default). A case is resolved within the goal when its
 * resolution instant is at or before {@link #deadline(Instant, BusinessCalendar) the deadline}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResolutionGoal {

    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s+within\\s+(.+)");

    /** The company goal: 80% of cases resolved within 24 hours of elapsed time. */
    public static final ResolutionGoal EIGHTY_PERCENT_IN_24_HOURS = parse("80% within 24 hours");

    private final BigDecimal percent;
    private final Target within;

    private ResolutionGoal(BigDecimal percent, Target within) {
        this.percent = percent;
        this.within = within;
    }

    /**
     * Obtains a goal.
     *
     * @param percent the share of cases to resolve in time, in percent: greater than 0, at most 100
     * @param within the time from creation, not "as agreed"
     * @return the goal
     * @throws IllegalArgumentException if the percent is out of range or the target is "as agreed"
     */
    public static ResolutionGoal of(double percent, Target within) {
        Objects.requireNonNull(within, "within");
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("Resolution goal of " + percent + "%: expected more than 0% and at most 100%");
        }
        if (within.kind() == Target.Kind.AS_AGREED) {
            throw new IllegalArgumentException("Resolution goal within '" + within
                    + "': expected a fixed time such as '24 hours' or '3 business days', not an agreed interval");
        }
        return new ResolutionGoal(BigDecimal.valueOf(percent).stripTrailingZeros(), within);
    }

    /**
     * Reads a goal: {@code <percent>% within <target>}, such as {@code 80% within 24 hours} or
     * {@code 95% within 3 business days}; {@link #toString()} writes this form.
     *
     * @param text the goal
     * @return the goal
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static ResolutionGoal parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid resolution goal '" + text
                    + "': expected '<percent>% within <target>', such as '80% within 24 hours'");
        }
        Target within;
        try {
            within = Target.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid resolution goal '" + text + "': " + e.getMessage(), e);
        }
        return of(Double.parseDouble(m.group(1)), within);
    }

    /** @return the share to resolve in time, in percent */
    public double percent() {
        return percent.doubleValue();
    }

    /** @return the time from creation */
    public Target within() {
        return within;
    }

    /**
     * The instant by which a case must be resolved to count as resolved within the goal.
     *
     * @param created when the case was created
     * @param calendar the case's calendar for business targets
     * @return the deadline, inclusive
     */
    public Instant deadline(Instant created, BusinessCalendar calendar) {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(calendar, "calendar");
        return within.due(created, calendar);
    }

    /** True if {@code met} of {@code decided} reaches the goal, compared exactly. */
    boolean isReached(long met, long decided) {
        return BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(decided))) >= 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ResolutionGoal && percent.equals(((ResolutionGoal) obj).percent)
                && within.equals(((ResolutionGoal) obj).within);
    }

    @Override
    public int hashCode() {
        return Objects.hash(percent, within);
    }

    /** @return {@code 80% within 24 hours}, which {@link #parse} reads back */
    @Override
    public String toString() {
        return percent.toPlainString() + "% within " + within;
    }
}
