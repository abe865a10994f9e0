package io.reimburse.watch;

import io.reimburse.input.SpreadsheetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchScannerTest {

    @TempDir
    Path inbox;

    @Test
    void filesThatAreNeverInputsAreIgnored() {
        for (String name : List.of("~$reimbursement.xlsx", ".~lock.soldes.csv#", ".DS_Store", ".hidden.csv",
                "Thumbs.db", "desktop.ini", "balances.tmp", "BALANCES.TMP", "balances.csv.part", "soldes.csv.partial",
                "soldes.csv.crdownload", "soldes.csv.download")) {
            assertThat(SpreadsheetFiles.isIgnored(Path.of(name))).as(name).isTrue();
        }
        for (String name : List.of("balances.csv", "soldes~1.xlsx", "parameters.xls", "notes.pdf")) {
            assertThat(SpreadsheetFiles.isIgnored(Path.of(name))).as(name).isFalse();
        }
    }

    @Test
    void lockFilesOfExcelAndLibreOfficeNameTheFileThatIsOpen() {
        assertThat(SpreadsheetFiles.locks(Path.of("~$Book1.xlsx"), Path.of("Book1.xlsx"))).isTrue();
        assertThat(SpreadsheetFiles.locks(Path.of("~$imbursement-inputs.xlsx"), Path.of("reimbursement-inputs.xlsx")))
                .as("Excel drops the first two characters of a long name").isTrue();
        assertThat(SpreadsheetFiles.locks(Path.of(".~lock.soldes.csv#"), Path.of("soldes.csv"))).isTrue();
        assertThat(SpreadsheetFiles.locks(Path.of("~$other.xlsx"), Path.of("reimbursement-inputs.xlsx"))).isFalse();
        assertThat(SpreadsheetFiles.locks(Path.of(".~lock.soldes.csv#"), Path.of("parametres.csv"))).isFalse();
    }

    @Test
    void looseFilesAreOneBatchAndEachSubFolderAnother() throws IOException {
        Files.writeString(inbox.resolve("balances.csv"), "x");
        Files.writeString(inbox.resolve("Thumbs.db"), "x");
        Files.createDirectories(inbox.resolve("october/extra"));
        Files.writeString(inbox.resolve("october/soldes.csv"), "xx");
        Files.writeString(inbox.resolve("october/extra/notes.txt"), "xxx");
        Files.createDirectories(inbox.resolve("only-ignored"));
        Files.writeString(inbox.resolve("only-ignored/.DS_Store"), "x");
        Files.createDirectories(inbox.resolve(".hidden-folder"));
        Files.writeString(inbox.resolve(".hidden-folder/soldes.csv"), "x");

        List<Batch> batches = new BatchScanner(inbox).scan();

        assertThat(batches).extracting(Batch::folder).containsExactly(null, "october");
        assertThat(batches.get(0).fileNames()).containsExactly("balances.csv");
        assertThat(batches.get(1).fileNames()).containsExactly("extra/notes.txt", "soldes.csv");
        assertThat(batches.get(1).files()).extracting(file -> file.stamp().size()).containsExactly(3L, 2L);
    }

    @Test
    void aLockFileOfOneOfTheBatchFilesIsNoted() throws IOException {
        Files.writeString(inbox.resolve("reimbursement-inputs.xlsx"), "x");
        Files.writeString(inbox.resolve("~$imbursement-inputs.xlsx"), "owner");
        Files.writeString(inbox.resolve("~$stale-from-last-year.xlsx"), "owner");

        Batch loose = new BatchScanner(inbox).scan().get(0);

        assertThat(loose.fileNames()).containsExactly("reimbursement-inputs.xlsx");
        assertThat(loose.lockFiles()).as("a stale lock file of a file not in the batch does not hold it")
                .containsExactly("~$imbursement-inputs.xlsx");
    }
}
