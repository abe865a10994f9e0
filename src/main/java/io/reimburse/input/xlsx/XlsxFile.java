package io.reimburse.input.xlsx;

import io.reimburse.input.workbook.WorkbookXml;
import io.reimburse.input.workbook.WorkbookZip;
import io.reimburse.input.InputFailure;
import io.reimburse.input.ParsedRows;
import io.reimburse.input.Limits;
import io.reimburse.input.RowStream;
import io.reimburse.input.TableSource;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An .xlsx workbook read row by row: POI opens the package and its parts (sheets in workbook
 * order, styles), this project's parsers read the shared strings ({@link XlsxStringTable}) and
 * the sheets ({@link XlsxSheetXml}), so no whole-sheet object model is ever in memory. POI's zip
 * guard applies the zip limits of {@link Limits}; the workbook part is parsed with POI's secure SAX
 * parser (it refuses a DOCTYPE) and the sheets and shared strings with the StAX cursor of
 * {@link XlsxXml} (DTDs not supported), so no entity is ever expanded. Library failures on a
 * damaged file are turned into run problems by {@code ReaderBoundary}, the parsers' failures by
 * {@link XlsxXml}.
 *
 * <p>Hand-written rather than POI's streaming reading, because of speed: the streaming reader used
 * before (excel-streaming-reader, StAX with an event object per XML event, over POI's
 * {@code ReadOnlySharedStringsTable}, whose every lookup builds an XmlBeans rich text) read the bench's
 * million-row sheet at about 45,000 rows/s; a StAX cursor and the shared strings kept as plain strings
 * read it at about 150,000 rows/s (README, Performance). The values are the same: the cells follow
 * {@code WorkbookCells}, whose rules the .xls reader applies to POI's own cells.
 */
public final class XlsxFile {

    static {
        WorkbookZip.applyLimits();
    }

    private XlsxFile() {
    }

    /** One table per sheet, hidden ones included, named in workbook order. */
    public static List<TableSource> tables(Path path) {
        String file = path.getFileName().toString();
        List<TableSource> tables = new ArrayList<>();
        OPCPackage workbook = open(path);
        try {
            XSSFReader reader = reader(workbook, file);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            for (int index = 0; sheets.hasNext(); index++) {
                sheets.next().close();
                int sheetIndex = index;
                String sheetName = sheets.getSheetName();
                tables.add(new TableSource(path, sheetName, () -> rows(path, sheetIndex, sheetName)));
            }
            // POI skips a sheet without a name or part reference: a table must not go missing unsaid
            if (properties(reader, file, null).sheets != tables.size()) {
                throw WorkbookXml.damaged(file, null, 0, "a sheet of the workbook has no name or no part");
            }
        } catch (IOException | OpenXML4JException e) {
            throw WorkbookXml.damaged(file, null, 0, e);
        } finally {
            workbook.revert();
        }
        return tables;
    }

    private static OPCPackage open(Path path) {
        try {
            return XlsxPackage.open(path);
        } catch (OpenXML4JException e) {
            throw WorkbookXml.damaged(path.getFileName().toString(), null, 0, e);
        }
    }

