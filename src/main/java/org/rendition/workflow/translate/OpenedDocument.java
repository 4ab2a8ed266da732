package org.rendition.workflow.translate;

import org.rendition.workflow.review.ReviewNote;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.text.Language;

/**
 * A document opened for translation: its segments as they were read, and the language it was
 * found to be in. The translator's work on the segments is kept by the caller and handed back
 * to {@link DocumentTranslation} for translation and export.
 */
public final class OpenedDocument {
    private final Path file;
    private final Optional<Language> detectedLanguage;
    private final DocumentContent content;
    private final List<Segment> segments;
    private final List<Segment> savedWork;
    private final Optional<String> returnNotice;
    private final java.util.Map<Integer, List<ReviewNote>> comments;

    OpenedDocument(Path file, Optional<Language> detectedLanguage, DocumentContent content) {
        this(file, detectedLanguage, content, List.of(), Optional.empty(), java.util.Map.of());
    }

    OpenedDocument(Path file, Optional<Language> detectedLanguage, DocumentContent content, List<Segment> savedWork,
            Optional<String> returnNotice, java.util.Map<Integer, List<ReviewNote>> comments) {
        this.returnNotice = returnNotice;
        this.comments = java.util.Map.copyOf(comments);
        this.savedWork = List.copyOf(savedWork);
        this.file = file;
        this.detectedLanguage = detectedLanguage;
        this.content = content;
        this.segments = content.segments().stream()
                .map(s -> Segment.untranslated(s.index(), s.paragraph(), s.source())).toList();
    }

    public Path file() {
        return file;
    }

    /** The file name, as shown in the title bar and history. */
    public String name() {
        return file.getFileName().toString();
    }

    /** The source language found in the text, or empty when detection gave no clear answer. */
    public Optional<Language> detectedLanguage() {
        return detectedLanguage;
    }

    /**
     * The work saved on this very file (same content) in an earlier session that ended without
     * finishing, e.g. by a crash; empty when there is none. Offer it before starting over.
     */
    public Optional<List<Segment>> savedWork() {
        boolean touched = savedWork.stream().anyMatch(s -> s.status() != SegmentStatus.UNTRANSLATED);
        return touched ? Optional.of(savedWork) : Optional.empty();
    }

    /**
     * When a supervisor returned this document for changes: the sentence to show the analyst, with
     * the supervisor's comment; empty otherwise.
     */
    public Optional<String> returnNotice() {
        return returnNotice;
    }

    /** The reviewers' comments on the segment at {@code index}, oldest first, to show beside it. */
    public List<ReviewNote> comments(int index) {
        return comments.getOrDefault(index, List.of());
    }

    /**
     * Where a segment of a scan came from — page, box on the page image, OCR confidence — so it can
     * be shown and checked; empty for text the file held as text.
     */
    public Optional<OcrEvidence> ocrEvidence(Segment segment) {
        return content.ocrEvidence(segment.index());
    }

    /** The segments as read, all untranslated. */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * A file name for the translation: {@code report.ru.docx} exported as Word becomes
     * {@code report.ru.en.docx}.
     */
    public String suggestedExportName(Language target, ExportOption option) {
        return suggestedExportStem(target) + "." + option.extension();
    }

    /** The suggested export name without its extension, for a dialog that adds the chosen format's. */
    public String suggestedExportStem(Language target) {
        String name = name();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "." + target.iso1();
    }

    /** What the document can be exported as; the first keeps its own format and layout where that can be done. */
    public List<ExportOption> exportOptions() {
        return content.exportOptions();
    }

    /** How the format is named on screen, such as {@code Word document}. */
    public String formatName() {
        return content.format().displayName();
    }

    DocumentContent content() {
        return content;
    }
}
