/**
 * Support SLA policies evaluated per case status, and the "breaching soon" view.
 *
 * <h2>The model</h2>
 * <ul>
 *   <li>{@link org.slakit.core.SupportCase}: a snapshot of one case, built by the embedding
 *       application from its own entity.</li>
 *   <li>{@link org.slakit.core.SlaPolicy}: ordered {@link org.slakit.core.SlaRule rules}, each a
 *       {@link org.slakit.core.Condition} and a {@link org.slakit.core.Target}; the first rule that
 *       matches a case wins. {@link org.slakit.core.SlaPolicy#standard} is the standard table.</li>
 *   <li>{@link org.slakit.core.Evaluation}: what a policy says about one case at one instant:
 *       rule, clock start, due instant, {@link org.slakit.core.SlaState state}, next change and an
 *       explanation.</li>
 *   <li>{@link org.slakit.core.BreachingSoon}: the cases at risk, breached or due soon, most
 *       urgent first, without sorting all of them.</li>
 * </ul>
 *
 * <h2>Time</h2>
 * Every instant is passed in; nothing in this package reads the system clock. Business time
 * follows the contract of {@link org.slakit.calendar.BusinessCalendar}.
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method of this package throws
 * {@link java.lang.NullPointerException} at once, naming the parameter. Absence is expressed with
 * {@link java.util.Optional}.
 */
package org.slakit.core;
