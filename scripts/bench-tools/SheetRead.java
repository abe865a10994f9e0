import io.reimburse.input.RawRow;
import io.reimburse.input.RowStream;
import io.reimburse.input.SpreadsheetFiles;
import io.reimburse.input.TableSource;

import java.nio.file.Path;

/**
 * The read rate of one input file's sheet (or CSV) alone, as the tool reads it: every row parsed
 * into cells on one thread, nothing decided. Prints rows per second for each pass; the first pass is
 * what a run sees (a cold JVM), later ones the rate once compiled.
 *
 * java -cp target/reimburse-*-all.jar scripts/bench-tools/SheetRead.java FILE [PASSES]
 */
public class SheetRead {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int pass = 1; pass <= passes; pass++) {
            for (TableSource table : SpreadsheetFiles.tables(file)) {
                long start = System.nanoTime();
                long rows = 0;
                long cells = 0;
                try (RowStream stream = table.open()) {
                    while (stream.hasNext()) {
                        RawRow row = stream.next();
                        rows++;
                        cells += row.cells().size();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("pass %d %s: %d rows, %d cells in %.2f s: %.0f rows/s%n",
                        pass, table, rows, cells, seconds, rows / seconds);
            }
        }
    }
}
