package org.slakit.report;

import static org.slakit.report.Html.escape;
import static org.slakit.report.Html.num;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slakit.report.ReportData.Week;

/**
 * The three inline SVG charts. Each method returns one {@code <svg>} element with a
 * {@code viewBox} (the page scales it to the width of its card), {@code role="img"}, and a
 * {@code <title>} and {@code <desc>} that name it and state its data in words. Text sizes and
 * colours come from the page's style sheet through classes; the palette is Okabe-Ito, which
 * stays distinguishable for the common colour vision deficiencies, and no meaning is carried by
 * colour alone (values are written next to the marks).
 */
final class Charts {

    static final String BLUE = "#0072B2";
    static final String SKY = "#56B4E9";
    static final String ORANGE = "#E69F00";
    static final String VERMILLION = "#D55E00";
    static final String GREEN = "#009E73";
    static final String INK = "#1f2937";

    /** Average advance of a 12px sans-serif character, for sizing label columns. */
    private static final double CHAR_WIDTH = 7.2;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private Charts() {
    }

    // ---------------------------------------------------------------- weekly compliance

    /** Bars of the share of cases that met their SLA per week, on a 0-100% axis, with the goal as a line. */
    static String weekly(List<Week> weeks, OptionalInt goalPercent) {
        int w = 1040;
        int h = 320;
        double left = 64;
        double right = w - 76;
        double top = 24;
        double bottom = h - 68;
        int n = weeks.size();

        StringBuilder desc = new StringBuilder();
        for (Week wk : weeks) {
            desc.append("Week of ").append(wk.start().format(DAY_MONTH_YEAR)).append(": ");
            desc.append(wk.total() == 0 ? "no cycles decided" : Figures.share(wk.met(), wk.total()) + " cycles kept")
                    .append(". ");
        }
        goalPercent.ifPresent(g -> desc.append("Goal ").append(g).append("%."));
        StringBuilder s = open("weekly", w, h, "SLA compliance per week", desc.toString().trim());

        for (int p = 0; p <= 100; p += 25) {
            double y = scale(p, 100, bottom, top);
            s.append(line(left, y, right, y, "grid"));
            s.append(text(left - 8, y + 4, "end", "tick", p + "%"));
        }
        s.append(verticalTitle(18, (top + bottom) / 2, "SLA cycles kept"));

        double slot = (right - left) / n;
        double barWidth = Math.min(slot * 0.64, 72);
        boolean roomy = slot >= 52;
        boolean oneYear = weeks.stream().map(wk -> wk.start().getYear()).distinct().count() == 1;
        DateTimeFormatter dates = oneYear ? DAY_MONTH : SHORT_YEAR;
        // a label every so many weeks, so that labels never overlap: three years of weeks get about a dozen
        double labelWidth = "30 Sep 26".length() * CHAR_WIDTH + 14;
        int every = roomy ? 1 : (int) Math.ceil(labelWidth / slot);
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Week wk = weeks.get(i);
            double cx = left + slot * (i + 0.5);
            if (wk.total() > 0) {
                double y = scale(wk.met() * 100.0 / wk.total(), 100, bottom, top);
                boolean below = isBelowGoal(wk, goalPercent);
                String percent = Figures.percent(wk.met(), wk.total());
                s.append("<rect x=\"").append(num(cx - barWidth / 2)).append("\" y=\"").append(num(y))
                        .append("\" width=\"").append(num(barWidth)).append("\" height=\"").append(num(bottom - y))
                        .append("\" fill=\"").append(below ? VERMILLION : BLUE).append("\"><title>")
                        .append(escape("Week of " + wk.start().format(DAY_MONTH_YEAR) + ": " + wk.met() + " of "
                                + wk.total() + " cycles kept (" + percent + ")" + (below ? ", below goal" : "")))
                        .append("</title></rect>\n");
                if (roomy) {
                    labels.append(text(cx, y - 6, "middle", "value", percent));
                }
            } else if (roomy) {
                labels.append(text(cx, bottom - 8, "middle", "muted", "none"));
            } else {
                s.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(bottom - 4))
                        .append("\" r=\"2.5\" fill=\"#9ca3af\"><title>")
                        .append(escape("Week of " + wk.start().format(DAY_MONTH_YEAR) + ": no cycles decided"))
                        .append("</title></circle>\n");
            }
            if (i % every == 0) {
                s.append(text(cx, bottom + 18, "middle", "tick", wk.start().format(dates)));
                if (roomy) {
                    s.append(text(cx, bottom + 34, "middle", "muted", wk.met() + "/" + wk.total()));
                }
            }
        }
        s.append(line(left, bottom, right, bottom, "axis"));
        if (goalPercent.isPresent()) {
            int g = goalPercent.getAsInt();
            double y = scale(g, 100, bottom, top);
            s.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(num(right)).append("\" y2=\"").append(num(y))
                    .append("\" class=\"goal\" stroke=\"").append(INK).append("\" stroke-dasharray=\"6 4\"/>\n");
            s.append(text(right + 8, y - 2, "start", "value", "goal"));
            s.append(text(right + 8, y + 13, "start", "value", g + "%"));
        }
        s.append(labels);
        String axisTitle = "week starting" + (oneYear ? " (" + weeks.get(0).start().getYear() + ")" : "")
                + (roomy ? " · cycles kept / decided under each week" : "");
        s.append(text((left + right) / 2, roomy ? h - 10 : bottom + 40, "middle", "axis-title", axisTitle));
        return s.append("</svg>\n").toString();
    }

    /** True if a goal is set and the week, having cases, met fewer than the goal's share of them. */
    static boolean isBelowGoal(Week week, OptionalInt goalPercent) {
        return goalPercent.isPresent() && week.total() > 0
                && (long) week.met() * 100 < (long) goalPercent.getAsInt() * week.total();
    }

    // ---------------------------------------------------------------- first reply histogram

    /** A histogram of first reply times in {@link ReplyBuckets}, with the median, p90 and target marked. */
    static String firstReplies(List<Duration> times, Optional<Duration> target, Duration median, Duration p90) {
        int w = 520;
        int h = 340;
        double left = 56;
        double right = w - 16;
        double top = 70;
        double bottom = h - 56;
        int[] counts = ReplyBuckets.counts(times);
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int step = niceStep(max, 5);
        int axisMax = Math.max(step, (max + step - 1) / step * step);

        StringBuilder desc = new StringBuilder(times.size() + " first replies. ");
        for (int i = 0; i < counts.length; i++) {
            desc.append(ReplyBuckets.LONG_LABELS.get(i)).append(": ").append(counts[i]).append(". ");
        }
        desc.append("Median ").append(Html.words(median)).append(", 90th percentile ").append(Html.words(p90)).append('.');
        target.ifPresent(t -> desc.append(" Target ").append(Html.words(t)).append('.'));
        StringBuilder s = open("first-reply", w, h, "Distribution of first reply times", desc.toString());

        for (int v = 0; v <= axisMax; v += step) {
            double y = scale(v, axisMax, bottom, top);
            s.append(line(left, y, right, y, "grid"));
            s.append(text(left - 8, y + 4, "end", "tick", Integer.toString(v)));
        }
        s.append(verticalTitle(16, (top + bottom) / 2, "first replies"));

        double slot = (right - left) / counts.length;
        double barWidth = slot * 0.78;
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            double cx = left + slot * (i + 0.5);
            double y = scale(counts[i], axisMax, bottom, top);
            String colour = target.isPresent() ? TARGET_COLOURS[targetClass(i, target.get())] : BLUE;
            s.append("<rect x=\"").append(num(cx - barWidth / 2)).append("\" y=\"").append(num(y))
                    .append("\" width=\"").append(num(barWidth)).append("\" height=\"").append(num(bottom - y))
                    .append("\" fill=\"").append(colour).append("\"><title>")
                    .append(escape(ReplyBuckets.LONG_LABELS.get(i) + ": " + counts[i] + " first replies ("
                            + Figures.percent(counts[i], times.size()) + ")"))
                    .append("</title></rect>\n");
            if (counts[i] > 0) {
                labels.append(text(cx, y - 5, "middle", "value", Integer.toString(counts[i])));
            }
            s.append(text(cx, bottom + 17, "middle", "tick", ReplyBuckets.LABELS.get(i)));
        }
        s.append(line(left, bottom, right, bottom, "axis"));

        List<Marker> markers = new ArrayList<>();
        markers.add(new Marker("median " + Html.words(median), median, INK, null));
        markers.add(new Marker("p90 " + Html.words(p90), p90, INK, "4 3"));
        target.ifPresent(t -> markers.add(new Marker("target " + Html.words(t), t, GREEN, "7 3")));
        // leftmost marker on the top row: a label then runs right, away from the lines of the markers above it
        markers.sort(Comparator.comparingDouble(m -> ReplyBuckets.position(m.at)));
        for (int row = 0; row < markers.size(); row++) {
            Marker m = markers.get(row);
            double x = left + slot * ReplyBuckets.position(m.at);
            double labelY = 14 + row * 16;
            s.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(labelY + 4)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(bottom)).append("\" stroke=\"").append(m.colour)
                    .append("\" stroke-width=\"2\"")
                    .append(m.dash == null ? "" : " stroke-dasharray=\"" + m.dash + "\"").append("/>\n");
            boolean toTheLeft = x + m.label.length() * CHAR_WIDTH + 6 > w;
            labels.append(text(toTheLeft ? x - 5 : x + 5, labelY + 4, toTheLeft ? "end" : "start", "marker", m.label));
        }
        s.append(labels);
        s.append(text((left + right) / 2, h - 12, "middle", "axis-title",
                "business time to first reply (" + times.size() + " cases)"));
        return s.append("</svg>\n").toString();
    }

    private static final String[] TARGET_COLOURS = {BLUE, SKY, ORANGE};

    /**
     * How bucket {@code i} relates to a first reply target: 0 if all of it is within the target,
     * 2 if all of it is beyond, 1 if the target falls inside it.
     */
    static int targetClass(int i, Duration target) {
        if (i < ReplyBuckets.BOUNDS.size() && ReplyBuckets.BOUNDS.get(i).compareTo(target) <= 0) {
            return 0;
        }
        return ReplyBuckets.lower(i).compareTo(target) >= 0 ? 2 : 1;
    }

    private static final class Marker {
        final String label;
        final Duration at;
        final String colour;
        final String dash;

        Marker(String label, Duration at, String colour, String dash) {
            this.label = label;
            this.at = at;
            this.colour = colour;
            this.dash = dash;
        }
    }

    // ---------------------------------------------------------------- breaches per rule

    /**
     * Horizontal bars of breaches per rule, in the given order (the caller sorts them). Each
     * rule's name is written on its own line above its bar, so long names need not be cut.
     */
    static String breaches(List<Map.Entry<String, Integer>> rows) {
        int w = 520;
        double rowHeight = 40;
        double barHeight = 16;
        double top = 4;
        double left = 12;
        double right = w - 48;
        int n = rows.size();
        double plotBottom = top + n * rowHeight;
        int h = (int) Math.ceil(plotBottom + 46);
        int maxChars = (int) ((w - left) / CHAR_WIDTH);
        int max = rows.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
        int step = niceStep(max, 5);
        int axisMax = Math.max(step, (max + step - 1) / step * step);

        StringBuilder desc = new StringBuilder();
        for (Map.Entry<String, Integer> e : rows) {
            desc.append(e.getKey()).append(": ").append(e.getValue()).append(". ");
        }
        StringBuilder s = open("breaches", w, h, "Missed cycles per rule", desc.toString().trim());

        for (int v = 0; v <= axisMax; v += step) {
            double x = scale(v, axisMax, left, right);
            if (v > 0) {
                s.append(line(x, top, x, plotBottom, "grid"));
            }
            s.append(text(x, plotBottom + 16, "middle", "tick", Integer.toString(v)));
        }
        for (int i = 0; i < n; i++) {
            String rule = rows.get(i).getKey();
            int count = rows.get(i).getValue();
            double rowTop = top + i * rowHeight;
            double barTop = rowTop + rowHeight - barHeight - 4;
            double width = scale(count, axisMax, 0, right - left);
            String shown = shorten(rule, maxChars);
            s.append("<text x=\"").append(num(left)).append("\" y=\"").append(num(barTop - 5))
                    .append("\" text-anchor=\"start\" class=\"label\">");
            if (!shown.equals(rule)) {
                s.append("<title>").append(escape(rule)).append("</title>");
            }
            s.append(escape(shown)).append("</text>\n");
            s.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(barTop)).append("\" width=\"")
                    .append(num(width)).append("\" height=\"").append(num(barHeight)).append("\" fill=\"")
                    .append(VERMILLION).append("\"><title>").append(escape(rule + ": " + Figures.count(count, "missed cycle")))
                    .append("</title></rect>\n");
            s.append(text(left + width + 6, barTop + barHeight - 3, "start", "value", Figures.count(count)));
            // the zero axis runs beside the bars only, not through the names above them
            s.append(line(left, barTop - 2, left, Math.min(barTop + barHeight + 4, plotBottom), "axis"));
        }
        s.append(text((left + right) / 2, h - 10, "middle", "axis-title", "SLA cycles that missed the rule's deadline"));
        return s.append("</svg>\n").toString();
    }

    /** The entries sorted by count, largest first; equal counts keep their given order. */
    static List<Map.Entry<String, Integer>> byCountDescending(Map<String, Integer> countsByRule) {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(countsByRule.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    /** The smallest step of 1, 2 or 5 times a power of ten that covers {@code max} in at most {@code ticks} steps. */
    static int niceStep(int max, int ticks) {
        for (long magnitude = 1; ; magnitude *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                long step = m * magnitude;
                if (step * ticks >= max) {
                    return (int) step;
                }
            }
        }
    }

    /** Cuts text to at most {@code maxChars} code points, ending in an ellipsis if cut. */
    static String shorten(String text, int maxChars) {
        int length = text.codePointCount(0, text.length());
        if (length <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(1, maxChars - 1))) + "…";
    }

    private static double scale(double value, double max, double from, double to) {
        return from + (to - from) * value / max;
    }

    private static StringBuilder open(String id, int w, int h, String title, String desc) {
        return new StringBuilder().append("<svg class=\"chart\" id=\"").append(id).append("-chart\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">\n<title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title>\n<desc id=\"").append(id).append("-desc\">")
                .append(escape(desc)).append("</desc>\n");
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" class=\"" + cssClass + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass
                + "\">" + escape(content) + "</text>\n";
    }

    private static String verticalTitle(double x, double y, String content) {
        return "<text transform=\"translate(" + num(x) + " " + num(y) + ") rotate(-90)\" text-anchor=\"middle\""
                + " class=\"axis-title\">" + escape(content) + "</text>\n";
    }
}
