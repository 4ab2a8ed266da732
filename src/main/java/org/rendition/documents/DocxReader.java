package org.rendition.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads Word documents through Apache POI: every paragraph where it lives (body, table cells,
 * content controls, text boxes, headers, footers, footnotes, endnotes, comments; see
 * {@link DocxParagraphs}), each with its inline formatting as tags.
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
            List<DocxParagraphText> paragraphs = DocxParagraphs.of(document);
            for (int position = 0; position < paragraphs.size(); position++) {
                block(position, paragraphs.get(position)).ifPresent(blocks::add);
            }
            if (blocks.isEmpty()) {
                throw new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' has no text to translate: its pages hold only "
                    + "pictures, embedded objects or nothing at all.");
            }
            return new SourceDocument(name, DocumentFormat.DOCX, blocks, List.of(), List.of(), null, bytes);
        } catch (IOException | RuntimeException e) {
            throw DocxPackages.damaged(name, e);
        }
    }

    private static java.util.Optional<DocumentBlock> block(int position, DocxParagraphText paragraph) {
        String whole = paragraph.text();
        String text = whole.strip();
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        int leading = whole.length() - whole.stripLeading().length();
        List<InlineTag> tags = paragraph.tags().stream()
            .map(tag -> tag.shifted(-leading, text.length()))
            .filter(tag -> !tag.kind().paired() || tag.start() < tag.end())
            .toList();
        return java.util.Optional.of(new DocumentBlock(position, text, tags));
    }
}
