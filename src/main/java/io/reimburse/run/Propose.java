package io.reimburse.run;

import io.reimburse.input.TableKind;
import io.reimburse.model.Decisions;
import io.reimburse.model.Money;
import io.reimburse.model.OutputTemplate;
import io.reimburse.model.Payment;
import io.reimburse.model.Payments;
import io.reimburse.model.Proposal;
import io.reimburse.model.ProposedLine;
import io.reimburse.model.Reimbursement;
import io.reimburse.model.Rejection;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;
import io.reimburse.output.Manifest;
import io.reimburse.output.ManifestEntry;
import io.reimburse.output.ProposalWorkbook;
import io.reimburse.output.Sha256;
import io.reimburse.register.Proposals;
import io.reimburse.register.RegisterSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code reimburse propose} (issue 13): decides exactly as {@link Run} does, then, instead of the
 * run's outputs, writes {@code proposal.xlsx} and the manifest, and records the proposal in the
 * register: its lines, and a copy of its inputs that the approval reads again. No invoice number, no
 * one-time vendor number and no balance is used up: that happens when the proposal is approved.
 */
public final class Propose {

    private Propose() {
    }

    /** What a proposal decided and recorded. */
    public record Proposed(RunResult result, Proposal proposal) {
    }

    /** Proposes what a run of {@code options} would reimburse; {@code proposer} is who asks. */
    public static Proposed execute(RunOptions options, String proposer) {
        if (options.register() == null) {
            throw new RunRefused(RunProblem.of("a proposal is kept in the register: it cannot be made without one"));
        }
        Instant startedAt = options.clock().instant();
        String proposalId = "P" + (options.runId() != null ? options.runId() : Run.newRunId(startedAt));
        RunOptions asRun = RunOptions.builder(options.inputs(), options.out()).explicit(options.explicit())
                .strict(options.strict()).force(options.force()).overrides(options.overrides())
                .register(options.register()).allowDuplicateInput(options.allowDuplicateInput())
                .registerBusyTimeout(options.registerBusyTimeout()).clock(options.clock()).runId(proposalId)
                .removeOnStop(options.removeOnStop()).build();
        OutputFolder out = OutputFolder.prepare(options.out(), options.force(), options.removeOnStop(),
                options.register());
        return RecordedOutput.execute(out, options.register(), options.registerBusyTimeout(), true,
                new RecordedOutput.Stages<RunInputs, Decided>() {
                    @Override
                    public RunInputs read() {
                        return RunReader.read(asRun, startedAt, Progress.SILENT);
                    }

                    @Override
                    public Decided decide(RunInputs inputs, RegisterSession session) {
                        Run.refuseDuplicateInput(inputs, session, asRun);
                        RunResult decided = unnumbered(Run.decide(inputs, session, asRun, startedAt));
                        Proposal proposal = new Proposal(proposalId, startedAt, proposer,
                                startedAt.plus(Duration.ofDays(decided.parameters().approval().validDays())),
                                lines(decided));
                        return new Decided(new Proposed(decided, proposal), session.proposals().lastRejections(),
                                copies(asRun, decided));
                    }

                    @Override
                    public void write(Decided decided, Path folder) throws IOException {
                        RunResult result = decided.proposed().result();
                        ManifestEntry workbook = ManifestEntry.of(ProposalWorkbook.write(result,
                                decided.proposed().proposal(), decided.earlier(), folder.resolve(ProposalWorkbook.FILE)),
                                folder);
                        Manifest.write(result, options.clock().instant(), List.of(workbook), folder);
                    }

                    @Override
                    public void record(RegisterSession session, Decided decided, Path target, Path temporary) {
                        RunResult result = decided.proposed().result();
                        Map<String, String> overrides = new LinkedHashMap<>();
                        asRun.overrides().forEach((name, value) -> overrides.put(name.name(), value));
                        Map<String, String> totals = new LinkedHashMap<>();
                        result.decisions().totalsByCurrency().forEach((currency, total) ->
                                totals.put(currency, new Money(total, currency).plain()));
                        session.commitProposal(new Proposals.Recorded(decided.proposed().proposal(),
                                result.toolVersion(), result.parameters().legalEntity(),
                                result.parameters().balanceDate().toString(), result.parameters().used().byName(),
                                overrides, totals, target.toString(), "proposed"), decided.inputs(), temporary);
                    }

                    @Override
                    public String runId(Decided decided) {
                        return proposalId;
                    }
                }).proposed();
    }

    /** The proposal, the earlier rejections of its lines, and the copy of its inputs. */
    private record Decided(Proposed proposed, Map<String, Rejection> earlier, List<Proposals.Input> inputs) {
    }

