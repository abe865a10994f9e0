package io.reimburse.input.xlsx;

import io.reimburse.input.ReaderBoundary;
import io.reimburse.input.workbook.WorkbookXml;
import io.reimburse.model.RunRefused;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The XML of an .xlsx's parts: which namespace is SpreadsheetML, the SAX parse of the workbook part,
 * and how that parser's failure on the bytes becomes a run problem naming the file, sheet and row,
 * while an exception of this project's own handler stays a bug. The StAX cursor over the sheets and
 * shared strings is {@link WorkbookXml}'s, as for every workbook format.
 */
final class XlsxXml {

    private XlsxXml() {
    }

    /** SpreadsheetML's namespace (transitional: Strict Open XML workbooks are refused before). */
    static final String SPREADSHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Whether an element is SpreadsheetML: the namespace is compared in full, as POI's parsers do. */
    static boolean isSpreadsheetMain(String namespace) {
        return SPREADSHEET_MAIN.equals(namespace);
    }

    /** The namespace of a sheet's root: SpreadsheetML, or Excel's own for macro sheets ({@code xm:macrosheet}). */
    static boolean isSheetRoot(String namespace) {
        return isSpreadsheetMain(namespace) || "http://schemas.microsoft.com/office/excel/2006/main".equals(namespace);
    }

    /** Parses a part with a SAX handler (the small workbook part). */
    static void parse(InputStream part, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(part));
    }

    /**
     * A runtime exception out of a SAX parse: thrown by the handler (this project's code) it is a
     * bug and goes on unchanged; thrown by the parser itself it is the file's bytes that it failed on.
     */
    static RuntimeException parserFailure(RuntimeException e, Class<?> handler, String file, String sheet, long row) {
        if (e instanceof RunRefused || firstOwnFrameIs(e, handler)) {
            return e;
        }
        return WorkbookXml.damaged(file, sheet, row, e);
    }

    private static boolean firstOwnFrameIs(Throwable e, Class<?> handler) {
        String thrower = ReaderBoundary.firstFrameOutsideJdk(e);
        return thrower == null || thrower.equals(handler.getName()); // no frame to tell: a bug must never pass for a bad file
    }
}
