package io.reimburse.input;

import io.reimburse.model.InputFile;
import io.reimburse.model.Language;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the tables among the inputs (balances and parameters, vendor links and an ERP export of
 * posted invoices when given): each file's tables (a CSV, or a workbook's sheets)
 * are recognized by their columns and sheet names; the explicit options override recognition.
 * Two tables of one kind, a missing required table, or an input with no recognizable table are
 * run problems.
 */
public final class InputTables {

    /** A recognized table with its header. */
    public record Found(TableKind kind, TableSource source, TableHeader header) {
    }

    private final Map<TableKind, Found> found = new EnumMap<>(TableKind.class);
    private final List<RunProblem> problems = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    private InputTables() {
    }

    /**
     * @param inputs   INPUT files (a folder already expanded)
     * @param explicit files named by --balances, --parameters, --vendor-links, --posted
     */
    public static InputTables find(List<Path> inputs, Map<TableKind, Path> explicit) {
        return find(inputs, explicit, true);
    }

    /**
     * The tables to prepare payments from (reimburse pay): the parameters are required, the balances
     * and vendor links only give bank details.
     */
    public static InputTables findForPayments(List<Path> inputs, Map<TableKind, Path> explicit) {
        return find(inputs, explicit, false);
    }

    private static InputTables find(List<Path> inputs, Map<TableKind, Path> explicit, boolean balancesRequired) {
        InputTables tables = new InputTables();
        explicit.forEach(tables::addExplicit);
        for (Path input : inputs) {
            if (!explicit.containsValue(input)) {
                tables.addRecognized(input);
            }
        }
        if (balancesRequired && !tables.found.containsKey(TableKind.BALANCES)) {
            tables.problems.add(RunProblem.of("no balances table found: give a file or sheet with a customer "
                    + "account column (CustomerAccount, Compte client...) and a Balance column (Solde, Montant...), "
                    + "or name it with --balances"));
        }
        if (!tables.found.containsKey(TableKind.PARAMETERS)) {
            tables.problems.add(RunProblem.of("no parameters table found: give a file or sheet with the columns "
                    + "Parameter and Value (Paramètre, Valeur), or name it with --parameters"));
        }
        if (!tables.problems.isEmpty()) {
            throw new RunRefused(tables.problems);
        }
        return tables;
    }

    /**
     * The language asked for by the first parameters table among the files, as far as it can be read
     * (files that cannot be opened are passed over): a refused run is explained in that language.
     */
    public static Optional<Language> language(List<Path> files) {
        for (Path file : files) {
            try {
                for (TableSource source : SpreadsheetFiles.tables(file)) {
                    Optional<TableHeader> header = header(source);
                    if (header.flatMap(TableKind::byColumns).orElse(null) == TableKind.PARAMETERS) {
                        return ParametersReader.language(source, header.get());
                    }
                }
            } catch (RunRefused unreadable) {
                // this file cannot tell; look at the next
            }
        }
        return Optional.empty();
    }

    public Optional<Found> table(TableKind kind) {
        return Optional.ofNullable(found.get(kind));
    }

    public List<Path> files() {
        return files;
    }

    private void addExplicit(TableKind kind, Path path) {
        files.add(path);
        List<TableSource> sources = SpreadsheetFiles.tables(path);
        List<Found> candidates = new ArrayList<>();
        for (TableSource source : sources) {
            Optional<TableHeader> header = header(source);
            if (header.isEmpty()) {
                continue;
            }
            Optional<TableKind> byColumns = TableKind.byColumns(header.get());
            boolean named = source.sheet() != null && TableKind.bySheetName(source.sheet()).orElse(null) == kind;
            if (byColumns.orElse(null) == kind || named || sources.size() == 1) {
                candidates.add(new Found(kind, source, header.get()));
            }
        }
        if (candidates.size() != 1) {
            problems.add(RunProblem.inFile(path.getFileName().toString(), candidates.isEmpty()
                    ? "given as the " + kind.role() + " table but no sheet of it has the " + kind.role() + " columns"
                    : "given as the " + kind.role() + " table but several sheets could be it; keep one"));
            return;
        }
        put(candidates.get(0));
    }

    private void addRecognized(Path path) {
        files.add(path);
        int recognized = 0;
        List<RunProblem> incomplete = new ArrayList<>();
        for (TableSource source : SpreadsheetFiles.tables(path)) {
            Optional<TableKind> byName = source.sheet() == null ? Optional.empty() : TableKind.bySheetName(source.sheet());
            Optional<TableHeader> header = header(source);
            Optional<TableKind> byColumns = header.flatMap(TableKind::byColumns);
            header.flatMap(TableKind::missingBeside).ifPresent(missing -> incomplete.add(new RunProblem(
                    source.fileName(), source.sheet(), header.get().row(), null, missing)));
            if (byName.isPresent() && byColumns.isPresent() && byName.get() != byColumns.get()) {
                problems.add(new RunProblem(source.fileName(), source.sheet(), 0, null, "the sheet is named as the "
                        + byName.get().role() + " table but its columns are those of the " + byColumns.get().role()
                        + " table"));
            } else if (byColumns.isPresent()) {
                put(new Found(byColumns.get(), source, header.get()));
                recognized++;
            } else if (byName.isPresent()) {
                problems.add(new RunProblem(source.fileName(), source.sheet(), 0, null, "the sheet is named as the "
                        + byName.get().role() + " table but its required columns are missing in its first "
                        + Limits.HEADER_SEARCH_ROWS + " rows"));
                recognized++;
            }
        }
        if (recognized == 0 && !incomplete.isEmpty()) {
            problems.addAll(incomplete); // a table with a column missing: say which, not that there is none
        } else if (recognized == 0) {
            problems.add(RunProblem.inFile(path.getFileName().toString(), "is not a balances, parameters or "
                    + "vendor-links table, nor an export of posted invoices: no header row with a customer account "
                    + "column, with Parameter and Value, or with Invoice and Posted on, in its first "
                    + Limits.HEADER_SEARCH_ROWS + " rows"));
        }
    }

    private void put(Found table) {
        Found earlier = found.putIfAbsent(table.kind(), table);
        if (earlier != null) {
            problems.add(RunProblem.inFile(table.source().fileName(), "is a second " + table.kind().role()
                    + " table (" + table.source() + ", after " + earlier.source() + "); give one, or name it with --"
                    + table.kind().role()));
        }
    }

    private static Optional<TableHeader> header(TableSource source) {
        try (RowStream rows = source.open()) {
            List<RawRow> first = new ArrayList<>();
            while (rows.hasNext() && first.size() < Limits.HEADER_SEARCH_ROWS) {
                first.add(rows.next());
            }
            return TableHeader.find(source, first);
        }
    }

    /** The tables each file gave, for the manifest. */
    public List<InputFile.TableUse> uses(Path file, Map<TableKind, Long> rowsByKind) {
        List<InputFile.TableUse> uses = new ArrayList<>();
        for (Found table : found.values()) {
            if (table.source().path().equals(file)) {
                uses.add(new InputFile.TableUse(table.kind().role(), table.source().sheet(),
                        rowsByKind.getOrDefault(table.kind(), 0L)));
            }
        }
        return uses;
    }
}
