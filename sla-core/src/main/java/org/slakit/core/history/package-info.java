/**
 * Case histories: the events of a case in time order, the case as it stood at any instant, and
 * the replay of a history through an SLA policy into one record per clock cycle, the raw
 * material of the metrics management tracks ({@link org.slakit.core.metrics}).
 *
 * <ul>
 *   <li>{@link org.slakit.core.history.CaseEvent} and {@link org.slakit.core.history.EventKind}:
 *       what happened to a case, when;</li>
 *   <li>{@link org.slakit.core.history.CaseHistory}: the events of one case, with
 *       {@link org.slakit.core.history.CaseHistory#snapshotAt snapshotAt(t)}, the
 *       {@link org.slakit.core.SupportCase} that live evaluation would have seen at {@code t};</li>
 *   <li>{@link org.slakit.core.history.SlaTimeline}: a history replayed through a policy, whose
 *       state at every instant equals live evaluation of the snapshot at that instant, and its
 *       {@link org.slakit.core.history.SlaCycle clock cycles} with their
 *       {@link org.slakit.core.history.CycleOutcome outcomes}.</li>
 * </ul>
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method of this package throws
 * {@link java.lang.NullPointerException} at once, naming the parameter. Absence is expressed with
 * {@link java.util.Optional}.
 */
package org.slakit.core.history;
