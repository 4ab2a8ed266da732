package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.SentenceListener;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.UnsupportedLanguagePairException;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.workflow.WorkflowException;

/**
 * How a segment is translated, the same for every face: an exact memory match is used instead of
 * the model ({@link SegmentStatus#TM_EXACT}); everything else goes to the model with its fixed
 * renderings (glossary terms, names, numbers) kept, and comes back {@link SegmentStatus#MACHINE}
 * or, when a fixed rendering had to be put back, {@link SegmentStatus#MACHINE_REPAIRED}.
 */
final class SegmentTranslator {
    private final TranslationAids aids;

    SegmentTranslator(TranslationAids aids) {
        this.aids = aids;
    }

    /**
     * Translates {@code segments}, telling {@code finished} of each as it is done (from the calling
     * thread): memory matches first, then the model's translations as batches finish.
     *
     * @return every segment translated, in the order given
     * @throws java.util.concurrent.CancellationException once {@code cancel} says so
     */
    List<TranslatedSegment> translate(List<Segment> segments, LanguagePair pair, TranslationEngine engine,
            DecodingOptions options, CancelSignal cancel, Consumer<TranslatedSegment> finished) {
        TranslatedSegment[] results = new TranslatedSegment[segments.size()];
        List<Integer> forModel = new ArrayList<>();
        List<SegmentAids> found = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            SegmentAids offered = aids.lookup(segment.source(), pair);
            found.add(offered);
            if (offered.exactMatch().isPresent()) {
                results[i] = new TranslatedSegment(segment.fromMemory(offered.exactMatch().get().entry().target(), 100),
                        offered);
                finished.accept(results[i]);
            } else {
                forModel.add(i);
            }
        }
        SentenceListener listener = new SentenceListener() {
            @Override
            public void translated(int index, String translation) {
                done(index, translation, SegmentStatus.MACHINE);
            }

            @Override
            public void repaired(int index, String translation) {
                done(index, translation, SegmentStatus.MACHINE_REPAIRED);
            }

            private void done(int index, String translation, SegmentStatus status) {
                int at = forModel.get(index);
                results[at] = new TranslatedSegment(segments.get(at).with(translation, status), found.get(at));
                finished.accept(results[at]);
            }
        };
        try {
            engine.translateKeeping(forModel.stream().map(i -> segments.get(i).source()).toList(),
                    forModel.stream().map(i -> TranslationAids.fixedRenderings(segments.get(i).source(),
                            found.get(i).glossaryHits())).toList(),
                    pair, options, cancel, listener);
        } catch (UnsupportedLanguagePairException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        return List.of(results);
    }
}
