package org.slakit.report;

import java.time.Duration;
import java.util.Locale;

/** Escaping and number formatting shared by the page and its charts; all output is locale-independent. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for use in HTML and SVG element content and in double- or single-quoted
     * attribute values: {@code & < > " '} become character references.
     */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            switch (c) {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = "&quot;"; break;
                case '\'': replacement = "&#39;"; break;
                default: replacement = null;
            }
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(replacement);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A coordinate with at most one decimal, without a trailing {@code .0}: {@code 12}, {@code 12.5}. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /**
     * A duration as people read it, rounded to the nearest minute from one minute on:
     * {@code 45s}, {@code 47m}, {@code 3h 12m}, {@code 26h}. Hours are not folded into days,
     * because a business day has no fixed length.
     */
    static String words(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("expected a non-negative duration, got " + d);
        }
        return Figures.words(d);
    }
}
