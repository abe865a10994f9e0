package io.reimburse.output;

import io.reimburse.model.Language;
import io.reimburse.model.Money;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles of a workbook this tool writes, each created once (Excel refuses files with too
 * many styles): plain text, bold headers, titles, the DRAFT mark, sentences that wrap, codes, lines
 * to write on, dates as the
 * reader's language writes them (2026-10-31, or 31/10/2026 in French), and amounts with their
 * currency: its decimals (EUR 2, JPY 0, KWD 3) and its code ({@code #,##0.00 "EUR"}).
 */
final class WorkbookStyles {

    private final Workbook workbook;
    /**
     * Text, top-aligned: set on every text cell (a cell without a style makes POI look up its
     * column's, and LibreOffice gives it its own default, bottom-aligned).
     */
    final CellStyle plain;
    final CellStyle bold;
    /** The bold label of a column of numbers, right-aligned over them. */
    final CellStyle boldOverNumbers;
    /** The bold label of a column of codes, set off as they are. */
    final CellStyle boldOverCodes;
    /** A table's header: bold, wrapped when its column is narrower than it. */
    final CellStyle header;
    final CellStyle title;
    final CellStyle draft;
    final CellStyle date;
    /** A sentence: wrapped within its column, so a printed page shows all of it. */
    final CellStyle wrapped;
    /** A code beside its words: grey, set off from the cell before it. */
    final CellStyle code;
    /** An empty cell to write in: a line along its bottom. */
    final CellStyle toFillIn;
    private final Map<String, CellStyle> amounts = new HashMap<>();
    private final Map<String, CellStyle> boldAmounts = new HashMap<>();
    private final Font boldFont;

    WorkbookStyles(Workbook workbook, Language language) {
        this.workbook = workbook;
        plain = style(null);
        boldFont = font(true, 0, null);
        bold = style(boldFont);
        boldOverNumbers = style(boldFont);
        boldOverNumbers.setAlignment(HorizontalAlignment.RIGHT);
        boldOverCodes = style(boldFont);
        boldOverCodes.setIndention((short) 1);
        header = style(boldFont);
        header.setWrapText(true);
        title = style(font(true, 14, null));
        draft = style(font(true, 16, IndexedColors.RED));
        date = style(null);
        // the format French Excel shows; the cell is a date whatever the format
        date.setDataFormat(workbook.createDataFormat().getFormat(language == Language.FR ? "dd/mm/yyyy" : "yyyy-mm-dd"));
        wrapped = style(null);
        wrapped.setWrapText(true);
        code = style(font(false, 0, IndexedColors.GREY_50_PERCENT));
        code.setIndention((short) 1);
        toFillIn = style(null);
        toFillIn.setBorderBottom(BorderStyle.THIN);
    }

    /** The style of an amount in {@code currency}: its decimals and its code; 2 decimals when unknown. */
    CellStyle amount(String currency, boolean inBold) {
        return (inBold ? boldAmounts : amounts).computeIfAbsent(currency, code -> {
            CellStyle style = style(inBold ? boldFont : null);
            style.setDataFormat(workbook.createDataFormat().getFormat(amountFormat(code)));
            return style;
        });
    }

    /** A new style, top-aligned as every cell is (a row of several lines, a sentence's, reads from its top). */
    private CellStyle style(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    /** A font of {@code points} (0: the default size) in {@code colour} (null: black). */
    private Font font(boolean bold, int points, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setBold(bold);
        if (points > 0) {
            font.setFontHeightInPoints((short) points);
        }
        if (colour != null) {
            font.setColor(colour.getIndex());
        }
        return font;
    }

    /** {@code #,##0.00 "EUR"}, {@code #,##0 "JPY"}, {@code #,##0.000 "KWD"}. */
    static String amountFormat(String currency) {
        boolean known = currency != null && Money.isKnownCurrency(currency);
        int digits = known ? Money.minorDigits(currency) : 2;
        String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        // an ISO 4217 code is three letters: nothing in it needs escaping in a format
        return known ? number + " \"" + currency + "\"" : number;
    }
}
