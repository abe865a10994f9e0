package io.reimburse.afterrun;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The French sample's run after the run: its held payees (C00045 without IBAN, C00092 with a
 * wrong one), the bank details they sent since, and the run id an output's manifest names.
 */
final class FrenchSample {

    static final Charset CP1252 = Charset.forName("windows-1252");

    private FrenchSample() {
    }

    /** The parameters and the vendor links with C00045's and C00092's correct bank details, in {@code folder}/corrected. */
    static Path corrected(Path folder) throws IOException {
        Path corrected = folder.resolve("corrected");
        if (Files.isDirectory(corrected)) {
            return corrected;
        }
        Files.createDirectories(corrected);
        Files.copy(Path.of("samples/fr/parametres.csv"), corrected.resolve("parametres.csv"));
        Files.copy(Path.of("samples/fr/fournisseurs.csv"), corrected.resolve("fournisseurs.csv"));
        Files.writeString(corrected.resolve("fournisseurs.csv"),
                "C00045;OTV-000002;Hôtel Beauséjour;Non;DE89 3704 0044 0532 0130 00;COBADEFFXXX\r\n"
                        + "C00092;OTV-000003;Transports Rapides;Non;FR14 2004 1010 0505 0001 3M02 606;\r\n",
                CP1252, StandardOpenOption.APPEND);
        return corrected;
    }

    /** The run id of the output in {@code out}, from its manifest. */
    static String runIdOf(Path out) throws IOException {
        String manifest = Files.readString(out.resolve("manifest.json"));
        int start = manifest.indexOf("\"runId\" : \"") + 11;
        return manifest.substring(start, manifest.indexOf('"', start));
    }
}
