package org.rendition.workflow.translate;

import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.LanguagePair;
import org.rendition.store.UnsentChanges.UnsentChange;
import org.rendition.text.Language;

/**
 * One of the analyst's changes in a form that outlives the process: what a write to the team
 * server does, so that a write the server could not take yet is kept on the workstation and
 * done at the next start ({@link ServerOutbox}).
 *
 * @param kind     what the write does
 * @param document the document's name, as its history knows it
 * @param project  the server's id of the document's saved work, when there is one
 * @param model    the pack that translated the segment ({@link Kind#TRANSLATED}), when known
 */
record KeptChange(Kind kind, String document, LanguagePair pair, String marking, Optional<Long> project,
        Segment segment, Optional<String> model) {

    /** What a kept change does when it reaches the server. */
    enum Kind {
        /** The machine's (or the memory's) target saved and recorded; its matches and terms are not kept. */
        TRANSLATED,
        /** A person's edit, confirmation or match put in, saved and recorded. */
        CHANGED,
        /** A confirmed pair stored in the team's memory. */
        REMEMBERED,
        /** The document's marking recorded. */
        CLASSIFIED,
        /** The document's saved work forgotten (Start over). */
        CLEARED
    }

    UnsentChange unsent(String server) {
        return new UnsentChange(0, server, kind.name(), document, pair.source().iso1(), pair.target().iso1(), marking,
                project.orElse(null), segment.index(), segment.paragraph(), segment.source(), segment.target(),
                segment.status().name(), segment.tmScore(), model.orElse(null), segment.targetTags());
    }

    static KeptChange of(UnsentChange unsent) {
        LanguagePair pair = new LanguagePair(Language.require(unsent.sourceLanguage()),
                Language.require(unsent.targetLanguage()));
        Segment segment = new Segment(unsent.segmentIndex(), unsent.paragraph(), unsent.source(), unsent.target(),
                SegmentStatus.valueOf(unsent.status()), unsent.memoryScore(), unsent.targetTags());
        return new KeptChange(Kind.valueOf(unsent.kind()), unsent.document(), pair, unsent.marking(),
                Optional.ofNullable(unsent.project()), segment, Optional.ofNullable(unsent.model()));
    }
}
