/**
 * SLA metrics as a plain-text report and as one self-contained HTML page with inline SVG charts.
 */
module org.slakit.report {
    requires transitive org.slakit.core;

    exports org.slakit.report;
}
