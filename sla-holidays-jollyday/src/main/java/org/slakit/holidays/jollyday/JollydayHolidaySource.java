package org.slakit.holidays.jollyday;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slakit.calendar.spi.Holiday;
import org.slakit.calendar.spi.HolidaySource;

/**
 * The public holidays of a country or of one of its subdivisions, from the
 * <a href="https://github.com/focus-shift/jollyday">Jollyday</a> project's data: the holiday
 * source named {@code jollyday}. Calendar text closes on them with
 * <pre>
 * holidays jollyday DE          # Germany's nationwide public holidays
 * holidays jollyday DE-BY       # Bavaria's (the nationwide ones and Bavaria's own)
 * holidays jollyday DE-BY-AG    # Augsburg's (a level below the subdivision, where Jollyday has one)
 * </pre>
 *
 * <h2>The argument</h2>
 * An ISO 3166-1 alpha-2 country code in upper case ({@code DE}, {@code GB}, {@code NL}), or one of
 * Jollyday's other calendars ({@code TARGET}, {@code NYSE}); then optionally {@code -} and a
 * subdivision as ISO 3166-2 writes it after the hyphen ({@code DE-BY}, {@code US-NY},
 * {@code GB-ENG} in Jollyday's data), then optionally further {@code -}-separated levels that Jollyday
 * knows below it. A subdivision's holidays include its country's. Upper case only, so that equal
 * holiday sets are written the same way (calendars are equal by the argument as written). An
 * unknown country or subdivision is refused with the codes that were expected.
 *
 * <h2>What closes</h2>
 * Jollyday's holidays of type {@code PUBLIC_HOLIDAY}, on the date Jollyday gives as the day off
 * (the observed date where Jollyday moves one: Christmas on a Saturday in the UK closes the
 * following Monday, not the Saturday). Bank holidays and observances (Jollyday's
 * {@code BANK_HOLIDAY}, {@code OBSERVANCE}: Good Friday in the Netherlands, Canada's civic
 * holidays) are not closed. Jollyday has no end year: a rule without a {@code validTo} applies to
 * every year the calendar asks for.
 *
 * <h2>Names</h2>
 * Each holiday keeps Jollyday's name in a language of its country where Jollyday translates it
 * (German for {@code DE}, {@code AT} and {@code LI}, Dutch for {@code NL}, French for {@code FR},
 * {@code MC} and {@code LU}, Greek for {@code GR} and {@code CY}, Portuguese for {@code PT} and
 * {@code BR}, Swedish for {@code SE}), else in English: {@code Tag der Deutschen Einheit}. The
 * names never depend on the default locale; {@link #JollydayHolidaySource(Locale)} picks one
 * language for all countries.
 *
 * <p>Instances are immutable and thread-safe. They are found through
 * {@link java.util.ServiceLoader} (this module {@code provides} the service, and the jar carries
 * a {@code META-INF/services} entry for the class path), so adding the module to a build is all that
 * {@code holidays jollyday ...} needs.
 */
public final class JollydayHolidaySource implements HolidaySource {

    /** The name calendar text uses: {@code holidays jollyday DE-BY}. */
    public static final String NAME = "jollyday";

    private static final Map<String, Locale> LANGUAGE_OF = Map.ofEntries(
            Map.entry("DE", Locale.GERMAN), Map.entry("AT", Locale.GERMAN), Map.entry("LI", Locale.GERMAN),
            Map.entry("NL", Locale.forLanguageTag("nl")),
            Map.entry("FR", Locale.FRENCH), Map.entry("MC", Locale.FRENCH), Map.entry("LU", Locale.FRENCH),
            Map.entry("GR", Locale.forLanguageTag("el")), Map.entry("CY", Locale.forLanguageTag("el")),
            Map.entry("PT", Locale.forLanguageTag("pt")), Map.entry("BR", Locale.forLanguageTag("pt")),
            Map.entry("SE", Locale.forLanguageTag("sv")));

    private final Locale names;
    /** One Jollyday manager per calendar code; Jollyday's managers are read-only once built. */
    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();

    /**
     * A source whose holiday names are in a language of each country where Jollyday translates
     * them, else in English. This is the constructor {@link java.util.ServiceLoader} uses.
     */
    public JollydayHolidaySource() {
        this.names = null;
    }

