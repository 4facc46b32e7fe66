package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fuzzed calendar text: valid texts, damaged ({@link Damage}). Every input parses or throws a
 * {@link CalendarFormatException} naming a line, within a bound per kilobyte; every calendar
 * accepted writes a text that parses to an equal calendar.
 */
class CalendarFuzzProperties {

    private static final String[] ZONES = {"Europe/Berlin", "UTC", "+02:00", "America/New_York", "Pacific/Apia",
            "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo", "-09:30"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final String[] ORDINALS = {"1st", "2nd", "3rd", "4th", "5th", "last"};

    @Test
    void everyTextParsesOrNamesALine_andWhatParsesRoundTrips() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().withExamples(Damage.INPUTS).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = Damage.damage(validText(r), r);
            Damage.Outcome<BusinessCalendar> outcome = Damage.parse(text, BusinessCalendar::parse, CalendarFormatException.class);
            if (outcome.value() == null) {
                rejected.incrementAndGet();
                return;
            }
            accepted.incrementAndGet();
            String written = outcome.value().toString();
            BusinessCalendar again = Damage.parse(written, BusinessCalendar::parse, CalendarFormatException.class).value();
            assertThat(again).as("%s\nwrote\n%s", Damage.show(text), written).isEqualTo(outcome.value());
            assertThat(again.toString()).isEqualTo(written);
            assertThat(again.hashCode()).isEqualTo(outcome.value().hashCode());
        });
        // the fuzz reaches both sides of the parser
        assertThat(accepted.get()).isGreaterThan(Damage.INPUTS / 10);
        assertThat(rejected.get()).isGreaterThan(Damage.INPUTS / 3);
    }

    /** A valid calendar text, in the variety the format allows. */
    static String validText(Random r) {
        StringBuilder sb = new StringBuilder();
        calendar(sb, r);
        if (r.nextInt(6) == 0) {
            sb.append("intersect").append(Damage.newline(r));
            calendar(sb, r);
        }
        return sb.toString();
    }

    private static void calendar(StringBuilder sb, Random r) {
        if (r.nextInt(5) == 0) {
            sb.append("# a team calendar").append(Damage.newline(r));
        }
        sb.append(r.nextInt(4) == 0 ? "ZONE " : "zone ").append(ZONES[r.nextInt(ZONES.length)]).append(Damage.newline(r));
        boolean[] used = new boolean[7];
        int weekly = 1 + r.nextInt(4);
        for (int i = 0; i < weekly; i++) {
            int from = r.nextInt(7);
            int to = r.nextBoolean() ? from : Math.min(6, from + r.nextInt(5));
            boolean free = true;
            for (int d = from; d <= to; d++) {
                free &= !used[d];
            }
            if (!free) {
                continue;
            }
            for (int d = from; d <= to; d++) {
                used[d] = true;
            }
            sb.append(from == to ? DAYS[from] : DAYS[from] + "-" + DAYS[to]).append(' ').append(periods(r));
            if (r.nextInt(8) == 0) {
                sb.append("   # comment");
            }
            sb.append(Damage.newline(r));
        }
        int others = r.nextInt(6);
        for (int i = 0; i < others; i++) {
            switch (r.nextInt(6)) {
                case 0:
                    sb.append(date(r)).append(' ').append(periods(r));
                    break;
                case 1:
                    sb.append("closed ").append(date(r));
                    break;
                case 2:
                    sb.append("closed yearly ").append(rule(r));
                    break;
                case 3:
                    sb.append("yearly ").append(rule(r).replace(" observed", "")).append(' ').append(periods(r));
                    break;
                case 4:
                    sb.append(r.nextBoolean() ? "" : "   # only a comment");
                    break;
                default:
                    sb.append(DAYS[r.nextInt(7)]).append(',').append(DAYS[r.nextInt(7)]).append(' ').append(periods(r));
                    break;
            }
            sb.append(Damage.newline(r));
        }
    }

    private static String periods(Random r) {
        switch (r.nextInt(8)) {
            case 0:
                return "00:00-00:00";
            case 1:
                return "22:00-06:00";
            case 2:
                return "09:00-12:30 13:30-18:00";
            case 3:
                return "08:00:30-24:00";
            default: {
                int start = 6 + r.nextInt(6);
                int end = start + 1 + r.nextInt(8);
                return String.format("%02d:%02d-%02d:%02d", start, r.nextInt(4) * 15, end, r.nextInt(4) * 15);
            }
        }
    }

    private static String date(Random r) {
        int year = r.nextInt(10) == 0 ? new int[] {1, 9999, 1970, 2299, 2300}[r.nextInt(5)] : 2020 + r.nextInt(12);
        return String.format("%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static String rule(Random r) {
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(5)) {
            case 0:
                sb.append(String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
                break;
            case 1:
                sb.append(ORDINALS[r.nextInt(6)]).append(' ').append(DAYS[r.nextInt(7)]).append(" of ").append(MONTHS[r.nextInt(12)]);
                break;
            case 2:
                sb.append("Easter").append(r.nextBoolean() ? "" : (r.nextBoolean() ? "+" : "-") + r.nextInt(60));
                break;
            case 3:
                sb.append(DAYS[r.nextInt(7)]).append(" between 06-19 and 06-25");
                break;
            default:
                sb.append("12-25");
                break;
        }
        switch (r.nextInt(5)) {
            case 0:
                sb.append(" observed");
                break;
            case 1:
                sb.append(" substitute");
                break;
            case 2:
                sb.append(" if Sun +1");
                break;
            default:
                break;
        }
        if (r.nextInt(4) == 0) {
            sb.append(" from ").append(1990 + r.nextInt(40));
        }
        if (r.nextInt(4) == 0) {
            sb.append(" to ").append(2030 + r.nextInt(40));
        }
        return sb.toString();
    }
}
