package org.slakit.core;

import java.util.Arrays;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarFormatException;

/** Reads the policy text format; {@link SlaPolicy#toString()} writes it. The grammar is in SlaPolicy's Javadoc. */
final class PolicyFormat {

    private PolicyFormat() {
    }

    static SlaPolicy parse(CharSequence text) {
        String[] lines = text.toString().split("\r\n|\n|\r", -1);
        int calendarLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (content(lines[i]).equalsIgnoreCase("calendar")) {
                calendarLine = i;
                break;
            }
        }
        if (calendarLine < 0) {
            throw new PolicyFormatException("policy text has no 'calendar' line: expected the rules, then a line"
                    + " 'calendar' followed by the default calendar's text, such as 'zone Europe/Berlin' and"
                    + " 'Mon-Fri 09:00-17:00'");
        }
        BusinessCalendar calendar = calendar(lines, calendarLine);
        SlaPolicy.Builder builder = SlaPolicy.builder(calendar);
        boolean standard = false;
        int lastRuleLine = -1;
        for (int i = 0; i < calendarLine; i++) {
            String content = content(lines[i]);
            if (content.isEmpty()) {
                continue;
            }
            String[] words = content.split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            try {
                switch (first) {
                    case "clock":
                        builder.clockStart(clockStart(content));
                        break;
                    case "warning":
                        builder.warning(WarningThreshold.parse(content.substring(words[0].length())));
                        break;
                    case "standard":
                        if (words.length != 2 || !words[1].equalsIgnoreCase("rules")) {
                            throw new IllegalArgumentException("expected 'standard rules' alone on its line");
                        }
                        if (standard) {
                            throw new IllegalArgumentException("'standard rules' appears twice");
                        }
                        standard = true;
                        builder.standardRules();
                        lastRuleLine = i;
                        break;
                    case "rule":
                        builder.rule(SlaRule.parse(content));
                        lastRuleLine = i;
                        break;
                    case "change":
                        if (words.length < 4 || !words[2].equalsIgnoreCase("to")) {
                            throw new IllegalArgumentException("expected 'change <rule name> to <target>',"
                                    + " such as 'change open to 2 business days'");
                        }
                        builder.target(words[1], Target.parse(content.split("\\s+", 4)[3]));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown statement '" + words[0] + "': expected 'rule',"
                                + " 'standard rules', 'change', 'warning', 'clock starts at' or 'calendar'");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new PolicyFormatException(i + 1, lines[i], e.getMessage());
            }
        }
        if (lastRuleLine < 0) {
            throw new PolicyFormatException("policy text has no rules: expected 'standard rules' or lines such as"
                    + " 'rule open when status open then 3 business days' before 'calendar'");
        }
        return builder.build();
    }

    private static ClockStart clockStart(String content) {
        String s = content.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (s) {
            case "clock starts at rule start":
                return ClockStart.RULE_START;
            case "clock starts at last update":
                return ClockStart.LAST_UPDATE;
            default:
                throw new IllegalArgumentException("expected 'clock starts at rule start' or 'clock starts at last update'");
        }
    }

    private static BusinessCalendar calendar(String[] lines, int calendarLine) {
        String text = String.join("\n", Arrays.copyOfRange(lines, calendarLine + 1, lines.length));
        try {
            return BusinessCalendar.parse(text);
        } catch (CalendarFormatException e) {
            if (e.lineNumber() > 0) {
                String prefix = "line " + e.lineNumber() + " '" + e.line().strip() + "': ";
                String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
                throw new PolicyFormatException(calendarLine + 1 + e.lineNumber(), e.line(), "in the calendar: " + problem);
            }
            throw new PolicyFormatException(calendarLine + 1, lines[calendarLine], "in the calendar after this line: "
                    + e.getMessage());
        }
    }

    private static String content(String raw) {
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }
}
