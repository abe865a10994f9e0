package io.reimburse.run;

import io.reimburse.model.ErpParameters;
import io.reimburse.model.ErpTargets;
import io.reimburse.model.FbdiParameters;
import io.reimburse.model.Language;
import io.reimburse.model.OutputStyle;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.DocumentNumbers;
import io.reimburse.output.Manifest;
import io.reimburse.output.ManifestEntry;
import io.reimburse.output.ReversalsCsv;
import io.reimburse.output.WrittenFile;
import io.reimburse.output.erp.D365Package;
import io.reimburse.output.erp.OdooImport;
import io.reimburse.output.erp.OracleFbdi;
import io.reimburse.register.Register;
import io.reimburse.register.RegisterSession;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code reimburse register void}: whole runs or single invoices. When the ERP imported them, a
 * reversal run writes what reverses them there (a vendor invoice journal the other way round, and
 * the neutral reversals.csv) and keeps the customers' one-time vendors for later runs; when the
 * files were never imported ({@code --not-imported}), nothing is written and the register only
 * forgets them (a run voided whole releases its one-time vendors, which the ERP never created).
 * Either way the customers can be reimbursed again, and no number is given twice.
 */
public final class VoidRun {

    private VoidRun() {
    }

    /** What was voided: the reversal run (null with --not-imported) and the invoices. */
    public record Voided(Reversal reversal, int invoices, List<String> runs, List<String> paidInvoices) {
    }

    /**
     * @param out the folder of the reversal files; null when the voided files were never imported
     */
    public static Voided execute(List<String> runsOrInvoices, String reason, Path out, Path register,
                                 Duration busyTimeout, Clock clock, boolean removeOnStop) {
        Instant startedAt = clock.instant();
        if (out == null) {
            try (Register opened = Registers.open(register, busyTimeout);
                 RegisterSession session = opened.beginRun()) {
                RegisterSession.Voidable voidable = session.voidable(runsOrInvoices, Language.EN);
                session.voidNotImported(voidable, reason, startedAt);
                List<String> runs = new ArrayList<>(voidable.wholeRuns());
                runs.addAll(voidable.paymentRuns());
                return new Voided(null, voidable.invoices().size(), runs, List.of());
            }
        }
        OutputFolder folder = OutputFolder.prepare(out, false, removeOnStop, register);
        Reversal reversal = RecordedOutput.execute(folder, register, busyTimeout, true,
                new RecordedOutput.Stages<Void, Reversal>() {
                    @Override
                    public Void read() {
                        return null;
                    }

                    @Override
                    public Reversal decide(Void nothing, RegisterSession session) {
                        return reversal(session.voidable(runsOrInvoices, Language.EN), reason, startedAt, clock);
                    }

                    @Override
                    public void write(Reversal decided, Path target) throws IOException {
                        List<WrittenFile> written = new ArrayList<>(reversalFiles(decided, target));
                        written.add(ReversalsCsv.write(decided, target));
                        List<ManifestEntry> entries = new ArrayList<>();
                        for (WrittenFile file : written) {
                            entries.add(ManifestEntry.of(file, target));
                        }
                        Manifest.writeReversal(decided, clock.instant(), entries, target);
                    }

                    @Override
                    public void record(RegisterSession session, Reversal decided, Path target, Path temporary) {
                        session.commitReversal(decided, target, temporary, clock.instant());
                    }

                    @Override
                    public String runId(Reversal decided) {
                        return decided.runId();
                    }
                });
        return new Voided(reversal, reversal.invoices().size(), reversal.wholeRuns(), reversal.invoices().stream()
                .filter(ReversedInvoice::paid).map(line -> line.original().invoice()).toList());
    }

