package io.reimburse.output;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written element by element with the JDK's StAX writer (escaping is the writer's),
 * indented so that a person can read it: each element on its own line, {@code indent} once per level,
 * a leaf's text on its line.
 */
public final class IndentedXml {

    private final XMLStreamWriter xml;
    private final String indent;
    private int depth;
    private boolean hadChild;

    public IndentedXml(XMLStreamWriter xml, String indent) {
        this.xml = xml;
        this.indent = indent;
    }

    /** The root element in its default namespace, with the namespaces its children's attributes use. */
    public void root(String element, String namespace, String... prefixesAndUris) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeDefaultNamespace(namespace);
        for (int i = 0; i < prefixesAndUris.length; i += 2) {
            xml.writeNamespace(prefixesAndUris[i], prefixesAndUris[i + 1]);
        }
        depth++;
        hadChild = false;
    }

    public void start(String element) throws XMLStreamException {
        newLine();
        xml.writeStartElement(element);
        depth++;
        hadChild = false;
    }

    public void end() throws XMLStreamException {
        depth--;
        if (hadChild) {
            newLine();
        }
        xml.writeEndElement();
        hadChild = true;
    }

    public void leaf(String element, String text) throws XMLStreamException {
        leaf(element, text, null, null);
    }

    /** An element holding text, with one attribute when {@code attribute} is not null. */
    public void leaf(String element, String text, String attribute, String value) throws XMLStreamException {
        newLine();
        xml.writeStartElement(element);
        if (attribute != null) {
            xml.writeAttribute(attribute, value);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
        hadChild = true;
    }

    /** An empty element with one attribute in a namespace declared on the root ({@code i:nil="true"}). */
    public void empty(String element, String prefix, String uri, String attribute, String value)
            throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(element);
        if (prefix != null) {
            xml.writeAttribute(prefix, uri, attribute, value);
        }
        hadChild = true;
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + indent.repeat(depth));
    }
}
