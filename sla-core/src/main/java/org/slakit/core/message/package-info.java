/**
 * Messages sent to customers to keep their cases inside the SLA: short check-in templates with
 * named placeholders, the two templates of the standard operating procedure, and the upkeep round
 * ({@link org.slakit.core.message.UpkeepRound}): the cases whose next update falls due within an
 * agent's reserved hour or the rest of the business day, each with a suggested template.
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method or constructor of this
 * package throws {@link java.lang.NullPointerException} at once.
 */
package org.slakit.core.message;
