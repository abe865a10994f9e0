package io.reimburse.cli;

import io.reimburse.watch.DropFolder;
import io.reimburse.watch.WatchOptions;
import io.reimburse.watch.WatchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code reimburse watch ROOT}: the drop-folder service (SPEC §8). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Serves a drop folder: every batch dropped into ROOT/inbox (the loose files, or one "
                + "sub-folder) is run like 'reimburse run' once it has settled; results go to ROOT/outbox/RUN, the "
                + "inputs to ROOT/archive/RUN, or to ROOT/failed/RUN with an error.txt when the run is refused.",
                "SIGTERM or Ctrl-C lets the current batch finish, then exits with status 0."})
final class WatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ROOT", description = "The drop folder (inbox, outbox, archive and failed are "
            + "created in it).")
    Path root;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long a batch must stay unchanged before it is taken (default: ${DEFAULT-VALUE}).")
    double settleSeconds;

    @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often the inbox is looked at (default: ${DEFAULT-VALUE}).")
    double pollSeconds;

    @Option(names = "--once", description = "Process what is in the inbox and settled, then exit (for cron or "
            + "Task Scheduler).")
    boolean once;

    @Option(names = "--register", paramLabel = "PATH", description = "The register (default: ROOT/register.sqlite).")
    Path register;

    @Override
    public Integer call() throws Exception {
        if (!(settleSeconds >= 0) || !(pollSeconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--settle must be 0 or more and --poll "
                    + "more than 0 seconds");
        }
        DropFolder drop = DropFolder.create(root);
        WatchOptions options = new WatchOptions(register != null ? register : drop.defaultRegister(),
                duration(settleSeconds), duration(pollSeconds), once);
        Optional<DropFolder.ServiceLock> lock = drop.lock();
        if (lock.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("reimburse: another 'reimburse watch' is serving " + drop.root() + "; one watcher per folder");
            err.flush();
            return once ? Main.OK : Main.RUN_PROBLEM; // a cron run overlapping a long one has nothing to do
        }
        try (DropFolder.ServiceLock held = lock.get();
             WatchService service = WatchService.open(drop, options, spec.commandLine().getOut())) {
            serveUntilStopped(service);
        }
        return Main.OK;
    }

    /**
     * SIGTERM and Ctrl-C start the JVM's shutdown: the hook asks the service to stop, waits for the
     * current batch to finish and ends the process with status 0 (not the signal's 143).
     */
    private static void serveUntilStopped(WatchService service) {
        Thread hook = new Thread(() -> {
            service.stop();
            try {
                service.awaitEnd();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(Main.OK);
        }, "reimburse-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            service.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and ends the process
            }
        }
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000L));
    }
}
