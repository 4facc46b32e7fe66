package org.slakit.examples.cli;

import java.time.Duration;

/** Durations as people read them: {@code 3h 30m}, {@code -1h}. */
final class Durations {

    private Durations() {
    }

    static String words(Duration d) {
        if (d.isZero()) {
            return "0m";
        }
        String sign = d.isNegative() ? "-" : "";
        Duration a = d.abs();
        long hours = a.toHours();
        int minutes = a.toMinutesPart();
        int seconds = a.toSecondsPart();
        StringBuilder sb = new StringBuilder(sign);
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (minutes > 0) {
            sb.append(sb.length() > sign.length() ? " " : "").append(minutes).append('m');
        }
        if (seconds > 0 || sb.length() == sign.length()) {
            sb.append(sb.length() > sign.length() ? " " : "").append(seconds).append('s');
        }
        return sb.toString();
    }
}
