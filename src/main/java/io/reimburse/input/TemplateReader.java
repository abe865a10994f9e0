package io.reimburse.input;

import io.reimburse.model.Names;
import io.reimburse.model.OutputTemplate;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.SourceRef;
import io.reimburse.model.TemplateColumn;
import io.reimburse.model.TemplateField;
import io.reimburse.model.YesNo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an output template (ErpTargets {@code template:NAME}): a CSV file or a workbook holding a
 * columns table ({@code Column | Field}, with the optional format columns Text, Date format, Decimal
 * separator, Width, Padding, Align, Upper case) and, above it or on a sheet of its own, a settings
 * table ({@code Setting | Value}: FileName, Delimiter, Encoding, Header, LineEnd, Quote). Read through
 * the tool's own readers, so a template is opened like any input; every problem (an unknown field or
 * setting, a bad pattern, a width missing in a fixed-width file) is a run problem naming the cell, all
 * reported together.
 */
public final class TemplateReader {

    /** The file-level settings, by their English and French names. */
    private enum Setting {
        FILE_NAME("FileName", "File name", "Nom du fichier"),
        DELIMITER("Delimiter", "Separator", "Séparateur", "Délimiteur"),
        ENCODING("Encoding", "Encodage"),
        HEADER("Header", "Header row", "Ligne d'en-tête", "En-tête"),
        LINE_END("LineEnd", "Line end", "Fin de ligne"),
        QUOTE("Quote", "Quotes", "Guillemets");

        private final List<String> names;

        Setting(String... names) {
            this.names = List.of(names);
        }

        static Optional<Setting> match(String written) {
            String name = Names.normalize(written);
            return Arrays.stream(values()).filter(s -> s.names.stream().anyMatch(n -> Names.normalize(n).equals(name)))
                    .findFirst();
        }
    }

    private record Written(String value, SourceRef where, String column) {
    }

    /**
     * The headings of the columns table. Not input columns of the tool ({@link Column}): "Text" or
     * "Width" in a balances export must stay a column of its own (a dimension), not become a template's.
     */
    private enum Heading {
        COLUMN("Column", "Output column", "Colonne", "Colonne de sortie"),
        FIELD("Field", "Champ"),
        TEXT("Text", "Texte", "Constant"),
        DATE_PATTERN("Date format", "Date pattern", "Format de date"),
        DECIMAL_MARK("Decimal separator", "Séparateur décimal"),
        WIDTH("Width", "Largeur"),
        PADDING("Padding", "Remplissage"),
        ALIGN("Align", "Alignment", "Alignement"),
        UPPER_CASE("Upper case", "Uppercase", "Majuscules");

        private final List<String> names;

        Heading(String... names) {
            this.names = List.of(names);
        }

        /** Its column in a header row, found among the columns the tool does not know. */
        Optional<Integer> in(TableHeader header) {
            return names.stream().map(header::other).flatMap(Optional::stream).findFirst();
        }

        /** Whether a row's texts (normalized) hold this heading. */
        boolean among(java.util.Set<String> normalized) {
            return names.stream().anyMatch(name -> normalized.contains(Names.normalize(name)));
        }

        String displayName() {
            return names.get(0);
        }
    }

    private final String name;
    private final String file;
    private final Map<Setting, Written> settings = new EnumMap<>(Setting.class);
    private final List<TemplateColumn> columns = new ArrayList<>();
    private final List<RunProblem> problems = new ArrayList<>();
    private SourceRef settingsAt;
    private boolean columnsTable;

    private TemplateReader(String name, Path path) {
        this.name = name;
        this.file = path.getFileName().toString();
    }

