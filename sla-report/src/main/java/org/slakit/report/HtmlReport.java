package org.slakit.report;

import static org.slakit.report.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slakit.core.metrics.DurationStats;
import org.slakit.report.ReportData.SummaryRow;
import org.slakit.report.ReportData.Table;
import org.slakit.report.ReportData.Week;

/**
 * Renders a {@link ReportData} as one self-contained HTML page: a summary table with pass and
 * fail verdicts, three inline SVG charts (SLA compliance per week, the distribution of first
 * reply times, breaches per rule) and the plain tables.
 *
 * <p>The page makes no network request of any kind and runs no script: styles are inline, the
 * charts are inline SVG, fonts are the reader's own sans-serif, and a Content-Security-Policy
 * ({@code default-src 'none'}) tells the browser to load nothing else. Every text from the data
 * is HTML-escaped, so a rule named {@code <script>} shows as that text. A chart with no data is
 * replaced by a sentence saying so. Each chart has a {@code <title>} and a {@code <desc>} that
 * states its data in words, and a collapsed "numbers" table under it.
 *
 * <p>Rendering is deterministic: the same data gives the same page, byte for byte, in every
 * locale and time zone; the page contains no time of rendering (put "now" in the subtitle).
 * Percentages on the page are rounded down, so that a shown 80% means at least 80%. Median and
 * 90th percentile of first reply times are by the nearest-rank method, as
 * {@link DurationStats} computes them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final Pattern NUMERIC = Pattern.compile("[-+]?\\d[\\d,.]*%?|(?=.*\\d)(\\d+h)?\\s?(\\d+m)?\\s?(\\d+s)?");

    private HtmlReport() {
    }

    /**
     * Renders the report as an HTML document.
     *
     * @param data the report
     * @return the whole page, starting with {@code <!DOCTYPE html>} and ending with a newline
     */
    public static String render(ReportData data) {
        Objects.requireNonNull(data, "data");
        StringBuilder s = new StringBuilder(32_768);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"slakit\">\n")
                .append("<title>").append(escape(data.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        s.append("<header>\n<h1>").append(escape(data.title())).append("</h1>\n");
        if (!data.subtitle().isEmpty()) {
            s.append("<p class=\"subtitle\">").append(escape(data.subtitle())).append("</p>\n");
        }
        s.append("</header>\n");
        summary(s, data.summary());
        weekly(s, data);
        s.append("<div class=\"pair\">\n");
        firstReplies(s, data);
        breaches(s, data.breachesByRule());
        s.append("</div>\n");
        for (Table table : data.tables()) {
            s.append("<section class=\"card\">\n<h2>").append(escape(table.title())).append("</h2>\n");
            if (table.rows().isEmpty()) {
                s.append("<p class=\"empty\">No rows.</p>\n");
            } else {
                table(s, table.header(), table.rows(), numericColumns(table));
            }
            s.append("</section>\n");
        }
        s.append("<footer>Made with slakit. This page is self-contained: it loads nothing from the network"
                + " and runs no scripts. " + Figures.ROUNDING + "</footer>\n</main>\n</body>\n</html>\n");
        return s.toString();
    }

    /**
     * Renders the report and writes it to a file as UTF-8, creating or replacing the file.
     *
     * @param data the report
     * @param file the file to write; its directory must exist
     * @throws IOException if the file cannot be written
     */
    public static void write(ReportData data, Path file) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(file, "file");
        Files.writeString(file, render(data), StandardCharsets.UTF_8);
    }

    private static void summary(StringBuilder s, List<SummaryRow> rows) {
        s.append("<section class=\"card\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
        if (rows.isEmpty()) {
            s.append("<p class=\"empty\">No summary measures.</p>\n</section>\n");
            return;
        }
        s.append("<table class=\"summary\">\n<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Value</th>"
                + "<th scope=\"col\">Result</th></tr></thead>\n<tbody>\n");
        for (SummaryRow row : rows) {
            s.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th><td>")
                    .append(escape(row.value())).append("</td><td>");
            row.verdict().ifPresent(v -> s.append("<span class=\"badge ").append(v == ReportData.Verdict.PASS
                    ? "pass\">✓ PASS" : "fail\">✗ FAIL").append("</span>"));
            s.append("</td></tr>\n");
        }
        s.append("</tbody>\n</table>\n</section>\n");
    }

    private static void weekly(StringBuilder s, ReportData data) {
        List<Week> weeks = data.weeks();
        s.append("<section class=\"card\" aria-labelledby=\"weekly-h\">\n<h2 id=\"weekly-h\">SLA compliance per week</h2>\n");
        if (weeks.isEmpty()) {
            s.append("<p class=\"empty\">No weekly compliance data for this period.</p>\n</section>\n");
            return;
        }
        long met = weeks.stream().mapToLong(Week::met).sum();
        long total = weeks.stream().mapToLong(Week::total).sum();
        s.append("<p class=\"note\">Share of SLA cycles kept (the update sent in time), per week. ");
        if (total > 0) {
            s.append("Over all ").append(weeks.size()).append(weeks.size() == 1 ? " week: " : " weeks: ")
                    .append(Figures.share(met, total)).append(" cycles.");
        } else {
            s.append("No cycles were decided.");
        }
        s.append("</p>\n");
        if (data.complianceGoalPercent().isPresent()) {
            boolean anyBelow = weeks.stream().anyMatch(w -> Charts.isBelowGoal(w, data.complianceGoalPercent()));
            boolean anyAtOrAbove = weeks.stream()
                    .anyMatch(w -> w.total() > 0 && !Charts.isBelowGoal(w, data.complianceGoalPercent()));
            s.append("<p class=\"legend\">");
            if (anyAtOrAbove) {
                s.append("<span class=\"item\"><span class=\"swatch\" style=\"background:").append(Charts.BLUE)
                        .append("\"></span>at or above goal</span> ");
            }
            if (anyBelow) {
                s.append("<span class=\"item\"><span class=\"swatch\" style=\"background:")
                        .append(Charts.VERMILLION).append("\"></span>below goal</span> ");
            }
            s.append("<span class=\"item\"><span class=\"dash\"></span>goal ")
                    .append(data.complianceGoalPercent().getAsInt()).append("%</span></p>\n");
        }
        s.append("<div class=\"scroll\">").append(Charts.weekly(weeks, data.complianceGoalPercent())).append("</div>\n");
        List<List<String>> rows = weeks.stream().map(w -> List.of(w.start().format(WEEK), Integer.toString(w.met()),
                Integer.toString(w.total()), Figures.percent(w.met(), w.total()))).toList();
        numbers(s, List.of("Week starting", "Kept", "Decided", "Rate"), rows, new boolean[] {false, true, true, true});
        s.append("</section>\n");
    }

    private static void firstReplies(StringBuilder s, ReportData data) {
        List<Duration> times = data.firstReplyTimes();
        s.append("<section class=\"card\" aria-labelledby=\"first-reply-h\">\n"
                + "<h2 id=\"first-reply-h\">First reply times</h2>\n");
        if (times.isEmpty()) {
            s.append("<p class=\"empty\">No first replies in this period.</p>\n</section>\n");
            return;
        }
        DurationStats stats = new DurationStats();
        times.forEach(stats::add);
        Duration median = stats.median();
        Duration p90 = stats.p90();
        s.append("<p class=\"note\">Business time from a case's creation to its first reply. Median <b>")
                .append(Html.words(median)).append("</b>, 90th percentile <b>").append(Html.words(p90)).append("</b>");
        data.firstReplyTarget().ifPresent(t -> s.append(", <b>")
                .append(Figures.percent(stats.countAtMost(t), stats.count())).append("</b> within the ")
                .append(Html.words(t)).append(" target"));
        s.append(".</p>\n");
        data.firstReplyTarget().ifPresent(t -> {
            s.append("<p class=\"legend\">");
            String[] names = {"within target", "partly within target", "beyond target"};
            String[] colours = {Charts.BLUE, Charts.SKY, Charts.ORANGE};
            boolean[] used = new boolean[3];
            int[] counts = ReplyBuckets.counts(times);
            for (int i = 0; i < counts.length; i++) {
                used[Charts.targetClass(i, t)] |= counts[i] > 0;
            }
            for (int k = 0; k < 3; k++) {
                if (used[k]) {
                    s.append("<span class=\"item\"><span class=\"swatch\" style=\"background:").append(colours[k])
                            .append("\"></span>").append(names[k]).append("</span> ");
                }
            }
            s.append("</p>\n");
        });
        s.append(Charts.firstReplies(times, data.firstReplyTarget(), median, p90));
        int[] counts = ReplyBuckets.counts(times);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(List.of(ReplyBuckets.LONG_LABELS.get(i), Integer.toString(counts[i]),
                    Figures.percent(counts[i], times.size())));
        }
        numbers(s, List.of("First reply within", "Cases", "Share"), rows, new boolean[] {false, true, true});
        s.append("</section>\n");
    }

    private static void breaches(StringBuilder s, Map<String, Integer> byRule) {
        s.append("<section class=\"card\" aria-labelledby=\"breaches-h\">\n<h2 id=\"breaches-h\">Missed cycles per rule</h2>\n");
        if (byRule.isEmpty()) {
            s.append("<p class=\"empty\">No SLA rules to show.</p>\n</section>\n");
            return;
        }
        List<Map.Entry<String, Integer>> sorted = Charts.byCountDescending(byRule);
        long total = sorted.stream().mapToLong(Map.Entry::getValue).sum();
        s.append("<p class=\"note\">SLA cycles that missed their rule's deadline (late, stopped late or breached now),"
                + " most missed rule first. ").append(Figures.count(total, "missed cycle")).append(" in all.</p>\n");
        s.append(Charts.breaches(sorted));
        List<List<String>> rows = sorted.stream()
                .map(e -> List.of(e.getKey(), Figures.count(e.getValue()))).toList();
        numbers(s, List.of("Rule", "Missed cycles"), rows, new boolean[] {false, true});
        s.append("</section>\n");
    }

    private static void numbers(StringBuilder s, List<String> header, List<List<String>> rows, boolean[] numeric) {
        s.append("<details>\n<summary>The numbers</summary>\n");
        table(s, header, rows, numeric);
        s.append("</details>\n");
    }

    private static void table(StringBuilder s, List<String> header, List<List<String>> rows, boolean[] numeric) {
        s.append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            s.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(escape(header.get(c))).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            s.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                s.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table></div>\n");
    }

    /** A column is right-aligned when every non-empty cell in it looks like a number or a duration. */
    static boolean[] numericColumns(Table table) {
        boolean[] numeric = new boolean[table.header().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : table.rows()) {
                String cell = row.get(c).strip();
                if (cell.isEmpty() || cell.equals("–") || cell.equals("-")) {
                    continue;
                }
                any = true;
                all &= NUMERIC.matcher(cell).matches();
            }
            numeric[c] = any && all;
        }
        return numeric;
    }

    private static final String CSS = String.join("\n",
            ":root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #e5e7eb; --card: #ffffff; }",
            "* { box-sizing: border-box; }",
            "body { margin: 0; background: #f3f4f6; color: var(--ink);",
            "  font: 15px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial,"
                    + " \"Liberation Sans\", \"DejaVu Sans\", sans-serif; }",
            "main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 32px; }",
            "header { margin: 0 0 20px; }",
            "header h1 { margin: 0 0 4px; font-size: 26px; line-height: 1.2; }",
            ".subtitle { margin: 0; color: var(--muted); }",
            ".card { background: var(--card); border: 1px solid var(--line); border-radius: 10px;",
            "  padding: 16px 20px; margin: 0 0 20px; min-width: 0; }",
            ".card h2 { margin: 0 0 6px; font-size: 18px; }",
            ".pair { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin-bottom: 20px; }",
            ".pair .card { margin: 0; }",
            "@media (max-width: 860px) { .pair { grid-template-columns: 1fr; } }",
            ".note { margin: 0 0 8px; color: var(--muted); }",
            ".empty { margin: 8px 0; padding: 18px; text-align: center; color: var(--muted);",
            "  background: #f9fafb; border: 1px dashed #d1d5db; border-radius: 8px; }",
            ".legend { margin: 0 0 4px; font-size: 13px; color: var(--muted); }",
            ".swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px;",
            "  margin: 0 5px 0 0; vertical-align: -1px; }",
            ".legend .item { display: inline-block; margin-right: 14px; white-space: nowrap; }",
            ".dash { display: inline-block; width: 22px; border-top: 2px dashed var(--ink);",
            "  margin: 0 5px 0 0; vertical-align: 3px; }",
            "svg.chart { display: block; width: 100%; height: auto; overflow: visible; }",
            "#weekly-chart { min-width: 800px; }",
            "svg.chart text { font-family: inherit; font-size: 12px; fill: var(--muted); }",
            "svg.chart text.value { fill: var(--ink); font-weight: 600; }",
            "svg.chart text.label { fill: var(--ink); }",
            "svg.chart text.marker { fill: var(--ink); font-weight: 600; }",
            "svg.chart text.axis-title { font-size: 12.5px; fill: var(--muted); font-style: italic; }",
            "svg.chart text.muted { font-size: 11px; fill: #6b7280; }",
            "svg.chart text.value, svg.chart text.marker, svg.chart text.label { paint-order: stroke; stroke: #fff; stroke-width: 3px;",
            "  stroke-linejoin: round; }",
            "svg.chart line.grid { stroke: var(--line); stroke-width: 1; }",
            "svg.chart line.axis { stroke: #9ca3af; stroke-width: 1; }",
            "svg.chart line.goal { stroke-width: 2; }",
            "table { border-collapse: collapse; width: 100%; font-size: 14px; }",
            "th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }",
            "thead th { color: var(--muted); font-weight: 600; border-bottom: 2px solid #d1d5db; }",
            "tbody th { font-weight: 500; }",
            ".num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
            "details table { width: auto; min-width: 60%; }",
            ".scroll { overflow-x: auto; }",
            "table.summary td:first-of-type { font-variant-numeric: tabular-nums; }",
            ".badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12.5px;",
            "  font-weight: 700; letter-spacing: 0.03em; }",
            ".badge.pass { background: #dcfce7; color: #14532d; }",
            ".badge.fail { background: #fee2e2; color: #7f1d1d; }",
            "details { margin-top: 8px; font-size: 14px; }",
            "details summary { cursor: pointer; color: var(--muted); }",
            "footer { color: var(--muted); font-size: 13px; text-align: center; }",
            "@media print { body { background: #fff; } .card { break-inside: avoid; } }",
            "");
}
