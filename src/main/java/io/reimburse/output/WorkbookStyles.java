package io.reimburse.output;

import io.reimburse.model.Money;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles of a workbook this tool writes, each created once (Excel refuses files with too
 * many styles): plain text, bold headers, the DRAFT mark, dates, and amounts with their currency's
 * decimals.
 */
final class WorkbookStyles {

    private final Workbook workbook;
    /** The workbook's default style, set on text cells: a cell without a style makes POI look up its column's. */
    final CellStyle plain;
    final CellStyle bold;
    final CellStyle draft;
    final CellStyle date;
    private final Map<Integer, CellStyle> amounts = new HashMap<>();
    private final Map<Integer, CellStyle> boldAmounts = new HashMap<>();
    private final Font boldFont;

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        plain = workbook.getCellStyleAt(0);
        boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        Font draftFont = workbook.createFont();
        draftFont.setBold(true);
        draftFont.setFontHeightInPoints((short) 16);
        draftFont.setColor(IndexedColors.RED.getIndex());
        draft = workbook.createCellStyle();
        draft.setFont(draftFont);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** The style of an amount in {@code currency}: its decimals (EUR 2, JPY 0, KWD 3), 2 when unknown. */
    CellStyle amount(String currency, boolean inBold) {
        int digits = Money.isKnownCurrency(currency) ? Money.minorDigits(currency) : 2;
        return (inBold ? boldAmounts : amounts).computeIfAbsent(digits, d -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            if (inBold) {
                style.setFont(boldFont);
            }
            return style;
        });
    }
}
