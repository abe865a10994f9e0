package io.reimburse.output.erp;

import io.reimburse.model.ErpParameters.PackageFormat;
import io.reimburse.output.CsvFiles;
import io.reimburse.output.CsvOutput;
import io.reimburse.output.D365Fields;
import io.reimburse.output.IndentedXml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Dynamics 365 data package being written: each CSV file it is asked for is an entity file of
 * the zip, in the package's source format (CSV-Unicode: UTF-16 LE with its byte order mark; CSV:
 * UTF-8; both comma-separated with CRLF line ends, the built-in formats' delimiter, which Microsoft
 * says not to change), sequenced in the order the files come; {@link #finish} adds the manifest
 * (one EntityMap per column of each file) and the package header.
 */
final class PackageZip implements CsvFiles, AutoCloseable {

    private static final String NAMESPACE = "http://schemas.microsoft.com/dynamics/2015/01/DataManagement";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String MANIFEST_TYPE =
            "Microsoft.Dynamics.AX.Framework.Tools.DataManagement.Serialization.DataManagementPackageManifest";

    /** An entity file written: its entity and the CSV that wrote it (its columns). */
    private record EntityFile(String name, D365Fields entity, CsvOutput csv) {
    }

    private final DatedZip zip;
    private final PackageFormat format;
    private final Map<String, D365Fields> entities;
    private final boolean formulaGuard;
    private final List<EntityFile> written = new ArrayList<>();

    PackageZip(Path file, PackageFormat format, LocalDate date, Map<String, D365Fields> entities, boolean formulaGuard)
            throws IOException {
        this.zip = new DatedZip(file, date);
        this.format = format;
        this.entities = entities;
        this.formulaGuard = formulaGuard;
    }

    @Override
    public CsvOutput create(String name) throws IOException {
        D365Fields entity = entities.get(name);
        if (entity == null) {
            throw new IllegalStateException(name + " is no entity file of a data package");
        }
        OutputStream entry = zip.entry(name);
        if (format == PackageFormat.CSV_UNICODE) {
            entry.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        Writer text = new OutputStreamWriter(entry, format == PackageFormat.CSV_UNICODE ? StandardCharsets.UTF_16LE
                : StandardCharsets.UTF_8);
        CsvOutput csv = CsvOutput.over(text, ',', "\r\n", false, formulaGuard);
        written.add(new EntityFile(name, entity, csv));
        return csv;
    }

    /** The manifest and the package header, once every entity file is written. */
    void finish(String definitionGroup, String description) throws IOException {
        try {
            xml("Manifest.xml", out -> manifest(out, definitionGroup, description));
            xml("PackageHeader.xml", out -> {
                out.root("DataManagementPackageHeader", NAMESPACE, "i", XSI);
                out.leaf("Description", description);
                out.leaf("ManifestType", MANIFEST_TYPE);
                out.leaf("PackageType", "DefinitionGroup");
                out.leaf("PackageVersion", "2");
                out.end();
            });
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the data package: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(IndentedXml out) throws XMLStreamException;
    }

    private void xml(String name, XmlBody body) throws IOException, XMLStreamException {
        try (OutputStream entry = zip.entry(name)) {
            // the JDK's own writer, as for payments.xml: the bytes must not change with a dependency
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(entry, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(new IndentedXml(xml, "\t"));
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        }
    }

    /** Elements in the order (alphabetical) in which Data management's own export writes them. */
    private void manifest(IndentedXml out, String definitionGroup, String description) throws XMLStreamException {
        out.root("DataManagementPackageManifest", NAMESPACE, "i", XSI);
        out.leaf("DefinitionGroupName", definitionGroup);
        out.leaf("Description", description);
        out.start("PackageEntityList");
        int level = 0;
        for (EntityFile file : written) {
            out.start("DataManagementPackageEntityData");
            out.leaf("DefaultRefreshType", "FullPush");
            out.leaf("Disable", "false");
            out.start("EntityMapList");
            for (String column : file.csv().columns()) {
                out.start("EntityMap");
                out.leaf("ArrayIndex", "0");
                out.leaf("EntityField", column);
                nil(out, "EntityFieldConversionList");
                out.leaf("IsAutoDefault", "false");
                out.leaf("IsAutoGenerated", "false");
                out.leaf("IsDefaultValueEqualNull", "false");
                out.leaf("UseTextQualifier", "false");
                out.leaf("XMLField", column);
                out.end();
            }
            out.end();
            out.leaf("EntityName", file.entity().label());
            nil(out, "EntityTransformList");
            out.empty("ExcelSheetName", null, null, null, null);
            out.leaf("ExecutionUnit", "1");
            out.leaf("FailExecutionUnitOnError", "false");
            out.leaf("FailLevelOnError", "false");
            out.leaf("InputFilePath", file.name());
            out.leaf("LevelInExecutionUnit", Integer.toString(++level));
            nil(out, "QueryData");
            nil(out, "QueryFilter");
            out.leaf("RunBusinessLogic", "true");
            out.leaf("RunBusinessValidation", "true");
            out.empty("SampleFilePath", null, null, null, null);
            out.leaf("SequenceInLevel", "1");
            out.leaf("SourceFormat", format.sourceFormat());
            out.leaf("TargetEntity", file.entity().entity());
            out.leaf("ValidationStatus", "Yes");
            out.end();
        }
        out.end();
        out.leaf("ProjectCategory", "0");
        nil(out, "RulesData");
        out.end();
    }

    private static void nil(IndentedXml out, String element) throws XMLStreamException {
        out.empty(element, "i", XSI, "nil", "true");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
