package io.reimburse.output.erp;

import io.reimburse.SharedReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The FBDI columns the tool writes, against the reference lists of the control files' order. */
class OracleFbdiColumnsTest {

    private static final Pattern LINE = Pattern.compile("(\\d+)(?:-(\\d+))?\\s+([A-Z_0-9]+?)(\\d*)(?:\\s+\\.\\.\\s+[A-Z_]+(\\d+))?(\\s.*)?");

    /** The reference list with its ranges written out ("75-89 ATTRIBUTE1 .. ATTRIBUTE15"), each position checked. */
    private static List<String> reference(String file) throws IOException {
        List<String> columns = new ArrayList<>();
        for (String line : Files.readAllLines(SharedReference.resolve("oracle-fbdi/" + file))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            assertThat(m.matches()).as(line).isTrue();
            if (m.group(2) == null) {
                columns.add(m.group(3) + m.group(4));
            } else {
                for (int n = Integer.parseInt(m.group(4)); n <= Integer.parseInt(m.group(5)); n++) {
                    columns.add(m.group(3) + n);
                }
            }
            assertThat(columns).as(line).hasSize(Integer.parseInt(m.group(2) == null ? m.group(1) : m.group(2)));
        }
        return columns;
    }

    @Test
    void invoiceHeaderColumnsAreTheControlFilesInItsOrder() throws IOException {
        assertThat(FbdiFile.INVOICES.columns()).hasSize(134)
                .containsExactlyElementsOf(reference("ApInvoicesInterface.columns.txt"));
        assertThat(FbdiFile.INVOICES.columns().subList(0, 6)).containsExactly("INVOICE_ID", "OPERATING_UNIT", "SOURCE",
                "INVOICE_NUM", "INVOICE_AMOUNT", "INVOICE_DATE");
    }

    @Test
    void invoiceLineColumnsAreTheControlFilesInItsOrder() throws IOException {
        assertThat(FbdiFile.INVOICE_LINES.columns()).hasSize(163)
                .containsExactlyElementsOf(reference("ApInvoiceLinesInterface.columns.txt"));
        assertThat(FbdiFile.INVOICE_LINES.columns().get(21)).isEqualTo("DIST_CODE_CONCATENATED");
    }

    @Test
    void aRowPutsEachValueAtItsColumnsPosition() {
        String[] row = FbdiFile.INVOICE_LINES.row(java.util.Map.of("INVOICE_ID", "7", "ACCOUNTING_DATE", "2026/11/05"));
        assertThat(row).hasSize(163);
        assertThat(row[0]).isEqualTo("7");
        assertThat(row[23]).isEqualTo("2026/11/05");
        assertThat(String.join("", row)).isEqualTo("72026/11/05");
    }
}
