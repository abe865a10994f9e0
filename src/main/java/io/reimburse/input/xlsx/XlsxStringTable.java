package io.reimburse.input.xlsx;

import io.reimburse.input.workbook.WorkbookXml;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbook's string table: the shared-strings part of an .xlsx ({@code xl/sharedStrings.xml}),
 * the texts that cells refer to by number ({@code <c t="s"><v>3</v>}), as plain strings by index,
 * parsed as far as the cells read so far need: finding a table's header reads the first rows
 * only, and Excel numbers the strings in the order it first meets them, so most of a million
 * strings are parsed once, by the full read, not again for the header. An {@code <si>} is its
 * {@code <t>} text, or the concatenation of its runs' {@code <r><t>}; phonetic runs
 * ({@code <rPh>}) and {@code <phoneticPr>} are not text of the cell, and whitespace is kept
 * exactly. {@code _xHHHH_} escapes are decoded as Excel shows them (as POI's own model does too).
 *
 * <p>Hand-written rather than POI's {@code ReadOnlySharedStringsTable}: its {@code getItemAt}
 * builds an XmlBeans {@code XSSFRichTextString} on every lookup, which took about 29% of the time
 * of reading a million-row sheet (profiled); here a lookup is a list index.
 */
final class XlsxStringTable implements AutoCloseable {

    /** What Excel writes for characters XML cannot hold ({@code _x000D_} for a carriage return). */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final InputStream part;
    private final XMLStreamReader xml;
    private final String file;
    private final String sheet;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean ended;
    private boolean inTable;
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    /** The strings of {@code part}, closed with this object; a part that is not well-formed is a run problem. */
    XlsxStringTable(InputStream part, String file, String sheet) {
        this.part = part;
        this.file = file;
        this.sheet = sheet;
        this.xml = WorkbookXml.cursor(part, file, sheet);
    }

    /** String {@code index}, or null when the part has no such string; {@code row} names where it was asked. */
    String get(int index, long row) {
        while (strings.size() <= index && !ended) {
            readItem(row);
        }
        return index < strings.size() ? strings.get(index) : null;
    }

    /** How many strings the part holds (it is read to its end). */
    int count(long row) {
        while (!ended) {
            readItem(row);
        }
        return strings.size();
    }

    /** Parses up to the end of the next {@code <si>}, or of the part. */
    private void readItem(long row) {
        int before = strings.size();
        while (strings.size() == before && !ended) {
            switch (WorkbookXml.next(xml, file, sheet, row)) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> ended = true;
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private void start() {
        if (!XlsxXml.isSpreadsheetMain(xml.getNamespaceURI())) {
            return;
        }
        switch (xml.getLocalName()) {
            case "sst" -> inTable = true;
            case "si" -> {
                inItem = inTable;
                phonetic = 0;
                text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {
                // formatting (rPr, phoneticPr...) is not text
            }
        }
    }

    private void end() {
        if (!XlsxXml.isSpreadsheetMain(xml.getNamespaceURI())) {
            return;
        }
        switch (xml.getLocalName()) {
            case "si" -> {
                if (inItem) {
                    strings.add(decode(text.toString()));
                }
                inItem = false;
                inText = false;
            }
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "t" -> inText = false;
            case "sst" -> inTable = false;
            default -> {
                // nothing to close
            }
        }
    }

    /** Decodes {@code _xHHHH_} escapes: the ST_Xstring rule for characters XML cannot carry. */
    static String decode(String value) {
        if (value.indexOf("_x") < 0) {
            return value;
        }
        Matcher escape = ESCAPE.matcher(value);
        StringBuilder decoded = new StringBuilder(value.length());
        int from = 0;
        while (escape.find()) {
            decoded.append(value, from, escape.start()).append((char) Integer.parseInt(escape.group(1), 16));
            from = escape.end();
        }
        return from == 0 ? value : decoded.append(value, from, value.length()).toString();
    }

    @Override
    public void close() throws IOException {
        try (part) {
            xml.close();
        } catch (XMLStreamException e) {
            // only read: nothing is lost if closing fails
        }
    }
}
