package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §3: many threads share calendars whose caches start cold, asking about near and far
 * years (past 2299 and before 1900, more far years than the far-year cache holds, so it evicts
 * while other threads read it); every answer must equal the one a single thread gets from an equal
 * calendar of its own. Not timed: a few seconds on two cores.
 */
class ConcurrencyStressTest {

    private static final String[] CALENDARS = {
        """
        zone Europe/Berlin
        Mon-Fri 09:00-12:30 13:30-18:00
        closed yearly 01-01
        closed yearly Easter-2
        closed yearly Easter+1
        closed yearly 12-25 observed
        closed yearly last Mon of May from 1900 to 2500
        2400-12-24 09:00-12:00
        """,
        """
        zone America/New_York
        Mon-Fri 22:00-06:00
        Sat 10:00-14:00
        closed yearly 3rd Mon of Jan
        intersect
        zone Asia/Kolkata
        Mon-Sat 00:00-24:00
        closed yearly 08-15
        """,
        """
        zone Pacific/Kiritimati
        Mon,Wed,Fri 08:00-17:00
        closed yearly 12-31 observed
        """
    };

    private static final int THREADS = 8;
    private static final int QUERIES = 200;

    /** One question to a calendar, answered as text (an exception is answered by its type and message). */
    private static List<Function<BusinessCalendar, String>> queries(long seed) {
        Random random = new Random(seed);
        List<Function<BusinessCalendar, String>> out = new ArrayList<>();
        // the ends of the supported range
        Instant last = Instant.parse("9999-12-30T12:00:00Z");
        out.add(c -> "plus " + c.plus(last, Duration.ofDays(30)));
        out.add(c -> "minus " + c.minus(Instant.parse("0001-01-02T12:00:00Z"), Duration.ofDays(30)));
        while (out.size() < QUERIES) {
            int kind = random.nextInt(4);
            // near years, far years after 2299 and before 1900: 2 x 150 far years, more than the cache holds
            int year = kind == 0 ? 2020 + random.nextInt(10) : kind == 1 ? 2300 + random.nextInt(150)
                    : kind == 2 ? 1700 + random.nextInt(150) : 1 + random.nextInt(9998);
            Instant t = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                    .plusSeconds((long) random.nextInt(365 * 24 * 60) * 60);
            Duration d = Duration.ofMinutes(random.nextInt(60 * 24 * 400));
            int days = random.nextInt(600) - 300;
            switch (random.nextInt(7)) {
                case 0: out.add(c -> "plus " + c.plus(t, d)); break;
                case 1: out.add(c -> "minus " + c.minus(t, d)); break;
                case 2: out.add(c -> "between " + c.between(t, t.plus(d))); break;
                case 3: out.add(c -> "nextOpen " + c.nextOpen(t) + " nextClose " + c.nextClose(t)); break;
                case 4: out.add(c -> "plusBusinessDays " + c.plusBusinessDays(t, days)); break;
                case 5: {
                    LocalDate date = LocalDate.ofInstant(t, java.time.ZoneOffset.UTC);
                    out.add(c -> "day " + c.isBusinessDay(date) + " " + c.openPeriodsOn(date)
                            + " " + c.businessDaysBetween(date, date.plusDays(days)));
                    break;
                }
                default: out.add(c -> "periods " + c.openPeriods(t, t.plus(d))); break;
            }
        }
        return out;
    }

    private static String answer(Function<BusinessCalendar, String> query, BusinessCalendar c) {
        try {
            return query.apply(c);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void sharedCalendars_withColdCachesAndFarYears_answerAsASingleThreadDoes() throws Exception {
        List<Function<BusinessCalendar, String>> queries = queries(20261204L);
        // the single-threaded answers, each calendar from its own text
        List<List<String>> expected = new ArrayList<>();
        for (String text : CALENDARS) {
            BusinessCalendar alone = BusinessCalendar.parse(text);
            List<String> answers = new ArrayList<>();
            for (Function<BusinessCalendar, String> q : queries) {
                answers.add(answer(q, alone));
            }
            expected.add(answers);
        }
        // the same questions from many threads at once, in a different order each, on fresh calendars
        List<BusinessCalendar> shared = new ArrayList<>();
        for (String text : CALENDARS) {
            shared.add(BusinessCalendar.parse(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                long seed = thread;
                results.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < CALENDARS.length * QUERIES; i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int k : order) {
                        int calendar = k / QUERIES;
                        int query = k % QUERIES;
                        String got = answer(queries.get(query), shared.get(calendar));
                        String want = expected.get(calendar).get(query);
                        if (!got.equals(want)) {
                            mismatches.add("calendar " + calendar + " query " + query + ": " + got + " instead of " + want);
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : results) {
                mismatches.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(mismatches).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        // the questions did reach far years, and some answers are errors (the supported range)
        assertThat(expected.get(0).subList(0, 2)).allMatch(a -> a.startsWith("DateTimeException: Result"));
        assertThat(expected.get(0)).anyMatch(a -> a.matches("plus 2[34]\\d\\d-.*"));
        assertThat(expected.get(0)).anyMatch(a -> a.matches("plus 1[78]\\d\\d-.*"));
    }
}
