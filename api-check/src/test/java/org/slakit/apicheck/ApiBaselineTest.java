package org.slakit.apicheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the public API of every slakit module on this module's test class path (the deployed
 * modules that api-check/pom.xml lists) with its committed baseline {@code api/<artifactId>.txt}.
 * With {@code -Dapi.update=true} it writes the baselines instead (scripts/update-api-baseline.sh).
 */
class ApiBaselineTest {

    static final String UPDATE_COMMAND = "scripts/update-api-baseline.sh";

    private static final boolean UPDATE = Boolean.getBoolean("api.update");
    private static final Path BASELINES = Paths.get(System.getProperty("api.baselineDir", "../api")).toAbsolutePath().normalize();
    private static final Path ROOT = Paths.get(System.getProperty("api.reactorRoot", "..")).toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> apiMatchesTheCommittedBaseline() {
        Map<String, Path> modules = modulesOnTheClassPath();
        assertFalse(modules.isEmpty(), "no slakit module on the test class path " + classPath());
        return modules.entrySet().stream().map(m -> DynamicTest.dynamicTest(m.getKey(), () -> check(m.getKey(), m.getValue())));
    }

    @Test
    void everyBaselineBelongsToACheckedModule() throws IOException {
        Set<String> modules = modulesOnTheClassPath().keySet();
        Set<String> stale = new TreeSet<>();
        if (Files.isDirectory(BASELINES)) {
            try (Stream<Path> files = Files.list(BASELINES)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".txt"))
                        .map(n -> n.substring(0, n.length() - 4))
                        .filter(n -> !modules.contains(n))
                        .forEach(stale::add);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        if (UPDATE) {
            for (String s : stale) {
                Files.delete(BASELINES.resolve(s + ".txt"));
                System.out.println("API baseline removed (no such module in api-check/pom.xml): api/" + s + ".txt");
            }
            return;
        }
        fail("API baselines without a module: " + stale.stream().map(s -> "api/" + s + ".txt").collect(Collectors.joining(", "))
                + ". Checked modules are the dependencies of api-check/pom.xml: " + modules
                + ". If the module was removed or renamed, run " + UPDATE_COMMAND + "; if it is new, add it to api-check/pom.xml.");
    }

    private static void check(String artifactId, Path location) throws IOException {
        String actual = ApiSurface.render(artifactId, location, ApiBaselineTest.class.getClassLoader());
        Path baseline = BASELINES.resolve(artifactId + ".txt");
        String expected = Files.exists(baseline) ? Files.readString(baseline, StandardCharsets.UTF_8).replace("\r\n", "\n") : null;
        if (actual.equals(expected)) {
            return;
        }
        if (UPDATE) {
            Files.createDirectories(BASELINES);
            Files.writeString(baseline, actual, StandardCharsets.UTF_8);
            System.out.println("API baseline written: " + ROOT.relativize(baseline));
            return;
        }
        if (expected == null) {
            fail("No API baseline for " + artifactId + ": expected " + ROOT.relativize(baseline)
                    + ". Write it (and commit it) with: " + UPDATE_COMMAND);
        }
        List<String> diff = LineDiff.diff(expected.lines().collect(Collectors.toList()), actual.lines().collect(Collectors.toList()));
        fail("The public API of " + artifactId + " differs from its committed baseline " + ROOT.relativize(baseline)
                + " (- baseline, + now):\n" + String.join("\n", diff)
                + "\nIf the change is deliberate, regenerate the baselines and commit them with the change:\n    "
                + UPDATE_COMMAND + "\n(or: mvn -B -q verify -Dapi.update=true)");
    }

    /**
     * The slakit modules among the class path entries: jars or classes directories inside the
     * reactor (other than api-check's own), each named by the artifactId in its module's pom.xml.
     */
    static Map<String, Path> modulesOnTheClassPath() {
        Path own = Paths.get("").toAbsolutePath().normalize();
        Map<String, Path> modules = new TreeMap<>();
        for (String entry : classPath()) {
            Path p = Paths.get(entry).toAbsolutePath().normalize();
            if (!p.startsWith(ROOT) || p.startsWith(own) || !Files.exists(p)) {
                continue;
            }
            Path moduleDir = p;
            while (moduleDir != null && !moduleDir.getFileName().toString().equals("target")) {
                moduleDir = moduleDir.getParent();
            }
            if (moduleDir == null || moduleDir.getParent() == null) {
                continue;
            }
            String artifactId = artifactId(moduleDir.getParent().resolve("pom.xml"));
            Path previous = modules.put(artifactId, p);
            if (previous != null) {
                throw new IllegalStateException(artifactId + " is on the class path twice: " + previous + " and " + p);
            }
        }
        return modules;
    }

    private static List<String> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator)))
                .filter(s -> !s.isBlank()).collect(Collectors.toList());
    }

    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    private static String artifactId(Path pom) {
        try {
            String xml = Files.readString(pom, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<parent>.*?</parent>", "");
            Matcher m = ARTIFACT_ID.matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException("no artifactId in " + pom);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }
}
