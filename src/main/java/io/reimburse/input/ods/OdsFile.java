package io.reimburse.input.ods;

import io.reimburse.input.InputFailure;
import io.reimburse.input.ParsedRows;
import io.reimburse.input.ReaderBoundary;
import io.reimburse.input.RowStream;
import io.reimburse.input.TableSource;
import io.reimburse.input.workbook.WorkbookXml;
import io.reimburse.input.workbook.WorkbookZip;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * An OpenDocument spreadsheet (.ods: LibreOffice's own format, also written by Gnumeric and
 * Excel), read row by row like an .xlsx: its {@code content.xml} is pulled with the secure StAX
 * cursor of {@link WorkbookXml} (no DTD, no entity expansion) from a zip opened with the zip limits
 * of the .xlsx reader ({@link WorkbookZip}: compression ratio, part size, number of parts), and
 * each sheet is one {@code <table:table>}, so no sheet is ever held whole in memory.
 *
 * <p>Hand-written because no library on Maven Central streams an .ods: the ODF Toolkit (odfdom)
 * and jOpenDocument build the whole document's DOM, SODS loads every sheet into memory, and POI
 * does not read the format; a million-row sheet would need gigabytes.
 */
public final class OdsFile {

    static {
        WorkbookZip.applyLimits();
    }

    private static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    private OdsFile() {
    }

    /**
     * Whether a zip is an OpenDocument package (a {@code mimetype} entry, or a {@code content.xml}
     * without the {@code [Content_Types].xml} of an Office Open XML one); false for a zip that
     * cannot even be listed, which the .xlsx reader then refuses in its words.
     */
    public static boolean isOpenDocument(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry("mimetype") != null
                    || zip.getEntry("content.xml") != null && zip.getEntry("[Content_Types].xml") == null;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** One table per sheet, hidden ones included, in the document's order. */
    public static List<TableSource> tables(Path path) {
        String file = path.getFileName().toString();
        List<TableSource> tables = new ArrayList<>();
        try (ZipSecureFile zip = WorkbookZip.open(path); InputStream part = content(zip, file)) {
            OdsContent content = new OdsContent(part, file);
            while (content.nextTable()) {
                int index = tables.size();
                String name = content.tableName();
                tables.add(new TableSource(path, name, () -> rows(path, index, name)));
                content.skipTable();
            }
            content.close();
        } catch (IOException e) {
            throw WorkbookXml.damaged(file, null, 0, e);
        }
        return tables;
    }

    private static RowStream rows(Path path, int index, String sheet) {
        String file = path.getFileName().toString();
        ZipSecureFile zip = null;
        InputStream part = null;
        try {
            zip = WorkbookZip.open(path);
            part = content(zip, file);
            OdsContent content = new OdsContent(part, file);
            for (int position = 0; position < index && content.nextTable(); position++) {
                content.skipTable();
            }
            if (!content.nextTable() || !content.tableName().equals(sheet)) {
                throw InputFailure.of(file, sheet, "is no longer in the workbook (was it changed while read?)");
            }
            ZipSecureFile openZip = zip;
            InputStream openPart = part;
            return new OdsSheetRows(new OdsSheetXml(content, sheet), () -> {
                try (openZip; openPart) {
                    content.close();
                }
            });
        } catch (IOException e) {
            ParsedRows.closeQuietly(part, zip);
            throw WorkbookXml.damaged(file, sheet, 0, e);
        } catch (RuntimeException | Error e) {
            ParsedRows.closeQuietly(part, zip);
            throw e;
        }
    }

    /** The document's content part, once the package says it is a spreadsheet that is not encrypted. */
    private static InputStream content(ZipSecureFile zip, String file) throws IOException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
            String type;
            try (InputStream in = zip.getInputStream(mimetype)) {
                type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            }
            if (!type.startsWith(SPREADSHEET)) {
                throw InputFailure.of(file, type.startsWith(OPEN_DOCUMENT)
                        ? "is an OpenDocument file but not a spreadsheet (" + type.substring(OPEN_DOCUMENT.length())
                        + "); give the spreadsheet" : "is damaged or not a file this tool can read (its mimetype is not "
                        + "that of an OpenDocument spreadsheet)");
            }
        }
        if (isEncrypted(zip, file)) {
            throw InputFailure.of(file, ReaderBoundary.PASSWORD_PROTECTED);
        }
        ZipArchiveEntry content = zip.getEntry("content.xml");
        if (content == null) {
            throw WorkbookXml.damaged(file, null, 0, "it has no content.xml");
        }
        return zip.getInputStream(content);
    }

    /** Whether the manifest gives encryption data for a part: the content is then ciphered with a password. */
    private static boolean isEncrypted(ZipSecureFile zip, String file) throws IOException {
        ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(manifest)) {
            XMLStreamReader xml = WorkbookXml.cursor(in, file, null);
            for (int event = WorkbookXml.next(xml, file, null, 0); event != XMLStreamConstants.END_DOCUMENT;
                 event = WorkbookXml.next(xml, file, null, 0)) {
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("encryption-data")
                        && MANIFEST.equals(xml.getNamespaceURI())) {
                    return true;
                }
            }
        }
        return false;
    }
}
