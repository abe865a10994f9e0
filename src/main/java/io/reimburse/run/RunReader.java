package io.reimburse.run;

import io.reimburse.engine.BalanceAggregator;
import io.reimburse.engine.Numbering;
import io.reimburse.engine.VendorLinks;
import io.reimburse.input.BalancesTally;
import io.reimburse.input.BalancesReader;
import io.reimburse.input.InputTables;
import io.reimburse.input.ParametersReader;
import io.reimburse.input.PostedReader;
import io.reimburse.input.SpreadsheetFiles;
import io.reimburse.input.TableKind;
import io.reimburse.input.TemplateReader;
import io.reimburse.input.VendorLinksReader;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.ErpTargets;
import io.reimburse.model.InputFile;
import io.reimburse.model.OutputTemplate;
import io.reimburse.model.Parameters;
import io.reimburse.model.PostedMark;
import io.reimburse.model.PostingEvidence;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.SourceRef;
import io.reimburse.output.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The read stage: finds the tables, reads parameters, vendor links and balances, sums the balances,
 * and collects what the inputs show of the ERP's postings.
 */
final class RunReader {

    private RunReader() {
    }

    /** Rows between two progress reports. */
    private static final int PROGRESS_ROWS = 10_000;

    static RunInputs read(RunOptions options, Instant startedAt, Progress progress) {
        List<Path> files = expand(options.inputs());
        List<Path> all = new ArrayList<>(files);
        all.addAll(options.explicit().values());
        InputsSeen seen = InputsSeen.now(all);
        InputTables tables = InputTables.find(files, options.explicit());
        LocalDate runDate = LocalDate.ofInstant(startedAt, options.clock().getZone());
        InputTables.Found parametersTable = tables.table(TableKind.PARAMETERS).orElseThrow();
        ParametersReader.Read parametersRead = ParametersReader.read(parametersTable.source(), parametersTable.header(),
                options.overrides(), runDate);
        Parameters parameters = withTemplates(parametersRead.parameters(), parametersTable);
        Map<TableKind, Long> rowsByKind = new EnumMap<>(TableKind.class);
        rowsByKind.put(TableKind.PARAMETERS, parametersRead.rows());

        InputTables.Found balancesTable = tables.table(TableKind.BALANCES).orElseThrow();
        long[] balanceRows = {0};
        boolean transactionLevel = balancesTable.header().isTransactionLevel();
        BalanceAggregator aggregator = new BalanceAggregator(transactionLevel, parameters.dimensions().summarize());
        Map<CustomerRef, Map<String, SourceRef>> invoiceDocuments = new HashMap<>();
        BalancesTally read = BalancesReader.read(balancesTable.source(), balancesTable.header(), parameters,
                row -> {
                    aggregator.add(row);
                    if (transactionLevel) {
                        noteReimbursementInvoice(row, parameters.numbering().invoicePrefix(), invoiceDocuments);
                    }
                    if (++balanceRows[0] % PROGRESS_ROWS == 0) {
                        progress.rowsRead(balanceRows[0]);
                    }
                });
        aggregator.allRead();
        rowsByKind.put(TableKind.BALANCES, read.dataRows());
        Parameters resolved = withAccountingCurrency(parameters, read, balancesTable);
        List<CustomerBalance> balances = aggregator.balances();

        // Links are read after the balances and kept only for customers owed money: only they can
        // be reimbursed to a vendor (a million-customer export keeps its memory for them).
        Predicate<CustomerRef> owed = aggregator.owedCustomers();
        List<RowProblem> problems = new ArrayList<>();
        VendorLinks links = new VendorLinks();
        long[] linkRows = {0};
        tables.table(TableKind.VENDOR_LINKS).ifPresent(found -> problems.addAll(VendorLinksReader.read(found.source(),
                found.header(), parameters, link -> {
                    linkRows[0]++;
                    if (owed.test(link.customer())) {
                        links.add(link);
                    }
                })));
        rowsByKind.put(TableKind.VENDOR_LINKS, linkRows[0]);
        Map<String, PostedMark> posted = tables.table(TableKind.POSTED).map(found -> PostedReader.read(
                found.source(), found.header(), parameters.reading().dateFormat(), runDate)).orElse(Map.of());
        rowsByKind.put(TableKind.POSTED, (long) posted.size());
        links.addFromBalances(aggregator.withVendorAccount());
        problems.addAll(read.problems());
        problems.addAll(aggregator.problems());
        problems.addAll(links.problems());
        if (options.strict() && !problems.isEmpty()) {
            throw new RunRefused(problems.stream().map(p -> new RunProblem(p.file(), p.sheet(), p.row(), p.column(),
                    (p.value() == null || p.value().isEmpty() ? "" : "'" + p.value() + "': ") + p.message()
                            + " (--strict)")).toList());
        }
        return new RunInputs(resolved, balances, links.links(), List.copyOf(problems), read.heldBackNames(),
                read.totalLines(),
                aggregator.identicalDuplicates(), describeInputs(tables, rowsByKind, seen),
                new PostingEvidence(posted, invoiceDocuments));
    }

