package io.reimburse.output;

import io.reimburse.SharedReference;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.nio.file.Path;

/** The reference pain.001.001.03 schema of ../shared, used offline: no external DTD or schema is fetched. */
public final class PaymentsXmlSchema {

    static final Path SCHEMA = SharedReference.resolve("iso20022/pain.001.001.03.xsd");

    private PaymentsXmlSchema() {
    }

    /** Throws SAXException naming the first element that does not fit the schema. */
    public static void validate(Path xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.newSchema(SCHEMA.toFile()).newValidator().validate(new StreamSource(xml.toFile()));
    }
}
