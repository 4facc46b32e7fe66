package org.slakit.core.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * SLA compliance and breaches of one ISO week (Monday to Sunday, in the zone of the policy's
 * default calendar), for a trend.
 *
 * <p>A cycle counts in the week its outcome was decided: the update for {@code MET} and
 * {@code LATE}, the solve or close for a stopped cycle, the breach for a cycle still
 * {@code BREACHED} at the report's instant; a cycle still running in time is in no week. A breach
 * counts in the week of {@link org.slakit.core.history.SlaCycle#breachedAt()}, so a cycle breached
 * on Friday and answered on Monday is a breach of the first week and a late update of the second.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeekMetrics {

    private final LocalDate monday;
    private final Compliance compliance;
    private final Breaches breaches;

    private WeekMetrics(LocalDate monday, Compliance compliance, Breaches breaches) {
        this.monday = monday;
        this.compliance = compliance;
        this.breaches = breaches;
    }

    static WeekMetrics of(LocalDate monday, Compliance compliance, Breaches breaches) {
        return new WeekMetrics(monday, compliance, breaches);
    }

    /** @return the Monday the week starts on */
    public LocalDate monday() {
        return monday;
    }

    /** @return the cycles decided this week, by outcome */
    public Compliance compliance() {
        return compliance;
    }

    /** @return the breaches of this week */
    public Breaches breaches() {
        return breaches;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof WeekMetrics)) {
            return false;
        }
        WeekMetrics o = (WeekMetrics) obj;
        return monday.equals(o.monday) && compliance.equals(o.compliance) && breaches.equals(o.breaches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(monday, compliance, breaches);
    }

    /** @return {@code week of 2026-03-02: 90.0% (...); breaches 1 (ana 1)} */
    @Override
    public String toString() {
        return "week of " + monday + ": " + compliance + "; breaches " + breaches;
    }
}
