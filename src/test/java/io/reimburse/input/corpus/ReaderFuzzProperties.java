package io.reimburse.input.corpus;

import io.reimburse.cli.CliRunner;
import io.reimburse.cli.Main;
import io.reimburse.input.ReadingPath;
import io.reimburse.model.RunRefused;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzes the CSV and workbook readers: byte mutations (flip, insert, delete, truncate, duplicate)
 * of corpus files, and for workbooks also mutations of one part inside the zip, fed through the
 * public reading path. Any outcome but a read or the tool's own RunRefused fails, as does an input
 * taking longer than the time bound. A few hundred tries in the build; {@code -Dfuzz.tries=N} for more,
 * {@code -Dfuzz.wholeRun=true} to run the whole command (outputs included) instead of the readers.
 */
class ReaderFuzzProperties {

    static final int BUILD_TRIES = 300;
    static final Duration TIME_BOUND = Duration.ofSeconds(20);

    private static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final AtomicLong READ = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final long STARTED = System.nanoTime();

    /** A file to mutate and the files read with it (its parameters, or the balances for a parameters seed). */
    record Seed(String name, Path file, List<Path> with) {
        @Override
        public String toString() {
            return name;
        }
    }

    enum Kind { FLIP_BIT, SET_BYTE, INSERT_BYTE, DELETE_RANGE, TRUNCATE, DUPLICATE_RANGE }

    /** One mutation; positions are fractions of the length, so they shrink and fit any file. */
    record Mutation(Kind kind, double at, double span, byte value) {
        byte[] apply(byte[] bytes) {
            int n = bytes.length;
            int pos = (int) Math.min(n, Math.floor(at * n));
            int len = (int) Math.min(n - pos, Math.ceil(span * Math.min(n, 4096)));
            switch (kind) {
                case FLIP_BIT, SET_BYTE -> {
                    if (pos < n) {
                        byte[] copy = bytes.clone();
                        copy[pos] = kind == Kind.FLIP_BIT ? (byte) (copy[pos] ^ (1 << (value & 7))) : value;
                        return copy;
                    }
                    return bytes;
                }
                case INSERT_BYTE -> {
                    byte[] copy = new byte[n + 1];
                    System.arraycopy(bytes, 0, copy, 0, pos);
                    copy[pos] = value;
                    System.arraycopy(bytes, pos, copy, pos + 1, n - pos);
                    return copy;
                }
                case DELETE_RANGE -> {
                    byte[] copy = new byte[n - len];
                    System.arraycopy(bytes, 0, copy, 0, pos);
                    System.arraycopy(bytes, pos + len, copy, pos, n - pos - len);
                    return copy;
                }
                case TRUNCATE -> {
                    return java.util.Arrays.copyOf(bytes, pos);
                }
                default -> {
                    byte[] copy = new byte[n + len];
                    System.arraycopy(bytes, 0, copy, 0, pos + len);
                    System.arraycopy(bytes, pos, copy, pos + len, n - pos);
                    return copy;
                }
            }
        }
    }

    /** A seed, its mutations, and for zips whether they apply to one part inside (then re-zipped). */
    record Mutant(Seed seed, List<Mutation> mutations, boolean insideZip, double part) {
        byte[] bytes() throws IOException {
            byte[] original = Files.readAllBytes(seed.file());
            boolean zip = original.length > 1 && original[0] == 'P' && original[1] == 'K';
            return zip && insideZip ? mutatePart(original) : mutate(original);
        }

        private byte[] mutate(byte[] bytes) {
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            return bytes;
        }

        private byte[] mutatePart(byte[] zip) throws IOException {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
            List<String> names = new ArrayList<>(parts.keySet());
            String target = names.get((int) Math.min(names.size() - 1, Math.floor(part * names.size())));
            parts.put(target, mutate(parts.get(target)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream rezip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : parts.entrySet()) {
                    rezip.putNextEntry(new ZipEntry(entry.getKey()));
                    rezip.write(entry.getValue());
                    rezip.closeEntry();
                }
            }
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return seed + (insideZip ? " (part " + part + ")" : "") + " " + mutations;
        }
    }

    @Property(tries = BUILD_TRIES)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void aDamagedFileIsReadOrRefusedNeverACrashOrAHang(@ForAll("mutants") Mutant mutant) throws IOException {
        Path folder = Files.createTempDirectory("fuzz");
        try {
            Path input = Files.write(folder.resolve(mutant.seed().file().getFileName()), mutant.bytes());
            List<Path> files = new ArrayList<>(List.of(input));
            files.addAll(mutant.seed().with());
            EXECUTIONS.incrementAndGet();
            assertTimeoutPreemptively(TIME_BOUND, () -> {
                if (Boolean.getBoolean("fuzz.wholeRun")) {
                    wholeRun(files, folder.resolve("out"), mutant);
                    return;
                }
                try {
                    ReadingPath.read(files);
                    READ.incrementAndGet();
                } catch (RunRefused refused) {
                    REFUSED.incrementAndGet(); // the tool's own answer to a bad file
                }
            }, () -> "took longer than " + TIME_BOUND + ": " + mutant);
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(folder);
        }
    }

