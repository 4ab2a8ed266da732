package org.rendition.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates XLIFF against the OASIS schemas bundled under {@code org/rendition/documents/xliff/}
 * (see its README): the XLIFF 2.1 core schema, and the XLIFF 1.2 strict schema with the one
 * extension attribute Rendition writes ({@code xliff/1.2/rendition-extension.xsd}). What Rendition
 * sends a colleague must open in their tool, and what comes back must be XLIFF before its targets
 * are merged.
 */
public final class XliffSchemas {
    private static final String CORE_2 = "xliff/xliff_core_2.0.xsd";
    private static final String STRICT_1_2 = "xliff/1.2/xliff-core-1.2-strict.xsd";
    private static final String RENDITION_1_2 = "xliff/1.2/rendition-extension.xsd";
    private static final Map<XliffVersion, Schema> LOADED = new ConcurrentHashMap<>();

    private XliffSchemas() {
    }

    /**
     * Checks {@code xliff} (an XLIFF 2.x file's bytes) against the core schema.
     *
     * @throws DocumentException naming the line of the first error
     */
    public static void validate2(byte[] xliff) throws DocumentException {
        validate(XliffVersion.V2_1, xliff);
    }

    /**
     * Checks {@code xliff} against the schema of {@code version}.
     *
     * @throws DocumentException naming the line of the first error
     */
    public static void validate(XliffVersion version, byte[] xliff) throws DocumentException {
        try {
            LOADED.computeIfAbsent(version, XliffSchemas::load).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xliff)));
        } catch (SAXParseException e) {
            throw new DocumentException("The XLIFF file breaks the XLIFF " + version.number() + " schema at line "
                    + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new DocumentException("The XLIFF file cannot be checked against the XLIFF " + version.number()
                    + " schema: " + e.getMessage(), e);
        }
    }

    private static Schema load(XliffVersion version) {
        List<String> files = version == XliffVersion.V2_1 ? List.of(CORE_2) : List.of(STRICT_1_2, RENDITION_1_2);
        Source[] sources = new Source[files.size()];
        for (int i = 0; i < files.size(); i++) {
            URL url = XliffSchemas.class.getResource(files.get(i));
            if (url == null) {
                throw new IllegalStateException("the XLIFF " + version.number() + " schema is missing from the application");
            }
            sources[i] = new StreamSource(url.toExternalForm());
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Only the bundled schemas (and the xml.xsd each imports by relative path) are read.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled XLIFF " + version.number() + " schema cannot be read", e);
        }
    }
}
