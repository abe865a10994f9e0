package io.reimburse.cli;

import io.reimburse.input.TableKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The inputs of a command that reads tables (run, pay): INPUT files or one folder, and the tables named by option. */
final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files, or one folder.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--balances", paramLabel = "FILE", description = "The balances table, if not recognized.")
    Path balances;

    @Option(names = "--parameters", paramLabel = "FILE", description = "The parameters table, if not recognized.")
    Path parameters;

    @Option(names = "--vendor-links", paramLabel = "FILE", description = "The vendor-links table, if not recognized.")
    Path vendorLinks;

    /** The tables named by option, and {@code more} of them (the command's own). */
    Map<TableKind, Path> explicit(Map<TableKind, Path> more) {
        Map<TableKind, Path> explicit = new EnumMap<>(TableKind.class);
        put(explicit, TableKind.BALANCES, balances);
        put(explicit, TableKind.PARAMETERS, parameters);
        put(explicit, TableKind.VENDOR_LINKS, vendorLinks);
        more.forEach((kind, file) -> put(explicit, kind, file));
        return explicit;
    }

    /** The INPUT files, less those named by option: a table named is read as that table, not recognized again. */
    List<Path> recognized(Map<TableKind, Path> explicit) {
        List<Path> all = new ArrayList<>(inputs);
        all.removeAll(explicit.values());
        return all;
    }

    private static void put(Map<TableKind, Path> explicit, TableKind kind, Path file) {
        if (file != null) {
            explicit.put(kind, file);
        }
    }
}
