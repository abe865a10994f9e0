package io.reimburse.watch;

import io.reimburse.input.FileStamp;

import java.util.List;

/**
 * What one batch of the inbox holds at one moment: the loose files of {@code inbox/} (folder
 * null), or one sub-folder. Two snapshots are equal when nothing in the batch changed: the same
 * files with the same sizes and modification times, and the same lock files.
 *
 * @param folder    the sub-folder of inbox, or null for the loose files
 * @param files     the batch's files, by path relative to the batch, sorted
 * @param lockFiles lock files of Excel or LibreOffice saying that one of the files is open
 */
record Batch(String folder, List<DroppedFile> files, List<String> lockFiles) {

    /** A file of the batch as it was seen. */
    record DroppedFile(String name, FileStamp stamp) {
    }

    Batch {
        files = List.copyOf(files);
        lockFiles = List.copyOf(lockFiles);
    }

    boolean loose() {
        return folder == null;
    }

    /** Names the batch among the others of the inbox. */
    String key() {
        return loose() ? "" : folder;
    }

    List<String> fileNames() {
        return files.stream().map(DroppedFile::name).toList();
    }

    /** For the log: {@code sub-folder "october", 3 files} or {@code loose files of inbox, 1 file}. */
    String describe() {
        String where = loose() ? "loose files of inbox" : "sub-folder \"" + folder + "\"";
        return where + ", " + files.size() + (files.size() == 1 ? " file" : " files");
    }
}
