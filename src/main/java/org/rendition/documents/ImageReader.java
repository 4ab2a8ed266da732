package org.rendition.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.rendition.documents.ocr.OcrEngine;
import org.rendition.documents.ocr.OcrException;
import org.rendition.documents.ocr.OcrOptions;
import org.rendition.documents.ocr.OcrText;

/**
 * Reads scans and photographs of text (PNG, JPEG, TIFF with any number of pages) by OCR: each
 * paragraph becomes a block carrying its page, box and confidence. Each page's size is checked
 * against the OCR budget before its pixels are decoded.
 */
public final class ImageReader extends ByteReader {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};

    /** A resolution below this in a file's header is a default (72 or 96), not the scanner's. */
    private static final int LEAST_TRUSTED_DPI = 150;

    private final OcrOptions ocr;

    /** Reads with the language detected from each page's script. */
    public ImageReader() {
        this(OcrOptions.DETECT);
    }

    public ImageReader(OcrOptions ocr) {
        this.ocr = ocr;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.IMAGE;
    }

    @Override
    boolean recognises(byte[] head) {
        return SourceFiles.startsWith(head, PNG_MAGIC) || SourceFiles.startsWith(head, JPEG_MAGIC)
            || SourceFiles.startsWith(head, TIFF_LITTLE_ENDIAN) || SourceFiles.startsWith(head, TIFF_BIG_ENDIAN);
    }

    @Override
    SourceDocument read(String name, byte[] bytes) throws DocumentException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
             OcrEngine engine = OcrEngine.open(ocr)) {
            Iterator<javax.imageio.ImageReader> decoders = input == null ? Collections.emptyIterator()
                : ImageIO.getImageReaders(input);
            if (!decoders.hasNext()) {
                throw new DocumentException("'" + name + "' is not a PNG, JPEG or TIFF image Rendition can read; "
                    + "save it again as PNG or TIFF and open that.");
            }
            javax.imageio.ImageReader decoder = decoders.next();
            try {
                decoder.setInput(input);
                int pages = decoder.getNumImages(true);
                engine.checkPageCount(pages);
                List<DocumentBlock> blocks = new ArrayList<>();
                for (int index = 0; index < pages; index++) {
                    int page = index + 1;
                    engine.checkSize(decoder.getWidth(index), decoder.getHeight(index), page);
                    BufferedImage image = decoder.read(index);
                    for (OcrText paragraph : engine.readPage(image, page, dpi(decoder.getImageMetadata(index)))) {
                        blocks.add(new DocumentBlock(page, paragraph.text(), Optional.of(paragraph.evidence())));
                    }
                }
                if (blocks.isEmpty()) {
                    throw new DocumentException("OCR found no text in '" + name + "'; check that it is a scan or "
                        + "photograph of text, upright or on its side, and not blurred.");
                }
                return new SourceDocument(name, DocumentFormat.IMAGE, blocks, List.of(), List.of(), null, null);
            } finally {
                decoder.dispose();
            }
        } catch (OcrException e) {
            throw new DocumentException("'" + name + "' could not be read by OCR: " + lowerFirst(e.getMessage()), e);
        } catch (IIOException | RuntimeException e) {
            throw new DocumentException("'" + name + "' is damaged or not an image Rendition can read; open it in an "
                + "image viewer, save it again as PNG or TIFF and open that.", e);
        } catch (IOException e) {
            throw new DocumentException("'" + name + "' could not be read: " + e.getMessage() + ".", e);
        }
    }

    /** The resolution the file declares, or 0 (let OCR estimate it) when it declares none worth trusting. */
    private static int dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        var sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) {
            return 0;
        }
        try {
            double millimetresPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            int dpi = (int) Math.round(25.4 / millimetresPerPixel);
            return dpi >= LEAST_TRUSTED_DPI ? dpi : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A sentence to follow a colon: "The engine ..." becomes "the engine ...", "OCR ..." stays. */
    static String lowerFirst(String sentence) {
        if (sentence.length() < 2 || !Character.isLowerCase(sentence.charAt(1))) {
            return sentence;
        }
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
