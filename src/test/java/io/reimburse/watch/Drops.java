package io.reimburse.watch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Batches to drop: copies of the French sample, each with its own customers so that each is a new file. */
final class Drops {

    static final Charset CP1252 = Charset.forName("windows-1252");
    static final List<String> FRENCH_FILES = List.of("soldes-clients.csv", "parametres.csv", "fournisseurs.csv");

    private Drops() {
    }

    /**
     * The French sample in {@code folder}, its customer accounts C00xxx renamed K{number}xxx (in the
     * balances and the vendor links), its files named with {@code suffix} ("soldes-clients-r3.csv").
     * It reimburses 5 customers.
     */
    static Path french(Path folder, int number, String suffix) throws IOException {
        Files.createDirectories(folder);
        for (String file : FRENCH_FILES) {
            String text = Files.readString(Path.of("samples/fr", file), CP1252)
                    .replace("C00", "K" + String.format("%03d", number));
            Files.writeString(folder.resolve(named(file, suffix)), text, CP1252);
        }
        return folder;
    }

    /** A French batch with an unknown parameter: refused, explained in French. */
    static Path brokenFrench(Path folder, int number, String suffix) throws IOException {
        french(folder, number, suffix);
        Path parameters = folder.resolve(named("parametres.csv", suffix));
        Files.writeString(parameters, Files.readString(parameters, CP1252) + "Remboursement maximal;5,00\r\n", CP1252);
        return folder;
    }

    static String named(String file, String suffix) {
        return suffix.isEmpty() ? file : file.replace(".csv", "-" + suffix + ".csv");
    }
}