    /**
     * A transaction whose document is a reimbursement invoice of the current InvoicePrefix: the ERP has
     * posted that reimbursement (an invoice of an earlier prefix is not recognized, and stays subtracted
     * until it is marked posted: the safe way round).
     */
    private static void noteReimbursementInvoice(BalanceRow row, String invoicePrefix,
                                                 Map<CustomerRef, Map<String, SourceRef>> documents) {
        for (String document : new String[] {row.document(), row.invoice()}) {
            if (Numbering.isNumber(invoicePrefix, document)) {
                documents.computeIfAbsent(row.key().customer(), c -> new HashMap<>()).putIfAbsent(document,
                        row.source());
            }
        }
    }

    /** The output templates ErpTargets names, found beside the parameters (templates/NAME.xlsx) and read. */
    private static Parameters withTemplates(Parameters parameters, InputTables.Found parametersTable) {
        ErpTargets targets = parameters.erp().targets();
        if (targets.templateNames().isEmpty()) {
            return parameters;
        }
        Path folder = parametersTable.source().path().toAbsolutePath().getParent();
        List<RunProblem> problems = new ArrayList<>();
        List<OutputTemplate> templates = new ArrayList<>();
        for (String name : targets.templateNames()) {
            try {
                templates.add(TemplateReader.find(name, folder));
            } catch (RunRefused refused) {
                problems.addAll(refused.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RunRefused(problems);
        }
        return parameters.withErpTargets(targets.withTemplates(templates));
    }

    /** INPUT is files or one folder; a folder gives its table files. */
    static List<Path> expand(List<Path> inputs) {
        if (inputs.size() == 1 && Files.isDirectory(inputs.get(0))) {
            return SpreadsheetFiles.inFolder(inputs.get(0));
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                throw new RunRefused(RunProblem.inFile(input.toString(),
                        "is a folder: give one folder alone, or files"));
            }
        }
        return inputs;
    }

    /** Without AccountingCurrency, balances in a single currency define it; several currencies need it stated. */
    private static Parameters withAccountingCurrency(Parameters parameters, BalancesTally read,
                                                     InputTables.Found balances) {
        if (parameters.accountingCurrency() != null) {
            return parameters;
        }
        if (read.currencies().size() == 1) {
            return parameters.withAccountingCurrency(read.currencies().iterator().next());
        }
        throw new RunRefused(RunProblem.inFile(balances.source().fileName(), read.currencies().isEmpty()
                ? "no balance row has a currency, so parameter AccountingCurrency is required"
                : "the balances are in several currencies " + read.currencies()
                        + ": parameter AccountingCurrency is required to know which one the minimum is in"));
    }

    static List<InputFile> describeInputs(InputTables tables, Map<TableKind, Long> rowsByKind,
                                                  InputsSeen seen) {
        List<InputFile> inputs = new ArrayList<>();
        for (Path file : tables.files()) {
            try {
                InputFile input = new InputFile(file.getFileName().toString(), Sha256.of(file), Files.size(file),
                        tables.uses(file, rowsByKind));
                seen.requireUnchanged(file); // after the hash: it must describe the bytes the rows came from
                inputs.add(input);
            } catch (IOException e) {
                throw new RunRefused(RunProblem.inFile(file.getFileName().toString(), "cannot be read: "
                        + e.getMessage()));
            }
        }
        return inputs;
    }
}
