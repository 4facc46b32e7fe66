/**
 * The toolkit that slakit's line-based text formats are read with: {@link
 * org.slakit.text.internal.LineReader} (lines, comments, the byte-order mark, line numbers),
 * {@link org.slakit.text.internal.TextLine} (one numbered line and its errors) and {@link
 * org.slakit.text.internal.NumberAndUnit} ({@code 2 business hours}).
 *
 * <p>Not public API: the module exports this package only to slakit's own modules, and it may
 * change in any release.
 */
package org.slakit.text.internal;
