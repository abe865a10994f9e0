package io.reimburse.cli;

import io.reimburse.model.RunRefused;
import io.reimburse.run.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reimburse} command: subcommands, help, version and exit statuses (SPEC §9). */
@Command(name = "reimburse", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Refunds customers' credit balances: reads balance exports, decides who is reimbursed, "
                + "writes ERP import files, a report and a manifest.",
        subcommands = {RunCommand.class, ProposeCommand.class, ApproveCommand.class, PayCommand.class, WatchCommand.class, RegisterCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the run completed (skips and row problems are reported, not failures)",
                "2:usage or run problem; nothing was written",
                "3:unexpected failure; nothing was written"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int RUN_PROBLEM = 2;
    public static final int UNEXPECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int status;
        try {
            status = execute(args);
        } catch (OutOfMemoryError tooLarge) {
            System.err.println("reimburse: the inputs need more memory than this Java allows (" + maxHeap()
                    + "); nothing was written. Run again with more, e.g. REIMBURSE_OPTS=-Xmx2g scripts/reimburse ...");
            status = UNEXPECTED;
        } catch (Throwable bug) { // an Error escaping picocli's handlers is still a bug, not exit status 1
            System.err.println("reimburse: unexpected failure, nothing was written:");
            bug.printStackTrace();
            status = UNEXPECTED;
        }
        System.exit(status);
    }

    private static String maxHeap() {
        return "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
    }

    /** Runs the command line on the process's standard streams and returns the exit status. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line and returns the exit status (tests capture the streams). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main()).setOut(out).setErr(err)
                .setExitCodeExceptionMapper(exception -> UNEXPECTED)
                .setParameterExceptionHandler((exception, arguments) -> {
                    CommandLine cmd = exception.getCommandLine();
                    cmd.getErr().println("reimburse: " + exception.getMessage());
                    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
                    return RUN_PROBLEM;
                })
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    if (exception instanceof RunRefused refused) {
                        cmd.getErr().println("reimburse: refused, nothing was changed:");
                        refused.problems().forEach(problem -> cmd.getErr().println("  - " + problem.describe()));
                        cmd.getErr().flush();
                        return RUN_PROBLEM;
                    }
                    cmd.getErr().println("reimburse: unexpected failure, nothing was written. Please report this "
                            + "with the inputs if you can:");
                    exception.printStackTrace(cmd.getErr());
                    return UNEXPECTED;
                });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, such as 'run'");
    }

    /** The version the build wrote into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"reimburse " + Version.current()};
        }
    }
}
