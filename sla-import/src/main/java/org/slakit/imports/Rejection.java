package org.slakit.imports;

import java.util.Objects;

/**
 * One rejected row: the file, the physical line the row starts on (the header is line 1), the
 * reason, and a message that names the field and the value at fault.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rejection {

    private final String source;
    private final long line;
    private final RejectReason reason;
    private final String message;

    private Rejection(String source, long line, RejectReason reason, String message) {
        this.source = source;
        this.line = line;
        this.reason = reason;
        this.message = message;
    }

    /**
     * Obtains a rejection.
     *
     * @param source the file name, as given to the import
     * @param line the physical line the row starts on, 1 or more
     * @param reason why the row was rejected
     * @param message what was wrong, naming the field and the value
     * @return the rejection
     * @throws IllegalArgumentException if the line is less than 1
     */
    public static Rejection of(String source, long line, RejectReason reason, String message) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("Line numbers start at 1, not " + line);
        }
        return new Rejection(source, line, reason, message);
    }

    /** @return the file name, as given to the import */
    public String source() {
        return source;
    }

    /** @return the physical line the row starts on (the header is line 1) */
    public long line() {
        return line;
    }

    /** @return why the row was rejected */
    public RejectReason reason() {
        return reason;
    }

    /** @return what was wrong, naming the field and the value */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Rejection)) {
            return false;
        }
        Rejection o = (Rejection) obj;
        return source.equals(o.source) && line == o.line && reason == o.reason && message.equals(o.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line, reason, message);
    }

    /** @return for example {@code log.csv line 7: bad timestamp: time '2026-02-30 10:00' is not ...} */
    @Override
    public String toString() {
        return source + " line " + line + ": " + reason.text() + ": " + message;
    }
}
