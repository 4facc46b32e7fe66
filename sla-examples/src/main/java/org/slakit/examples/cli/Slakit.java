package org.slakit.examples.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code slakit} command-line tool: business-hours arithmetic on calendar files, and SLA
 * views and reports over CSV exports.
 *
 * <p>Exit codes: 0 ok, 1 findings (closed, breached, late), 2 usage or input error.
 */
@Command(name = "slakit", mixinStandardHelpOptions = true, version = "slakit 0.1.0",
        description = "Business hours and support SLAs on the command line.",
        subcommands = {DueCommand.class, BetweenCommand.class, OpenCommand.class, BoardCommand.class, QueueCommand.class})
public final class Slakit implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the command found something to act on (closed, breached). */
    public static final int FINDINGS = 1;
    /** Exit code for a usage or input error. */
    public static final int INPUT_ERROR = 2;

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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof DateTimeException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("slakit " + commandLine.getCommandName() + ": " + e.getMessage());
                return INPUT_ERROR;
            }
            throw e;
        });
        int code = cli.execute(args);
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
