package org.rendition.workflow.translate;

import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.TargetTags;
import org.rendition.engine.LanguagePair;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TmMatch;
import org.rendition.text.Language;

/**
 * What a person does to one segment's target: types it, takes a memory match, copies the source,
 * confirms it into the memory, and takes any of these back or makes it again. Each change is
 * saved and recorded through {@link DocumentChanges}; {@link DocumentTranslation} says what each
 * means to the analyst.
 */
final class SegmentEdits {
    private final DocumentChanges changes;
    private final OpenDocuments documents;
    private final TranslationAids aids;
    /**
     * The memory entries each segment's confirmations stored in this session, newest first, so
     * undoing a confirmation takes its entry back out. Touched only on the writer's thread.
     */
    private final Map<OpenedDocument, Map<Integer, Deque<TmEntry>>> confirmations = new ConcurrentHashMap<>();

    SegmentEdits(DocumentChanges changes, OpenDocuments documents, TranslationAids aids) {
        this.changes = changes;
        this.documents = documents;
        this.aids = aids;
    }

    Segment edit(OpenedDocument document, Segment segment, String target) {
        return edit(document, segment, target, segment.targetTags().map(
                tags -> TargetTags.follow(segment.target(), tags, target)));
    }

    Segment edit(OpenedDocument document, Segment segment, String target, Optional<List<InlineTag>> tags) {
        Segment edited = segment.with(target, target.isBlank() ? SegmentStatus.UNTRANSLATED : SegmentStatus.EDITED)
                .withTargetTags(target.isBlank() ? Optional.empty() : tags);
        changes.changed(document, edited);
        return edited;
    }

    Segment useMemoryMatch(OpenedDocument document, Segment segment, TmMatch match) {
        List<InlineTag> own = document.sourceTags(segment.index());
        Segment reused = segment.fromMemory(match.entry().target(), match.score());
        if (match.score() >= 100 && !own.isEmpty()) {
            // An exact match stored with this sentence's tags brings their places along.
            reused = reused.withTargetTags(MemoryTags.targetTags(match.entry().taggedSource(),
                    match.entry().taggedTarget(), own));
        }
        changes.changed(document, reused);
        return reused;
    }

    Segment copySourceToTarget(OpenedDocument document, Segment segment) {
        List<InlineTag> own = document.sourceTags(segment.index());
        return edit(document, segment, segment.source(), own.isEmpty() ? Optional.empty() : Optional.of(own));
    }

    Segment restore(OpenedDocument document, Segment segment) {
        changes.changed(document, segment);
        return segment;
    }

    Segment undo(OpenedDocument document, Segment undone, Segment restored) {
        changes.changed(document, restored);
        if (undone.status() == SegmentStatus.CONFIRMED && restored.status() != SegmentStatus.CONFIRMED) {
            changes.afterWrites(() -> {
                TmEntry entry = confirmationsOf(document, undone).poll();
                if (entry != null && entry.source().equals(undone.source()) && entry.target().equals(undone.target())) {
                    aids.forget(entry);
                }
            });
        }
        return restored;
    }

    Segment redo(OpenedDocument document, Segment redone, Optional<Language> source, Language target) {
        if (redone.status() == SegmentStatus.CONFIRMED) {
            return confirmed(document, redone, documents.pair(document, source, target),
                    document.pairOf(redone.index(), source, target));
        }
        return restore(document, redone);
    }

    Segment confirm(OpenedDocument document, Segment segment, Optional<Language> source, Language target) {
        if (segment.target().isBlank() || segment.status() == SegmentStatus.CONFIRMED) {
            return segment;
        }
        return confirmed(document, segment.with(segment.target(), SegmentStatus.CONFIRMED),
                documents.pair(document, source, target), document.pairOf(segment.index(), source, target));
    }

    /** Saves a confirmed segment in the document's history pair and, where it has one, its own pair's memory. */
    private Segment confirmed(OpenedDocument document, Segment confirmed, LanguagePair history,
            Optional<LanguagePair> memory) {
        documents.startHistoryIn(document, history);
        changes.changed(document, confirmed);
        memory.ifPresent(pair -> {
            // The tags placed in this target (by the model, the memory, the analyst) go into the memory with it.
            List<InlineTag> sourceTags = document.sourceTags(confirmed.index());
            Optional<List<InlineTag>> targetTags = sourceTags.isEmpty() ? Optional.empty()
                    : AlignedTags.of(confirmed, sourceTags);
            changes.remembered(document, pair, confirmed, () -> targetTags
                    .map(tags -> aids.remember(MemoryTags.toMemory(confirmed.source(), sourceTags),
                            MemoryTags.targetToMemory(confirmed.target(), sourceTags, tags), pair, document.name()))
                    .orElseGet(() -> aids.remember(confirmed.source(), confirmed.target(), pair, document.name()))
                    .ifPresent(entry -> confirmationsOf(document, confirmed).push(entry)));
        });
        return confirmed;
    }

    /** The memory entries this session's confirmations of the segment stored, newest first. */
    private Deque<TmEntry> confirmationsOf(OpenedDocument document, Segment segment) {
        return confirmations.computeIfAbsent(document, d -> new ConcurrentHashMap<>())
                .computeIfAbsent(segment.index(), i -> new ConcurrentLinkedDeque<>());
    }
}
