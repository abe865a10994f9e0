package io.reimburse.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reimburse.model.ApprovalNote;
import io.reimburse.model.Decisions;
import io.reimburse.model.InputFile;
import io.reimburse.model.Money;
import io.reimburse.model.PaymentStatus;
import io.reimburse.model.PostedMark;
import io.reimburse.model.Payments;
import io.reimburse.model.RejectedLine;
import io.reimburse.model.Reversal;
import io.reimburse.model.ReversedInvoice;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunKind;
import io.reimburse.model.RunResult;
import io.reimburse.model.SkipReason;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code manifest.json}: the machine-readable account of the run: what was read (with
 * SHA-256), the parameters in force, counts per decision, totals per currency (amounts as
 * strings, never JSON numbers), the payments per status when Payments is Yes, the files written
 * (with SHA-256) and the input errors.
 */
public final class Manifest {

    public static final String FILE = "manifest.json";
    // the fields an earlier output is recognized by, written and read here
    private static final String TOOL_FIELD = "tool";
    private static final String TOOL = "reimburse";
    private static final String OUTPUTS_FIELD = "outputs";
    private static final String FILE_FIELD = "file";

    private Manifest() {
    }

    public static void write(RunResult result, Instant finishedAt, List<ManifestEntry> outputs, Path folder)
            throws IOException {
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator json = factory.createGenerator(folder.resolve(FILE).toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("runId", result.runId());
            json.writeStringField(TOOL_FIELD, TOOL);
            json.writeStringField("kind", result.kind().code());
            json.writeStringField("toolVersion", result.toolVersion());
            json.writeStringField("startedAt", result.startedAt().toString());
            json.writeStringField("finishedAt", finishedAt.toString());
            json.writeBooleanField("dryRun", result.dryRun());
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> parameter : result.parameters().used().byName().entrySet()) {
                json.writeStringField(parameter.getKey(), parameter.getValue());
            }
            json.writeEndObject();
            writeInputs(json, result.inputs());
            if (result.kind() == RunKind.REIMBURSEMENT || result.kind() == RunKind.PROPOSAL) {
                writeDecisions(json, result);
            }
            if (result.parameters().payments().enabled()) {
                writePayments(json, result.payments());
            }
            if (!result.approval().isNone()) {
                writeApproval(json, result.approval());
            }
            writeOutputs(json, outputs);
            writeInputErrors(json, result.rowProblems());
            json.writeEndObject();
        }
    }

    /** The manifest of a reversal run: what it voided and reversed, and the files it wrote. */
    public static void writeReversal(Reversal reversal, Instant finishedAt, List<ManifestEntry> outputs, Path folder)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(folder.resolve(FILE).toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("runId", reversal.runId());
            json.writeStringField(TOOL_FIELD, TOOL);
            json.writeStringField("kind", RunKind.REVERSAL.code());
            json.writeStringField("toolVersion", reversal.toolVersion());
            json.writeStringField("startedAt", reversal.startedAt().toString());
            json.writeStringField("finishedAt", finishedAt.toString());
            json.writeStringField("date", reversal.date().toString());
            json.writeStringField("reason", reversal.reason());
            json.writeArrayFieldStart("runsVoided");
            for (String run : reversal.wholeRuns()) {
                json.writeString(run);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("reversed");
            for (ReversedInvoice line : reversal.invoices()) {
                json.writeStartObject();
                json.writeStringField("invoice", line.original().invoice());
                json.writeStringField("run", line.originalRun());
                json.writeStringField("reversal", line.reversalInvoice());
                json.writeStringField("customerAccount", line.original().key().customerAccount());
                json.writeStringField("currency", line.original().amount().currency());
                json.writeStringField("amount", line.original().amount().plain());
                json.writeBooleanField("paid", line.paid());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeOutputs(json, outputs);
            json.writeEndObject();
        }
    }

    private static void writeInputs(JsonGenerator json, List<InputFile> inputs) throws IOException {
        json.writeArrayFieldStart("inputs");
        for (InputFile input : inputs) {
            json.writeStartObject();
            json.writeStringField("file", input.name());
            json.writeStringField("sha256", input.sha256());
            json.writeNumberField("bytes", input.bytes());
            json.writeArrayFieldStart("tables");
            for (InputFile.TableUse table : input.tables()) {
                json.writeStartObject();
                json.writeStringField("role", table.role());
                if (table.sheet() != null) {
                    json.writeStringField("sheet", table.sheet());
                }
                json.writeNumberField("rows", table.rows());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDecisions(JsonGenerator json, RunResult result) throws IOException {
        Decisions decisions = result.decisions();
        json.writeObjectFieldStart("decisions");
        json.writeNumberField("REIMBURSED", decisions.reimbursements().size());
        for (Map.Entry<SkipReason, Integer> count : decisions.skipCounts().entrySet()) {
            json.writeNumberField(count.getKey().name(), count.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("totalLinesIgnored", result.totalLines());
        json.writeNumberField("duplicateRowsIgnored", result.duplicateRows());
        json.writeNumberField("oneTimeVendorsCreated", decisions.oneTimeVendors().size());
        writeTotals(json, "totals", "reimbursements", decisions.countsByCurrency(), decisions.totalsByCurrency());
        json.writeArrayFieldStart("postedMarks"); // earlier reimbursements this run learnt the ERP has posted
        for (PostedMark mark : decisions.postedMarks()) {
            json.writeStartObject();
            json.writeStringField("invoice", mark.invoice());
            json.writeStringField("postedOn", mark.postedOn().toString());
            json.writeStringField("source", mark.source());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Payments per status, and the payable totals per currency (what payments.xml transfers). */
    private static void writePayments(JsonGenerator json, Payments payments) throws IOException {
        json.writeObjectFieldStart("payments");
        for (Map.Entry<PaymentStatus, Integer> count : payments.countsByStatus().entrySet()) {
            json.writeNumberField(count.getKey().name(), count.getValue());
        }
        json.writeEndObject();
        writeTotals(json, "payableTotals", "payments", payments.payableCountsByCurrency(),
                payments.payableTotalsByCurrency());
    }

    /** One entry per currency: its count under {@code countName} and its amount as a string. */
    private static void writeTotals(JsonGenerator json, String field, String countName, Map<String, Integer> counts,
                                    Map<String, BigDecimal> totals) throws IOException {
        json.writeArrayFieldStart(field);
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            json.writeStartObject();
            json.writeStringField("currency", total.getKey());
            json.writeNumberField(countName, counts.get(total.getKey()));
            json.writeStringField("amount", new Money(total.getValue(), total.getKey()).plain());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The proposal a run approved (issue 13): who proposed, who approved and when, the lines rejected. */
    private static void writeApproval(JsonGenerator json, ApprovalNote approval) throws IOException {
        json.writeObjectFieldStart("approval");
        json.writeStringField("proposalId", approval.proposalId());
        json.writeStringField("proposedBy", approval.proposer());
        json.writeStringField("approvedBy", approval.approver());
        json.writeStringField("approvedAt", approval.approvedAt().toString());
        json.writeBooleanField("approvedBySameUser", approval.sameUserAllowed());
        json.writeArrayFieldStart("rejected");
        for (RejectedLine rejected : approval.rejected()) {
            json.writeStartObject();
            json.writeStringField("legalEntity", rejected.line().key().legalEntity());
            json.writeStringField("customerAccount", rejected.line().key().customerAccount());
            json.writeStringField("currency", rejected.line().amount().currency());
            json.writeStringField("amount", rejected.line().amount().plain());
            json.writeStringField("comment", rejected.comment());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeOutputs(JsonGenerator json, List<ManifestEntry> outputs) throws IOException {
        json.writeArrayFieldStart(OUTPUTS_FIELD);
        for (ManifestEntry output : outputs) {
            json.writeStartObject();
            json.writeStringField(FILE_FIELD, output.file());
            json.writeStringField("sha256", output.sha256());
            json.writeNumberField("rows", output.rows());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeInputErrors(JsonGenerator json, List<RowProblem> problems) throws IOException {
        json.writeArrayFieldStart("inputErrors");
        for (RowProblem p : problems) {
            json.writeStartObject();
            json.writeStringField("file", p.file());
            json.writeStringField("sheet", p.sheet());
            json.writeNumberField("row", p.row());
            json.writeStringField("column", p.column());
            json.writeStringField("value", p.value());
            json.writeStringField("problem", p.message());
            json.writeStringField("customerAccount", p.customerAccount());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * The files of an earlier run's output in {@code folder}: its manifest and the outputs the
     * manifest lists (the only files --force may replace). Empty when the folder holds no
     * manifest written by this tool.
     */
    public static Optional<Set<String>> filesOfEarlierOutput(Path folder) {
        Path manifest = folder.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try (JsonParser json = new JsonFactory().createParser(manifest.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String tool = null;
            Set<String> files = new TreeSet<>(Set.of(FILE));
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case TOOL_FIELD -> tool = json.getText();
                    case OUTPUTS_FIELD -> readOutputs(json, files);
                    default -> json.skipChildren();
                }
            }
            return TOOL.equals(tool) ? Optional.of(files) : Optional.empty();
        } catch (IOException e) { // not JSON, or unreadable: not an output this tool can vouch for
            return Optional.empty();
        }
    }

    /** The {@code file} of each entry of {@code "outputs"}, as {@link #writeOutputs} writes them. */
    private static void readOutputs(JsonParser json, Set<String> files) throws IOException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals(FILE_FIELD)) {
                    files.add(json.getText());
                } else {
                    json.skipChildren();
                }
            }
        }
    }
}
