package io.reimburse.input.workbook;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.reimburse.input.ReaderBoundary;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import org.codehaus.stax2.XMLInputFactory2;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * The XML parts of a workbook (an .xlsx's sheets and shared strings, an .ods's content) read with
 * a secure StAX cursor: no DTD and no entity expansion, and a parser's failure on the bytes is a
 * run problem naming the file, sheet and row.
 */
public final class WorkbookXml {

    private WorkbookXml() {
    }

    /**
     * Aalto, not the JDK's own StAX parser nor Woodstox: Woodstox read the bench's million-row sheet
     * 14 % faster than the JDK's parser, and Aalto parses its 300 MB of XML in a quarter less time
     * than Woodstox (1.25 s against 1.6 s, after the same inflating; scripts/bench-tools/SheetRead.java
     * for the whole sheet read). Set up as POI sets up its parsers (no DTD, no external entities; Aalto
     * expands no entity a DTD declares, and a DTD is refused in {@link #next} anyway), and not lazy:
     * text a parser cannot read fails in {@link #next}, where it becomes a run problem, not later in
     * a getText() call. A configured factory serves several threads.
     */
    private static final XMLInputFactory PARSERS = parsers();

    private static XMLInputFactory parsers() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return factory;
    }

    /** A pull parser (StAX cursor) over a part: the sheets and the shared strings, read as far as needed. */
    public static XMLStreamReader cursor(InputStream part, String file, String sheet) {
        try {
            return PARSERS.createXMLStreamReader(part);
        } catch (XMLStreamException | RuntimeException e) {
            throw damaged(file, sheet, 0, e);
        }
    }

    /** The cursor's next event; a pull parser calls none of this project's code, so its failure is the file's. */
    public static int next(XMLStreamReader xml, String file, String sheet, long row) {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException | RuntimeException e) {
            throw damaged(file, sheet, row, e);
        }
        if (event == XMLStreamConstants.DTD) {
            // the parser does not read it, but the entities it declares would be refused one by one, as damage
            throw new RunRefused(new RunProblem(file, sheet, row, null, ReaderBoundary.ENTITY_DECLARATIONS));
        }
        return event;
    }

    /** A part that cannot be parsed: the file is damaged, in ReaderBoundary's words. */
    public static RunRefused damaged(String file, String sheet, long row, Throwable cause) {
        if (cause instanceof RunRefused refused) {
            return refused;
        }
        return new RunRefused(new RunProblem(file, sheet, row, null, ReaderBoundary.explain(cause)));
    }

    /** A part whose content is not what the format allows, said in a few words. */
    public static RunRefused damaged(String file, String sheet, long row, String detail) {
        return new RunRefused(new RunProblem(file, sheet, row, null,
                "is damaged or not a file this tool can read (" + detail + ")"));
    }
}
