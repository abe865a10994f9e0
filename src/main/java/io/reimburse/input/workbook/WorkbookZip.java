package io.reimburse.input.workbook;

import io.reimburse.input.InputFailure;
import io.reimburse.input.Limits;
import io.reimburse.input.ReaderBoundary;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * The zip of a workbook (.xlsx, .ods) opened with the zip limits of {@link Limits}: POI's
 * {@link ZipSecureFile} checks each entry's compression ratio and size as it is inflated (a zip
 * bomb fails there), for POI's own packages and for the .ods reader alike.
 */
public final class WorkbookZip {

    private WorkbookZip() {
    }

    /** Sets the limits on POI's zip guard (they are global to it); every workbook reader calls it before opening. */
    public static void applyLimits() {
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(Limits.MAX_ZIP_ENTRIES);
    }

    /** A workbook's zip, its entries counted first (POI counts them only when it opens a package itself). */
    public static ZipSecureFile open(Path path) throws IOException {
        applyLimits();
        ZipSecureFile zip = new ZipSecureFile(path.toFile());
        int entries = 0;
        for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); all.nextElement()) {
            if (++entries > Limits.MAX_ZIP_ENTRIES) {
                zip.close();
                throw InputFailure.of(path.getFileName().toString(), ReaderBoundary.TOO_MANY_ZIP_PARTS);
            }
        }
        return zip;
    }

}
