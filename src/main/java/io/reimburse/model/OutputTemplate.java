package io.reimburse.model;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file an integrator described in a template (ErpTargets {@code template:NAME}): the columns, in
 * order, and the file's settings. A delimiter of 0 makes a fixed-width file (every column has a width,
 * nothing is quoted).
 *
 * @param file      the template's file name, for messages
 * @param fileName  the name of the file written
 * @param bom       a byte order mark before the text (UTF-8, UTF-16)
 * @param lineEnd   "\r\n" or "\n"
 * @param quote     when a value is quoted
 * @param settings  where the settings table is (its Encoding and Quote settings, for messages)
 */
public record OutputTemplate(String name, String file, String fileName, char delimiter, Charset encoding, boolean bom,
                             boolean header, String lineEnd, Quote quote, List<TemplateColumn> columns,
                             SourceRef settings) {

    /** Quoting: as needed (a delimiter, quote or line break inside), every value, or never. */
    public enum Quote { MINIMAL, ALL, NONE }

    public OutputTemplate {
        columns = List.copyOf(columns);
    }

    public boolean fixedWidth() {
        return delimiter == 0;
    }
}
