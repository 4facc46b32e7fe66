/**
 * Who to answer first: the items waiting for a response (calls, chats, voicemails, emails and
 * any channel a team adds), the {@link org.slakit.core.order.ResponseOrder} that ranks them, and
 * the selection of the next few to handle from any number of them.
 *
 * <h2>The default order (the standard operating procedure)</h2>
 * <ol>
 *   <li>Channel first: incoming call, then chat, then voicemail, then case email.</li>
 *   <li>Calls and chats are <em>live</em> channels: emergencies and urgent issues first, then
 *       whoever has waited longest.</li>
 *   <li>Voicemails and emails are <em>queued</em> channels: the earliest SLA due instant first
 *       (items without one after all items with one), then whoever has waited longest.</li>
 *   <li>A final tie-break on the id, then on the remaining fields, makes the order total and
 *       consistent with {@code equals}.</li>
 * </ol>
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method or constructor of this
 * package throws {@link java.lang.NullPointerException} at once.
 */
package org.slakit.core.order;
