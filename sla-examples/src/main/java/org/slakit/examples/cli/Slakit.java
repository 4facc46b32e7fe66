package org.slakit.examples.cli;

import java.io.PrintWriter;
import org.slakit.imports.ErrorBudgetExceededException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code slakit} command-line tool: business-hours arithmetic on calendar files, and SLA
 * views and reports over CSV exports.
 *
 * <p>Exit codes: {@value #OK} ok, {@value #FINDINGS} findings (closed, breached, goal failed),
 * {@value #INPUT_ERROR} usage or input error, {@value #BUDGET_EXCEEDED} more rows rejected than
 * the error budget allows, {@value #INTERNAL_ERROR} internal failure (a bug: the only case that
 * prints a stack trace), {@value #OUT_OF_MEMORY} out of memory. Every input problem is one line
 * on standard error naming the file, line, column or option.
 */
@Command(name = "slakit", mixinStandardHelpOptions = true, version = "slakit 0.1.0",
        description = "Business hours and support SLAs on the command line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:findings: closed, a case breached, the resolution goal failed",
                "2:usage or input error (one line on stderr naming the file, line and field)",
                "3:error budget exceeded: more rows rejected than allowed",
                "4:internal failure (a bug; prints a stack trace)",
                "5:out of memory: raise the heap with java -Xmx..."},
        subcommands = {DueCommand.class, BetweenCommand.class, OpenCommand.class, BoardCommand.class, QueueCommand.class,
                ReportCommand.class, ImportCommand.class})
public final class Slakit implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the command found something to act on (closed, breached, goal failed). */
    public static final int FINDINGS = 1;
    /** Exit code for a usage or input error. */
    public static final int INPUT_ERROR = 2;
    /** Exit code when more rows are rejected than the error budget allows. */
    public static final int BUDGET_EXCEEDED = 3;
    /** Exit code for an internal failure: a bug in slakit. */
    public static final int INTERNAL_ERROR = 4;
    /** Exit code when the JVM ran out of heap. */
    public static final int OUT_OF_MEMORY = 5;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the tool with the given output streams, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Slakit());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> INPUT_ERROR);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine c = e.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            c.getErr().println(Problems.printable(name + ": " + e.getMessage() + " (see " + name + " --help)"));
            return INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String prefix = "slakit " + commandLine.getCommandName() + ": ";
            String message = Problems.inputMessage(e);
            if (message != null) {
                commandLine.getErr().println(Problems.printable(prefix + message));
                return INPUT_ERROR;
            }
            if (e instanceof ErrorBudgetExceededException) {
                commandLine.getErr().println(Problems.printable(prefix + e.getMessage()));
                return BUDGET_EXCEEDED;
            }
            commandLine.getErr().println(prefix + "internal error, a bug in slakit (please report it with this trace):");
            e.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            code = OUT_OF_MEMORY;
            err.println("slakit: out of memory: the input needs a larger Java heap than this JVM has ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); run java with a larger -Xmx, for example java -Xmx2g -jar ...");
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
