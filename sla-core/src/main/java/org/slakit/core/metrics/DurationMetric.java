package org.slakit.core.metrics;

import java.util.Objects;

/**
 * A time from creation to an event of each case (first reply, resolution), in business time and in
 * calendar time, with the number of cases the event has not happened to yet.
 *
 * <p>Business time is measured on the case's own calendar when its history has one, else on the
 * policy's default calendar; calendar time is plain elapsed time, 24x7.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DurationMetric {

    private final DurationSummary businessTime;
    private final DurationSummary calendarTime;
    private final long notYet;

    private DurationMetric(DurationSummary businessTime, DurationSummary calendarTime, long notYet) {
        this.businessTime = businessTime;
        this.calendarTime = calendarTime;
        this.notYet = notYet;
    }

    static DurationMetric of(DurationStats business, DurationStats calendar, long notYet) {
        return new DurationMetric(DurationSummary.of(business), DurationSummary.of(calendar), notYet);
    }

    /** @return the times in business time */
    public DurationSummary businessTime() {
        return businessTime;
    }

    /** @return the times in calendar (elapsed) time */
    public DurationSummary calendarTime() {
        return calendarTime;
    }

    /** @return the number of cases the event has not happened to by the report's instant */
    public long notYet() {
        return notYet;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DurationMetric)) {
            return false;
        }
        DurationMetric o = (DurationMetric) obj;
        return businessTime.equals(o.businessTime) && calendarTime.equals(o.calendarTime) && notYet == o.notYet;
    }

    @Override
    public int hashCode() {
        return Objects.hash(businessTime, calendarTime, notYet);
    }

    /** @return {@code business n=2 mean=... ; calendar n=2 mean=... ; 1 not yet} */
    @Override
    public String toString() {
        return "business " + businessTime + "; calendar " + calendarTime + "; " + notYet + " not yet";
    }
}
