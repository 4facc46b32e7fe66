package org.slakit.imports;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one import, logged at INFO through SLF4J (logger {@code org.slakit.imports}) at most
 * once per interval: rows read, rate, cases. Silent when the interval is null. Not thread-safe.
 */
final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger("org.slakit.imports");

    private final String name;
    private final long intervalNanos;
    private long start = System.nanoTime();
    private long last = start;
    private boolean said;

    Progress(String name, Duration interval) {
        this.name = name;
        this.intervalNanos = interval == null ? -1 : interval.toNanos();
    }

    static Progress silent() {
        return new Progress("", null);
    }

    private boolean due() {
        if (intervalNanos < 0 || !LOG.isInfoEnabled()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - last < intervalNanos) {
            return false;
        }
        last = now;
        said = true;
        return true;
    }

    private String rate(long rows) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%,d rows/s", seconds <= 0 ? 0 : Math.round(rows / seconds));
    }

    /** The second pass begins: rates count from now. */
    void startReading() {
        start = System.nanoTime();
    }

    void counting(long rows, long cases) {
        if (due()) {
            LOG.info(String.format(Locale.ROOT, "%s: counting the rows of each case: %,d rows (%s), %,d cases",
                    name, rows, rate(rows), cases));
        }
    }

    void reading(long rows, long casesSeen, long casesDone) {
        if (due()) {
            LOG.info(String.format(Locale.ROOT, "%s: %,d rows read (%s), %,d cases seen, %,d imported",
                    name, rows, rate(rows), casesSeen, casesDone));
        }
    }

    void done(long rows, long cases) {
        if (said && intervalNanos >= 0 && LOG.isInfoEnabled()) {
            LOG.info(String.format(Locale.ROOT, "%s: done, %,d rows read (%s), %,d cases imported", name, rows, rate(rows), cases));
        }
    }
}
