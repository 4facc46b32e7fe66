package org.slakit.examples.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slakit.core.history.CaseHistory;

/**
 * Imports an event log from the command line and prints the report:
 *
 * <pre>
 * java ... org.slakit.examples.imports.ImportMain [--all] MAPPING LOG [ATTRIBUTES]
 * </pre>
 *
 * {@code MAPPING} is a mapping file, or {@code bpic2014} for the mapping of the BPI Challenge 2014
 * incident log that ships with the examples; {@code LOG} and {@code ATTRIBUTES} are CSV files,
 * gzipped when their names end in {@code .gz}. {@code --all} prints every rejected row, not only
 * the first 50. Exit code 0 after an import, 1 when the error budget is exceeded, 2 for a bad
 * argument, mapping or file.
 */
public final class ImportMain {

    private ImportMain() {
    }

    /**
     * Runs the import and exits with its code when it is not 0.
     *
     * @param args {@code [--all] MAPPING LOG [ATTRIBUTES]}
     */
    public static void main(String[] args) {
        int code = run(System.out, System.err, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        List<String> files = new ArrayList<>();
        boolean all = false;
        for (String a : args) {
            if (a.equals("--all")) {
                all = true;
            } else {
                files.add(a);
            }
        }
        if (files.size() < 2 || files.size() > 3) {
            err.println("usage: ImportMain [--all] MAPPING LOG [ATTRIBUTES]   (MAPPING may be bpic2014, the shipped mapping)");
            return 2;
        }
        try {
            EventLogMapping mapping = files.get(0).equals("bpic2014") ? shipped("bpic2014.mapping")
                    : EventLogMapping.read(Path.of(files.get(0)));
            EventLogImport importer = EventLogImport.of(mapping);
            ImportResult result = files.size() == 3
                    ? importer.read(Path.of(files.get(1)), Path.of(files.get(2)))
                    : importer.read(Path.of(files.get(1)));
            out.print(result.report());
            if (all && result.report().rejections().size() > ImportReport.LISTED) {
                result.report().rejections().stream().skip(ImportReport.LISTED).forEach(r -> out.println("  " + r));
            }
            if (!result.histories().isEmpty()) {
                CaseHistory first = result.histories().get(0);
                out.println("first case, " + first.caseId() + ":");
                first.events().forEach(e -> out.println("  " + e));
            }
            return 0;
        } catch (ErrorBudgetExceededException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException | EventLogFormatException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** Reads a mapping that ships with the examples. */
    static EventLogMapping shipped(String name) throws IOException {
        try (InputStream in = ImportMain.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the classpath");
            }
            return EventLogMapping.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
