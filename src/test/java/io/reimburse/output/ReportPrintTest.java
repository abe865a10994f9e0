package io.reimburse.output;

import io.reimburse.cli.CliRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report of {@code samples/fr} printed as a person would print it: LibreOffice, headless, to PDF.
 * Five customers must not print as fifteen pages, nor the chart across three: one page per sheet, the
 * Summary's chart on its page. Needs LibreOffice ({@code soffice}); {@code .ci/run} installs it.
 */
class ReportPrintTest {

    @TempDir
    Path temp;

    @Test
    void theFrenchSamplesReportPrintsOnePagePerSheet() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed, so the printed report is not "
                + "checked: install libreoffice-calc-nogui (.ci/run does)");
        Path out = temp.resolve("out");
        CliRunner.Result run = CliRunner.run("run", "samples/fr", "--no-register", "--quiet", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path report = out.resolve("reimbursement-report.xlsx");
        int sheets;
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            sheets = workbook.getNumberOfSheets();
        }

        Path pdf = print(soffice.get(), report);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("pages of a report of %d sheets", sheets).isEqualTo(sheets);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(document)).contains("Rapport de remboursement FR01", "Remboursé par devise",
                    "Page 1 sur " + sheets, "Signature");
        }
    }

    /** The PDF LibreOffice prints of {@code report}, with a profile of its own (a user's may be in use). */
    private Path print(Path soffice, Path report) throws IOException, InterruptedException {
        Path profile = temp.resolve("libreoffice-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", temp.toString(), report.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice printed within 3 minutes").isTrue();
        Path pdf = temp.resolve("reimbursement-report.pdf");
        assertThat(pdf).as(Files.readString(temp.resolve("soffice.log"))).exists();
        return pdf;
    }

    private static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, command)).filter(Files::isExecutable).findFirst();
    }
}