    /**
     * The template {@code name}: {@code templates/NAME.xlsx} (or .xls, .ods, .csv) in {@code folder},
     * the parameters' folder, or the file NAME names (relative to that folder) when it has an extension.
     */
    public static OutputTemplate find(String name, Path folder) {
        Path path = folder.resolve(name);
        if (SpreadsheetFiles.extension(path.getFileName().toString()).isEmpty()) {
            List<Path> found = new ArrayList<>();
            for (String extension : List.of("xlsx", "xls", "ods", "csv")) {
                Path candidate = folder.resolve("templates").resolve(name + "." + extension);
                if (Files.isRegularFile(candidate)) {
                    found.add(candidate);
                }
            }
            if (found.size() != 1) {
                throw new RunRefused(RunProblem.of("ErpTargets template:" + name + ": " + (found.isEmpty()
                        ? "no template " + name + ".xlsx, .xls, .ods or .csv in " + folder.resolve("templates")
                        : "two templates of that name: " + found + "; keep one")));
            }
            path = found.get(0);
        }
        return read(name, path);
    }

    static OutputTemplate read(String name, Path path) {
        TemplateReader reader = new TemplateReader(name, path);
        for (TableSource table : SpreadsheetFiles.tables(path)) {
            reader.table(table);
        }
        if (!reader.columnsTable) {
            reader.problems.add(RunProblem.inFile(reader.file, "no columns table: a header row with the columns "
                    + "Column and Field (Colonne, Champ)"));
        } else if (reader.columns.isEmpty()) {
            reader.problems.add(RunProblem.inFile(reader.file, "the columns table lists no column"));
        }
        OutputTemplate template = reader.build();
        if (!reader.problems.isEmpty()) {
            throw new RunRefused(reader.problems);
        }
        return template;
    }

