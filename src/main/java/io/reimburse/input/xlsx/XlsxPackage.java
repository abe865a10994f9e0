package io.reimburse.input.xlsx;

import io.reimburse.input.workbook.WorkbookXml;
import io.reimburse.input.Limits;
import io.reimburse.model.RunRefused;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opens an .xlsx's zip package with POI, leaving out the zip entries that are no part of it: an
 * entry that has no content type and that no relationship targets, such as the {@code xl/.DS_Store}
 * and {@code __MACOSX/...} entries macOS archivers leave. POI refuses the whole package for one
 * (every part needs a content type, OPC rule M1.14), while Excel and LibreOffice pass over them. An
 * entry without a content type that a relationship does target is left in, and POI refuses it as
 * before: the workbook would be missing a part it names.
 */
final class XlsxPackage {

    private XlsxPackage() {
    }

    static OPCPackage open(Path path) throws InvalidFormatException {
        File file = path.toFile();
        ZipSecureFile zip;
        try {
            zip = ZipHelper.openZipFile(file);
        } catch (IOException unreadableDirectory) {
            // POI's own fallback then reads the entries in order, without the zip's central directory
            return OPCPackage.open(file, PackageAccess.READ);
        }
        ZipEntrySource entries = new ZipFileZipEntrySource(zip);
        try {
            Set<String> stray = strayEntries(entries, path.getFileName().toString());
            return OPCPackage.open(stray.isEmpty() ? entries : new Without(entries, stray));
        } catch (InvalidFormatException | RuntimeException | Error e) {
            closeQuietly(entries);
            throw e;
        }
    }

    /**
     * The entries without a content type that no relationship targets. When the content types or a
     * relationships part cannot be read, none: POI then reads them and says what is wrong.
     */
    private static Set<String> strayEntries(ZipEntrySource zip, String file) {
        List<? extends ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > Limits.MAX_ZIP_ENTRIES) {
            return Set.of(); // refused by POI's count before any part is read
        }
        try {
            ZipArchiveEntry typesEntry = zip.getEntry("[Content_Types].xml");
            if (typesEntry == null) {
                return Set.of();
            }
            ContentTypes types = ContentTypes.read(zip, typesEntry, file);
            Set<String> untyped = new HashSet<>();
            for (ZipArchiveEntry entry : entries) {
                String name = entry.getName();
                if (!name.endsWith("/") && !name.startsWith("[trash]") && !name.equalsIgnoreCase(typesEntry.getName())
                        && !types.has("/" + name)) {
                    untyped.add(name);
                }
            }
            if (!untyped.isEmpty()) {
                for (ZipArchiveEntry entry : entries) {
                    if (entry.getName().endsWith(".rels")) {
                        untyped.removeAll(targets(zip, entry, file));
                    }
                }
            }
            return untyped;
        } catch (IOException | RunRefused unreadable) {
            return Set.of();
        }
    }

    /** The content types of {@code [Content_Types].xml}: by extension, and by part name. */
    private record ContentTypes(Set<String> extensions, Set<String> partNames) {

        static ContentTypes read(ZipEntrySource zip, ZipArchiveEntry entry, String file) throws IOException {
            ContentTypes types = new ContentTypes(new HashSet<>(), new HashSet<>());
            try (InputStream part = zip.getInputStream(entry)) {
                XMLStreamReader xml = WorkbookXml.cursor(part, file, null);
                for (int event = WorkbookXml.next(xml, file, null, 0); event != XMLStreamConstants.END_DOCUMENT;
                     event = WorkbookXml.next(xml, file, null, 0)) {
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String extension = xml.getAttributeValue(null, "Extension");
                    String partName = xml.getAttributeValue(null, "PartName");
                    if (xml.getLocalName().equals("Default") && extension != null) {
                        types.extensions.add(extension.toLowerCase(Locale.ROOT));
                    } else if (xml.getLocalName().equals("Override") && partName != null) {
                        types.partNames.add(partName.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return types;
        }

        /** Whether a part has a content type: its own, or its extension's (after the path's last dot, as POI takes it). */
        boolean has(String partName) {
            int dot = partName.lastIndexOf('.');
            return partNames.contains(partName.toLowerCase(Locale.ROOT))
                    || dot >= 0 && extensions.contains(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    /** The zip entry names that a relationships part's internal relationships target. */
    private static Set<String> targets(ZipEntrySource zip, ZipArchiveEntry rels, String file) throws IOException {
        Set<String> targets = new HashSet<>();
        URI source;
        try {
            source = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(
                    PackagingURIHelper.toURI("/" + rels.getName()));
        } catch (URISyntaxException | RuntimeException notAPartName) {
            return targets;
        }
        try (InputStream part = zip.getInputStream(rels)) {
            XMLStreamReader xml = WorkbookXml.cursor(part, file, null);
            for (int event = WorkbookXml.next(xml, file, null, 0); event != XMLStreamConstants.END_DOCUMENT;
                 event = WorkbookXml.next(xml, file, null, 0)) {
                String target = event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))
                        ? xml.getAttributeValue(null, "Target") : null;
                if (target != null) {
                    try {
                        URI resolved = PackagingURIHelper.resolvePartUri(source, PackagingURIHelper.toURI(target));
                        targets.add(PackagingURIHelper.decodeURI(resolved).replaceFirst("^/", ""));
                    } catch (URISyntaxException | RuntimeException notAPartName) {
                        // a target POI cannot resolve either: it names no entry
                    }
                }
            }
        }
        return targets;
    }

    /** The zip's entries less some. */
    private record Without(ZipEntrySource zip, Set<String> stray) implements ZipEntrySource {

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return Collections.enumeration(Collections.list(zip.getEntries()).stream()
                    .filter(entry -> !stray.contains(entry.getName())).toList());
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return stray.contains(path) ? null : zip.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return zip.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }

        @Override
        public boolean isClosed() {
            return zip.isClosed();
        }
    }

    private static void closeQuietly(ZipEntrySource entries) {
        try {
            entries.close();
        } catch (IOException e) {
            // only read: nothing is lost if closing fails
        }
    }
}
