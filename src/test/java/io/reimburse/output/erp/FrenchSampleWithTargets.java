package io.reimburse.output.erp;

import io.reimburse.cli.CliRunner;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * samples/fr copied into a folder with more parameters (ErpTargets and what the targets need) and,
 * for template targets, samples/templates as its templates/ folder; then run without a register.
 */
final class FrenchSampleWithTargets {

    /** The Oracle values of the tests' runs. */
    static final String FBDI = "Unité commerciale FBDI;FR Business Unit\r\nSource FBDI;REIMBURSE\r\n"
            + "Site fournisseur FBDI;REFUND\r\nCombinaison de ventilation FBDI;101.10.41100.000\r\n"
            + "Conditions de paiement FBDI;Immediate\r\nMode de paiement FBDI;EFT\r\n";

    private FrenchSampleWithTargets() {
    }

    /** The sample with {@code parameters} (lines of the French parameters file) added, in {@code folder}/fr. */
    static Path inputs(Path folder, String parameters) throws IOException {
        Path inputs = folder.resolve("fr");
        Files.createDirectories(inputs.resolve("templates"));
        for (String file : new String[] {"parametres.csv", "soldes-clients.csv", "fournisseurs.csv"}) {
            Files.copy(Path.of("samples/fr").resolve(file), inputs.resolve(file));
        }
        for (String file : new String[] {"xero-bills.csv", "fixed-width.csv"}) {
            Files.copy(Path.of("samples/templates").resolve(file), inputs.resolve("templates").resolve(file));
        }
        Files.writeString(inputs.resolve("parametres.csv"), parameters, Charset.forName("windows-1252"),
                StandardOpenOption.APPEND);
        return inputs;
    }

    /** The run's output folder, {@code folder}/out. */
    static Path run(Path folder, String parameters) throws IOException {
        Path out = folder.resolve("out");
        CliRunner.Result cli = CliRunner.run("run", "--no-register", inputs(folder, parameters).toString(), "--out",
                out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        return out;
    }
}
