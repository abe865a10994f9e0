package io.reimburse.input;

import io.reimburse.cli.CliRunner;
import io.reimburse.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files of a folder are a run's inputs, and what becomes of one that is no table. */
class SpreadsheetFilesTest {

    @TempDir
    Path folder;

    @Test
    void everyFileOfAFolderIsAnInputButLockHiddenAndPartialFiles() throws IOException {
        for (String name : List.of("balances.csv", "links.ods", "export.xlsb", "notes.pdf", ".DS_Store",
                "~$balances.xlsx", ".~lock.links.ods#", "download.crdownload", "Thumbs.db")) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectory(folder.resolve("archive"));

        assertThat(SpreadsheetFiles.inFolder(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("balances.csv", "export.xlsb", "links.ods", "notes.pdf");
    }

    @Test
    void aFileOfTheFolderThatIsNoTableIsNamedInTheRefusalNotPassedOver() throws IOException {
        Path inputs = Files.createDirectory(folder.resolve("inputs"));
        for (String file : List.of("fournisseurs.csv", "parametres.csv", "soldes-clients.csv")) {
            Files.copy(Path.of("samples/fr", file), inputs.resolve(file));
        }
        Files.writeString(inputs.resolve("relevé.pdf"), "%PDF-1.4\n");
        Path out = folder.resolve("out");

        CliRunner.Result cli = CliRunner.run("run", "--no-register", inputs.toString(), "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isEqualTo(Main.RUN_PROBLEM);
        assertThat(cli.err()).contains("relevé.pdf: is not a table this tool reads: give a CSV file (.csv, .txt, .tsv) "
                + "or an .xlsx, .xls or .ods workbook").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOdsInAFolderIsRead() throws IOException {
        Path inputs = Files.createDirectory(folder.resolve("inputs"));
        Files.copy(Path.of("src/test/resources/files/libreoffice-reader-traps.ods"), inputs.resolve("export.ods"));
        Path out = folder.resolve("out");

        CliRunner.Result cli = CliRunner.run("run", "--no-register", inputs.toString(), "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isEqualTo(Main.OK);
        assertThat(Files.readString(out.resolve("reimbursements.csv"))).contains("C1").contains("100.25");
    }
}
