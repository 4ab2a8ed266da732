package org.rendition.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads Word documents through Apache POI: body paragraphs, the paragraphs in table cells
 * (nested tables included), then headers and footers. Text boxes, footnotes, comments and
 * content controls are not read.
 */
public final class DocxReader extends ByteReader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    /** Any zip might be a Word document; opening it tells, in plain words, when it is not. */
    @Override
    boolean recognises(byte[] head) {
        return SourceFiles.startsWith(head, ZIP_MAGIC);
    }

    @Override
    SourceDocument read(String name, byte[] bytes) throws DocumentException {
        try (XWPFDocument document = DocxPackages.open(name, bytes)) {
            List<DocumentBlock> blocks = new ArrayList<>();
            List<XWPFParagraph> paragraphs = DocxPackages.paragraphs(document);
            for (int position = 0; position < paragraphs.size(); position++) {
                String text = paragraphs.get(position).getText().strip();
                if (!text.isEmpty()) {
                    blocks.add(new DocumentBlock(position, text));
                }
            }
            if (blocks.isEmpty()) {
                throw new DocumentException("'" + name + "' has no text to translate: its pages hold only "
                    + "pictures, text boxes or nothing at all.");
            }
            return new SourceDocument(name, DocumentFormat.DOCX, blocks, List.of(), List.of(), null, bytes);
        } catch (IOException | RuntimeException e) {
            throw DocxPackages.damaged(name, e);
        }
    }
}
