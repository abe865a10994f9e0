package io.reimburse.run;

/**
 * What a long run tells the person waiting: the phase it is in and the balance rows read so
 * far. A progress bar on a terminal, a plain line every few seconds in a log, nothing with
 * --quiet or for the drop folder's batches.
 */
public interface Progress extends AutoCloseable {

    /** A new phase begins: "reading", "deciding", "writing outputs"... */
    void phase(String name);

    /** Balance rows read so far (called every few thousand rows). */
    void rowsRead(long rows);

    @Override
    void close();

    Progress SILENT = new Progress() {
        @Override
        public void phase(String name) {
        }

        @Override
        public void rowsRead(long rows) {
        }

        @Override
        public void close() {
        }
    };
}