    /** The proposal's lines: one per reimbursement, with its payment when Payments is Yes. */
    static List<ProposedLine> lines(RunResult result) {
        Map<Reimbursement, Payment> payments = new HashMap<>();
        result.payments().all().forEach(payment -> payments.put(payment.reimbursement(), payment));
        return result.decisions().reimbursements().stream()
                .map(reimbursement -> ProposedLine.of(reimbursement, payments.get(reimbursement))).toList();
    }

    /** The run's result as a proposal shows it: its invoices get their numbers at approval. */
    private static RunResult unnumbered(RunResult result) {
        Map<Reimbursement, Reimbursement> renamed = new HashMap<>();
        for (Reimbursement r : result.decisions().reimbursements()) {
            renamed.put(r, new Reimbursement(r.key(), r.customerName(), r.customerGroup(), r.balance(), r.amount(),
                    r.deducted(), r.vendorAccount(), r.oneTimeVendor(), "", r.transactionDate(), r.dueDate(), r.text(),
                    r.documents()));
        }
        Decisions d = result.decisions();
        Decisions decisions = new Decisions(d.reimbursements().stream().map(renamed::get).toList(), d.listedSkips(),
                d.skipCounts(), d.oneTimeVendors(), d.history(), d.postedMarks());
        Payments payments = new Payments(result.payments().all().stream().map(p -> new Payment(
                renamed.get(p.reimbursement()), p.payeeName(), p.iban(), p.bic(), p.status(), p.previousIban(),
                p.remittance(), p.explanation())).toList());
        return new RunResult(result.runId(), result.startedAt(), result.toolVersion(), result.parameters(),
                result.inputs(), decisions, payments, result.rowProblems(), result.totalLines(), result.duplicateRows(),
                false, RunKind.PROPOSAL);
    }

    /** The role a stored template file has: written back beside the parameters, not read as a table. */
    private static final String TEMPLATE = "template";

    /**
     * The input files, byte for byte, each checked against the hash the run read it with, and the output
     * templates ErpTargets names: the register keeps them so that the approval decides and writes again
     * from exactly these, wherever the files are by then.
     */
    private static List<Proposals.Input> copies(RunOptions options, RunResult result) {
        Map<String, String> hashes = new HashMap<>();
        result.inputs().forEach(input -> hashes.put(input.name(), input.sha256()));
        Map<Path, String> files = new LinkedHashMap<>();
        RunReader.expand(options.inputs()).forEach(file -> files.put(file, ""));
        options.explicit().forEach((kind, file) -> files.put(file, kind.name()));
        List<Proposals.Input> copies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Path parametersFolder = null;
        for (Map.Entry<Path, String> file : files.entrySet()) {
            String name = file.getKey().getFileName().toString();
            if (!hashes.containsKey(name)) {
                continue; // not a table: a file of the folder that no table was recognized in
            }
            if (!names.add(name)) {
                throw new RunRefused(RunProblem.inFile(name, "two inputs have this name: a proposal keeps its inputs "
                        + "by name, rename one"));
            }
            byte[] content = content(file.getKey(), name);
            if (!Sha256.of(content).equals(hashes.get(name))) {
                throw new RunRefused(RunProblem.inFile(name, "was changed while it was read: propose again"));
            }
            copies.add(new Proposals.Input(name, file.getValue(), hashes.get(name), content));
            if (result.inputs().stream().anyMatch(input -> input.name().equals(name) && input.tables().stream()
                    .anyMatch(table -> table.role().equals(TableKind.PARAMETERS.role())))) {
                parametersFolder = file.getKey().toAbsolutePath().getParent();
            }
        }
        for (OutputTemplate template : result.parameters().erp().targets().templates()) {
            // TemplateReader finds template:NAME in templates/ beside the parameters, a NAME.ext there itself
            String relative = template.name().contains(".") ? template.name() : "templates/" + template.file();
            byte[] content = content(parametersFolder.resolve(relative), relative);
            copies.add(new Proposals.Input(relative, TEMPLATE, Sha256.of(content), content));
        }
        return copies;
    }

    private static byte[] content(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RunRefused(RunProblem.inFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    /** Whether a stored input is an output template rather than a table. */
    static boolean isTemplate(Proposals.Input input) {
        return input.explicitRole().equals(TEMPLATE);
    }

    /** The table kind a stored input was named for on the command line; null when it was recognized. */
    static TableKind explicitKind(Proposals.Input input) {
        return input.explicitRole().isEmpty() ? null : TableKind.valueOf(input.explicitRole());
    }
}
