package org.rendition.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.rendition.text.Language;

/**
 * Writes a translated Word document from the original: each paragraph keeps its style, its
 * place in tables, headers and footers and its pictures, and its text becomes the translation
 * in the formatting of its first run of text. Formatting inside a paragraph (a bold word in a
 * plain sentence) cannot follow the words through translation, so it is not kept.
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
            List<XWPFParagraph> paragraphs = DocxPackages.paragraphs(document);
            List<String> texts = translation.targetParagraphs();
            for (int i = 0; i < texts.size(); i++) {
                replaceText(paragraphs.get(source.blocks().get(i).position()), texts.get(i),
                    translation.targetLanguage());
            }
            DocxMarking.apply(document, marking);
            AtomicFiles.write(target, document::write);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("The translation of '" + source.fileName() + "' could not be built as a "
                + "Word document: " + e.getMessage() + ". Export it as text or as a bilingual table instead.", e);
        }
    }

    private static void replaceText(XWPFParagraph paragraph, String text, Language language) {
        List<XWPFRun> runs = paragraph.getRuns();
        XWPFRun keeper = runs.stream().filter(DocxWriter::isTextRun).findFirst().orElse(null);
        for (int i = runs.size() - 1; i >= 0; i--) {
            XWPFRun run = runs.get(i);
            if (run != keeper && isTextRun(run)) {
                paragraph.removeRun(i);
            }
        }
        if (keeper == null) {
            keeper = paragraph.createRun();
        }
        clearText(keeper.getCTR());
        keeper.setText(text);
        setDirection(paragraph, keeper.getCTR(), language);
    }

    /**
     * A run that only holds text (and tabs or line breaks). Runs with pictures, fields, and
     * footnote or comment marks are left where they are, so none of those is lost.
     */
    private static boolean isTextRun(XWPFRun run) {
        if (run instanceof XWPFFieldRun) {
            return false;
        }
        CTR r = run.getCTR();
        return r.sizeOfDrawingArray() == 0 && r.sizeOfPictArray() == 0 && r.sizeOfObjectArray() == 0
            && r.sizeOfFldCharArray() == 0 && r.sizeOfInstrTextArray() == 0
            && r.sizeOfFootnoteReferenceArray() == 0 && r.sizeOfEndnoteReferenceArray() == 0
            && r.sizeOfCommentReferenceArray() == 0;
    }

    private static void clearText(CTR r) {
        for (int i = r.sizeOfTArray() - 1; i >= 0; i--) {
            r.removeT(i);
        }
        for (int i = r.sizeOfTabArray() - 1; i >= 0; i--) {
            r.removeTab(i);
        }
        for (int i = r.sizeOfBrArray() - 1; i >= 0; i--) {
            r.removeBr(i);
        }
        for (int i = r.sizeOfCrArray() - 1; i >= 0; i--) {
            r.removeCr(i);
        }
    }

    /**
     * An Arabic paragraph translated into English must stop being right-to-left, or Word lays
     * the English out from the right; the run's language changes too, for spelling and fonts.
     */
    private static void setDirection(XWPFParagraph paragraph, CTR run, Language language) {
        CTPPr paragraphProperties = paragraph.getCTP().isSetPPr()
            ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTRPr runProperties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        if (language.isRightToLeft()) {
            if (!paragraphProperties.isSetBidi()) {
                paragraphProperties.addNewBidi();
            }
            if (runProperties.sizeOfRtlArray() == 0) {
                runProperties.addNewRtl();
            }
        } else {
            if (paragraphProperties.isSetBidi()) {
                paragraphProperties.unsetBidi();
            }
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
