package org.rendition.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Measures what a PDF page's drawing instructions inflate to before PDFBox parses them, since
 * PDFBox holds a page's decoded content in memory: a 6 MB file whose streams inflate to 1 GiB
 * each would otherwise exhaust the heap. Flate, by far the usual filter, is inflated here in a
 * stream and counted, stopping at the limit; other filters are counted through PDFBox.
 */
final class PdfPageBudget {
    private static final long MEGABYTE = 1024 * 1024;

    private final String name;
    private final long maxBytes = ReadingLimits.PAGE_CONTENT_MEGABYTES.value() * MEGABYTE;

    PdfPageBudget(String name) {
        this.name = name;
    }

    /** Refuses page {@code number} when its content streams together inflate past the limit. */
    void requireWithinLimit(PDPage page, int number) throws IOException {
        long total = 0;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            total += inflatedSize(streams.next().getCOSObject(), maxBytes - total + 1);
            requireWithinLimit(total, "page " + number);
        }
    }

    /** Refuses a form (a drawing reused across pages) whose instructions inflate past the limit. */
    void requireWithinLimit(COSStream form, int pageNumber) throws IOException {
        requireWithinLimit(inflatedSize(form, maxBytes + 1), "a drawing on page " + pageNumber);
    }

    private void requireWithinLimit(long bytes, String where) {
        if (bytes > maxBytes) {
            throw new ReadingLimits.LimitExceeded(ReadingLimits.PAGE_CONTENT_MEGABYTES.exceeded(name,
                "has " + where + " whose drawing instructions inflate to over " + maxBytes / MEGABYTE + " MB"));
        }
    }

    /** The stream's decoded length, counted up to {@code cap} bytes. */
    private static long inflatedSize(COSStream stream, long cap) throws IOException {
        COSBase filters = stream.getFilters();
        boolean flateOnly = COSName.FLATE_DECODE.equals(filters) || (filters instanceof COSArray array
            && array.size() == 1 && COSName.FLATE_DECODE.equals(array.getObject(0)));
        if (filters == null) {
            try (InputStream raw = stream.createRawInputStream()) {
                return count(raw, cap);
            }
        }
        if (flateOnly && !hasPredictor(stream)) {
            try (InputStream inflated = new InflaterInputStream(stream.createRawInputStream())) {
                return count(inflated, cap);
            } catch (java.util.zip.ZipException e) {
                // Damaged Flate data: PDFBox reads what it can of it, which is less than the cap.
                return 0;
            }
        }
        try (InputStream decoded = stream.createInputStream()) {
            return count(decoded, cap);
        }
    }

    /** Predictors (rare in content streams) change lengths only slightly; PDFBox decodes those. */
    private static boolean hasPredictor(COSStream stream) {
        return stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) != null;
    }

    private static long count(InputStream in, long cap) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < cap && (read = in.read(buffer)) != -1) {
            total += read;
        }
        return total;
    }
}
