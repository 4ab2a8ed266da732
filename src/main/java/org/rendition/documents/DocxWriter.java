package org.rendition.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.rendition.text.Language;
import org.w3c.dom.Node;

/**
 * Writes a translated Word document from the original: each paragraph keeps its style and its
 * place (table cell, text box, header, footer, footnote, comment), and its translation goes
 * into its own runs, so bold, italic, links, field results, footnote references and pictures
 * stay around the translated words: placed by the model's word alignment where it gave one, else by
 * position (see {@link TextPlacement}).
 */
public final class DocxWriter implements DocumentWriter {

    @Override
    public void write(TranslatedDocument translation, Marking marking, Path target) throws DocumentException {
        SourceDocument source = translation.source();
        if (source.format() != DocumentFormat.DOCX || source.original().isEmpty()) {
            throw new DocumentException("'" + source.fileName() + "' is not a Word document, so it cannot be "
                + "exported as one with its original layout. Export it as text or as a bilingual table.");
        }
        try (XWPFDocument document = DocxPackages.open(source.fileName(), source.original().get())) {
            List<DocxParagraphText> paragraphs = DocxParagraphs.of(document);
            List<TranslatedDocument.BlockTranslation> blocks = translation.blockTranslations();
            for (int i = 0; i < blocks.size(); i++) {
                replaceText(paragraphs.get(source.blocks().get(i).position()), blocks.get(i),
                    translation.targetLanguage());
            }
            DocxMarking.apply(document, marking);
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            document.write(written);
            byte[] checked = DocxRepackaging.checked(source.fileName(), source.original().get(), written.toByteArray());
            AtomicFiles.write(target, out -> out.write(checked));
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("The translation of '" + source.fileName() + "' could not be built as a "
                + "Word document: " + e.getMessage() + ". Export it as text or as a bilingual table instead.", e);
        }
    }

    /**
     * Puts the translation into the paragraph's own text elements, shared out by
     * {@link TextPlacement} (by the tags placed in the translation where the model aligned them,
     * else by position): every run keeps its formatting, and fields, footnote references,
     * pictures and breaks stay where they are. The white space around the paragraph's text stays.
     */
    private static void replaceText(DocxParagraphText paragraph, TranslatedDocument.BlockTranslation block,
            Language language) {
        String translated = block.text();
        String whole = paragraph.text();
        int leading = whole.length() - whole.stripLeading().length();
        int trailing = whole.length() - whole.stripTrailing().length();
        String text = whole.substring(0, leading) + translated + whole.substring(Math.max(leading,
            whole.length() - trailing));
        if (text.equals(whole)) {
            return;
        }
        List<DocxParagraphText.Piece> pieces = paragraph.pieces();
        DocxRunCopies parts = new DocxRunCopies(paragraph.paragraph().getDomNode());
        List<TextPlacement.Piece> shares = new java.util.ArrayList<>();
        int at = 0;
        for (DocxParagraphText.Piece piece : pieces) {
            String own = piece.text();
            int anchor = own.isBlank() ? -1 : at + own.length() - own.stripLeading().length() - leading;
            shares.add(new TextPlacement.Piece(own, piece.fixed(), anchor, parts.container(piece.element()),
                !piece.fixed() && parts.copyable(piece.element())));
            at += own.length();
        }
        TextPlacement.Placement placement = TextPlacement.arrange(shares, text, block.tags(), leading);
        List<String> placed = placement.texts();
        Set<Node> changedRuns = new HashSet<>();
        for (int i = 0; i < pieces.size(); i++) {
            DocxParagraphText.Piece piece = pieces.get(i);
            if (!piece.fixed() && !placed.get(i).equals(piece.text())) {
                DocxParagraphText.setText(piece.element(), placed.get(i));
                changedRuns.add(piece.element().getParentNode());
            }
        }
        changedRuns.addAll(parts.insert(placement.insertions(),
            pieces.stream().map(DocxParagraphText.Piece::element).toList()));
        // Direction is set through POI's types; a paragraph inside markup POI has no schema for
        // (a text box's mc:AlternateContent) keeps its own.
        for (XmlObject run : paragraph.paragraph().selectPath(DocxParagraphs.PATH_PREFIX + ".//w:r")) {
            if (run instanceof CTR r && changedRuns.contains(r.getDomNode())) {
                setDirection(r, language);
            }
        }
        if (paragraph.paragraph() instanceof CTP ctp) {
            setDirection(ctp, language);
        }
    }

    /**
     * An Arabic paragraph translated into English must stop being right-to-left, or Word lays
     * the English out from the right; the run's language changes too, for spelling and fonts.
     */
    private static void setDirection(CTP paragraph, Language language) {
        CTPPr paragraphProperties = paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
        if (language.isRightToLeft() && !paragraphProperties.isSetBidi()) {
            paragraphProperties.addNewBidi();
        } else if (!language.isRightToLeft() && paragraphProperties.isSetBidi()) {
            paragraphProperties.unsetBidi();
        }
    }

    private static void setDirection(CTR run, Language language) {
        CTRPr runProperties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        if (language.isRightToLeft()) {
            if (runProperties.sizeOfRtlArray() == 0) {
                runProperties.addNewRtl();
            }
        } else {
            for (int i = runProperties.sizeOfRtlArray() - 1; i >= 0; i--) {
                runProperties.removeRtl(i);
            }
        }
        CTLanguage lang = runProperties.sizeOfLangArray() == 0 ? runProperties.addNewLang() : runProperties.getLangArray(0);
        if (language.isRightToLeft()) {
            lang.setBidi(language.iso1());
        } else {
            lang.setVal(language.iso1());
        }
    }
}
