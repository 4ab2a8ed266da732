package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ModelPack;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * A machine-translation run over a document: the segments no person has touched, each from its
 * own language by that language's model, in batches of consecutive rows, every segment saved
 * before its listener hears of it and shown once with its formatting placed.
 */
final class MachineRun {
    private final ChosenModels models;
    private final SegmentTranslator translator;
    private final OpenDocuments documents;
    private final DocumentChanges changes;

    MachineRun(ChosenModels models, SegmentTranslator translator, OpenDocuments documents, DocumentChanges changes) {
        this.models = models;
        this.translator = translator;
        this.documents = documents;
        this.changes = changes;
    }

    List<Segment> translate(OpenedDocument document, List<Segment> current, Optional<Language> source,
            Language target, CancelSignal cancel, SegmentListener listener) throws WorkflowException {
        LanguagePair pair = mainPair(document, source, target);
        ModelPack pack = models.packFor(pair);
        documents.translatedIn(document, pair);
        List<Segment> result = new ArrayList<>(current);
        List<Integer> todo = current.stream().filter(s -> s.status().isReplaceableByMachine()).map(Segment::index)
                .toList();
        SegmentLanguages languages = source.isPresent() ? SegmentLanguages.all(source.get(), current.size())
                : document.languages();
        LanguageRoutes routes = LanguageRoutes.plan(languages.groups(todo), pair, pack, models::packFor,
                models::engineFor, "Segment");
        routes.notes().forEach(listener::note);
        List<Integer> translatable = todo.stream().filter(i -> routes.of(i).isPresent()).toList();
        AtomicInteger done = new AtomicInteger();
        String marking = documents.marking(document).label();
        List<List<InlineTag>> sourceTags = document.content().sourceTags();
        // Top rows first, as the analyst reads: the engine sorts what it is given by length, so it is
        // given one batch of consecutive segments at a time (decision 0017), each language's to its model.
        for (Map.Entry<LanguageRoutes.Route, List<Integer>> batch : routes.batches(translatable,
                ChosenModels.BATCH_SIZE)) {
            cancel.check();
            LanguageRoutes.Route route = batch.getKey();
            List<Segment> chunk = batch.getValue().stream().map(result::get).toList();
            Consumer<TranslatedSegment> deliver = translated -> {
                Segment segment = translated.segment();
                result.set(segment.index(), segment);
                // Saved before the listener hears of it: a crash right after loses nothing the analyst saw.
                // One history job per document, in its own pair, whichever model translated the segment.
                changes.translated(document, pair, route.pack(), marking, translated);
                listener.translated(segment, done.incrementAndGet(), translatable.size());
            };
            // A segment with formatting is shown once its tags are placed: saved and shown once, with them.
            List<TranslatedSegment> waiting = new ArrayList<>();
            try {
                translator.translate(chunk, route.pair(), route.engine(), models.decodingOptions(), cancel,
                        translated -> {
                            if (AlignedTags.carriesTags(translated.segment(), sourceTags)) {
                                waiting.add(translated);
                            } else {
                                deliver.accept(translated);
                            }
                        });
            } catch (CancellationException e) {
                waiting.forEach(deliver);
                throw e;
            }
            // Formatting inside a sentence follows the words the model aligned with it (decision 11).
            Map<Integer, List<InlineTag>> placed = waiting.isEmpty() ? Map.of()
                    : AlignedTags.place(waiting, sourceTags, route.engine(), route.pair());
            for (TranslatedSegment each : waiting) {
                deliver.accept(new TranslatedSegment(each.segment().withTargetTags(
                        Optional.ofNullable(placed.get(each.segment().index()))), each.aids()));
            }
        }
        return List.copyOf(result);
    }

    /** The document's own pair, or why there is none in one sentence. */
    private static LanguagePair mainPair(OpenedDocument document, Optional<Language> source, Language target) {
        Optional<Language> from = source.or(document::detectedLanguage);
        if (from.isEmpty()) {
            throw new WorkflowException("Could not tell which language '" + document.name() + "' is in; give its "
                    + "language.", WorkflowException.Hint.SOURCE_LANGUAGE);
        }
        if (from.get() == target) {
            throw new WorkflowException("'" + document.name() + "' is already in " + target.displayName()
                    + "; choose another target language, or give the source language.",
                    WorkflowException.Hint.TARGET_LANGUAGE);
        }
        return new LanguagePair(from.get(), target);
    }
}