    private void table(TableSource source) {
        TableHeader header = null;
        try (RowStream rows = source.open()) {
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.isEmpty()) {
                    continue;
                }
                Optional<TableHeader> found = header(source, row);
                if (found.isPresent()) {
                    header = found.get();
                    if (Heading.FIELD.in(header).isPresent()) {
                        columnsTable = true;
                    } else {
                        settingsAt = new SourceRef(source.fileName(), source.sheet(), row.row());
                    }
                } else if (header != null && Heading.FIELD.in(header).isPresent()) {
                    column(header, row);
                } else if (header != null) {
                    setting(header, row);
                }
            }
        }
    }

    /** A header row: Column and Field (the columns table), or Setting and Value (the settings). */
    private static Optional<TableHeader> header(TableSource source, RawRow row) {
        List<Column> known = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (CellValue cell : row.cells()) {
            if (cell instanceof CellValue.Text text) {
                Column.match(text.value()).ifPresent(known::add);
                names.add(Names.normalize(text.value()));
            }
        }
        boolean columns = Heading.COLUMN.among(names) && Heading.FIELD.among(names);
        boolean settings = known.contains(Column.PARAMETER) && known.contains(Column.VALUE);
        return columns || settings ? Optional.of(TableHeader.of(source, row)) : Optional.empty();
    }

    private static String text(TableHeader header, RawRow row, Heading heading) {
        return heading.in(header).map(index -> row.cell(index).display().strip()).orElse("");
    }

    private void setting(TableHeader header, RawRow row) {
        SourceRef where = new SourceRef(header.source().fileName(), header.source().sheet(), row.row());
        String written = header.text(row, Column.PARAMETER);
        String nameColumn = header.writtenName(header.index(Column.PARAMETER).orElseThrow());
        Optional<Setting> setting = Setting.match(written);
        if (setting.isEmpty()) {
            problems.add(RunProblem.at(where, nameColumn, "unknown setting '" + written + "'; settings are "
                    + Arrays.stream(Setting.values()).map(s -> s.names.get(0)).toList()));
            return;
        }
        String valueColumn = header.writtenName(header.index(Column.VALUE).orElseThrow());
        if (settings.putIfAbsent(setting.get(), new Written(header.text(row, Column.VALUE), where, valueColumn)) != null) {
            problems.add(RunProblem.at(where, nameColumn, "setting " + written + " is given twice"));
        }
    }

    private void column(TableHeader header, RawRow row) {
        SourceRef where = new SourceRef(header.source().fileName(), header.source().sheet(), row.row());
        String fieldText = text(header, row, Heading.FIELD);
        Optional<TemplateField> field = TemplateField.match(fieldText);
        if (field.isEmpty()) {
            problems.add(RunProblem.at(where, written(header, Heading.FIELD), (fieldText.isEmpty() ? "no field"
                    : "unknown field '" + fieldText + "'") + "; fields are " + TemplateField.displayNames()));
            return;
        }
        TemplateField.Kind kind = field.get().kind();
        String text = text(header, row, Heading.TEXT);
        if (field.get() == TemplateField.TEXT && text.isEmpty() && !Heading.TEXT.in(header).isPresent()) {
            problems.add(RunProblem.at(where, written(header, Heading.FIELD), "field Text needs a Text column "
                    + "holding the constant"));
        }
        String pattern = text(header, row, Heading.DATE_PATTERN);
        if (!pattern.isEmpty()) {
            onlyFor(kind == TemplateField.Kind.DATE, header, row, Heading.DATE_PATTERN, field.get());
            try {
                DateTimeFormatter.ofPattern(pattern).format(LocalDate.of(2026, 12, 31));
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(RunProblem.at(where, written(header, Heading.DATE_PATTERN), "'" + pattern + "' is not a "
                        + "date pattern such as dd/MM/yyyy or yyyyMMdd"));
            }
        }
        String decimal = text(header, row, Heading.DECIMAL_MARK);
        char separator = '.';
        if (!decimal.isEmpty()) {
            onlyFor(kind == TemplateField.Kind.AMOUNT, header, row, Heading.DECIMAL_MARK, field.get());
            switch (Names.normalize(decimal).isEmpty() ? decimal : Names.normalize(decimal)) {
                case ".", "point", "dot" -> separator = '.';
                case ",", "comma", "virgule" -> separator = ',';
                case "none", "aucun" -> separator = 0;
                default -> problems.add(RunProblem.at(where, written(header, Heading.DECIMAL_MARK), "'" + decimal
                        + "' must be '.', ',' or none (the amount in minor units, 1250.00 written 125000)"));
            }
        }
        int width = width(header, row, where);
        String padding = text(header, row, Heading.PADDING);
        String paddingCell = Heading.PADDING.in(header).map(i -> row.cell(i).display()).orElse("");
        if (paddingCell.length() == 1 && padding.isEmpty()) {
            padding = paddingCell; // a space, which stripping took away
        }
        if (padding.length() > 1) {
            problems.add(RunProblem.at(where, written(header, Heading.PADDING), "'" + padding + "' must be one "
                    + "character (0, a space...)"));
        }
        String align = Names.normalize(text(header, row, Heading.ALIGN));
        if (!List.of("", "left", "right", "gauche", "droite").contains(align)) {
            problems.add(RunProblem.at(where, written(header, Heading.ALIGN), "'" + text(header, row, Heading.ALIGN)
                    + "' must be left or right"));
        }
        String upper = text(header, row, Heading.UPPER_CASE);
        Optional<Boolean> upperCase = upper.isEmpty() ? Optional.of(false) : YesNo.parse(upper);
        if (upperCase.isEmpty()) {
            problems.add(RunProblem.at(where, written(header, Heading.UPPER_CASE), "'" + upper + "' must be Yes or No"));
        }
        String title = text(header, row, Heading.COLUMN);
        columns.add(new TemplateColumn(title, field.get(), text, pattern, separator, width,
                padding.length() == 1 ? padding.charAt(0) : ' ', align.equals("right") || align.equals("droite"),
                upperCase.orElse(false), where));
    }

    private int width(TableHeader header, RawRow row, SourceRef where) {
        String written = text(header, row, Heading.WIDTH);
        if (written.isEmpty()) {
            return 0;
        }
        try {
            int width = new java.math.BigDecimal(written).intValueExact();
            if (width >= 1 && width <= 1000) {
                return width;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        problems.add(RunProblem.at(where, written(header, Heading.WIDTH), "'" + written + "' must be a whole number "
                + "of characters from 1 to 1000"));
        return 0;
    }

    private void onlyFor(boolean applies, TableHeader header, RawRow row, Heading column, TemplateField field) {
        if (!applies) {
            problems.add(RunProblem.at(new SourceRef(header.source().fileName(), header.source().sheet(), row.row()),
                    written(header, column), column.displayName() + " does not apply to field "
                            + field.displayName()));
        }
    }

    private static String written(TableHeader header, Heading column) {
        return column.in(header).map(header::writtenName).orElse(column.displayName());
    }

    private OutputTemplate build() {
        String delimiterText = value(Setting.DELIMITER, ",");
        char delimiter = switch (Names.normalize(delimiterText).isEmpty() ? delimiterText
                : Names.normalize(delimiterText)) {
            case ",", "comma", "virgule" -> ',';
            case ";", "semicolon", "pointvirgule" -> ';';
            case "|", "pipe" -> '|';
            case "tab", "tabulation" -> '\t';
            case "none", "fixedwidth", "aucun", "largeurfixe" -> 0;
            default -> {
                problem(Setting.DELIMITER, "'" + delimiterText + "' must be , ; | tab or none (fixed width)");
                yield ',';
            }
        };
        String encodingText = Names.normalize(value(Setting.ENCODING, "UTF-8"));
        Charset encoding = StandardCharsets.UTF_8;
        boolean bom = false;
        switch (encodingText) {
            case "utf8" -> encoding = StandardCharsets.UTF_8;
            case "utf8bom" -> bom = true;
            case "utf16", "utf16le" -> {
                encoding = StandardCharsets.UTF_16LE;
                bom = true;
            }
            case "windows1252", "cp1252", "ansi" -> encoding = Charset.forName("windows-1252");
            case "iso88591", "latin1" -> encoding = StandardCharsets.ISO_8859_1;
            case "ascii", "usascii" -> encoding = StandardCharsets.US_ASCII;
            default -> problem(Setting.ENCODING, "'" + value(Setting.ENCODING, "") + "' must be UTF-8, UTF-8 BOM, "
                    + "UTF-16, Windows-1252, ISO-8859-1 or ASCII");
        }
        Optional<Boolean> header = YesNo.parse(value(Setting.HEADER, "Yes"));
        if (header.isEmpty()) {
            problem(Setting.HEADER, "'" + value(Setting.HEADER, "") + "' must be Yes or No");
        }
        String lineEnd = switch (Names.normalize(value(Setting.LINE_END, "CRLF"))) {
            case "crlf", "windows" -> "\r\n";
            case "lf", "unix" -> "\n";
            default -> {
                problem(Setting.LINE_END, "'" + value(Setting.LINE_END, "") + "' must be CRLF or LF");
                yield "\r\n";
            }
        };
        OutputTemplate.Quote quote = switch (Names.normalize(value(Setting.QUOTE, "minimal"))) {
            case "minimal", "asneeded", "sibesoin" -> OutputTemplate.Quote.MINIMAL;
            case "all", "always", "tous", "toujours" -> OutputTemplate.Quote.ALL;
            case "none", "never", "aucun", "jamais" -> OutputTemplate.Quote.NONE;
            default -> {
                problem(Setting.QUOTE, "'" + value(Setting.QUOTE, "") + "' must be minimal, all or none");
                yield OutputTemplate.Quote.MINIMAL;
            }
        };
        if (delimiter == 0) {
            for (TemplateColumn column : columns) {
                if (column.width() == 0) {
                    problems.add(RunProblem.at(column.where(), Heading.WIDTH.displayName(), "a fixed-width file "
                            + "(Delimiter none) needs the width of every column"));
                }
            }
        }
        String fileName = value(Setting.FILE_NAME, name + (delimiter == 0 ? ".txt" : ".csv"));
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")
                || fileName.equalsIgnoreCase("manifest.json")) {
            problem(Setting.FILE_NAME, "'" + fileName + "' must be a plain file name (no folder, not hidden)");
        }
        return new OutputTemplate(name, file, fileName, delimiter, encoding, bom, header.orElse(true), lineEnd, quote,
                columns, settingsAt == null ? new SourceRef(file, null, 0) : settingsAt);
    }

    private String value(Setting setting, String fallback) {
        Written written = settings.get(setting);
        return written == null || written.value().isEmpty() ? fallback : written.value();
    }

    private void problem(Setting setting, String message) {
        Written written = settings.get(setting);
        problems.add(RunProblem.at(written.where(), written.column(), setting.names.get(0) + " " + message));
    }
}
