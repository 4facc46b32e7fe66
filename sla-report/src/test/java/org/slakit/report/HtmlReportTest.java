package org.slakit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.report.ReportData.Table;
import org.slakit.report.ReportData.Verdict;

class HtmlReportTest {

    private static final String EVIL = "<script>alert(1)</script> & co";
    private static final String EVIL_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co";

    /** Nine first reply times: bucket counts 2,1,1,1,1,1,1,1; nearest-rank median is the 5th (90m), p90 the 9th (30h). */
    private static final List<Duration> REPLIES = List.of(
            Duration.ofMinutes(10), Duration.ofMinutes(12), Duration.ofMinutes(20), Duration.ofMinutes(45),
            Duration.ofMinutes(90), Duration.ofHours(3), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(30));

    private static ReportData full() {
        return ReportData.builder("Support report")
                .subtitle("Berlin team · March 2026 · now = 2026-04-01T09:00+02:00")
                .summary("Resolved within 24 hours", "83% (goal 80%)", Verdict.PASS)
                .summary("First reply within 2 business hours", "71% (goal 90%)", Verdict.FAIL)
                .summary("Cases", "29")
                .week(LocalDate.of(2026, 3, 9), 9, 10)
                .week(LocalDate.of(2026, 3, 2), 7, 10)
                .week(LocalDate.of(2026, 3, 16), 0, 0)
                .complianceGoalPercent(80)
                .firstReplyTimes(REPLIES)
                .firstReplyTarget(Duration.ofHours(2))
                .breaches("Open (3 business days)", 3)
                .breaches("First response (2 business hours)", 11)
                .breaches("Pending Customer (3 weeks)", 0)
                .table(Table.of("Breaching soon", List.of("Case", "Due", "Left"),
                        List.of(List.of("#4711", "Mon 09:30", "30m"), List.of("#4712", "Mon 11:00", "2h"))))
                .build();
    }

    private static ReportData hostile() {
        return ReportData.builder("Title " + EVIL)
                .subtitle("Subtitle " + EVIL)
                .summary("Label " + EVIL, "Value " + EVIL, Verdict.FAIL)
                .week(LocalDate.of(2026, 3, 2), 1, 2)
                .firstReplyTime(Duration.ofMinutes(5))
                .breaches("Rule " + EVIL, 4)
                .breaches("Rule \"quoted\" 'single'", 2)
                .table(Table.of("Table " + EVIL, List.of("Header " + EVIL), List.of(List.of("Cell " + EVIL))))
                .build();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static String svg(String page, String id) {
        int start = page.indexOf("<svg class=\"chart\" id=\"" + id + "-chart\"");
        assertThat(start).as("chart " + id).isNotNegative();
        return page.substring(start, page.indexOf("</svg>", start));
    }

    @Test
    void render_isOneHtmlDocument() {
        String page = HtmlReport.render(full());

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
        assertThat(page).contains("<meta charset=\"utf-8\">", "<title>Support report</title>",
                "<h1>Support report</h1>", "Berlin team · March 2026 · now = 2026-04-01T09:00+02:00");
        assertThat(count(page, "<title>Support report</title>")).isEqualTo(1);
        assertThat(count(page, "<html")).isEqualTo(1);
        assertThat(count(page, "<body>")).isEqualTo(1);
        assertWellNested(page);
    }

    @Test
    void render_hasOneAccessibleSvgPerChart() {
        String page = HtmlReport.render(full());

        assertThat(count(page, "<svg")).isEqualTo(3);
        assertThat(count(page, "</svg>")).isEqualTo(3);
        for (String id : List.of("weekly", "first-reply", "breaches")) {
            String svg = svg(page, id);
            assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"" + id + "-title " + id + "-desc\"",
                    "<title id=\"" + id + "-title\">", "<desc id=\"" + id + "-desc\">", "viewBox=\"0 0 ");
        }
        assertThat(svg(page, "weekly")).contains("<title id=\"weekly-title\">SLA compliance per week</title>");
        assertThat(svg(page, "first-reply")).contains(
                "<title id=\"first-reply-title\">Distribution of first reply times</title>");
        assertThat(svg(page, "breaches")).contains("<title id=\"breaches-title\">Missed cycles per rule</title>");
    }

