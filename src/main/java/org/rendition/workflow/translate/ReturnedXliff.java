package org.rendition.workflow.translate;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.documents.TargetTags;
import org.rendition.documents.XliffDocument;
import org.rendition.engine.LanguagePair;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * An XLIFF file a colleague's CAT tool returned, made from a document by an export as XLIFF: the
 * document it names, and its targets merged into the document's segments, each filled one saved
 * and recorded as a person's change.
 */
final class ReturnedXliff {
    private final OpenDocuments documents;
    private final DocumentChanges changes;

    ReturnedXliff(OpenDocuments documents, DocumentChanges changes) {
        this.documents = documents;
        this.changes = changes;
    }

    XliffMerge merge(OpenedDocument document, List<Segment> current, Path xliff) {
        XliffDocument returned = XliffExchange.read(xliff);
        Language target = Language.parse(returned.targetLang()).orElseThrow(() -> new WorkflowException(
                "'" + xliff.getFileName() + "' is translated into '" + returned.targetLang()
                        + "', which is not a language Rendition knows."));
        XliffDocument.Merge merge;
        try {
            merge = returned.merge(current);
        } catch (IllegalArgumentException e) {
            throw new WorkflowException("'" + xliff.getFileName() + "' does not fit '" + document.name() + "': "
                    + e.getMessage(), e);
        }
        Language source = Language.parse(returned.sourceLang()).or(document::detectedLanguage)
                .orElse(documents.pair(document).source());
        if (source != target) {
            documents.translatedIn(document, new LanguagePair(source, target));
        }
        List<Segment> merged = new ArrayList<>(merge.segments());
        for (int i = 0; i < merged.size(); i++) {
            if (merge.outcomes().get(i) == XliffDocument.MergeOutcome.FILLED) {
                // The colleague's tags, as the tags this document's reader gave the sentence.
                int index = i;
                Segment filled = merged.get(i).withTargetTags(merged.get(i).targetTags().map(tags ->
                        TargetTags.renamed(returned.tagsOf(index), document.sourceTags(index), tags)));
                merged.set(i, filled);
                changes.changed(document, filled);
            }
        }
        return new XliffMerge(String.valueOf(xliff.getFileName()), returned.version(), source, target,
                merged, merge.outcomes());
    }

    /** The document {@code xliff} was made from, when it lies beside it under the name it gives; empty otherwise. */
    static Optional<Path> originalOf(Path xliff) {
        String original = originalNameOf(xliff);
        if (original.isBlank()) {
            return Optional.empty();
        }
        Path folder = xliff.toAbsolutePath().getParent();
        try {
            Path beside = folder.resolve(Path.of(original).getFileName().toString());
            return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The name {@code xliff} gives the document it was made from ({@code original}). */
    static String originalNameOf(Path xliff) {
        return XliffExchange.read(xliff).original();
    }
}
