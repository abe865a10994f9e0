package io.reimburse.watch;

import io.reimburse.model.Language;
import io.reimburse.model.RunProblem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The {@code error.txt} of a batch that went to {@code failed/}: for the accountant who dropped
 * it, what is wrong and where (file, sheet, row, column), and what to do — in the report
 * language the batch's parameters ask for, else English. The problem messages themselves come
 * from the run and are in English, like the row problems of the report.
 */
final class Explanation {

    private static final int WIDTH = 92;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    /** The words of the explanation in one language. */
    private record Words(String title, String batch, String dropped, String inFolder, String loose, String files,
                         String when, String wrongHeading, String in, String sheet, String row, String column,
                         String nothingDone, String whatToDo, String refusedAdvice, String unexpectedHeading,
                         String unexpected, String details, String unexpectedAdvice) {
    }

    private static final Words ENGLISH = new Words(
            "reimburse did not process this batch",
            "Batch", "Dropped", "as the sub-folder \"%s\" of inbox", "as files directly in inbox", "Files",
            "Refused on",
            "What is wrong",
            "In", "sheet", "row", "column",
            """
                    Nothing was reimbursed and nothing was recorded in the register for this batch. Its files
                    are in this folder, as they were dropped.""",
            "What to do",
            """
                    Correct what is described above: open the file named, go to the sheet, row and column given,
                    fix the value and save. Then drop all the files of this batch into the inbox folder again,
                    together (in one sub-folder, or loose). This error.txt is not read and may stay with them.
                    If a message says that these files were already used by an earlier run, they were processed
                    then (that run's results are in outbox/ under its name) and there is nothing to do.""",
            "What went wrong",
            """
                    reimburse stopped on an unexpected error while processing this batch. It is most likely a
                    fault in reimburse, not in your files:""",
            "The details are in reimburse.log, under the batch name.",
            """
                    Tell whoever looks after reimburse and give them this folder. Dropping the files into the
                    inbox folder again is safe: nothing was reimbursed for this batch.""");

    private static final Words FRENCH = new Words(
            "reimburse n'a pas traité ce lot",
            "Lot", "Déposé", "comme sous-dossier « %s » de inbox", "comme fichiers directement dans inbox",
            "Fichiers", "Refusé le",
            "Ce qui ne va pas",
            "Dans", "feuille", "ligne", "colonne",
            """
                    Rien n'a été remboursé et rien n'a été enregistré dans le registre pour ce lot. Ses fichiers
                    sont dans ce dossier, tels qu'ils ont été déposés.""",
            "Que faire",
            """
                    Corrigez ce qui est décrit ci-dessus : ouvrez le fichier indiqué, allez à la feuille, la ligne
                    et la colonne données, corrigez la valeur et enregistrez. Déposez ensuite tous les fichiers de
                    ce lot, ensemble, dans le dossier inbox (dans un sous-dossier, ou directement). Ce fichier
                    error.txt n'est pas lu et peut rester avec eux.
                    Si un message indique que ces fichiers ont déjà servi à un traitement précédent, ils ont été
                    traités à ce moment-là (les résultats sont dans outbox/ sous le nom de ce traitement) et il
                    n'y a rien à faire.""",
            "Ce qui s'est passé",
            """
                    reimburse s'est arrêté sur une erreur inattendue en traitant ce lot. C'est très probablement
                    un défaut de reimburse, pas de vos fichiers :""",
            "Le détail est dans reimburse.log, sous le nom du lot.",
            """
                    Prévenez la personne qui s'occupe de reimburse et donnez-lui ce dossier. Déposer de nouveau
                    les fichiers dans le dossier inbox ne présente aucun risque : rien n'a été remboursé pour ce lot.""");

    private Explanation() {
    }

    /** A batch refused as a run problem: every problem with its place. */
    static String refused(Language language, String id, Batch batch, Instant at, List<RunProblem> problems) {
        Words words = words(language);
        StringBuilder text = header(words, id, batch, at);
        heading(text, words.wrongHeading());
        for (int i = 0; i < problems.size(); i++) {
            RunProblem problem = problems.get(i);
            String place = place(words, problem);
            text.append(i + 1).append(". ");
            if (!place.isEmpty()) {
                text.append(place).append(language == Language.FR ? " :" : ":").append("\n   ");
            }
            text.append(wrapped(problem.message())).append('\n');
        }
        text.append('\n').append(words.nothingDone()).append('\n');
        heading(text, words.whatToDo());
        return text.append(words.refusedAdvice()).append('\n').toString();
    }

    /** A batch stopped by an unexpected failure (a bug): what it was, and that nothing was reimbursed. */
    static String unexpected(Language language, String id, Batch batch, Instant at, Throwable failure) {
        Words words = words(language);
        StringBuilder text = header(words, id, batch, at);
        heading(text, words.unexpectedHeading());
        text.append(words.unexpected()).append("\n   ").append(wrapped(failure.toString())).append('\n')
                .append(words.details()).append("\n\n").append(words.nothingDone()).append('\n');
        heading(text, words.whatToDo());
        return text.append(words.unexpectedAdvice()).append('\n').toString();
    }

    private static Words words(Language language) {
        return language == Language.FR ? FRENCH : ENGLISH;
    }

    private static StringBuilder header(Words words, String id, Batch batch, Instant at) {
        StringBuilder text = new StringBuilder(words.title()).append('\n')
                .append("=".repeat(words.title().length())).append("\n\n");
        line(text, words.batch(), id);
        line(text, words.dropped(), batch.loose() ? words.loose() : words.inFolder().formatted(batch.folder()));
        line(text, words.files(), String.join(", ", batch.fileNames()));
        line(text, words.when(), WHEN.format(at.atZone(ZoneId.systemDefault())));
        return text;
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(" ".repeat(Math.max(1, 12 - label.length()))).append(value).append('\n');
    }

    private static void heading(StringBuilder text, String heading) {
        text.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
    }

    /** A message cut into lines of about {@link #WIDTH} characters, continued with an indent of three. */
    private static String wrapped(String message) {
        StringBuilder text = new StringBuilder();
        int lineLength = 0;
        for (String word : message.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                text.append("\n   ");
                lineLength = 0;
            } else if (lineLength > 0) {
                text.append(' ');
                lineLength++;
            }
            text.append(word);
            lineLength += word.length();
        }
        return text.toString();
    }

    /** "In soldes.csv, row 14, column Solde" — the place a spreadsheet user goes to. */
    private static String place(Words words, RunProblem problem) {
        if (problem.file() == null) {
            return "";
        }
        StringBuilder place = new StringBuilder(words.in()).append(' ').append(problem.file());
        if (problem.sheet() != null) {
            place.append(", ").append(words.sheet()).append(' ').append(problem.sheet());
        }
        if (problem.row() > 0) {
            place.append(", ").append(words.row()).append(' ').append(problem.row());
        }
        if (problem.column() != null) {
            place.append(", ").append(words.column()).append(' ').append(problem.column());
        }
        return place.toString();
    }
}
