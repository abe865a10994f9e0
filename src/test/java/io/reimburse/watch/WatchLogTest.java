package io.reimburse.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WatchLogTest {

    @TempDir
    Path root;

    @Test
    void theLogIsWrittenToTheConsoleAndTheFileAndRotatedBySize() throws IOException {
        StringWriter console = new StringWriter();
        Path file = root.resolve("reimburse.log");
        try (WatchLog log = new WatchLog(file, new PrintWriter(console), 1000, 3)) {
            for (int i = 0; i < 100; i++) {
                log.info("batch " + i + ": done, 5 reimbursed");
            }
        }
        assertThat(console.toString()).contains("INFO  batch 0: done").contains("batch 99: done");
        assertThat(file).exists();
        assertThat(root.resolve("reimburse.log.1")).exists();
        assertThat(root.resolve("reimburse.log.2")).exists();
        assertThat(root.resolve("reimburse.log.3")).as("three files in all").doesNotExist();
        assertThat(Files.size(file)).isLessThanOrEqualTo(1000);
        assertThat(Files.readString(file)).contains("batch 99: done")
                .matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
    }
}
