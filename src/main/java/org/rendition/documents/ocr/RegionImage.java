package org.rendition.documents.ocr;

import java.util.Arrays;
import org.rendition.arch.ValueType;

/**
 * The part of a scanned page a segment was read from, as OCR saw it (upright and straightened),
 * encoded as PNG: the editor shows it beside the segment so the analyst can check a doubtful
 * reading against the paper without opening the scan elsewhere. Grey, at most
 * {@link #WIDEST} pixels wide, so a hundred-page scan's regions stay a few megabytes.
 */
@ValueType
public final class RegionImage {
    /** Wider regions are scaled down: enough to read 10-point text from a 300 dpi scan. */
    public static final int WIDEST = 1200;

    private final byte[] png;
    private final int width;
    private final int height;

    public RegionImage(byte[] png, int width, int height) {
        this.png = png.clone();
        this.width = width;
        this.height = height;
    }

    /** The PNG file's bytes (a copy). */
    public byte[] png() {
        return png.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionImage that && width == that.width && height == that.height
            && Arrays.equals(png, that.png);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png);
    }
}