    private static XSSFReader reader(OPCPackage workbook, String file) throws IOException, OpenXML4JException {
        if (workbook.isStrictOoxmlFormat()) {
            // its parts are in other namespaces, which POI's XSSFReader and StylesTable do not read
            throw InputFailure.of(file, "is saved as Strict Open XML, which this tool does not read; "
                    + "save it as an Excel Workbook (.xlsx) and try again");
        }
        for (PackagePart document : workbook.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(document.getContentType())) {
                throw InputFailure.of(file, "is an Excel binary workbook (.xlsb), which this tool does not read: "
                        + "save it as .xlsx");
            }
        }
        return new XSSFReader(workbook);
    }

    /**
     * Opens sheet {@code index}: the workbook's date system and cell styles are read first, then the
     * sheet streams, the shared strings read along as its cells need them.
     */
    private static RowStream rows(Path path, int index, String sheetName) {
        String file = path.getFileName().toString();
        OPCPackage workbook = open(path);
        XlsxStringTable sharedStrings = null;
        InputStream sheet = null;
        try {
            XSSFReader reader = reader(workbook, file);
            boolean date1904 = properties(reader, file, sheetName).date1904();
            sharedStrings = sharedStrings(workbook, file, sheetName);
            XlsxCellFormats formats = XlsxCellFormats.of(reader.getStylesTable());
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            int position = -1;
            while (position < index && sheets.hasNext()) {
                ParsedRows.closeQuietly(sheet);
                sheet = sheets.next();
                position++;
            }
            if (position != index || !sheets.getSheetName().equals(sheetName)) {
                throw InputFailure.of(file, sheetName, "is no longer in the workbook (was it changed while read?)");
            }
            InputStream part = sheet;
            XlsxStringTable strings = sharedStrings;
            XlsxSheetXml sheetXml = new XlsxSheetXml(file, sheetName, part, new XlsxCells(strings, formats, date1904));
            return new XlsxSheetRows(sheetXml, () -> {
                try (part; strings) {
                    // closing is all: the sheet part and the shared strings, then the package below
                } finally {
                    workbook.revert();
                }
            });
        } catch (IOException | OpenXML4JException e) {
            ParsedRows.closeQuietly(sheet, sharedStrings);
            workbook.revert();
            throw WorkbookXml.damaged(file, sheetName, 0, e);
        } catch (RuntimeException | Error e) {
            ParsedRows.closeQuietly(sheet, sharedStrings);
            workbook.revert();
            throw e;
        }
    }

    /**
     * The shared strings, or null when the workbook has none (then a shared-string cell is damage);
     * the part found by its content type, as POI's readers find it.
     */
    private static XlsxStringTable sharedStrings(OPCPackage workbook, String file, String sheetName)
            throws IOException, OpenXML4JException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        InputStream part = parts.get(0).getInputStream();
        try {
            return new XlsxStringTable(part, file, sheetName);
        } catch (RuntimeException e) {
            ParsedRows.closeQuietly(part, null);
            throw e;
        }
    }

    private static WorkbookProperties properties(XSSFReader reader, String file, String sheetName)
            throws IOException, OpenXML4JException {
        WorkbookProperties properties = new WorkbookProperties();
        try (InputStream part = reader.getWorkbookData()) {
            XlsxXml.parse(part, properties);
        } catch (SAXException | ParserConfigurationException e) {
            throw WorkbookXml.damaged(file, sheetName, 0, e);
        } catch (RuntimeException e) {
            throw XlsxXml.parserFailure(e, WorkbookProperties.class, file, sheetName, 0);
        }
        if (!properties.workbookRoot) {
            // its date system unknown, a date cell could be read four years off
            throw WorkbookXml.damaged(file, sheetName, 0, "its workbook XML is not SpreadsheetML");
        }
        return properties;
    }

    /** What the workbook part says: its sheets, and whether it counts dates from 1904 (old Mac workbooks). */
    private static final class WorkbookProperties extends DefaultHandler {
        private int depth;
        private boolean workbookRoot;
        private boolean inSheets;
        private int sheets;
        private int workbookPrCount;
        private boolean date1904;

        /**
         * {@code <workbookPr date1904="1|true">}; only a single workbookPr counts: the schema allows one,
         * and two say nothing certain, so the default (counting from 1900) holds.
         */
        boolean date1904() {
            return workbookPrCount == 1 && date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            boolean main = XlsxXml.isSpreadsheetMain(uri);
            if (depth == 1) {
                workbookRoot = main && localName.equals("workbook");
            } else if (depth == 2 && workbookRoot && main && localName.equals("workbookPr")) {
                workbookPrCount++;
                String value = attributes.getValue("", "date1904");
                date1904 = value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
            } else if (depth == 2 && workbookRoot && main && localName.equals("sheets")) {
                inSheets = true;
            } else if (depth == 3 && inSheets && main && localName.equals("sheet")) {
                sheets++;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth == 2) {
                inSheets = false;
            }
            depth--;
        }
    }
}
