/**
 * Business-hours calendars: weekly open hours in a time zone, holidays and special hours, and
 * exact arithmetic on business time.
 *
 * <h2>The contract about time</h2>
 * <ul>
 *   <li><b>Business time</b> is real elapsed time (as between two {@link java.time.Instant}s)
 *       that falls inside the open periods of a calendar. Open periods are written in the
 *       calendar's local wall-clock time, so a 09:00-17:00 day is 8 hours long, and a day whose
 *       open hours contain a daylight-saving jump is an hour shorter or longer.</li>
 *   <li>Open periods are half-open: the opening instant is open, the closing instant is
 *       closed.</li>
 *   <li>{@code between(a, b)} is the open time in {@code [a, b)}; when {@code b} is before
 *       {@code a} it is {@code -between(b, a)}.</li>
 *   <li>{@code plus(t, d)} for {@code d >= 0} is the earliest instant {@code u >= t} with
 *       {@code between(t, u) == d}: time that exactly fills a day lands on the closing instant,
 *       and {@code plus(t, ZERO) == t} even when {@code t} is closed.</li>
 *   <li>{@code minus(t, d)} is the latest instant {@code u <= t} with
 *       {@code between(u, t) == d}: it lands on an opening instant, never on the previous
 *       closing instant.</li>
 * </ul>
 *
 * <h2>Null policy</h2>
 * Unless a method says otherwise, passing {@code null} to any method or constructor of this
 * package throws {@link java.lang.NullPointerException} at once.
 *
 * <h2>Supported range</h2>
 * Calendars answer for instants from {@code 0001-01-01T00:00Z} (inclusive) to
 * {@code 10000-01-01T00:00Z} (exclusive). An argument or a result outside that range gives a
 * {@link java.time.DateTimeException} naming the value.
 */
package org.slakit.calendar;
