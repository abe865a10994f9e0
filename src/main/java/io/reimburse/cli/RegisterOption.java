package io.reimburse.cli;

import io.reimburse.register.Register;
import io.reimburse.run.Registers;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** The --register option shared by the register subcommands. */
final class RegisterOption {

    static final String DEFAULT = "reimburse-register.sqlite";

    @Option(names = "--register", paramLabel = "PATH", description = "The register (default: " + DEFAULT
            + " in the working folder).")
    Path register = Path.of(DEFAULT);

    /** Opens the register; a missing file is an error here (nothing to list), not a new register. */
    Register open() {
        return Registers.open(existing(), Duration.ofSeconds(60));
    }

    /** The register's file, which must exist: a command that reads earlier runs has nothing to work on without. */
    Path existing() {
        if (!register.toFile().isFile()) {
            throw new io.reimburse.model.RunRefused(io.reimburse.model.RunProblem.inFile(register.toString(),
                    "no register here yet: it is created by the first 'reimburse run'"));
        }
        return register;
    }
}
