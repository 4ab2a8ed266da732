package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentFormat;
import org.rendition.documents.ExportFormat;
import org.rendition.documents.Marking;
import org.rendition.documents.Segment;
import org.rendition.documents.InlineTag;
import org.rendition.documents.SegmentTags;
import org.rendition.documents.SourceDocument;
import org.rendition.documents.TranslatedDocument;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;

/** A document as its reader left it, cut into sentences in its source language, and written back by a writer. */
final class DocumentContent {
    private final SourceDocument source;
    private final Language language;
    private final List<Segment> segments;
    /** Each segment's inline tags, worked out on first use. */
    private volatile List<List<InlineTag>> sourceTags;

    private DocumentContent(SourceDocument source, Language language, List<Segment> segments) {
        this.source = source;
        this.language = language;
        this.segments = segments;
    }

    static DocumentContent cut(SourceDocument source, Language language, SentenceSegmenter segmenter) {
        return new DocumentContent(source, language, source.segments(language, segmenter));
    }

    List<Segment> segments() {
        return segments;
    }

    /** Each segment's inline tags (bold, links, footnote references), offsets into its source. */
    List<List<InlineTag>> segmentTags(List<Segment> current) {
        return SegmentTags.of(source, current);
    }

    /** The inline tags of each segment as read, offsets into its source; empty lists for a format without any. */
    List<List<InlineTag>> sourceTags() {
        List<List<InlineTag>> tags = sourceTags;
        if (tags == null) {
            tags = SegmentTags.of(source, segments);
            sourceTags = tags;
        }
        return tags;
    }

    DocumentFormat format() {
        return source.format();
    }

    /** The files attached to an e-mail; empty for every other format. */
    List<org.rendition.documents.Attachment> attachments() {
        return source.attachments();
    }

    /** The OCR evidence of the paragraph segment {@code index} comes from; empty for text the file held as text. */
    Optional<OcrEvidence> ocrEvidence(int index) {
        if (index < 0 || index >= segments.size()) {
            return Optional.empty();
        }
        return source.blocks().get(segments.get(index).paragraph()).ocr();
    }

    /** What this document can be exported as, the one keeping its own layout first, XLIFF last. */
    List<ExportOption> exportOptions() {
        List<ExportOption> options = new java.util.ArrayList<>(
                ExportFormat.availableFor(source.format()).stream().map(ExportOption::new).toList());
        options.add(ExportOption.xliff(org.rendition.documents.XliffVersion.V2_1));
        options.add(ExportOption.xliff(org.rendition.documents.XliffVersion.V1_2));
        return List.copyOf(options);
    }

    /**
     * Writes the document with {@code targets} in place of its sentences, the classification
     * marking at its top and bottom.
     *
     * @param targetTags each segment's tags placed in its target, or empty where they were not
     *     placed by alignment; an empty list when none were (see {@link TranslatedDocument})
     */
    void write(List<String> targets, List<Optional<List<InlineTag>>> targetTags, Language target,
            ExportOption option, String marking, Path out) throws DocumentException {
        option.format().writer().write(new TranslatedDocument(source, language, target, segments, targets,
                targetTags), Marking.banner(marking), out);
    }
}
