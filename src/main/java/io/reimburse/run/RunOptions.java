package io.reimburse.run;

import io.reimburse.engine.RegisterState;
import io.reimburse.input.ParameterName;
import io.reimburse.input.TableKind;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a run is asked to do.
 *
 * @param inputs    INPUT files, or one folder
 * @param explicit  tables named by --balances, --parameters, --vendor-links
 * @param overrides parameters given on the command line (--select, --groups, --lang)
 */
public record RunOptions(List<Path> inputs, Map<TableKind, Path> explicit, Path out, boolean dryRun, boolean strict,
                         boolean force, Map<ParameterName, String> overrides, RegisterState register, Clock clock) {
}
