package org.rendition.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Checks a Word package's parts before POI opens it, by kind of part. POI's own zip-bomb guard
 * ({@code ZipSecureFile}) applies one inflate ratio to every part, so a 63 KB document with an
 * embedded PDF of mostly zeros is refused like a bomb. Here only the XML parts, which POI parses
 * into memory, must keep a real document's ratio; pictures and embedded files, which are copied
 * and never parsed, may compress as well as they like, within the package's total size.
 */
final class DocxPackageBudget {
    /** POI's default: real Word XML compresses at most about 1:100. */
    private static final double MIN_XML_INFLATE_RATIO = 0.01;
    /** Below this an XML part's ratio says nothing: tiny parts compress oddly. */
    private static final long XML_RATIO_GRACE_BYTES = 1024 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    static {
        // This check replaces POI's ratio check, by kind of part; POI still bounds sizes.
        ZipSecureFile.setMinInflateRatio(0);
    }

    private DocxPackageBudget() {
    }

    /**
     * Inflates every part once, counting, and refuses a package past the limits. Bytes that are
     * not a zip at all pass: POI then says, in its own way, what they are.
     */
    static void requireWithinLimits(String name, byte[] bytes) throws DocumentException {
        long maxTotal = ReadingLimits.PACKAGE_MEGABYTES.value() * MEGABYTE;
        long maxParts = ReadingLimits.PACKAGE_PARTS.value();
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > maxParts) {
                    throw new DocumentException(DocumentException.Reason.TOO_LARGE, ReadingLimits.PACKAGE_PARTS.exceeded(name,
                        "holds more than " + maxParts + " parts"));
                }
                long size = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    size += read;
                    total += read;
                    if (total > maxTotal) {
                        throw new DocumentException(DocumentException.Reason.TOO_LARGE, ReadingLimits.PACKAGE_MEGABYTES.exceeded(name,
                            "unpacks to more than " + maxTotal / MEGABYTE + " MB"));
                    }
                }
                if (isXml(entry.getName()) && size > XML_RATIO_GRACE_BYTES && entry.getCompressedSize() >= 0
                    && entry.getCompressedSize() < size * MIN_XML_INFLATE_RATIO) {
                    throw new DocumentException(DocumentException.Reason.DAMAGED, "'" + name + "' is damaged or not a Word document: it would expand "
                        + "to far more data than any real document holds, so it was not opened. Open it in Word and "
                        + "save it again, or ask for a fresh copy.");
                }
            }
        } catch (IOException e) {
            // Not a readable zip: POI's refusal names the problem.
        }
    }

    private static boolean isXml(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }
}
