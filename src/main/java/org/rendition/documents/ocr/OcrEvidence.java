package org.rendition.documents.ocr;

import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * Where a block of text recognised by OCR came from and how sure the engine was of it, so the
 * editor can show the page region beside the segment and flag what needs checking by eye.
 *
 * @param page the page, from 1 (a TIFF frame, a PDF page; 1 for a single image)
 * @param box the paragraph's region on the page image
 * @param confidence the engine's mean confidence over the paragraph's words, from 0 to 1
 * @param region the box's pixels as OCR read them, to show beside the segment
 */
@ValueType
public record OcrEvidence(int page, PageBox box, double confidence, java.util.Optional<RegionImage> region) {
    /** Evidence without the picture of the region (as read back from saved work). */
    public OcrEvidence(int page, PageBox box, double confidence) {
        this(page, box, confidence, java.util.Optional.empty());
    }

    public OcrEvidence {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(region, "region");
        if (page < 1) {
            throw new IllegalArgumentException("Pages are counted from 1, not " + page);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Confidence is between 0 and 1, not " + confidence);
        }
    }
}
