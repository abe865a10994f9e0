package io.reimburse.input;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared-strings part of an .xlsx ({@code xl/sharedStrings.xml}) as plain strings, in index
 * order. An {@code <si>} is its {@code <t>} text, or the concatenation of its runs' {@code <r><t>};
 * phonetic runs ({@code <rPh>}) and {@code <phoneticPr>} are not text of the cell, and whitespace
 * is kept exactly. {@code _xHHHH_} escapes are decoded as Excel shows them (and as POI did).
 *
 * <p>Hand-written rather than POI's {@code ReadOnlySharedStringsTable}: its {@code getItemAt}
 * builds an XmlBeans {@code XSSFRichTextString} on every lookup, which took about 29% of the time
 * of reading a million-row sheet (profiled); here a lookup is a list index.
 */
final class XlsxSharedStrings {

    /** What Excel writes for characters XML cannot hold ({@code _x000D_} for a carriage return). */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxSharedStrings() {
    }

    /** Reads the part; a part that is not well-formed is a run problem naming the file. */
    static List<String> read(InputStream part, String file, String sheet) {
        Handler handler = new Handler();
        try {
            XlsxXml.parse(part, handler);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw XlsxXml.damaged(file, sheet, 0, e);
        } catch (RuntimeException e) {
            throw XlsxXml.parserFailure(e, Handler.class, file, sheet, 0);
        }
        return handler.strings;
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

    private static final class Handler extends DefaultHandler {
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inTable;
        private boolean inItem;
        private boolean inText;
        private int phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!XlsxXml.isSpreadsheetMain(uri)) {
                return;
            }
            switch (localName) {
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

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!XlsxXml.isSpreadsheetMain(uri)) {
                return;
            }
            switch (localName) {
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

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }
}
