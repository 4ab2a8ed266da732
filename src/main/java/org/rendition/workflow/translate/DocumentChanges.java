package org.rendition.workflow.translate;

import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.engine.pack.ModelPack;
import org.rendition.workflow.profile.UserProfile;

/**
 * The writing of what happens to an open document: each segment saved with its work, its
 * history row, a confirmed pair in the memory, the marking, all handed to the {@link ProfileWriter}
 * in the order they happen. A change that says what it does ({@link KeptChange}) can wait in the
 * team server's outbox and be done at a later start the same way it would have been done now.
 */
final class DocumentChanges {
    private final ProfileWriter writer;
    /** Null when the workstation runs without a profile database. */
    private final UserProfile profile;
    private final SegmentRecorder recorder;
    private final TranslationAids aids;
    private final OpenDocuments documents;
    private final ChosenModels models;

    DocumentChanges(ProfileWriter writer, UserProfile profile, SegmentRecorder recorder, TranslationAids aids,
            OpenDocuments documents, ChosenModels models) {
        this.writer = writer;
        this.profile = profile;
        this.recorder = recorder;
        this.aids = aids;
        this.documents = documents;
        this.models = models;
    }

    /** Sends first what an earlier session kept in {@code outbox} while the team server was away. */
    void resend(ServerOutbox outbox) {
        for (ServerOutbox.Kept kept : outbox.waiting()) {
            writer.resend(write(kept.change()), kept.change(), kept.id());
        }
    }

    /** A person's change: saved, then recorded in the history. */
    void changed(OpenedDocument document, Segment segment) {
        send(kept(KeptChange.Kind.CHANGED, document, segment));
    }

    /**
     * A segment a translation run filled in with {@code pack}: saved, then recorded in the
     * document's history {@code pair} with the matches and terms it was given.
     */
    void translated(OpenedDocument document, LanguagePair pair, ModelPack pack, String marking,
            TranslatedSegment translated) {
        Segment segment = translated.segment();
        KeptChange change = new KeptChange(KeptChange.Kind.TRANSLATED, document.name(), pair, marking,
                documents.project(document), segment, Optional.of(pack.name()));
        writer.submit(() -> {
            saveToProject(change);
            recorder.translated(document.name(), pair, pack, marking, translated);
        }, change);
    }

    /**
     * A confirmed segment going into the memory of {@code pair}: {@code store} does it now; kept
     * for the team server, the pair is stored without its tags.
     */
    void remembered(OpenedDocument document, LanguagePair pair, Segment confirmed, Runnable store) {
        KeptChange change = new KeptChange(KeptChange.Kind.REMEMBERED, document.name(), pair,
                documents.marking(document).label(), documents.project(document), confirmed, Optional.empty());
        writer.submit(store, change);
    }

    /** The document's marking changed: recorded in its history. */
    void classified(OpenedDocument document) {
        send(kept(KeptChange.Kind.CLASSIFIED, document, null));
    }

    /** The analyst starts the document over: its saved work, when it has some, is forgotten. */
    void cleared(OpenedDocument document) {
        if (documents.project(document).isPresent()) {
            send(kept(KeptChange.Kind.CLEARED, document, null));
        }
    }

    /** The model's confidence in a segment's target, saved with the segment where its work is kept. */
    void scored(OpenedDocument document, Segment segment, TranslationConfidence confidence) {
        documents.project(document).ifPresent(project ->
                writer.submit(() -> profile.projects().saveConfidence(project, segment, confidence)));
    }

    /** Something to do on the writer's thread after the writes handed over so far. */
    void afterWrites(Runnable action) {
        writer.submit(action);
    }

    /** {@code kind} of change to {@code document}, as it stands now; {@code segment} when it concerns one. */
    private KeptChange kept(KeptChange.Kind kind, OpenedDocument document, Segment segment) {
        return new KeptChange(kind, document.name(), documents.pair(document), documents.marking(document).label(),
                documents.project(document), segment == null ? Segment.untranslated(0, 0, "") : segment,
                Optional.empty());
    }

    private void send(KeptChange change) {
        writer.submit(write(change), change);
    }

    /**
     * What a change does to the profile: one path for a change made now and for one an earlier
     * session kept while the team server was away. A kept machine translation is recorded
     * without the matches and terms it was given (they are not kept).
     */
    private Runnable write(KeptChange change) {
        Segment segment = change.segment();
        return switch (change.kind()) {
            case TRANSLATED -> () -> {
                saveToProject(change);
                recorder.translated(change.document(), change.pair(), models.packNamed(change.model()),
                        change.marking(), new TranslatedSegment(segment, SegmentAids.NONE));
            };
            case CHANGED -> () -> {
                saveToProject(change);
                recorder.changed(change.document(), change.pair(), change.marking(), segment);
            };
            case REMEMBERED -> () -> aids.remember(segment.source(), segment.target(), change.pair(), change.document());
            case CLASSIFIED -> () -> recorder.classified(change.document(), change.pair(), change.marking());
            case CLEARED -> () -> change.project().ifPresent(project -> profile.projects().clear(project));
        };
    }

    private void saveToProject(KeptChange change) {
        change.project().ifPresent(project -> profile.projects().save(project, change.segment()));
    }
}
