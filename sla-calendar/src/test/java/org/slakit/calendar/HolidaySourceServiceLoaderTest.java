package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A holiday source in a module of its own ({@code provides org.slakit.calendar.spi.HolidaySource}),
 * compiled here and loaded in a module layer (or, when the tests run on the class path, as classes
 * with a {@code META-INF/services} file), is found by calendar text through
 * {@link java.util.ServiceLoader}, as a Jollyday or iCalendar module will be.
 */
class HolidaySourceServiceLoaderTest {

    @Test
    void aSourceInAModuleOfItsOwn_isFoundByName(@TempDir Path dir) throws IOException, InterruptedException {
        Path src = dir.resolve("src/test.holidays");
        Files.createDirectories(src.resolve("test/holidays"));
        Files.writeString(src.resolve("module-info.java"), """
                module test.holidays {
                    requires org.slakit.calendar;
                    provides org.slakit.calendar.spi.HolidaySource with test.holidays.Eve;
                }
                """);
        Files.writeString(src.resolve("test/holidays/Eve.java"), """
                package test.holidays;

                import java.time.LocalDate;
                import java.util.List;
                import org.slakit.calendar.spi.Holiday;
                import org.slakit.calendar.spi.HolidaySource;

                public final class Eve implements HolidaySource {
                    @Override
                    public String name() {
                        return "eves";
                    }

                    @Override
                    public void checkArgument(String argument) {
                        if (!argument.equals("christmas")) {
                            throw new IllegalArgumentException("unknown eve '" + argument + "': expected christmas");
                        }
                    }

                    @Override
                    public List<Holiday> holidays(String argument, int year) {
                        return List.of(new Holiday(LocalDate.of(year, 12, 24), "Christmas Eve"));
                    }
                }
                """);
        Path calendar = Path.of(BusinessCalendar.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path out = dir.resolve("out/test.holidays");
        boolean modules = BusinessCalendar.class.getModule().isNamed();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "--release", "17",
                modules ? "--module-path" : "--class-path", calendar.toString(), "-d", out.toString(),
                src.resolve("test/holidays/Eve.java").toString()));
        if (modules) {
            command.add(src.resolve("module-info.java").toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("javac: %s", output).isZero();

        ClassLoader loader;
        if (modules) {
            // as a module on the module path: found through its 'provides'
            ModuleLayer boot = ModuleLayer.boot();
            Configuration cf = boot.configuration().resolveAndBind(ModuleFinder.of(out), ModuleFinder.of(),
                    Set.of("test.holidays"));
            loader = boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader()).findLoader("test.holidays");
        } else {
            // as a jar on the class path: found through META-INF/services
            Path services = out.resolve("META-INF/services/org.slakit.calendar.spi.HolidaySource");
            Files.createDirectories(services.getParent());
            Files.writeString(services, "test.holidays.Eve\n");
            loader = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
                    BusinessCalendar.class.getClassLoader());
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            BusinessCalendar c = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nholidays eves christmas\n");
            assertThat(c.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
            assertThat(c.isBusinessDay(LocalDate.of(2026, 12, 23))).isTrue();
            assertThat(c.toString()).endsWith("holidays eves christmas\n");
            assertThat(BusinessCalendar.parse(c.toString())).isEqualTo(c);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nholidays eves easter\n"))
                    .isInstanceOf(CalendarFormatException.class)
                    .hasMessage("line 3 'holidays eves easter': unknown eve 'easter': expected christmas");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nholidays other x\n", List.of()))
                    .hasMessage("line 3 'holidays other x': no holiday source 'other' is installed: expected one of eves");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
