package org.slakit.core;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarFormatException;
import org.slakit.text.internal.LineReader;
import org.slakit.text.internal.TextLine;

/** Reads the policy text format; {@link SlaPolicy#toString()} writes it. The grammar is in SlaPolicy's Javadoc. */
final class PolicyFormat {

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern LINE_END = Pattern.compile("\\R");

    private PolicyFormat() {
    }

    static SlaPolicy parse(CharSequence text) {
        List<TextLine> lines = LineReader.read(text);
        int calendarAt = -1;
        for (int i = 0; i < lines.size() && calendarAt < 0; i++) {
            if (lines.get(i).content().equalsIgnoreCase("calendar")) {
                calendarAt = i;
            }
        }
        if (calendarAt < 0) {
            throw new PolicyFormatException("policy text has no 'calendar' line: expected the rules, then a line"
                    + " 'calendar' followed by the default calendar's text, such as 'zone Europe/Berlin' and"
                    + " 'Mon-Fri 09:00-17:00'");
        }
        TextLine calendarLine = lines.get(calendarAt);
        BusinessCalendar calendar = calendar(text, calendarLine);
        SlaPolicy.Builder builder = SlaPolicy.builder(calendar);
        boolean standard = false;
        boolean anyRule = false;
        DurationClock.Builder clock = null;
        TextLine clockLine = null;
        for (TextLine line : lines.subList(0, calendarAt)) {
            String content = line.content();
            String[] words = line.words();
            String first = words[0].toLowerCase(Locale.ROOT);
            try {
                switch (first) {
                    case "clock":
                        if (words.length > 1 && words[1].equalsIgnoreCase("starts")) {
                            builder.clockStart(clockStart(content));
                            break;
                        }
                        if (words.length != 2) {
                            throw new IllegalArgumentException("expected 'clock <name>', such as 'clock resolution',"
                                    + " or 'clock starts at rule start'");
                        }
                        if (clock != null) {
                            addClock(builder, clock, clockLine);
                        }
                        clock = DurationClock.builder(words[1]);
                        clockLine = line;
                        break;
                    case "pauses":
                    case "runs":
                        if (clock == null) {
                            throw new IllegalArgumentException("'" + words[0] + " in' belongs to a duration clock:"
                                    + " expected a line 'clock <name>' before it");
                        }
                        if (words.length < 3 || !words[1].equalsIgnoreCase("in")) {
                            throw new IllegalArgumentException("expected '" + first + " in <statuses>', such as '"
                                    + first + " in pending-customer'");
                        }
                        List<CaseStatus> statuses = statuses(BLANKS.split(content, 3)[2].replaceAll("\\s*,\\s*", ","));
                        if (first.equals("pauses")) {
                            clock.pausesIn(statuses);
                        } else {
                            clock.runsOnlyIn(statuses);
                        }
                        break;
                    case "warning":
                        builder.warning(WarningThreshold.parse(content.substring(words[0].length())));
                        break;
                    case "standard":
                        if (words.length != 2 || !words[1].equalsIgnoreCase("rules")) {
                            throw new IllegalArgumentException("expected 'standard rules' alone on its line");
                        }
                        if (clock != null) {
                            throw new IllegalArgumentException("'standard rules' are the update cadence's: write them"
                                    + " before the first 'clock' line");
                        }
                        if (standard) {
                            throw new IllegalArgumentException("'standard rules' appears twice");
                        }
                        standard = true;
                        builder.standardRules();
                        anyRule = true;
                        break;
                    case "rule":
                        if (clock != null) {
                            clock.rule(SlaRule.parse(content));
                        } else {
                            builder.rule(SlaRule.parse(content));
                            anyRule = true;
                        }
                        break;
                    case "change":
                        if (words.length < 4 || !words[2].equalsIgnoreCase("to")) {
                            throw new IllegalArgumentException("expected 'change <rule name> to <target>',"
                                    + " such as 'change open to 2 business days'");
                        }
                        Target target = Target.parse(BLANKS.split(content, 4)[3]);
                        if (clock != null) {
                            clock.target(words[1], target);
                        } else {
                            builder.target(words[1], target);
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("unknown statement '" + words[0] + "': expected 'rule',"
                                + " 'standard rules', 'change', 'warning', 'clock starts at', 'clock <name>',"
                                + " 'pauses in', 'runs in' or 'calendar'");
                }
            } catch (PolicyFormatException e) {
                throw e; // already names its line (a clock that ended at this line)
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw line.error(PolicyFormatException::new, e.getMessage());
            }
        }
        if (clock != null) {
            addClock(builder, clock, clockLine);
        }
        if (!anyRule) {
            throw new PolicyFormatException("policy text has no rules: expected 'standard rules' or lines such as"
                    + " 'rule open when status open then 3 business days' before 'calendar'");
        }
        return builder.build();
    }

    private static void addClock(SlaPolicy.Builder builder, DurationClock.Builder clock, TextLine line) {
        try {
            builder.clock(clock.build());
        } catch (IllegalStateException e) {
            throw line.error(PolicyFormatException::new, e.getMessage());
        }
    }

    private static List<CaseStatus> statuses(String list) {
        List<CaseStatus> out = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            if (item.isEmpty()) {
                throw new IllegalArgumentException("the list '" + list + "' has an empty item");
            }
            out.add(CaseStatus.parse(item));
        }
        return out;
    }

    private static ClockStart clockStart(String content) {
        String s = BLANKS.matcher(content.toLowerCase(Locale.ROOT)).replaceAll(" ");
        switch (s) {
            case "clock starts at rule start":
                return ClockStart.RULE_START;
            case "clock starts at last update":
                return ClockStart.LAST_UPDATE;
            default:
                throw new IllegalArgumentException("expected 'clock starts at rule start' or 'clock starts at last update'");
        }
    }

    /**
     * Reads the calendar block: the text after the 'calendar' line, with the lines before it left
     * blank, so that the calendar's line numbers are the policy text's.
     */
    private static BusinessCalendar calendar(CharSequence text, TextLine calendarLine) {
        String[] raw = LINE_END.split(text, -1);
        StringBuilder block = new StringBuilder(text.length());
        for (int i = 0; i < raw.length; i++) {
            if (i >= calendarLine.number()) {
                block.append(raw[i]);
            }
            block.append('\n');
        }
        try {
            return BusinessCalendar.parse(block);
        } catch (CalendarFormatException e) {
            if (e.lineNumber() > 0) {
                throw new PolicyFormatException(e.lineNumber(), e.line(), "in the calendar: " + e.problem());
            }
            throw calendarLine.error(PolicyFormatException::new, "in the calendar after this line: " + e.problem());
        }
    }
}
