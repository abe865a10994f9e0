package io.reimburse.run;

import io.reimburse.input.ParameterName;
import io.reimburse.input.TableKind;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run is asked to do.
 *
 * @param inputs              INPUT files, or one folder
 * @param explicit            tables named by --balances, --parameters, --vendor-links
 * @param overrides           parameters given on the command line (--select, --groups, --lang)
 * @param register            the register file; null for a stateless run (--no-register)
 * @param allowDuplicateInput accept a balances file already read by a committed run
 * @param runId               the run's id, chosen by the caller (the drop folder names its folders by it);
 *                            null to have one made by {@link Run#newRunId}
 * @param removeOnStop        a stop of the JVM (Ctrl-C, SIGTERM) before the run is kept removes its temporary
 *                            output folder: the command line; not the drop folder, which lets its run finish
 */
public record RunOptions(List<Path> inputs, Map<TableKind, Path> explicit, Path out, boolean dryRun, boolean strict,
                         boolean force, Map<ParameterName, String> overrides, Path register,
                         boolean allowDuplicateInput, Duration registerBusyTimeout, Clock clock, String runId,
                         boolean removeOnStop) {
}
