package io.reimburse.run;

import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.output.Manifest;
import io.reimburse.register.RegisterSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an output folder may replace, for every command that writes one: only, and only with
 * --force, an earlier output of this tool (its manifest and the files it lists), never one the
 * register keeps as a committed run's, and never a folder that holds the register itself.
 */
final class Replacement {

    private Replacement() {
    }

    /**
     * Only an earlier output may be replaced (with --force): a folder holding anything its
     * manifest does not list (the run's own inputs, a note, another program's files) is refused,
     * so that --force never deletes a file this tool did not write.
     */
    static void refuseUnlessEarlierOutput(String name, Path target) {
        Set<String> allowed = Manifest.filesOfEarlierOutput(target).orElse(Set.of());
        List<String> others;
        try (Stream<Path> entries = Files.list(target)) {
            others = entries.map(entry -> entry.getFileName().toString()).filter(file -> !allowed.contains(file))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RunRefused(RunProblem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        if (!others.isEmpty()) {
            throw new RunRefused(RunProblem.inFile(name, "holds files that are not an earlier output of "
                    + "reimburse (" + String.join(", ", others.subList(0, Math.min(5, others.size())))
                    + (others.size() > 5 ? ", ..." : "") + "), which --force would delete: choose another --out "
                    + "folder"));
        }
    }

    /**
     * --force does not replace the output of a committed run: the register keeps its customers as
     * reimbursed, so losing its ERP files would leave them unpaid. Voiding the run frees the folder.
     */
    static void refuseCommittedOutput(String name, Path target, RegisterSession session) {
        if (!Files.exists(target)) {
            return;
        }
        session.committedRunWithOutput(target).ifPresent(run -> {
            throw new RunRefused(RunProblem.inFile(name, "holds the output of run " + run
                    + ", which the register keeps as committed: replacing it would lose the ERP files of "
                    + "reimbursements already recorded; void that run first ('reimburse register void " + run
                    + " --reason ... --not-imported' if its files were never imported, or with --out DIR to "
                    + "reverse them in the ERP) or choose another --out folder"));
        });
    }

    /** A register inside the output folder would be replaced with it, and customers reimbursed twice. */
    static void refuseRegisterInside(Path register, Path out) {
        if (register != null && within(register, out)) {
            throw new RunRefused(RunProblem.inFile(register.toString(), "is inside the --out folder " + out
                    + ", which a run replaces whole: the register would be lost with the earlier output, and "
                    + "customers could be reimbursed twice; keep the register outside the output folder"));
        }
    }

    /** Whether {@code file} is {@code folder} or inside it, symbolic links followed where they exist. */
    private static boolean within(Path file, Path folder) {
        return real(file).startsWith(real(folder));
    }

    /** The real path of the longest part of {@code path} that exists, with the rest appended. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