    @Test
    void render_isSelfContained() {
        String page = HtmlReport.render(full()).toLowerCase(Locale.ROOT);

        assertThat(page).doesNotContain("http://", "https://", "<script", "<link", "<img", "<iframe", "src=",
                "href=", "url(", "@import", "@font-face", "javascript:", "xlink");
        assertThat(page).contains("<meta http-equiv=\"content-security-policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">");
    }

    @Test
    void weeklyChart_showsEachWeekInDateOrderWithCountsPercentagesAndGoal() {
        String svg = svg(HtmlReport.render(full()), "weekly");

        assertThat(svg).contains(">2 Mar<", ">9 Mar<", ">16 Mar<", ">7/10<", ">9/10<", ">0/0<", ">70.0%<", ">90.0%<",
                ">none<", ">goal<", ">80%<", "week starting (2026)");
        assertThat(svg.indexOf(">2 Mar<")).isLessThan(svg.indexOf(">9 Mar<"));
        assertThat(svg.indexOf(">9 Mar<")).isLessThan(svg.indexOf(">16 Mar<"));
        assertThat(svg).contains("<title>Week of 2 Mar 2026: 7 of 10 cycles kept (70.0%), below goal</title>",
                "<title>Week of 9 Mar 2026: 9 of 10 cycles kept (90.0%)</title>");
        assertThat(svg).contains("fill=\"" + Charts.VERMILLION + "\"><title>Week of 2 Mar 2026",
                "fill=\"" + Charts.BLUE + "\"><title>Week of 9 Mar 2026");
        assertThat(svg).contains("stroke-dasharray=\"6 4\"");
        assertThat(HtmlReport.render(full())).contains("Over all 3 weeks: 16 of 20 (80.0%) cycles.");
    }

    @Test
    void weeklyChart_percentagesAreRoundedHalfUp() {
        String svg = svg(HtmlReport.render(ReportData.builder("t").week(LocalDate.of(2026, 1, 5), 199, 200)
                .week(LocalDate.of(2026, 1, 12), 2, 3).build()), "weekly");

        assertThat(svg).contains(">99.5%<", ">66.7%<", "<title>Week of 5 Jan 2026: 199 of 200 cycles kept (99.5%)</title>")
                .doesNotContain(">67%<");
    }

    @Test
    void weeklyChart_threeYearsOfWeeks_labelsDoNotOverlap() {
        ReportData.Builder b = ReportData.builder("t");
        for (int i = 0; i < 156; i++) {
            b.week(LocalDate.of(2013, 1, 7).plusWeeks(i), 8, 10);
        }
        String svg = svg(HtmlReport.render(b.build()), "weekly");
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<text x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"middle\" class=\"tick\">([^<]+)</text>").matcher(svg);
        List<Double> xs = new java.util.ArrayList<>();
        while (m.find()) {
            xs.add(Double.parseDouble(m.group(1)));
            assertThat(m.group(2)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{2}");   // day, month and two-digit year
        }
        assertThat(xs).hasSizeBetween(8, 16);
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i) - xs.get(i - 1)).as("space between labels").isGreaterThan("30 Sep 26".length() * 7.2);
        }
    }

    @Test
    void weeklyChart_manyWeeksAcrossYearsThinsLabels() {
        ReportData.Builder b = ReportData.builder("t");
        LocalDate start = LocalDate.of(2025, 6, 2);
        for (int i = 0; i < 52; i++) {
            b.week(start.plusWeeks(i), i % 5, 10);
        }
        String svg = svg(HtmlReport.render(b.build()), "weekly");

        // slot = 900 / 52 = 17.3 px, so every 4th week is labelled, with a two-digit year
        assertThat(svg).contains(">2 Jun 25<", ">7 Jul 25<").doesNotContain(">9 Jun 25<", ">30 Jun 25<", ">0/10<");
        assertThat(count(svg, "<rect ")).isEqualTo(52);
    }

    @Test
    void firstReplyChart_countsBucketsAndMarksMedianP90AndTarget() {
        String page = HtmlReport.render(full());
        String svg = svg(page, "first-reply");

        assertThat(svg).contains("under 15 minutes: 2. 15 to 30 minutes: 1. 30 minutes to 1 hour: 1. 1 to 2 hours: 1."
                + " 2 to 4 hours: 1. 4 to 8 hours: 1. 8 to 24 hours: 1. 24 hours or more: 1.");
        assertThat(svg).contains(">&lt;15m<", ">15–30m<", ">30m–1h<", ">1–2h<", ">2–4h<", ">4–8h<", ">8–24h<", ">≥24h<");
        assertThat(svg).contains(">median 1h 30m<", ">p90 30h<", ">target 2h<", "9 cases");
        assertThat(svg).contains("<title>under 15 minutes: 2 first replies (22.2%)</title>");
        // 5 of 9 replies are at most 2h
        assertThat(page).contains("Median <b>1h 30m</b>, 90th percentile <b>30h</b>, <b>55.6%</b> within the 2h target.");
        // the target is a bucket boundary: buckets below it are within, above it beyond; none is partly
        assertThat(svg).contains("fill=\"" + Charts.BLUE + "\"><title>1 to 2 hours",
                "fill=\"" + Charts.ORANGE + "\"><title>2 to 4 hours").doesNotContain(Charts.SKY);
        assertThat(page).contains("within target</span>", "beyond target</span>").doesNotContain("partly");
    }

    @Test
    void firstReplyChart_targetInsideABucketColoursItAsPartly() {
        String page = HtmlReport.render(ReportData.builder("t").firstReplyTime(Duration.ofMinutes(100))
                .firstReplyTarget(Duration.ofMinutes(90)).build());

        assertThat(svg(page, "first-reply")).contains("fill=\"" + Charts.SKY + "\"><title>1 to 2 hours: 1");
        assertThat(page).contains("partly within target").doesNotContain("beyond target</span>");
    }

    @Test
    void breachesChart_sortsRulesByCountLargestFirst() {
        String svg = svg(HtmlReport.render(full()), "breaches");

        int first = svg.indexOf(">First response (2 business hours)<");
        int open = svg.indexOf(">Open (3 business days)<");
        int pending = svg.indexOf(">Pending Customer (3 weeks)<");
        assertThat(first).isNotNegative().isLessThan(open);
        assertThat(open).isLessThan(pending);
        assertThat(svg).contains(">11<", ">3<", ">0<", "<title>First response (2 business hours): 11 missed cycles</title>");
        // 11 breaches at most: steps of 5 up to 15
        assertThat(svg).contains(">5<", ">10<", ">15<").doesNotContain(">20<");
    }

    @Test
    void breachesChart_equalCountsKeepTheGivenOrder() {
        String svg = svg(HtmlReport.render(ReportData.builder("t").breaches("b", 2).breaches("a", 2)
                .breaches("c", 5).build()), "breaches");

        assertThat(svg.indexOf(">c<")).isLessThan(svg.indexOf(">b<"));
        assertThat(svg.indexOf(">b<")).isLessThan(svg.indexOf(">a<"));
    }

    @Test
    void breachesChart_cutsVeryLongNamesAndKeepsTheFullNameAsTooltip() {
        String name = "x".repeat(100);
        String svg = svg(HtmlReport.render(ReportData.builder("t").breaches(name, 1).build()), "breaches");

        assertThat(svg).contains("<title>" + name + "</title>" + "x".repeat(69) + "…</text>");
    }

    @Test
    void summary_showsVerdictsAsTextNotOnlyColour() {
        String page = HtmlReport.render(full());

        assertThat(page).contains("<tr><th scope=\"row\">Resolved within 24 hours</th><td>83% (goal 80%)</td>"
                + "<td><span class=\"badge pass\">✓ PASS</span></td></tr>");
        assertThat(page).contains("<tr><th scope=\"row\">First reply within 2 business hours</th><td>71% (goal 90%)</td>"
                + "<td><span class=\"badge fail\">✗ FAIL</span></td></tr>");
        assertThat(page).contains("<tr><th scope=\"row\">Cases</th><td>29</td><td></td></tr>");
    }

    @Test
    void tables_rightAlignNumericColumns() {
        String page = HtmlReport.render(full());

        assertThat(page).contains("<h2>Breaching soon</h2>", "<tr><td>#4711</td><td>Mon 09:30</td>"
                + "<td class=\"num\">30m</td></tr>", "<th scope=\"col\" class=\"num\">Left</th>");
    }

    @Test
    void everyTextIsEscaped() {
        String page = HtmlReport.render(hostile());

        assertThat(page.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(page).doesNotContain(EVIL, "\"quoted\"", "'single'");
        assertThat(page).contains("<title>Title " + EVIL_ESCAPED + "</title>", "<h1>Title " + EVIL_ESCAPED + "</h1>",
                "Subtitle " + EVIL_ESCAPED, "Label " + EVIL_ESCAPED, "Value " + EVIL_ESCAPED,
                ">Rule " + EVIL_ESCAPED + "<", "Table " + EVIL_ESCAPED, "Header " + EVIL_ESCAPED, "Cell " + EVIL_ESCAPED,
                "Rule &quot;quoted&quot; &#39;single&#39;");
        assertThat(svg(page, "breaches")).contains("<desc id=\"breaches-desc\">Rule " + EVIL_ESCAPED + ": 4.");
        assertWellNested(page);
    }

    @Test
    void emptyData_saysSoInsteadOfDrawing() {
        String page = HtmlReport.render(ReportData.builder("Nothing yet").build());

        assertThat(page).doesNotContain("<svg", "<table", "class=\"subtitle\"");
        assertThat(page).contains("No summary measures.", "No weekly compliance data for this period.",
                "No first replies in this period.", "No SLA rules to show.");
        assertWellNested(page);
    }

    @Test
    void weeksWithoutCases_drawNoBarsButAChart() {
        String page = HtmlReport.render(ReportData.builder("t").week(LocalDate.of(2026, 3, 2), 0, 0)
                .complianceGoalPercent(90).build());

        assertThat(svg(page, "weekly")).contains(">none<").doesNotContain("<rect");
        assertThat(page).contains("No cycles were decided.").doesNotContain("at or above goal", "below goal</span>");
    }

    @Test
    void allRulesWithoutBreaches_drawZeroLengthBars() {
        String svg = svg(HtmlReport.render(ReportData.builder("t").breaches("a", 0).breaches("b", 0).build()),
                "breaches");

        assertThat(count(svg, "width=\"0\"")).isEqualTo(2);
        assertThat(svg).doesNotContain("NaN", "Infinity");
    }

    @Test
    void render_isDeterministic_acrossCallsEqualInputsLocalesAndZones() {
        String first = HtmlReport.render(full());
        assertThat(HtmlReport.render(full())).isEqualTo(first);
        assertThat(HtmlReport.render(full())).isEqualTo(HtmlReport.render(full()));

        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN"))) {
                Locale.setDefault(l);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Apia"));
                assertThat(HtmlReport.render(full())).as(l.toString()).isEqualTo(first);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(first).doesNotContain("NaN", "Infinity");
    }

    @Test
    void coordinatesUseDotsAndAtMostOneDecimal() {
        String page = HtmlReport.render(full());
        Matcher m = Pattern.compile("\\b(x|y|x1|y1|x2|y2|width|height|cx|cy)=\"([^\"]*)\"").matcher(page);
        int n = 0;
        while (m.find()) {
            assertThat(m.group(2)).as(m.group()).matches("-?\\d+(\\.\\d)?");
            n++;
        }
        assertThat(n).isGreaterThan(50);
    }

    @Test
    void write_writesTheRenderedPageAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "old content that is longer than nothing");

        HtmlReport.write(hostile(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(hostile()));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("·", "✗ FAIL");
    }

    @Test
    void write_intoAMissingDirectoryFails(@TempDir Path dir) {
        assertThatThrownBy(() -> HtmlReport.write(full(), dir.resolve("missing/report.html")))
                .isInstanceOf(IOException.class).hasMessageContaining("missing");
    }

    @Test
    void nulls_areRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> HtmlReport.render(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("data");
        assertThatThrownBy(() -> HtmlReport.write(null, dir.resolve("a.html"))).isInstanceOf(NullPointerException.class)
                .hasMessage("data");
        assertThatThrownBy(() -> HtmlReport.write(full(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
    }

    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "col", "area", "base",
            "wbr", "source", "track", "embed", "param");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*?)(/?)>");

    /** Every element that is opened is closed, in order; text contains no stray angle brackets. */
    private static void assertWellNested(String page) {
        String body = page.substring("<!DOCTYPE html>".length());
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            assertThat(body.substring(last, m.start())).as("text before " + m.group()).doesNotContain("<", ">");
            last = m.end();
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (VOID.contains(name) || !m.group(4).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("closing " + name).isNotEmpty();
                assertThat(open.pop()).as("closing tag at " + m.start()).isEqualTo(name);
            }
        }
        assertThat(body.substring(last)).doesNotContain("<", ">");
        assertThat(open).isEmpty();
    }
}
