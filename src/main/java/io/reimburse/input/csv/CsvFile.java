package io.reimburse.input.csv;

import io.reimburse.input.CellValue;
import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.input.TableSource;
import io.reimburse.model.RunRefused;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.ByteOrderMark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV table: encoding sniffed (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252),
 * delimiter detected among {@code , ; tab |}, records per RFC 4180 ({@link CsvRecords}).
 */
public final class CsvFile {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path path;
    private final Charset charset;
    private final char delimiter;

    private CsvFile(Path path, Charset charset, char delimiter) {
        this.path = path;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    /** The table of a CSV file: one, as a workbook's sheets are its tables. */
    public static List<TableSource> tables(Path path) {
        return List.of(open(path).table());
    }

    /** Sniffs the encoding and the delimiter of a file. */
    public static CsvFile open(Path path) {
        Charset charset = sniffCharset(path);
        return new CsvFile(path, charset, detectDelimiter(sample(path, charset)));
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public TableSource table() {
        return new TableSource(path, null, this::rows);
    }

    private static Charset sniffCharset(Path path) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            in.mark(4);
            byte[] head = in.readNBytes(3);
            in.reset();
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return isValidUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } catch (IOException e) {
            throw InputFailure.of(path.getFileName().toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Decodes the whole file as strict UTF-8: a single invalid byte means it was not written as UTF-8. */
    private static boolean isValidUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[64 * 1024];
        ByteBuffer bytes = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer chars = CharBuffer.allocate(chunk.length + 8);
        int read;
        while ((read = in.read(chunk)) != -1) {
            bytes.put(chunk, 0, read).flip();
            if (decoder.decode(bytes, chars, false).isError()) {
                return false;
            }
            bytes.compact();
            chars.clear();
        }
        bytes.flip();
        return !decoder.decode(bytes, chars, true).isError() && !bytes.hasRemaining() && !decoder.flush(chars).isError();
    }

    private static String sample(Path path, Charset charset) {
        try (Reader reader = reader(path, charset)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int length = reader.read(buffer);
            return length <= 0 ? "" : new String(buffer, 0, length);
        } catch (CharacterCodingException e) {
            throw notText(path.getFileName().toString(), charset);
        } catch (IOException e) {
            throw InputFailure.of(path.getFileName().toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Picks the delimiter that splits the most sample lines into the same number of fields
     * (quotes respected); title rows with no delimiter do not count against it.
     */
    static char detectDelimiter(String sample) {
        List<String> lines = new ArrayList<>();
        for (String line : sample.split("\r\n|\n|\r")) {
            if (!line.isBlank() && lines.size() < 50) {
                lines.add(line);
            }
        }
        char best = ',';
        long bestScore = -1;
        for (char candidate : DELIMITERS) {
            java.util.Map<Integer, Integer> countsSeen = new java.util.HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                if (count > 0) {
                    countsSeen.merge(count, 1, Integer::sum);
                }
            }
            // lines agreeing on the most common field count, then that count, decide
            long score = countsSeen.entrySet().stream()
                    .mapToLong(e -> e.getValue() * 10_000L + e.getKey())
                    .max().orElse(-1);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static RunRefused notText(String file, Charset charset) {
        return InputFailure.of(file, "is not text: its bytes are not valid " + charset.name()
                + " (a CSV must be UTF-8, UTF-16 with a byte order mark, or Windows-1252)");
    }

    private static Reader reader(Path path, Charset charset) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(path))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .setInclude(false).get();
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private RowStream rows() {
        String file = path.getFileName().toString();
        try {
            return new CsvRows(new CsvRecords(reader(path, charset), delimiter), file, charset);
        } catch (IOException e) {
            throw InputFailure.of(file, "cannot be read: " + e.getMessage());
        }
    }

    /** Streams CSV records as rows; the row number is the record number, as a spreadsheet shows it. */
    private static final class CsvRows implements RowStream {
        private final CsvRecords csv;
        private final String file;
        private final Charset charset;
        private String[] next;
        private long row;

        CsvRows(CsvRecords csv, String file, Charset charset) {
            this.csv = csv;
            this.file = file;
            this.charset = charset;
            advance();
        }

        private void advance() {
            try {
                next = csv.next();
            } catch (CharacterCodingException e) {
                throw InputFailure.of(file, "is not valid " + charset.name() + " text near record " + (row + 1));
            } catch (CsvRecords.Malformed e) {
                throw InputFailure.of(file, "record " + (row + 1) + ": " + e.getMessage());
            } catch (IOException e) {
                throw InputFailure.of(file, "cannot be read near record " + (row + 1) + ": " + e.getMessage());
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public RawRow next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            row++;
            if (row > Limits.MAX_ROWS) {
                throw InputFailure.of(file, "has more than " + Limits.MAX_ROWS + " rows, the most a run reads");
            }
            if (next.length > Limits.MAX_COLUMNS) {
                throw InputFailure.of(file, "row " + row + " has " + next.length + " columns, more than "
                        + Limits.MAX_COLUMNS);
            }
            List<CellValue> cells = new ArrayList<>(next.length);
            for (String field : next) {
                if (field.length() > Limits.MAX_CELL_CHARS) {
                    throw InputFailure.of(file, "row " + row + " has a field of " + field.length()
                            + " characters, more than " + Limits.MAX_CELL_CHARS);
                }
                cells.add(CellValue.ofText(field));
            }
            RawRow result = new RawRow(row, cells);
            advance();
            return result;
        }

        @Override
        public void close() {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
