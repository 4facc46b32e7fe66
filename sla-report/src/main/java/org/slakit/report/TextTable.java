package org.slakit.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned terminal table: columns as wide as their widest cell, separated by two blanks. Control
 * characters in cells are written escaped ({@code \u001B}, {@code \n}), never raw. Columns whose
 * cells are all numbers, percentages or durations are aligned right.
 *
 * <p>Instances are mutable and not thread-safe: build one, print it, drop it.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Starts a table.
     *
     * @param header the column titles
     */
    public TextTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException if the row is not as wide as the header
     */
    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("Row has " + cells.length + " cells, the header " + header.size()
                    + ": " + Arrays.toString(cells));
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(printable(String.valueOf(cell)));
        }
        rows.add(row);
        return this;
    }

    /** @return the number of rows, header excluded */
    public int size() {
        return rows.size();
    }

    /**
     * Prints the table.
     *
     * @param out where to
     */
    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        boolean[] right = rightAligned();
        line(out, header, width, right);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c > 0 ? "  " : "").append("-".repeat(width[c]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            line(out, row, width, right);
        }
    }

    /**
     * Prints the table to a string.
     *
     * @return the table, one line per row, each ending with a line break
     */
    @Override
    public String toString() {
        java.io.StringWriter w = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(w);
        print(out);
        out.flush();
        return w.toString();
    }

    private void line(PrintWriter out, List<String> cells, int[] width, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String pad = " ".repeat(width[c] - cells.get(c).length());
            sb.append(c > 0 ? "  " : "").append(right[c] ? pad + cells.get(c) : cells.get(c) + pad);
        }
        out.println(sb.toString().stripTrailing());
    }

    private boolean[] rightAligned() {
        boolean[] right = new boolean[header.size()];
        for (int c = 0; c < right.length; c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : rows) {
                String cell = row.get(c);
                if (cell.equals("-") || cell.isEmpty()) {
                    continue;
                }
                any = true;
                all &= NUMBER.matcher(cell).matches();
            }
            right[c] = any && all;
        }
        return right;
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?[\\d,]+(\\.\\d+)?%?|(-?\\d+d)?\\s?(\\d+h)?\\s?(\\d+m)?\\s?(\\d+s)?");

    /** The text with control characters (line breaks included) and bidirectional overrides escaped. */
    static String printable(String text) {
        return escape(text, false);
    }

    /**
     * Escapes what could move the cursor, recolour the terminal or reorder the text when a value
     * read from a file is printed: control characters (C0 and C1) and the bidirectional overrides
     * and isolates become {@code \\uXXXX}, a tab {@code \\t}, a line break {@code \\n} unless kept.
     *
     * @param text the text
     * @param keepLineBreaks whether {@code \n} stays a line break
     * @return the text escaped; the same instance when nothing needed escaping
     */
    public static String escape(String text, boolean keepLineBreaks) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && !(keepLineBreaks && c == '\n')) || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else {
                    sb.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
