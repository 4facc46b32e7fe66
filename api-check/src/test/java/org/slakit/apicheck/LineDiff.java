package org.slakit.apicheck;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for review: removed lines with "-", added with "+", each change under the nearest
 * unindented line above it (the type it belongs to), so that a reader sees which type changed.
 */
final class LineDiff {

    private LineDiff() {
    }

    /** The diff from {@code expected} to {@code actual}; empty when they are equal. */
    static List<String> diff(List<String> expected, List<String> actual) {
        int prefix = 0;
        while (prefix < expected.size() && prefix < actual.size() && expected.get(prefix).equals(actual.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < expected.size() - prefix && suffix < actual.size() - prefix
                && expected.get(expected.size() - 1 - suffix).equals(actual.get(actual.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> a = expected.subList(prefix, expected.size() - suffix);
        List<String> b = actual.subList(prefix, actual.size() - suffix);

        // longest common subsequence of the middle parts
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }

        List<String> out = new ArrayList<>();
        String context = lastHeader(expected, prefix);
        String printed = null;
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                if (isHeader(a.get(i))) {
                    context = a.get(i);
                }
                i++;
                j++;
                continue;
            }
            boolean remove = j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]);
            String line = remove ? a.get(i) : b.get(j);
            if (isHeader(line)) {
                context = null;
            } else if (context != null && !context.equals(printed)) {
                out.add("  in " + context);
                printed = context;
            }
            out.add((remove ? "  - " : "  + ") + line);
            if (remove) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    private static String lastHeader(List<String> lines, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (isHeader(lines.get(k))) {
                return lines.get(k);
            }
        }
        return null;
    }

    private static boolean isHeader(String line) {
        return !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#");
    }
}
