package io.reimburse.output.erp;

import io.reimburse.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.reimburse.register.Register;
import io.reimburse.run.Registers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A template using every format option, on samples/fr; the expected lines written out by hand. */
class TemplateFileTest {

    @TempDir
    Path temp;

    @Test
    void everyFormatOptionIsApplied() throws IOException {
        Path inputs = FrenchSampleWithTargets.inputs(temp, "Cibles ERP;template:every-option\r\n");
        Files.copy(Path.of("src/test/resources/templates/every-option.csv"),
                inputs.resolve("templates").resolve("every-option.csv"));
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", inputs.toString(), "--out", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();

        byte[] bytes = Files.readAllBytes(out.resolve("every-option.txt"));
        assertThat(bytes[0]).isEqualTo((byte) 0xFF); // UTF-16 LE with its byte order mark
        assertThat(bytes[1]).isEqualTo((byte) 0xFE);
        String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        assertThat(text).doesNotContain("\r");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(6);
        // headers padded with spaces to their width (right-aligned ones on the left), "Line" cut to 3
        assertThat(lines.get(0)).isEqualTo("\"Entity\";\"      Vendor\";\"Name    \";\"Date\";\"Due\";\"Amount\";"
                + "\"     Cents\";\"Kind\";\"Lin\";\"Balance date\";\"IBAN\";\"Description         \";\"City\"");
        // C00012: its one-time vendor, upper-cased name cut to 8, dd.MM.yy, ISO due date, decimal comma, the amount
        // in cents padded with zeros, the constant, line 001, the balance date as yyyyMMdd, the IBAN without spaces
        assertThat(lines.get(1)).isEqualTo("\"FR01\";\"**OTV-000001\";\"BOULANGE\";\"05.11.26\";\"2026-12-05\";"
                + "\"1250,00\";\"0000125000\";\"REFUND\";\"001\";\"20261031\";\"FR7612739004500009876543206\";"
                + "\"Remboursement du sol\";\"LYON\"");
        // C00092: the formula guard's quote stays before the name, upper case or not
        assertThat(lines.get(4)).startsWith("\"FR01\";\"**OTV-000003\";\"'=TRANSP\";");
        assertThat(lines.get(5)).contains("\"0002345678\"", "\"23456,78\"", "\"005\"");
    }

    @Test
    void anAmountLongerThanItsWidthStopsTheRunAndWritesNothing() throws IOException {
        Path inputs = FrenchSampleWithTargets.inputs(temp, "Cibles ERP;template:narrow\r\n");
        Files.writeString(inputs.resolve("templates").resolve("narrow.csv"), "Column,Field,Width\r\n"
                + "Invoice,Invoice\r\nAmount,Amount,7\r\n");
        Path out = temp.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", inputs.toString(), "--out", out.toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("narrow.csv, row 3, column Width: '23456.78' is longer than the column's width 7");
        assertThat(out).doesNotExist();
    }

    /** The register's rows are put in its transaction while the outputs are written: a failed write keeps none. */
    @Test
    void anOutputThatFailsWhileTheRegisterIsWrittenLeavesTheRegisterAsItWas() throws IOException {
        Path inputs = FrenchSampleWithTargets.inputs(temp, "Cibles ERP;template:narrow\r\n");
        Files.writeString(inputs.resolve("templates").resolve("narrow.csv"), "Column,Field,Width\r\n"
                + "Invoice,Invoice\r\nAmount,Amount,7\r\n");
        Path register = temp.resolve("register.sqlite");
        CliRunner.Result cli = CliRunner.run("run", "--register", register.toString(), inputs.toString(), "--out",
                temp.resolve("out").toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(temp.resolve("out")).doesNotExist();
        try (Register opened = Registers.open(register, Register.DEFAULT_BUSY_TIMEOUT)) {
            assertThat(opened.runs()).isEmpty();
        }
        // the same inputs, the template mended, run as if nothing had happened: numbering starts at 1
        Files.writeString(inputs.resolve("templates").resolve("narrow.csv"), "Column,Field\r\nInvoice,Invoice\r\n");
        assertThat(CliRunner.run("run", "--register", register.toString(), inputs.toString(), "--out",
                temp.resolve("out").toString()).status()).isZero();
        assertThat(Files.readString(temp.resolve("out/reimbursements.csv"))).contains("RMB-FR-000001").contains("OTV-000001");
    }
}
