package io.reimburse.output;

/**
 * What every printed page of a workbook carries: a header with the document's title (the legal
 * entity in it) and the run id, DRAFT in red in its middle for a dry run, and a footer with a note
 * (the balance date), "page N of M" and the sheet's name. Texts are given plain: an {@code &} in
 * them is doubled here, since a header reads {@code &} as the start of a code.
 */
record PageLayout(String title, String runId, String draft, String footerNote, String pageOfPages) {

    /** Excel's header and footer codes (ECMA-376 Part 1, §18.3.1.39): page, pages, sheet name, font, colour. */
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";
    private static final String SHEET = "&A";
    private static final String BOLD_RED = "&\"-,Bold\"&KFF0000";

    /**
     * @param draft       the DRAFT mark of a dry run, or null
     * @param pageOfPages "Page {page} of {pages}" in the reader's language
     */
    static PageLayout of(String title, String runId, String draft, String footerNote, String pageOfPages) {
        return new PageLayout(escape(title), escape(runId), draft == null ? "" : BOLD_RED + escape(draft),
                escape(footerNote), escape(pageOfPages).replace("{page}", PAGE).replace("{pages}", PAGES));
    }

    String sheetName() {
        return SHEET;
    }

    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}
