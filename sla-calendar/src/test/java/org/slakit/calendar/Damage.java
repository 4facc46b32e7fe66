package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.text.TextFormatException;
import org.slakit.text.internal.LineReader;

/**
 * Damages valid texts for the parser fuzz tests: deletes, duplicates and swaps tokens and lines,
 * inserts random characters (control characters, byte-order marks, line separators, lone
 * surrogates), very long tokens, deep parentheses and numbers at the edges of their types; and
 * checks the law every parser keeps (parses, or throws its format exception naming a line, in
 * time linear in the text). Each module's fuzz tests have a copy of this class in their own
 * package (a test-jar would split packages on the module path).
 */
final class Damage {

    /** Inputs per format: 10,000 in the default build; {@code -Pfuzz} (or -Dslakit.fuzz.inputs=N) for more. */
    static final int INPUTS = Integer.getInteger("slakit.fuzz.inputs", 10_000);

    /** A generous bound per input, far above normal (microseconds to milliseconds): 5 s, plus 2 s per kilobyte. */
    static final long NANOS_BASE = 5_000_000_000L;
    static final long NANOS_PER_KB = 2_000_000_000L;

    private static final Pattern TOKEN = Pattern.compile("\\R|\\s+|[\\p{L}\\p{N}_.+]+|.", Pattern.DOTALL);

    private static final String[] EDGE_NUMBERS = {"0", "-0", "-1", "00", "1", "24", "25", "59", "60", "99", "100",
            "9999", "10000", "0000", "32767", "32768", "65535", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999", "1e9", "1.5", "0x10", "+5", "NaN", "Infinity", "١٢"};

    private static final char[] CHARS = {'\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\u000B', '\f', '\r',
            '\u001B', '\u001F', '\u007F', '\u0085', '\u00A0', '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF',
            '\uD800', '\uDC00', '#', '(', ')', ',', '-', '+', ':', '=', '%', '"', '\'', '\\', ' ', '/', '*', '0',
            '9', 'a', 'Z', 'é', 'ß', 'İ', '字'};

    private Damage() {
    }

    /** The text with 0 to 4 random damages (about one text in six stays valid). */
    static String damage(String valid, Random r) {
        List<String> tokens = tokens(valid);
        int damages = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(4);
        for (int i = 0; i < damages && !tokens.isEmpty(); i++) {
            int at = r.nextInt(tokens.size());
            switch (r.nextInt(12)) {
                case 0:
                    tokens.remove(at);
                    break;
                case 1:
                    tokens.add(at, tokens.get(at));
                    break;
                case 2: {
                    int other = r.nextInt(tokens.size());
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                    break;
                }
                case 3:
                case 4:
                    tokens.add(at, String.valueOf(CHARS[r.nextInt(CHARS.length)]));
                    break;
                case 5:
                    tokens.set(at, EDGE_NUMBERS[r.nextInt(EDGE_NUMBERS.length)]);
                    break;
                case 6:
                    tokens.set(at, tokens.get(at).repeat(1 + r.nextInt(r.nextBoolean() ? 50 : 1200)));
                    break;
                case 7: {
                    int depth = new int[] {2, 63, 64, 65, 500, 5000}[r.nextInt(6)];
                    tokens.set(at, "(".repeat(depth) + tokens.get(at) + ")".repeat(r.nextBoolean() ? depth : depth / 2));
                    break;
                }
                case 8:
                    tokens.add(0, "\uFEFF");
                    break;
                case 9:
                    tokens.add(at, "\uD83D\uDE00");
                    break;
                case 10:
                    tokens.set(at, tokens.get(at).toUpperCase(java.util.Locale.ROOT));
                    break;
                default:
                    tokens.add(at, r.nextBoolean() ? "\r\n" : "\r");
                    break;
            }
        }
        return String.join("", tokens);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** One of the line terminators every text format reads. */
    static String newline(Random r) {
        return new String[] {"\n", "\n", "\n", "\r\n", "\r", "\u2028", "\u0085"}[r.nextInt(7)];
    }

    /** What a parse gave: the value, or the format exception. */
    record Outcome<T>(T value, TextFormatException error) {
    }

    /**
     * The law of every line-based format: {@code parse} returns, or throws {@code type} (a
     * {@link TextFormatException}) whose line number is a line of the text (0 for the text as a
     * whole); never another exception, never an {@link Error} such as a stack overflow; in time
     * below a generous bound per kilobyte.
     */
    static <T> Outcome<T> parse(String text, Function<String, T> parse, Class<? extends TextFormatException> type) {
        long start = System.nanoTime();
        Outcome<T> outcome;
        try {
            outcome = new Outcome<>(parse.apply(text), null);
        } catch (Throwable e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected a result or a " + type.getSimpleName() + ", got " + e
                        + "\nfor the text: " + show(text), e);
            }
            TextFormatException f = (TextFormatException) e;
            assertThat(f.lineNumber()).as("line number of %s\nfor %s", f.getMessage(), show(text))
                    .isBetween(0, LineReader.lineCount(text));
            if (f.lineNumber() > 0) {
                assertThat(f.getMessage()).startsWith("line " + f.lineNumber() + " '");
            }
            assertThat(f.getMessage().length()).as("message length of %s", f.getMessage()).isLessThanOrEqualTo(1_200);
            outcome = new Outcome<>(null, f);
        }
        long took = System.nanoTime() - start;
        long bound = NANOS_BASE + NANOS_PER_KB * (text.length() / 1024 + 1);
        if (took > bound) {
            fail("parsing %d characters took %d ms, over the bound of %d ms: %s", text.length(), took / 1_000_000,
                    bound / 1_000_000, show(text));
        }
        return outcome;
    }

    /** The text with its invisible characters escaped, cut to a readable length. */
    static String show(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : (text.length() > 3000 ? text.substring(0, 3000) + "...(" + text.length() + " chars)" : text).toCharArray()) {
            if (c == '\n') {
                sb.append("\\n\n");
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return "\"" + sb + "\"";
    }
}