    /**
     * What reverses the invoices in each ERP target of their run that can take it: the d365 reversal
     * journal, its data package, Oracle credit memos, Odoo credit notes (a template cannot: it
     * describes invoices only, and reversals.csv is there for any other ERP).
     */
    private static List<WrittenFile> reversalFiles(Reversal reversal, Path target) throws IOException {
        ErpTargets targets = reversal.erp().targets();
        List<WrittenFile> written = new ArrayList<>();
        if (targets.has(ErpTargets.Format.D365)) {
            written.addAll(D365InvoiceJournal.writeReversal(reversal, target));
        }
        if (targets.has(ErpTargets.Format.D365_PACKAGE)) {
            written.add(D365Package.reversal(reversal, reversal.erp().packageFormat(), target));
        }
        if (targets.has(ErpTargets.Format.ORACLE_FBDI)) {
            written.add(OracleFbdi.reversal(reversal, reversal.erp().fbdi(), target));
        }
        if (targets.has(ErpTargets.Format.ODOO)) {
            written.addAll(OdooImport.reversal(reversal, reversal.erp().odooAccount(), target));
        }
        return written;
    }

    /** The reversing documents: each numbered from the prefix of the run that made its invoice. */
    private static Reversal reversal(RegisterSession.Voidable voidable, String reason, Instant startedAt, Clock clock) {
        if (!voidable.paymentRuns().isEmpty()) {
            throw new RunRefused(RunProblem.of("run " + voidable.paymentRuns().get(0) + " is a payment run: its "
                    + "payments are voided with --not-imported (the payment file was not sent), nothing to reverse"));
        }
        Map<String, String> first = voidable.invoices().get(0).runParameters();
        OutputStyle style = new OutputStyle("fr".equals(first.get("Language")) ? Language.FR : Language.EN,
                delimiter(first.getOrDefault("CsvDelimiter", ",")), !"No".equals(first.get("CsvBom")),
                !"No".equals(first.get("CsvFormulaGuard")));
        List<ReversedInvoice> lines = new ArrayList<>();
        Map<String, String> journals = new java.util.HashMap<>(); // per legal entity: its first reversed invoice's
        for (RegisterSession.VoidableInvoice invoice : voidable.invoices()) {
            String prefix = invoice.runParameters().getOrDefault("InvoicePrefix", "");
            String number = invoice.reimbursement().invoice();
            String journal = journals.computeIfAbsent(invoice.reimbursement().key().legalEntity(),
                    entity -> DocumentNumbers.REVERSAL_JOURNAL.of(prefix, number));
            lines.add(new ReversedInvoice(invoice.reimbursement(), invoice.runId(),
                    DocumentNumbers.REVERSAL_INVOICE.of(prefix, number), journal, invoice.paid(),
                    invoice.runParameters().getOrDefault("MethodOfPayment." + invoice.reimbursement().amount().currency(),
                            invoice.runParameters().getOrDefault("MethodOfPayment", "")), invoice.dimensionDisplay()));
        }
        return new Reversal(Run.newRunId(startedAt), startedAt, Version.current(),
                LocalDate.ofInstant(startedAt, clock.getZone()), reason, lines, voidable.wholeRuns(), style,
                erp(first));
    }

    /** The ERP values a run recorded (a run of an older version wrote the d365 target only). */
    private static ErpParameters erp(Map<String, String> run) {
        FbdiParameters fbdi = new FbdiParameters(run.getOrDefault("FbdiBusinessUnit", ""),
                run.getOrDefault("FbdiSource", ""), run.getOrDefault("FbdiSupplierSite", ""),
                run.getOrDefault("FbdiDistributionCombination", ""), run.getOrDefault("FbdiPaymentMethod", ""),
                run.getOrDefault("FbdiPaymentTerms", ""));
        return new ErpParameters(run.getOrDefault("JournalName", "APInvoice"), "", Map.of(), "",
                ErpTargets.parse(run.getOrDefault("ErpTargets", "d365")),
                "CSV".equals(run.get("D365PackageFormat")) ? ErpParameters.PackageFormat.CSV
                        : ErpParameters.PackageFormat.CSV_UNICODE, fbdi, run.getOrDefault("OdooAccount", ""));
    }

    private static char delimiter(String written) {
        return written.equals("tab") ? '\t' : written.charAt(0);
    }
}
