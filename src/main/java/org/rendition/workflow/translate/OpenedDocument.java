package org.rendition.workflow.translate;

import org.rendition.workflow.review.ReviewNote;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.text.Language;

/**
 * A document opened for translation: its segments as they were read, and the language it was
 * found to be in. The translator's work on the segments is kept by the caller and handed back
 * to {@link DocumentTranslation} for translation and export.
 */
public final class OpenedDocument {
    private final Path file;
    private final Optional<Language> detectedLanguage;
    private final SegmentLanguages languages;
    private final DocumentContent content;
    private final List<Segment> segments;
    private final List<Segment> savedWork;
    private final java.util.Map<Integer, TranslationConfidence> savedConfidence;
    private final Optional<String> returnNotice;
    private final java.util.Map<Integer, List<ReviewNote>> comments;

    OpenedDocument(Path file, SegmentLanguages languages, DocumentContent content) {
        this(file, languages, content, List.of(), java.util.Map.of(), Optional.empty(), java.util.Map.of());
    }

    OpenedDocument(Path file, SegmentLanguages languages, DocumentContent content, List<Segment> savedWork,
            java.util.Map<Integer, TranslationConfidence> savedConfidence, Optional<String> returnNotice,
            java.util.Map<Integer, List<ReviewNote>> comments) {
        if (languages.size() != content.segments().size()) {
            throw new IllegalArgumentException("Expected the languages of " + content.segments().size()
                    + " segments, got " + languages.size());
        }
        this.returnNotice = returnNotice;
        this.comments = java.util.Map.copyOf(comments);
        this.savedWork = List.copyOf(savedWork);
        this.savedConfidence = java.util.Map.copyOf(savedConfidence);
        this.file = file;
        this.detectedLanguage = languages.main();
        this.languages = languages;
        this.content = content;
        this.segments = content.segments().stream()
                .map(s -> Segment.untranslated(s.index(), s.paragraph(), s.source())).toList();
    }

    public Path file() {
        return file;
    }

    /** The files attached to this e-mail, in the message's order; empty for every other document. */
    public List<EmailAttachment> attachments() {
        return EmailAttachment.of(content.attachments());
    }

    /** The sender's name for attachment {@code number} (from 1), safe as a file name: what a save dialog suggests. */
    public String attachmentFileName(int number) {
        return AttachmentFiles.safeName(content.attachments(), name(), number);
    }

    /**
     * Saves attachment {@code number} (from 1) as the new file {@code target}, to be opened like any
     * document.
     *
     * @throws org.rendition.workflow.WorkflowException when it cannot be opened or saved, in one sentence
     */
    public Path saveAttachment(int number, Path target) {
        return AttachmentFiles.save(content.attachments(), name(), number, target);
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
     * The language of each segment: its own where detection tells it, its neighbours' for a short
     * heading or table cell, else the document's. A Russian report quoting Arabic paragraphs has
     * Arabic segments among Russian ones, each translated from its own language.
     */
    public SegmentLanguages languages() {
        return languages;
    }

    /**
     * The pair segment {@code index} is translated in: from {@code source} when the analyst named
     * the source language (trusted for every segment), else from the segment's own language.
     * Empty when the language is not known or is already {@code target}.
     */
    public Optional<LanguagePair> pairOf(int index, Optional<Language> source, Language target) {
        return source.or(() -> languages.of(index)).filter(from -> from != target)
                .map(from -> new LanguagePair(from, target));
    }

    /** The document's own pair: from {@code source} when named, else from the main language detected. */
    public Optional<LanguagePair> mainPair(Optional<Language> source, Language target) {
        return source.or(() -> detectedLanguage).filter(from -> from != target)
                .map(from -> new LanguagePair(from, target));
    }

    /**
     * The model's confidence in each saved target, by segment index, as it was scored before the
     * document was closed; only for targets that have not changed since.
     */
    public java.util.Map<Integer, TranslationConfidence> savedConfidence() {
        return savedConfidence;
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

    /** The inline tags of segment {@code index}'s source (bold, links, footnote references), offsets into it. */
    public List<org.rendition.documents.InlineTag> sourceTags(int index) {
        List<List<org.rendition.documents.InlineTag>> all = content().sourceTags();
        return index >= 0 && index < all.size() ? all.get(index) : List.of();
    }

    /**
     * The tags to show in {@code segment}'s target while the analyst edits it: those placed in it,
     * or, where nobody placed them, each of the source's by its share of the sentence, so every
     * tag is there to keep or move.
     */
    public List<org.rendition.documents.InlineTag> tagsToEdit(Segment segment) {
        if (segment.target().isBlank()) {
            return List.of(); // nothing to place them over: the analyst inserts them as she types
        }
        return segment.targetTags().orElseGet(() -> sourceTags(segment.index()).stream()
                .map(tag -> org.rendition.documents.TagProjection.byPosition(segment.source(), tag, segment.target()))
                .toList());
    }

    DocumentContent content() {
        return content;
    }
}