    /** {@code -Dfuzz.wholeRun=true}: the whole run, outputs included; exit status 3 (a bug), or output left by a refused run, fails. */
    private static void wholeRun(List<Path> files, Path out, Mutant mutant) {
        List<String> args = new ArrayList<>(List.of("run", "--no-register", "--out", out.toString()));
        files.forEach(file -> args.add(file.toString()));
        CliRunner.Result cli = CliRunner.run(args.toArray(String[]::new));
        int status = cli.status();
        String err = cli.err();
        if (status == Main.UNEXPECTED) {
            throw new AssertionError("exit status 3 on " + mutant + ":\n" + err);
        }
        if (status == Main.RUN_PROBLEM && Files.exists(out)) {
            throw new AssertionError("refused but wrote " + out + " on " + mutant);
        }
        (status == Main.OK ? READ : REFUSED).incrementAndGet();
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.bytes()), Tuple.of(1, Arbitraries.of((byte) '"',
                        (byte) ';', (byte) ',', (byte) '\n', (byte) '\r', (byte) 0, (byte) 0xFF, (byte) '-', (byte) '.',
                        (byte) '<', (byte) '&'))))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(seeds()), mutation.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(true, false), Arbitraries.doubles().between(0, 1)).as(Mutant::new);
    }

    private static List<Seed> seeds() {
        Path corpus = CorpusTest.CORPUS;
        List<Path> parameters = List.of(corpus.resolve("parameters.csv"));
        List<Seed> seeds = new ArrayList<>();
        for (String csv : List.of("balances-cp1252-semicolon-title-rows.csv", "balances-utf8-bom-comma-quoted-fields.csv",
                "balances-utf16le-bom-tab-excel-unicode-text.csv", "balances-currency-codes-and-symbols.csv",
                "balances-debit-credit-columns.csv", "balances-transaction-level-customer-subtotals.csv",
                "balances-ambiguous-resolved-by-later-row.csv", "balances-repeated-header.csv",
                "workbook-numbers-stored-as-text-and-formulas.xlsx", "workbook-inline-strings.xlsx",
                "workbook-formula-without-cached-value.xlsx", "workbook-old-export.xls")) {
            seeds.add(new Seed(csv, corpus.resolve(csv), parameters));
        }
        seeds.add(new Seed("parameters-french-dates-dd-mm-yyyy.csv",
                corpus.resolve("parameters-french-dates-dd-mm-yyyy.csv"),
                List.of(corpus.resolve("balances-for-french-dates.csv"))));
        seeds.add(new Seed("workbook-several-sheets-date-cell-and-serial.xlsx",
                corpus.resolve("workbook-several-sheets-date-cell-and-serial.xlsx"), List.of()));
        seeds.add(new Seed("workbook-ods-balances-and-parameters.ods",
                corpus.resolve("workbook-ods-balances-and-parameters.ods"), List.of()));
        seeds.add(new Seed("workbook-ods-error-and-uncomputed-formula.ods",
                corpus.resolve("workbook-ods-error-and-uncomputed-formula.ods"), parameters));
        seeds.add(new Seed("libreoffice-ods-traps.ods", Path.of("src/test/resources/files/libreoffice-ods-traps.ods"),
                List.of()));
        seeds.add(new Seed("samples/en-workbook", Path.of("samples/en-workbook/reimbursement-inputs.xlsx"), List.of()));
        seeds.add(new Seed("samples/fr balances", Path.of("samples/fr/soldes-clients.csv"),
                List.of(Path.of("samples/fr/parametres.csv"), Path.of("samples/fr/fournisseurs.csv"))));
        return seeds;
    }

    @AfterContainer
    static void report() {
        System.out.printf("reader fuzz: %d executions (%d read, %d refused) in %.1f s%n", EXECUTIONS.get(),
                READ.get(), REFUSED.get(), (System.nanoTime() - STARTED) / 1e9);
    }

    /** {@code -Dfuzz.tries=N} replaces the build's few hundred tries for a longer run. */
    static final class TriesFromSystemProperty implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            Integer tries = Integer.getInteger("fuzz.tries");
            if (tries != null) {
                context.attributes().setTries(tries);
            }
            return property.execute();
        }
    }
}
