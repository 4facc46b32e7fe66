/**
 * The metrics management tracks, computed from replayed case histories: first reply time, full
 * resolution time, the share of cases resolved within a goal (the company goal "80% within 24 hours"),
 * SLA compliance per rule, breaches per assignee, and the same per ISO week for a trend.
 *
 * <ul>
 *   <li>{@link org.slakit.core.metrics.MetricsCollector}: takes histories (or already replayed
 *       {@link org.slakit.core.history.SlaTimeline timelines}) one at a time, in one pass.</li>
 *   <li>{@link org.slakit.core.metrics.MetricsReport}: the immutable result, equal whatever the
 *       order the cases were fed in.</li>
 *   <li>{@link org.slakit.core.metrics.DurationStats}: exact nearest-rank percentiles of
 *       durations.</li>
 * </ul>
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method of this package throws
 * {@link java.lang.NullPointerException} at once, naming the parameter. Absence is expressed with
 * {@link java.util.Optional}.
 */
package org.slakit.core.metrics;
