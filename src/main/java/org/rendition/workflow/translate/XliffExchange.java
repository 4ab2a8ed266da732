package org.rendition.workflow.translate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.rendition.documents.DocumentException;
import org.rendition.documents.Segment;
import org.rendition.documents.XliffDocument;
import org.rendition.documents.XliffReader;
import org.rendition.documents.XliffVersion;
import org.rendition.documents.XliffWriter;
import org.rendition.workflow.WorkflowException;

/**
 * Sends a translated document to a colleague's CAT tool as XLIFF and takes their work back:
 * the use case behind {@code translate --out report.xlf}.
 */
public final class XliffExchange {
    private XliffExchange() {
    }

    /** Whether {@code file} is named as XLIFF ({@code .xlf}, {@code .xliff}). */
    public static boolean isXliff(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlf") || name.endsWith(".xliff");
    }

    /**
     * Writes a translated document's segments as XLIFF; {@code marking} is its classification,
     * {@code original} the file it came from.
     */
    public static void export(Path file, XliffVersion version, String original, String sourceLang, String targetLang,
                              String marking, List<Segment> segments) {
        export(file, new XliffDocument(version, original, sourceLang, targetLang, marking, segments));
    }

    /** Writes {@code document} (with its segments' inline tags, when it has them) to {@code file}. */
    static void export(Path file, XliffDocument document) {
        Path target = file.toAbsolutePath();
        try {
            // Written beside the target and moved, so a failure never leaves half a file.
            Path temporary = Files.createTempFile(target.getParent(), ".rendition-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    XliffWriter.write(document, out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | XMLStreamException e) {
            throw new WorkflowException("Cannot write the XLIFF file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** Reads an XLIFF file a colleague returned; merge it with {@link XliffDocument#mergeInto}. */
    public static XliffDocument read(Path file) {
        try {
            return XliffReader.read(file);
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }
}
