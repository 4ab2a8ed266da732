package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.List;
import org.rendition.documents.DocumentException;
import org.rendition.documents.Segment;
import org.rendition.documents.XliffDocument;
import org.rendition.engine.LanguagePair;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * Writes a document's translation out: in the source's own format and layout, as a bilingual
 * table, or as XLIFF for a colleague's CAT tool, always with the document's marking.
 */
final class DocumentExport {
    private final OpenDocuments documents;

    DocumentExport(OpenDocuments documents) {
        this.documents = documents;
    }

    /** Into {@code target}, from the language the document was last translated from. */
    void export(OpenedDocument document, List<Segment> segments, Language target, ExportOption option, Path out) {
        LanguagePair last = documents.pair(document);
        export(document, segments, new LanguagePair(last.source(), target), option, out);
    }

    void export(OpenedDocument document, List<Segment> segments, LanguagePair pair, ExportOption option, Path out) {
        if (segments.size() != document.segments().size()) {
            throw new IllegalArgumentException("Expected " + document.segments().size() + " segments, got "
                    + segments.size());
        }
        String marking = documents.marking(document).label();
        Language target = pair.target();
        if (option.xliffVersion().isPresent()) {
            XliffExchange.export(out, new XliffDocument(option.xliffVersion().get(), document.name(),
                    pair.source().iso1(), target.iso1(), marking, segments, document.content().segmentTags(segments)));
            return;
        }
        try {
            document.content().write(segments.stream().map(Segment::exportText).toList(),
                    AlignedTags.forExport(segments, document.content().sourceTags()), target, option, marking, out);
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }
}
