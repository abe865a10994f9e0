package io.reimburse.run;

import io.reimburse.model.RunResult;
import io.reimburse.output.D365InvoiceJournal;
import io.reimburse.output.D365PaymentJournal;
import io.reimburse.output.D365Vendors;
import io.reimburse.output.InputErrorsCsv;
import io.reimburse.output.Manifest;
import io.reimburse.output.NeutralCsv;
import io.reimburse.output.PaymentsXml;
import io.reimburse.output.ReportWorkbook;
import io.reimburse.output.WrittenFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every output of SPEC §5 (and §10 when Payments is Yes) into a folder; a dry run writes
 * only the report (a draft) and the manifest.
 */
final class Outputs {

    static final String REPORT = "reimbursement-report.xlsx";

    private Outputs() {
    }

    static void write(RunResult result, Path folder, Clock clock) throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        if (!result.dryRun()) {
            written.add(NeutralCsv.write(result, folder));
            written.addAll(D365InvoiceJournal.write(result, folder));
            written.add(D365Vendors.write(result, folder));
            InputErrorsCsv.write(result, folder).ifPresent(written::add);
            if (result.parameters().payments().enabled()) {
                written.add(D365PaymentJournal.write(result, folder));
                PaymentsXml.write(result, folder).ifPresent(written::add);
            }
        }
        ReportWorkbook.write(result, folder.resolve(REPORT));
        written.add(new WrittenFile(REPORT, result.decisions().reimbursements().size()));
        Manifest.write(result, clock.instant(), written, folder);
    }
}
