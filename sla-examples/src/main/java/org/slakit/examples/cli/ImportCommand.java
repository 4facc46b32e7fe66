package org.slakit.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slakit.core.history.CaseHistory;
import org.slakit.imports.EventLogImport;
import org.slakit.imports.ImportReport;
import org.slakit.imports.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slakit import LOG --mapping MAP [--attributes FILE] [--all] [--first N]}: the import report alone. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a CSV event log (a .gz file is unpacked) as the mapping describes it and prints the"
                + " import report: rows and cases read, used, ignored and rejected (each rejection with its file, line and"
                + " reason), and the events of the first cases imported. Use it to write and check a mapping.",
                "Error budget: by default the import stops when more than 1%% of the rows read are rejected"
                + " (--error-budget)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (rejected rows within the budget are listed)", "2:usage or input error",
                "3:error budget exceeded", "4:internal failure (a bug)", "5:out of memory (raise -Xmx)"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "the event log (CSV, or CSV.gz)")
    private Path log;

    @Mixin
    private ImportOptions importOptions;

    @Option(names = "--all", description = "list every rejected row, not only the first 50")
    private boolean all;

    @Option(names = "--first", defaultValue = "1", paramLabel = "N",
            description = "print the events of the first N imported cases (default: ${DEFAULT-VALUE})")
    private int first;

    @Override
    public Integer call() throws IOException {
        if (first < 0) {
            throw new InputException("--first must be 0 or more, not " + first);
        }
        EventLogImport importer = importOptions.importer(importOptions.mapping());
        var out = spec.commandLine().getOut();
        StringBuilder cases = new StringBuilder();
        int[] shown = {0};
        ImportReport report = importer.stream(log, importOptions.attributes, h -> {
            if (shown[0]++ < first) {
                describe(cases, h);
            }
        });
        out.print(Problems.printable(report.toString()));
        if (all && report.rejections().size() > 50) {
            for (Rejection r : report.rejections().subList(50, report.rejections().size())) {
                out.println(Problems.printable("  " + r));
            }
        }
        out.print(Problems.printable(cases.toString()));
        return Slakit.OK;
    }

    private static void describe(StringBuilder sb, CaseHistory h) {
        sb.append("case ").append(h.caseId()).append(":\n");
        h.events().forEach(e -> sb.append("  ").append(e).append('\n'));
    }
}
