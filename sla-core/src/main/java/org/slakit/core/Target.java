package org.slakit.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slakit.calendar.BusinessCalendar;

/**
 * How long a customer may wait for the next update: the target of an {@link SlaRule}.
 *
 * <p>Four kinds, each a record of its own ({@link #kind()} names it, for a {@code switch}):
 * <ul>
 *   <li>{@link BusinessTime} on a calendar, text {@code 2 business hours}: due at
 *       {@link BusinessCalendar#plus(Instant, Duration) calendar.plus(start, length)};</li>
 *   <li>{@link BusinessDays}, text {@code 1 business day}: due at
 *       {@link BusinessCalendar#plusBusinessDays(Instant, int) calendar.plusBusinessDays(start, n)},
 *       the same local time n business days later;</li>
 *   <li>{@link Elapsed} time, 24x7, text {@code 1 hour} or {@code 1 week}: due at
 *       {@code start.plus(length)}, whatever the calendar says;</li>
 *   <li>{@link AsAgreed}, text {@code as agreed, else 1 hour}: the interval agreed with the customer
 *       ({@link SupportCase#agreedInterval()}), as elapsed time, when the case has one, otherwise
 *       the fallback target.</li>
 * </ul>
 *
 * <h2>Text form</h2>
 * A whole positive number and a unit, case-insensitive, singular or plural:
 * {@code N business hours|minutes|seconds}, {@code N business days},
 * {@code N weeks|hours|minutes|seconds}, or {@code as agreed, else <target>}.
 * {@code toString()} writes the largest unit that divides the length, and
 * {@code parse(t.toString()).equals(t)}.
 *
 * <p>Days without "business" are rejected, because "2 days" (and the ISO-8601 {@code P2D}) does not
 * say whether two business days or 48 hours of business time are meant, a mix-up that other
 * libraries shipped: write {@code 2 business days} or {@code 48 hours}. Months and years have no
 * fixed length and are rejected too, and so is a "business week".
 *
 * <h2>Limits</h2>
 * Lengths are positive, whole seconds, and at most {@link #MAX_LENGTH} (about 100 years);
 * business days are at most {@value #MAX_DAYS}.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Target {

    /** The longest target length accepted: 36,525 days of 24 hours. */
    Duration MAX_LENGTH = Duration.ofDays(36_525);
    /** The largest number of business days accepted. */
    int MAX_DAYS = 36_525;

    /** The kinds of target. */
    enum Kind {
        /** Business time on a calendar: {@link BusinessTime}. */
        BUSINESS_TIME,
        /** Whole business days on a calendar: {@link BusinessDays}. */
        BUSINESS_DAYS,
        /** Elapsed time, 24x7: {@link Elapsed}. */
        ELAPSED,
        /** The case's agreed interval, else a fallback target: {@link AsAgreed}. */
        AS_AGREED
    }

    // ------------------------------------------------------------------ factories

    /**
     * A target of business time on a calendar: the case's own calendar when it has one, otherwise
     * the policy's default calendar.
     *
     * @param length the business time, positive whole seconds, at most {@link #MAX_LENGTH}; exact
     *        time, so {@code Duration.ofDays(1)} is 24 business hours, not a business day
     * @return the target
     * @throws IllegalArgumentException if the length is zero, negative, not whole seconds or too long
     */
    static Target businessTime(Duration length) {
        return new BusinessTime(length);
    }

    /**
     * A target of whole business days, with the meaning of
     * {@link BusinessCalendar#plusBusinessDays(Instant, int)}: the same local time on the n-th
     * business day after the start (moved to the closing instant when that day closes earlier).
     *
     * @param days the number of business days, 1 to {@value #MAX_DAYS}
     * @return the target
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    static Target businessDays(int days) {
        return new BusinessDays(days);
    }

    /**
     * A target of elapsed time, 24x7, that ignores calendars: {@code 1 week} is 168 hours.
     *
     * @param length the elapsed time, positive whole seconds, at most {@link #MAX_LENGTH}
     * @return the target
     * @throws IllegalArgumentException if the length is zero, negative, not whole seconds or too long
     */
    static Target elapsed(Duration length) {
        return new Elapsed(length);
    }

    /**
     * The interval agreed with the customer, as elapsed time, when the case has one
     * ({@link SupportCase#agreedInterval()}); otherwise {@code fallback}. The emergency rule of the
     * standard table, "1 hour, then as agreed", is {@code asAgreed(elapsed(1 hour))} once the first
     * update was sent.
     *
     * @param fallback the target when no interval was agreed; not itself "as agreed"
     * @return the target
     * @throws IllegalArgumentException if {@code fallback} is itself an "as agreed" target
     */
    static Target asAgreed(Target fallback) {
        return new AsAgreed(fallback);
    }

    /**
     * Reads a target from its text form (see the interface documentation).
     *
     * @param text such as {@code 2 business hours}, {@code 1 business day}, {@code 1 week},
     *        {@code as agreed, else 1 hour}
     * @return the target
     * @throws IllegalArgumentException naming the text and what was expected; "2 days" and
     *         {@code P2D} are rejected with a hint to write {@code 2 business days} or {@code 48 hours}
     */
    static Target parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return TargetFormat.parse(text.toString());
    }

    // ------------------------------------------------------------------ behaviour

    /** @return the kind of target */
    Kind kind();

    /**
     * Tells whether the target is measured on a calendar.
     *
     * @return true for business time and business days; false for elapsed time and "as agreed"
     *         (whose {@link #forCase resolved} target may be either)
     */
    default boolean isBusiness() {
        return false;
    }

    /**
     * The target that applies to a case: for "as agreed", the case's agreed interval as elapsed
     * time when it has one, else the fallback; any other target is returned unchanged.
     *
     * @param supportCase the case
     * @return a target that is not "as agreed"
     */
    default Target forCase(SupportCase supportCase) {
        Objects.requireNonNull(supportCase, "supportCase");
        return this;
    }

    /**
     * The due instant of this target when its clock starts at {@code start}: {@code calendar.plus}
     * for business time, {@code calendar.plusBusinessDays} for business days, plain
     * {@code start.plus} for elapsed time (the calendar is then not consulted).
     *
     * @param start when the clock starts
     * @param calendar the calendar for business targets
     * @return the due instant
     * @throws IllegalStateException for an "as agreed" target, which needs a case: use
     *         {@code forCase(supportCase).due(...)}
     * @throws java.time.DateTimeException if the calendar cannot answer (no open time within reach)
     */
    Instant due(Instant start, BusinessCalendar calendar);

    /**
     * The time from {@code start} to {@code end} in this target's own measure: business time on the
     * calendar for business targets ({@code calendar.between(start, end)}), elapsed time otherwise.
     *
     * @param start the start
     * @param end the end; before {@code start} gives a negative duration
     * @param calendar the calendar for business targets
     * @return the time measured
     * @throws IllegalStateException for an "as agreed" target, which needs a case first
     */
    default Duration measure(Instant start, Instant end, BusinessCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(calendar, "calendar");
        return isBusiness() ? calendar.between(start, end) : Duration.between(start, end);
    }

    /**
     * The earliest instant at which {@code amount} of this target's measure has been used since
     * {@code start}: {@code calendar.plus(start, amount)} for business targets,
     * {@code start.plus(amount)} otherwise. {@code measure(start, after(start, d)) == d}.
     *
     * @param start the start
     * @param amount the time to use, zero or more
     * @param calendar the calendar for business targets
     * @return the instant
     * @throws IllegalStateException for an "as agreed" target, which needs a case first
     */
    default Instant after(Instant start, Duration amount, BusinessCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(calendar, "calendar");
        return isBusiness() ? calendar.plus(start, amount) : start.plus(amount);
    }

    // ------------------------------------------------------------------ kinds

    /**
     * Business time on a calendar; text {@code 2 business hours}.
     *
     * @param length the business time, positive whole seconds, at most {@link #MAX_LENGTH}
     */
    record BusinessTime(Duration length) implements Target {
        /** @throws IllegalArgumentException if the length is zero, negative, not whole seconds or too long */
        public BusinessTime {
            TargetFormat.checkLength(length, "business time");
        }

        @Override
        public Kind kind() {
            return Kind.BUSINESS_TIME;
        }

        @Override
        public boolean isBusiness() {
            return true;
        }

        @Override
        public Instant due(Instant start, BusinessCalendar calendar) {
            Objects.requireNonNull(start, "start");
            return calendar.plus(start, length);
        }

        /** @return for example {@code 2 business hours} or {@code 90 business minutes} */
        @Override
        public String toString() {
            return TargetFormat.amount(length, false).replaceFirst(" ", " business ");
        }
    }

    /**
     * Whole business days; text {@code 3 business days}.
     *
     * @param days the number of business days, 1 to {@value #MAX_DAYS}
     */
    record BusinessDays(int days) implements Target {
        /** @throws IllegalArgumentException if {@code days} is out of range */
        public BusinessDays {
            if (days <= 0) {
                throw new IllegalArgumentException("Target of " + days + " business days: expected a positive number");
            }
            if (days > MAX_DAYS) {
                throw new IllegalArgumentException("Target of " + days + " business days: expected at most " + MAX_DAYS);
            }
        }

        @Override
        public Kind kind() {
            return Kind.BUSINESS_DAYS;
        }

        @Override
        public boolean isBusiness() {
            return true;
        }

        @Override
        public Instant due(Instant start, BusinessCalendar calendar) {
            Objects.requireNonNull(start, "start");
            return calendar.plusBusinessDays(start, days);
        }

        /** @return for example {@code 1 business day} */
        @Override
        public String toString() {
            return Text.count(days, "business day");
        }
    }

    /**
     * Elapsed time, 24x7; text {@code 1 hour} or {@code 3 weeks}.
     *
     * @param length the elapsed time, positive whole seconds, at most {@link #MAX_LENGTH}
     */
    record Elapsed(Duration length) implements Target {
        /** @throws IllegalArgumentException if the length is zero, negative, not whole seconds or too long */
        public Elapsed {
            TargetFormat.checkLength(length, "elapsed time");
        }

        @Override
        public Kind kind() {
            return Kind.ELAPSED;
        }

        @Override
        public Instant due(Instant start, BusinessCalendar calendar) {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(calendar, "calendar");
            return start.plus(length);
        }

        /** @return for example {@code 1 hour}, {@code 90 minutes} or {@code 3 weeks} */
        @Override
        public String toString() {
            return TargetFormat.amount(length, true);
        }
    }

    /**
     * The case's agreed interval as elapsed time, else a fallback; text {@code as agreed, else 1 hour}.
     *
     * @param fallback the target when no interval was agreed; not itself "as agreed"
     */
    record AsAgreed(Target fallback) implements Target {
        /** @throws IllegalArgumentException if {@code fallback} is itself an "as agreed" target */
        public AsAgreed {
            Objects.requireNonNull(fallback, "fallback");
            if (fallback instanceof AsAgreed) {
                throw new IllegalArgumentException("The fallback of an 'as agreed' target cannot itself be 'as agreed': "
                        + fallback);
            }
        }

        @Override
        public Kind kind() {
            return Kind.AS_AGREED;
        }

        @Override
        public Target forCase(SupportCase supportCase) {
            Objects.requireNonNull(supportCase, "supportCase");
            return resolve(supportCase.agreedIntervalOrNull());
        }

        /** The agreed interval as elapsed time when there is one, else the fallback. */
        Target resolve(Duration agreed) {
            return agreed != null ? new Elapsed(agreed) : fallback;
        }

        /** @throws IllegalStateException always: an "as agreed" target must be resolved for a case first */
        @Override
        public Instant due(Instant start, BusinessCalendar calendar) {
            throw unresolved();
        }

        /** @throws IllegalStateException always: an "as agreed" target must be resolved for a case first */
        @Override
        public Duration measure(Instant start, Instant end, BusinessCalendar calendar) {
            throw unresolved();
        }

        /** @throws IllegalStateException always: an "as agreed" target must be resolved for a case first */
        @Override
        public Instant after(Instant start, Duration amount, BusinessCalendar calendar) {
            throw unresolved();
        }

        private IllegalStateException unresolved() {
            return new IllegalStateException("An 'as agreed' target must be resolved for a case first: " + this);
        }

        /** @return {@code as agreed, else } and the fallback */
        @Override
        public String toString() {
            return "as agreed, else " + fallback;
        }
    }
}
