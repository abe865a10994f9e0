package io.reimburse.output;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up while the inputs are read writes no file: a failed run still writes nothing. */
class ReportWarmUpTest {

    @Test
    void theWarmUpLeavesNoFileInTheTemporaryFolder() throws IOException {
        List<Path> before = poiFiles();

        ReportWarmUp.warmUp();

        assertThat(poiFiles()).isEqualTo(before);
    }

    private static List<Path> poiFiles() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.walk(temporary, 2)) {
            return files.filter(file -> file.getFileName().toString().startsWith("poi")).sorted().toList();
        }
    }
}
