/**
 * A self-contained HTML report page with inline SVG charts: SLA compliance per week, the
 * distribution of first reply times and breaches per rule, plus summary and plain tables.
 *
 * <p>{@link org.slakit.report.ReportData} holds what the page shows;
 * {@link org.slakit.report.HtmlReport} renders it. The page loads nothing from the
 * network and runs no script. {@link org.slakit.report.SampleReport} writes a page of
 * realistic made-up data, and {@code scripts/screenshot-report.sh} takes a screenshot of a page
 * in headless Chromium.
 *
 * <h2>Null policy</h2>
 * Passing {@code null} to any method of this package throws {@link java.lang.NullPointerException}
 * at once.
 */
package org.slakit.report;
