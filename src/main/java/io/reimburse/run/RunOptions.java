package io.reimburse.run;

import io.reimburse.input.ParameterName;
import io.reimburse.input.TableKind;
import io.reimburse.register.Register;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run is asked to do. Made with {@link #builder} (the command line) or {@link #forBatch} (the
 * drop folder).
 *
 * @param inputs              INPUT files, or one folder
 * @param explicit            tables named by --balances, --parameters, --vendor-links, --posted
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

    /** A drop-folder batch: its files into its outbox folder, with the register, under the batch's id. */
    public static RunOptions forBatch(List<Path> inputs, Path out, Path register, Clock clock, String runId) {
        return builder(inputs, out).register(register).clock(clock).runId(runId).build();
    }

    /** A run of these inputs into {@code out}: stateless, not a dry run, nothing forced, until told otherwise. */
    public static Builder builder(List<Path> inputs, Path out) {
        return new Builder(inputs, out);
    }

    /** The options one by one, each with its default. */
    public static final class Builder {
        private final List<Path> inputs;
        private final Path out;
        private Map<TableKind, Path> explicit = Map.of();
        private boolean dryRun;
        private boolean strict;
        private boolean force;
        private Map<ParameterName, String> overrides = Map.of();
        private Path register;
        private boolean allowDuplicateInput;
        private Duration registerBusyTimeout = Register.DEFAULT_BUSY_TIMEOUT;
        private Clock clock = Clock.systemDefaultZone();
        private String runId;
        private boolean removeOnStop;

        private Builder(List<Path> inputs, Path out) {
            this.inputs = List.copyOf(inputs);
            this.out = out;
        }

        public Builder explicit(Map<TableKind, Path> value) {
            explicit = Map.copyOf(value);
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        public Builder force(boolean value) {
            force = value;
            return this;
        }

        public Builder overrides(Map<ParameterName, String> value) {
            overrides = Map.copyOf(value);
            return this;
        }

        /** The register file; null (the default) for a stateless run. */
        public Builder register(Path value) {
            register = value;
            return this;
        }

        public Builder allowDuplicateInput(boolean value) {
            allowDuplicateInput = value;
            return this;
        }

        public Builder registerBusyTimeout(Duration value) {
            registerBusyTimeout = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder runId(String value) {
            runId = value;
            return this;
        }

        public Builder removeOnStop(boolean value) {
            removeOnStop = value;
            return this;
        }

        public RunOptions build() {
            return new RunOptions(inputs, explicit, out, dryRun, strict, force, overrides, register,
                    allowDuplicateInput, registerBusyTimeout, clock, runId, removeOnStop);
        }
    }
}
