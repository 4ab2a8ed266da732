package org.rendition.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates XLIFF 2 against the OASIS core schema bundled under
 * {@code org/rendition/documents/xliff/} (see its README): what Rendition sends a colleague
 * must open in their tool, and what comes back must be XLIFF before its targets are merged.
 */
public final class XliffSchemas {
    private static final String CORE_2 = "xliff/xliff_core_2.0.xsd";
    private static volatile Schema core2;

    private XliffSchemas() {
    }

    /**
     * Checks {@code xliff} (an XLIFF 2.x file's bytes) against the core schema.
     *
     * @throws DocumentException naming the line of the first error
     */
    public static void validate2(byte[] xliff) throws DocumentException {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xliff)));
        } catch (SAXParseException e) {
            throw new DocumentException("The XLIFF file breaks the XLIFF 2.1 schema at line " + e.getLineNumber()
                    + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new DocumentException("The XLIFF file cannot be checked against the XLIFF 2.1 schema: "
                    + e.getMessage(), e);
        }
    }

    private static Schema schema() throws SAXException {
        Schema loaded = core2;
        if (loaded == null) {
            URL url = XliffSchemas.class.getResource(CORE_2);
            if (url == null) {
                throw new IllegalStateException("the XLIFF 2.1 schema is missing from the application");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Only the bundled schemas (the core and the xml.xsd it imports by relative path) are read.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            loaded = factory.newSchema(url);
            core2 = loaded;
        }
        return loaded;
    }
}
