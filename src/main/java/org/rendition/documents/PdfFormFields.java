package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * The text typed into a PDF's form fields, which lives beside the pages rather than on them, so
 * the page text alone misses it. Check boxes and signatures hold no text worth translating.
 */
final class PdfFormFields {
    /** A form with more fields than this is not something a person filled in. */
    private static final int MAX_FIELDS = 10_000;

    private PdfFormFields() {
    }

    /** One block per filled text or choice field, in the form's order, at {@code position}. */
    static List<DocumentBlock> blocks(PDDocument pdf, int position) {
        PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return List.of();
        }
        List<DocumentBlock> blocks = new ArrayList<>();
        try {
            addFields(form, position, blocks);
        } catch (RuntimeException e) {
            // A damaged form does not make the pages unreadable: keep the fields read so far.
        }
        return blocks;
    }

    private static void addFields(PDAcroForm form, int position, List<DocumentBlock> blocks) {
        int seen = 0;
        for (PDField field : form.getFieldTree()) {
            if (++seen > MAX_FIELDS) {
                break;
            }
            if (field instanceof PDTerminalField && !(field instanceof PDButton)
                && !(field instanceof PDSignatureField)) {
                String value = field.getValueAsString();
                if (value != null && !value.isBlank()) {
                    blocks.add(new DocumentBlock(position, value.strip()));
                }
            }
        }
    }
}
