package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.Segment;
import org.rendition.documents.SourceDocument;
import org.rendition.documents.TargetTags;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.OpenJob;
import org.rendition.workflow.review.ReviewService;

/**
 * Opens a document: reads it, detects its language, cuts it into segments, and with a profile
 * brings back the work saved on it, its marking and what a supervisor said when returning it.
 */
final class DocumentOpening {
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final ProfileWriter writer;
    /** Null when the workstation runs without a profile database. */
    private final UserProfile profile;
    private final TextTranslation textTranslation;
    private final OpenDocuments documents;

    DocumentOpening(ProfileWriter writer, UserProfile profile, TextTranslation textTranslation,
            OpenDocuments documents) {
        this.writer = writer;
        this.profile = profile;
        this.textTranslation = textTranslation;
        this.documents = documents;
    }

    OpenedDocument open(Path file) throws WorkflowException {
        // Saved work is read below: what is still queued for the database must be in it first.
        writer.flush();
        try {
            SourceDocument source = DocumentReaders.read(file);
            Optional<Language> language = textTranslation.detectLanguage(source.plainText());
            // Sentence rules differ little between languages; an undetected text is cut by the general rules.
            DocumentContent content = DocumentContent.cut(source, language.orElse(Language.ENGLISH), segmenter);
            if (content.segments().isEmpty()) {
                throw new WorkflowException("'" + source.fileName() + "' has no sentences to translate.");
            }
            // Each segment's tags are worked out here, off the window's thread that shows them.
            content.sourceTags();
            SegmentLanguages languages = textTranslation.segmentLanguages(
                    content.segments().stream().map(Segment::source).toList(), language);
            OpenedDocument opened = new OpenedDocument(file, languages, content);
            if (profile == null) {
                documents.opened(opened, Optional.empty(), documents.scheme().lowest());
                return opened;
            }
            long project = profile.projects().projectFor(file, source.contentHash().orElseThrow());
            ReviewService.Reopened reopened = ReviewService.of(profile).reopen(opened.name());
            Optional<OpenJob> job = reopened.job();
            List<Segment> saved = profile.projects().saved(project, opened.segments()).stream()
                    .map(segment -> segment.withTargetTags(segment.targetTags().map(tags ->
                            TargetTags.savedEarlier(opened.sourceTags(segment.index()), tags))))
                    .toList();
            OpenedDocument withSaved = new OpenedDocument(file, languages, content, saved,
                    saved.isEmpty() ? Map.of() : profile.projects().savedConfidence(project),
                    job.flatMap(OpenJob::returnNotice),
                    job.map(OpenJob::segmentNotes).orElse(Map.of()));
            // A reopened document keeps the marking it had: reopening must not lower it.
            documents.opened(withSaved, Optional.of(project), reopened.marking().orElse(documents.scheme().lowest()));
            return withSaved;
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }
}
