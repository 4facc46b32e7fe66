package org.slakit.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.text.internal.NumberAndUnit;

/**
 * When a case becomes {@link SlaState#AT_RISK}: once a fraction of its target is used (the default
 * is {@link #DEFAULT}, 75%), or once no more than a lead time remains before the due instant.
 *
 * <p>Both are measured in the target's own measure: business time on the calendar for business
 * targets, elapsed time for elapsed targets. So a one-hour lead time before a Tuesday 11:00
 * deadline on a 08:00-18:00 calendar makes the case at risk at Tuesday 10:00, and before a
 * Tuesday 08:30 deadline at Monday 17:30, never at a wall-clock offset in closed time. In both
 * forms the case is at risk from the earliest instant at which the business time (or elapsed time)
 * used reaches {@code fraction * length} or {@code length - leadTime}; a lead time at least as
 * long as the target makes the case at risk from its clock start. That earliest instant can be a
 * closing instant: with a one-hour lead time before a Tuesday 10:00 deadline on a 09:00-17:00
 * calendar, no more than an hour of business time remains from Monday 17:00 on, so the case is at
 * risk from Monday 17:00, not from Tuesday 09:00.
 *
 * <p>Text form: {@code at 75%} (a percentage above 0 and at most 100, with up to four decimals),
 * or {@code 1 hour before due} ({@code N hours|minutes|seconds before due}). In a policy it follows
 * the word {@code warning}. {@code parse(w.toString()).equals(w)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WarningThreshold {

    private static final int MILLION = 1_000_000;

    /** At risk once 75% of the target is used. */
    public static final WarningThreshold DEFAULT = new WarningThreshold(750_000, null);

    private static final Pattern PERCENT = Pattern.compile("at\\s+([+-]?\\d+(?:\\.\\d+)?)\\s*%");

    /** The fraction in millionths, or 0 for a lead time. */
    private final int ppm;
    private final Duration leadTime;

    private WarningThreshold(int ppm, Duration leadTime) {
        this.ppm = ppm;
        this.leadTime = leadTime;
    }

    /**
     * At risk once a fraction of the target is used.
     *
     * @param fraction above 0 and at most 1, with at most six decimals (0.75, 0.5, 0.333333)
     * @return the threshold
     * @throws IllegalArgumentException if the fraction is out of range or has more decimals
     */
    public static WarningThreshold fraction(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("Warning fraction " + fraction + ": expected above 0 and at most 1");
        }
        BigDecimal millionths = BigDecimal.valueOf(fraction).movePointRight(6);
        if (millionths.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Warning fraction " + fraction
                    + ": expected at most six decimals, such as 0.666667");
        }
        return new WarningThreshold(millionths.intValueExact(), null);
    }

    /**
     * At risk once no more than {@code leadTime} of the target remains, in the target's measure.
     *
     * @param leadTime positive, whole seconds, at most {@link Target#MAX_LENGTH}
     * @return the threshold
     * @throws IllegalArgumentException if the lead time is not positive whole seconds or too long
     */
    public static WarningThreshold leadTime(Duration leadTime) {
        Objects.requireNonNull(leadTime, "leadTime");
        if (leadTime.isZero() || leadTime.isNegative() || leadTime.getNano() != 0
                || leadTime.compareTo(Target.MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("Warning lead time " + leadTime
                    + ": expected positive whole seconds, at most " + Target.MAX_LENGTH);
        }
        return new WarningThreshold(0, leadTime);
    }

    /**
     * Reads a threshold from its text form.
     *
     * @param text {@code at 75%} or {@code 1 hour before due}
     * @return the threshold
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static WarningThreshold parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String original = text.toString();
        String s = original.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher percent = PERCENT.matcher(s);
        if (percent.matches()) {
            BigDecimal p = new BigDecimal(percent.group(1));
            if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("Invalid warning '" + original
                        + "': expected a percentage above 0 and at most 100");
            }
            if (p.stripTrailingZeros().scale() > 4) {
                throw new IllegalArgumentException("Invalid warning '" + original
                        + "': expected at most four decimals in the percentage");
            }
            return new WarningThreshold(p.movePointRight(4).intValueExact(), null);
        }
        if (s.endsWith(" before due")) {
            NumberAndUnit lead;
            try {
                lead = NumberAndUnit.parse(s.substring(0, s.length() - " before due".length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid warning '" + original + "': " + e.getMessage(), e);
            }
            long unitSeconds;
            switch (lead.singularUnit()) {
                case "second": unitSeconds = 1; break;
                case "minute": unitSeconds = 60; break;
                case "hour": unitSeconds = 3600; break;
                default:
                    throw new IllegalArgumentException("Invalid warning '" + original + "': unknown unit '"
                            + lead.unit() + "'; expected seconds, minutes or hours (the lead time is measured"
                            + " like the target: business time for business targets)");
            }
            String most = "a positive lead time of at most " + Target.MAX_LENGTH.toHours() + " hours";
            if (lead.number() == 0) {
                throw new IllegalArgumentException("Invalid warning '" + original + "': expected " + most);
            }
            long seconds;
            try {
                seconds = lead.times(unitSeconds, Target.MAX_LENGTH.getSeconds(), Target.MAX_LENGTH.toHours() + " hours");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid warning '" + original + "': expected " + most, e);
            }
            return leadTime(Duration.ofSeconds(seconds));
        }
        throw new IllegalArgumentException("Invalid warning '" + original
                + "': expected 'at <percent>%', such as 'at 75%', or '<n> <unit> before due', such as '1 hour before due'");
    }

    /** @return true for a fraction of the target, false for a lead time */
    public boolean isFraction() {
        return leadTime == null;
    }

    /** @return the fraction of the target after which the case is at risk; empty for a lead time */
    public OptionalDouble fraction() {
        return leadTime == null ? OptionalDouble.of(ppm / (double) MILLION) : OptionalDouble.empty();
    }

    /** @return the lead time before the due instant; empty for a fraction */
    public Optional<Duration> leadTime() {
        return Optional.ofNullable(leadTime);
    }

    /**
     * How much of a target of the given length may be used before the case is at risk.
     *
     * @param length the target's length in its own measure, positive
     * @return between zero and {@code length}
     */
    Duration usedBeforeRisk(Duration length) {
        if (leadTime != null) {
            Duration rest = length.minus(leadTime);
            return rest.isNegative() ? Duration.ZERO : rest;
        }
        if (ppm == MILLION) {
            return length;
        }
        return Duration.ofNanos(usedBeforeRiskNanos(length.toNanos()));
    }

    /** {@link #usedBeforeRisk(Duration)} in nanoseconds, of a length in nanoseconds (at most {@link Target#MAX_LENGTH}). */
    long usedBeforeRiskNanos(long length) {
        if (leadTime != null) {
            long rest = length - leadTime.toNanos();
            return rest < 0 ? 0 : rest;
        }
        if (ppm == MILLION) {
            return length;
        }
        // exact: ceil(nanos * ppm / 10^6), split so that no product overflows
        long q = length / MILLION;
        long r = length % MILLION;
        long rest = r * ppm;
        return q * ppm + rest / MILLION + (rest % MILLION != 0 ? 1 : 0);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof WarningThreshold)) {
            return false;
        }
        WarningThreshold o = (WarningThreshold) obj;
        return ppm == o.ppm && Objects.equals(leadTime, o.leadTime);
    }

    @Override
    public int hashCode() {
        return 31 * ppm + Objects.hashCode(leadTime);
    }

    /** @return {@code at 75%} or {@code 1 hour before due}, which {@link #parse} reads back */
    @Override
    public String toString() {
        if (leadTime == null) {
            return "at " + BigDecimal.valueOf(ppm, 4).stripTrailingZeros().toPlainString() + "%";
        }
        long s = leadTime.getSeconds();
        String amount = s % 3600 == 0 ? Text.count(s / 3600, "hour")
                : s % 60 == 0 ? Text.count(s / 60, "minute") : Text.count(s, "second");
        return amount + " before due";
    }
}
