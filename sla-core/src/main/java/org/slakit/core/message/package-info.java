/**
 * Messages sent to customers to keep their cases inside the SLA: short check-in templates with
 * named placeholders, and the two templates of the seed's operating procedure.
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method or constructor of this
 * package throws {@link java.lang.NullPointerException} at once.
 */
package org.slakit.core.message;
