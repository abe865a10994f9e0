package io.reimburse.input.ods;

import io.reimburse.input.workbook.WorkbookXml;
import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.InputStream;

/**
 * An .ods's {@code content.xml}, walked as far as its spreadsheet's tables: each
 * {@code <table:table>} of {@code <office:spreadsheet>} is a sheet, in order; what comes before
 * the body (styles, fonts) and the tables passed over are skipped without being looked at. The
 * spreadsheet's null date tells whether date serials count from 1904.
 */
final class OdsContent {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private final XMLStreamReader2 xml;
    private final String file;
    private boolean inSpreadsheet;
    private boolean ended;
    private boolean date1904;

    OdsContent(InputStream part, String file) {
        this.file = file;
        // Aalto's cursor is a Stax2 one, which can skip an element without reporting what is in it
        this.xml = (XMLStreamReader2) WorkbookXml.cursor(part, file, null);
    }

    /** Moves to the start of the next sheet's table; false when the spreadsheet has no more. */
    boolean nextTable() {
        while (!ended) {
            int event = next(null, 0);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                ended = inSpreadsheet && is(OFFICE, "spreadsheet");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (inSpreadsheet && is(TABLE, "table")) {
                    return true;
                }
                if (is(OFFICE, "spreadsheet")) {
                    inSpreadsheet = true;
                } else if (is(TABLE, "null-date")) {
                    date1904 = "1904-01-01".equals(xml.getAttributeValue(TABLE, "date-value"));
                } else if (!isOnTheWay()) {
                    skip(null, 0);
                }
            }
        }
        return false;
    }

    /** The elements that lead to the tables (and to the null date): all others are passed over whole. */
    private boolean isOnTheWay() {
        return !inSpreadsheet && (is(OFFICE, "document-content") || is(OFFICE, "body") || is(OFFICE, "document"))
                || inSpreadsheet && is(TABLE, "calculation-settings");
    }

    /** The name of the table the cursor is at. */
    String tableName() {
        String name = xml.getAttributeValue(TABLE, "name");
        return name == null ? "" : name;
    }

    /** Passes over the table the cursor is at. */
    void skipTable() {
        skip(null, 0);
    }

    boolean date1904() {
        return date1904;
    }

    XMLStreamReader2 cursor() {
        return xml;
    }

    String file() {
        return file;
    }

    /** The next event; a parser's failure is the file's, at {@code row} of {@code sheet} when one is read. */
    int next(String sheet, long row) {
        return WorkbookXml.next(xml, file, sheet, row);
    }

    /** Passes over the element the cursor is at, to its end. */
    void skip(String sheet, long row) {
        try {
            xml.skipElement();
        } catch (XMLStreamException | RuntimeException e) {
            throw WorkbookXml.damaged(file, sheet, row, e);
        }
    }

    boolean is(String namespace, String localName) {
        return localName.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // only read: nothing is lost if closing fails
        }
    }
}