    /**
     * A source whose holiday names are in the given language for every country (in English where
     * Jollyday has no translation into it).
     *
     * @param names the language of the names
     */
    public JollydayHolidaySource(Locale names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /** @return {@code jollyday} */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Checks that Jollyday has the country (or calendar) and the subdivisions named.
     *
     * @param argument such as {@code DE-BY}
     * @throws IllegalArgumentException naming the argument and the codes that were expected
     */
    @Override
    public void checkArgument(String argument) {
        resolve(argument);
    }

    /**
     * The public holidays of the country or subdivision in {@code year}, with their names.
     *
     * @param argument such as {@code DE-BY}
     * @param year the year, 1 to 9999
     * @return the holidays whose day off lies in {@code year} (also one that Jollyday gives under the
     *         next or previous year's rule), sorted by date
     * @throws IllegalArgumentException if the argument is not a country or subdivision Jollyday has
     */
    @Override
    public List<Holiday> holidays(String argument, int year) {
        Resolved r = resolve(argument);
        Locale locale = names != null ? names : LANGUAGE_OF.getOrDefault(r.country, Locale.ENGLISH);
        List<Holiday> out = new ArrayList<>();
        // Jollyday gives a holiday under the year of its rule, also when it is observed in another
        // year (the US's New Year's Day 2022, a Saturday, is off on Friday 2021-12-31), so the
        // neighbouring years are asked too, and only the days off in this year are kept
        for (int y = Math.max(1, year - 1); y <= Math.min(9999, year + 1); y++) {
            for (de.focus_shift.jollyday.core.Holiday h
                    : r.manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, r.path)) {
                if (h.getDate().getYear() != year) {
                    continue;
                }
                String name = h.getDescription(locale);
                if (name == null || name.isBlank()) {
                    name = h.getPropertiesKey();
                }
                out.add(new Holiday(h.getDate(), name));
            }
        }
        out.sort((a, b) -> a.date().compareTo(b.date()) != 0 ? a.date().compareTo(b.date())
                : a.name().compareTo(b.name()));
        return Collections.unmodifiableList(out);
    }

    /** @return {@code jollyday}, or {@code jollyday (names in de)} */
    @Override
    public String toString() {
        return names == null ? NAME : NAME + " (names in " + names.toLanguageTag() + ")";
    }

    private record Resolved(String country, HolidayManager manager, String[] path) {
    }

    private Resolved resolve(String argument) {
        Objects.requireNonNull(argument, "argument");
        if (!argument.matches("[A-Z0-9_]+(-[A-Z0-9_]+)*")) {
            throw new IllegalArgumentException("Jollyday argument '" + argument
                    + "' is not a country code with optional subdivisions: expected upper-case codes joined by '-',"
                    + " such as DE, DE-BY or US-NY");
        }
        String[] parts = argument.split("-");
        String country = parts[0];
        Set<String> supported = HolidayManager.getSupportedCalendarCodes();
        if (!supported.contains(country)) {
            throw new IllegalArgumentException("Jollyday has no country or calendar '" + country + "' (in '" + argument
                    + "'): expected one of " + String.join(", ", new TreeSet<>(supported)));
        }
        HolidayManager manager = managers.computeIfAbsent(country,
                c -> HolidayManager.getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))));
        String[] path = new String[parts.length - 1];
        CalendarHierarchy level = manager.getCalendarHierarchy();
        StringBuilder known = new StringBuilder(country);
        for (int i = 1; i < parts.length; i++) {
            String id = parts[i].toLowerCase(Locale.ROOT);
            CalendarHierarchy child = level.getChildren().get(id);
            if (child == null) {
                TreeSet<String> expected = new TreeSet<>();
                for (String k : level.getChildren().keySet()) {
                    expected.add(known + "-" + k.toUpperCase(Locale.ROOT));
                }
                throw new IllegalArgumentException("Jollyday has no subdivision '" + known + "-" + parts[i] + "' (in '"
                        + argument + "'): expected " + (expected.isEmpty() ? known + " alone, which has none"
                                : "one of " + String.join(", ", expected)));
            }
            path[i - 1] = id;
            known.append('-').append(parts[i]);
            level = child;
        }
        return new Resolved(country, manager, path);
    }
}
