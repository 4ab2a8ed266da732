package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rendition.documents.InlineTag;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.engine.ComputeThreads;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.packs.EngineCache;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.DatabaseLocation;
import org.rendition.workflow.profile.ProfileSettings;
import org.rendition.workflow.profile.RecentDocuments;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.team.TeamServer;

/**
 * The translator's use cases on a document: open a file into segments, machine-translate the
 * segments no person has touched (one by one, reporting each as it finishes, stoppable between
 * decoding steps), edit and confirm a segment, and export the translation in the source's format
 * and layout. Translation memory, glossary and history come through {@link TranslationAids}, the
 * same seam text translation uses, and every database write goes to a {@link ProfileWriter}.
 *
 * <p>This is the one front the window and the command line call; the work itself is done by
 * {@link DocumentOpening}, {@link MachineRun}, {@link SegmentEdits}, {@link DocumentExport},
 * {@link ReturnedXliff}, {@link TargetChecks}, {@link DocumentMarkings} and {@link ReviewHandOff},
 * which share what is known of each open document ({@link OpenDocuments}) and write through
 * {@link DocumentChanges}.
 *
 * <p>Methods that read files or run the model are slow and belong on a background thread; a
 * session's engines are kept until {@link #close()}. Not for use by two threads at once.
 */
public final class DocumentTranslation implements AutoCloseable {
    private final EngineCache engines;
    /** Null when the workstation runs without a profile database. */
    private final UserProfile profile;
    private final TranslationAids aids;
    private final ProfileWriter writer;
    private final TextTranslation textTranslation;
    private final ChosenModels models;
    private final OpenDocuments documents;
    private final DocumentChanges changes;
    private final DocumentOpening opening;
    private final MachineRun machine;
    private final SegmentEdits edits;
    private final DocumentExport exports;
    private final ReturnedXliff returnedXliff;
    private final TargetChecks targetChecks;
    private final DocumentMarkings markings;
    private final ReviewHandOff review;

    /**
     * Leaves a CPU core to the window while the model works, so the interface keeps answering on a
     * two-core machine. Call once, from the program that shows a window.
     *
     * @return the threads the model now uses per operation
     */
    public static int shareProcessorsWithTheWindow() {
        return ComputeThreads.leaveOneCoreFree();
    }

    /** Translation with the model alone: no memory, glossary, history or saved work. */
    public DocumentTranslation(Path modelsDirectory) {
        this(modelsDirectory, null, ProfileWriter.sameThread());
    }

    private DocumentTranslation(Path modelsDirectory, UserProfile profile, ProfileWriter writer) {
        this.engines = new EngineCache(modelsDirectory);
        this.profile = profile;
        this.aids = profile == null ? TranslationAids.modelAlone() : TranslationAids.of(profile);
        SegmentRecorder recorder = profile == null ? new SegmentRecorder(Optional.empty())
                : SegmentRecorder.continuingOpenJobs(profile);
        this.writer = writer;
        this.textTranslation = new TextTranslation(engines, false, profile);
        this.models = new ChosenModels(engines, this::settings);
        this.documents = new OpenDocuments(this::classificationScheme);
        this.changes = new DocumentChanges(writer, profile, recorder, aids, documents, models);
        this.opening = new DocumentOpening(writer, profile, textTranslation, documents);
        this.machine = new MachineRun(models, new SegmentTranslator(aids), documents, changes);
        this.edits = new SegmentEdits(changes, documents, aids);
        this.exports = new DocumentExport(documents);
        this.returnedXliff = new ReturnedXliff(documents, changes);
        this.targetChecks = new TargetChecks(writer, aids, models, documents, changes);
        this.markings = new DocumentMarkings(writer, profile, documents, changes);
        this.review = new ReviewHandOff(writer, profile);
    }

    /**
     * The workstation's workflow: the user's profile database (translation memory, glossaries,
     * history, settings) at {@code database}, or at the database chosen there in Settings for the
     * next start; opened here and closed with this object. Database writes happen on a background
     * thread of their own, in order; {@link #flush()} waits for them.
     */
    public static DocumentTranslation withProfile(Path modelsDirectory, Path database) {
        return new DocumentTranslation(modelsDirectory, UserProfile.openChosen(database), ProfileWriter.background());
    }

    /**
     * The same workflow on the team's server: memory, glossaries, history, review and saved
     * documents are the team's, and the user is the server's login. Writes that find the server
     * away are kept in order and sent when it answers again ({@link #onServerState}).
     *
     * @throws WorkflowException if the server cannot be reached or refuses the login now
     */
    public static DocumentTranslation withTeamServer(Path modelsDirectory, String server) {
        return withTeamServer(modelsDirectory, server, ServerOutbox.besideProfile(DatabaseLocation.defaultPath()));
    }

    /**
     * The same, keeping changes that wait for the server in {@code unsentChanges} (a file of the
     * workstation's own), and sending first what an earlier session kept there for this server.
     */
    public static DocumentTranslation withTeamServer(Path modelsDirectory, String server, Path unsentChanges) {
        UserProfile profile = TeamServer.openProfile(server);
        ServerOutbox outbox;
        try {
            outbox = ServerOutbox.open(unsentChanges, server);
        } catch (WorkflowException e) {
            profile.close();
            throw e;
        }
        DocumentTranslation workflow = new DocumentTranslation(modelsDirectory, profile, ProfileWriter.toServer(outbox));
        workflow.changes.resend(outbox);
        return workflow;
    }

    /** Who hears that the team server stopped or started answering, and how many changes wait for it. */
    public void onServerState(Consumer<ServerQueue> listener) {
        writer.onServerState(listener);
    }

    /** How many of the user's changes have not reached the database (or the team server) yet. */
    public int unsavedChanges() {
        return writer.waiting();
    }

    /** Who hears of a database write that failed after the call that asked for it returned. */
    public void onWriteFailure(Consumer<WorkflowException> listener) {
        writer.onFailure(listener);
    }

    /** Waits until every change made so far is in the profile database. */
    public void flush() {
        writer.flush();
    }

    /**
     * Reads a document and cuts it into segments, detecting its language.
     *
     * @throws WorkflowException if the file cannot be read or is not in a format Rendition reads
     */
    public OpenedDocument open(Path file) throws WorkflowException {
        return opening.open(file);
    }

    /** The language of {@code text}, or empty when no language is a clear answer. */
    public Optional<Language> detect(String text) {
        return textTranslation.detectLanguage(text);
    }

    /** The pack that would translate {@code pair}: the one chosen in Settings, else the best installed. */
    public ModelInfo modelFor(LanguagePair pair) throws WorkflowException {
        return models.modelFor(pair);
    }

    /** Every installed pack that translates {@code pair}, the automatic choice first. */
    public List<ModelInfo> modelsFor(LanguagePair pair) throws WorkflowException {
        return models.modelsFor(pair);
    }

    /** The profile's settings; empty when the workstation runs without a profile database. */
    public Optional<ProfileSettings> settings() {
        return Optional.ofNullable(profile).map(UserProfile::settings);
    }

    /**
     * Uses {@code choice}'s model and beam size, where it names them, instead of the Settings' for
     * what this object translates from now on: a command line's {@code --model} and {@code --beams}.
     */
    public void chooseForThisRun(RunChoice choice) {
        models.chooseForThisRun(choice);
    }

    /** How the model decodes: the beam size chosen for the run or in Settings, batches small enough to show progress. */
    public DecodingOptions decodingOptions() {
        return models.decodingOptions();
    }

    /** Every intact model pack installed, by name (the About dialog lists them with their licences). */
    public List<ModelInfo> installedModels() throws WorkflowException {
        return models.installedModels();
    }

    /**
     * Machine-translates every segment whose status allows it ({@link SegmentStatus#isReplaceableByMachine()}),
     * exact translation-memory matches first, the rest through the model, every segment from
     * {@code pair}'s source: the language the analyst named is trusted for all.
     *
     * @see #translate(OpenedDocument, List, Optional, Language, CancelSignal, SegmentListener)
     */
    public List<Segment> translate(OpenedDocument document, List<Segment> current, LanguagePair pair,
            CancelSignal cancel, SegmentListener listener) throws WorkflowException {
        return translate(document, current, Optional.of(pair.source()), pair.target(), cancel, listener);
    }

    /**
     * Machine-translates every segment whose status allows it ({@link SegmentStatus#isReplaceableByMachine()}),
     * exact translation-memory matches first, the rest through the model. With no {@code source}
     * each segment is translated from its own detected language ({@link OpenedDocument#languages()}),
     * by the model for that language: Arabic paragraphs of a Russian report from Arabic. Segments
     * already in {@code target}, or in a language no installed model reads, are left as they are;
     * {@code listener} hears a note saying so before the first segment.
     *
     * @param current the segments as the translator has them now, in document order
     * @param source the language the analyst named, trusted for every segment; empty to detect
     * @param listener told of each segment as it is done, from the calling thread
     * @return all segments, updated
     * @throws WorkflowException if the document's language is unknown or already {@code target}, or
     *     no installed model translates the document's main language
     * @throws java.util.concurrent.CancellationException once {@code cancel} says so
     */
    public List<Segment> translate(OpenedDocument document, List<Segment> current, Optional<Language> source,
            Language target, CancelSignal cancel, SegmentListener listener) throws WorkflowException {
        return machine.translate(document, current, source, target, cancel, listener);
    }

    /**
     * The analyst's own target, typed or replaced without touching its tags: tags placed in the old
     * target follow the text around the change ({@link org.rendition.documents.TargetTags#follow}).
     * An emptied target makes the segment untranslated again.
     */
    public Segment edit(OpenedDocument document, Segment segment, String target) {
        return edits.edit(document, segment, target);
    }

    /**
     * The analyst's own target with the tags she kept, moved or inserted in it (the editor's tag
     * marks): stored with the segment, exported and checked as they are (decision 24).
     *
     * @param tags of the source's tags, those the target has, in the source's order, offsets into
     *     {@code target}; empty to leave their places to the writers
     */
    public Segment edit(OpenedDocument document, Segment segment, String target,
            Optional<List<InlineTag>> tags) {
        return edits.edit(document, segment, target, tags);
    }

    /**
     * Puts a translation-memory match in the target: status TM 100% or TM fuzzy with its score.
     * A later run leaves it alone, as it does an edit.
     */
    public Segment useMemoryMatch(OpenedDocument document, Segment segment, TmMatch match) {
        return edits.useMemoryMatch(document, segment, match);
    }

    /**
     * A person took a change back (back to the machine's output, an undo or redo that involves no
     * confirmation): the segment as it was, saved and recorded in the history like an edit.
     */
    public Segment restore(OpenedDocument document, Segment segment) {
        return edits.restore(document, segment);
    }

    /**
     * A person took a change back (Ctrl+Z): {@code restored} is saved and recorded like an edit,
     * and when the change taken back ({@code undone}) was a confirmation made in this session, the
     * memory entry that confirmation stored is removed again, so the memory is as it was before.
     */
    public Segment undo(OpenedDocument document, Segment undone, Segment restored) {
        return edits.undo(document, undone, restored);
    }

    /**
     * Makes a change undone again (Ctrl+Y): saved like an edit; a confirmation made again stores
     * its memory entry again, in the segment's own pair.
     *
     * @param source the language the analyst named, or empty for the segment's detected one
     */
    public Segment redo(OpenedDocument document, Segment redone, Optional<Language> source, Language target) {
        return edits.redo(document, redone, source, target);
    }

    /** Puts the source in the target, for names, numbers and text that needs no translation. */
    public Segment copySourceToTarget(OpenedDocument document, Segment segment) {
        return edits.copySourceToTarget(document, segment);
    }

    /**
     * Approves the segment's target: it is stored in the translation memory under {@code pair}
     * and a later translation run leaves it alone. A segment with no target cannot be confirmed.
     */
    public Segment confirm(OpenedDocument document, Segment segment, LanguagePair pair) {
        return confirm(document, segment, Optional.of(pair.source()), pair.target());
    }

    /**
     * Approves the segment's target: it is stored in the translation memory in the segment's own
     * pair (an Arabic paragraph of a Russian report as Arabic) and a later translation run leaves
     * it alone. A segment with no target cannot be confirmed; one already confirmed with this
     * target is left as it is, so the memory holds it once.
     *
     * @param source the language the analyst named, or empty for the segment's detected one
     */
    public Segment confirm(OpenedDocument document, Segment segment, Optional<Language> source, Language target) {
        return edits.confirm(document, segment, source, target);
    }

    /**
     * Hands the document's open job to a supervisor, with an optional note: the analyst's Submit.
     *
     * @throws WorkflowException if there is no profile database or nothing of the document was recorded
     */
    public void submit(OpenedDocument document, String comment) {
        review.submit(document, comment);
    }

    /**
     * The user's profile (memory, glossaries, recent documents) for the window's import, export,
     * concordance and recent list, the same services the {@code tm} and {@code glossary} commands
     * call; empty when the profile database could not be opened.
     */
    public Optional<UserProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * The documents the user opened last in the window: in her profile, or on the team server in
     * the workstation's own profile file (the server's settings are the team's); empty without one.
     */
    public Optional<RecentDocuments> recentDocuments() {
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(profile.database().onServer() ? RecentDocuments.inFile(DatabaseLocation.defaultPath())
                : profile.recentDocuments());
    }

    /** Something the user should know about their roles, such as that there is no roles file. */
    public Optional<String> rolesNotice() {
        return Optional.ofNullable(profile).flatMap(UserProfile::rolesNotice);
    }

    /**
     * What the user must hear when the window starts: the documents of theirs a supervisor
     * returned, each with the supervisor's comment; empty without a profile.
     */
    public List<String> returnedToMe() {
        return review.returnedToMe();
    }

    /** Supervisors' review of the profile's history; empty when no profile database is open. */
    public Optional<ReviewService> review() {
        return Optional.ofNullable(profile).map(ReviewService::of);
    }

    /** The markings a document can carry. */
    public ClassificationScheme classificationScheme() {
        return profile == null ? ClassificationScheme.UK_GSC : profile.classificationScheme();
    }

    /** The document's classification marking, shown on the banner and printed on every export. */
    public Classification classification(OpenedDocument document) {
        return documents.marking(document);
    }

    /**
     * Sets the document's marking. Raising it is anyone's right; lowering it takes a supervisor.
     *
     * @throws RoleRefusedException if someone other than a supervisor lowers the marking (recorded)
     * @throws WorkflowException    if {@code label} is not a marking of the scheme
     */
    public Classification classify(OpenedDocument document, String label) {
        return markings.classify(document, label);
    }

    /**
     * Translation-memory matches (with their differences to the segment) and glossary hits for one
     * segment, after every change made so far is saved, so a pair just confirmed is among them.
     */
    public SegmentAids aidsFor(Segment segment, LanguagePair pair) {
        writer.flush();
        return aids.lookup(segment.source(), pair);
    }

    /**
     * The memory matches and glossary hits of one segment of {@code document}, in the segment's
     * own pair ({@link OpenedDocument#pairOf}); none for a segment already in {@code target}.
     */
    public SegmentAids aidsFor(OpenedDocument document, Segment segment, Optional<Language> source, Language target) {
        return document.pairOf(segment.index(), source, target).map(pair -> aidsFor(segment, pair))
                .orElse(SegmentAids.NONE);
    }

    /**
     * The glossary terms in each segment's source, each in the segment's own pair, in document
     * order. The first call for a pair builds its term index: call off the window's thread.
     */
    public List<List<GlossaryHit>> glossaryHits(OpenedDocument document, List<Segment> segments,
            Optional<Language> source, Language target) {
        return segments.stream().map(s -> document.pairOf(s.index(), source, target)
                .map(pair -> aids.glossaryHits(s.source(), pair)).orElse(List.of())).toList();
    }

    /**
     * The glossary terms in each segment's source, in document order, for highlighting. Fast once
     * the pair's term index is built, but the first call builds it: call off the window's thread.
     */
    public List<List<GlossaryHit>> glossaryHits(List<Segment> segments, LanguagePair pair) {
        return segments.stream().map(s -> aids.glossaryHits(s.source(), pair)).toList();
    }

    /**
     * Writes the translation as {@code option} says (one of {@link OpenedDocument#exportOptions()}):
     * Word stays Word with its layout, text keeps its lines, or a bilingual table. A segment without
     * a target keeps its source text, so nothing is silently dropped.
     */
    public void export(OpenedDocument document, List<Segment> segments, Language target, ExportOption option,
            Path out) throws WorkflowException {
        exports.export(document, segments, target, option, out);
    }

    /**
     * As {@link #export(OpenedDocument, List, Language, ExportOption, Path)}, for {@code pair}: an
     * XLIFF option writes the segments with their statuses and inline tags, the source language
     * and the marking, for a colleague's CAT tool.
     */
    public void export(OpenedDocument document, List<Segment> segments, LanguagePair pair, ExportOption option,
            Path out) throws WorkflowException {
        exports.export(document, segments, pair, option, out);
    }

    /**
     * Fills the document's targets from {@code xliff}, an XLIFF file a colleague's CAT tool
     * returned (made from this document by an export as XLIFF): the window's Merge XLIFF and
     * {@code translate --merge}. Segments match by position; a segment takes the colleague's
     * target and status unless the colleague left it empty, its source there is not the
     * document's, or the analyst confirmed another target meanwhile ({@link XliffMerge} says
     * which). Each segment filled is saved and recorded in the history as a person's change;
     * nothing goes into the memory until the analyst confirms it here.
     *
     * @param current the segments as the analyst has them now, in document order
     * @throws WorkflowException in one sentence when the file cannot be read, was made from
     *     another version of the document, or names a target language Rendition does not know
     */
    public XliffMerge mergeXliff(OpenedDocument document, List<Segment> current, Path xliff) {
        return returnedXliff.merge(document, current, xliff);
    }

    /**
     * The document an XLIFF file was made from, when it lies beside the file under the name the
     * file gives it ({@code original}); empty otherwise.
     *
     * @throws WorkflowException in one sentence when the XLIFF file cannot be read
     */
    public static Optional<Path> originalOf(Path xliff) {
        return ReturnedXliff.originalOf(xliff);
    }

    /** The name an XLIFF file gives the document it was made from ({@code original}). */
    public static String originalNameOf(Path xliff) {
        return ReturnedXliff.originalNameOf(xliff);
    }

    /** Translates a pasted text (Quick translate), with the same engines as documents. */
    public TranslatedText translateText(String text, Language source, Language target, CancelSignal cancel)
            throws WorkflowException {
        String model = models.packFor(new LanguagePair(source, target)).name();
        return textTranslation.translate(text, Optional.of(source), target, Optional.of(model),
                decodingOptions().withBatchSize(DecodingOptions.DEFAULT_BATCH), cancel);
    }

    /** Forgets the saved work of a document, when the analyst chooses to start over. */
    public void startOver(OpenedDocument document) {
        changes.cleared(document);
    }

    /**
     * What the {@code checks} find in each segment (numbers, names, glossary terms, tags, …), in
     * document order, after every change made so far is saved. Call off the window's thread.
     */
    public List<QaIssue> check(List<Segment> segments, LanguagePair pair, Set<QaCheck> checks) {
        return targetChecks.check(segments, pair, checks);
    }

    /**
     * What the {@code checks} find in each segment, each in its own pair (glossary terms of an
     * Arabic paragraph are Arabic ones), in document order, after every change made so far is saved.
     */
    public List<QaIssue> check(OpenedDocument document, List<Segment> segments, Optional<Language> source,
            Language target, Set<QaCheck> checks) {
        return targetChecks.check(document, segments, source, target, checks);
    }

    /**
     * The model's confidence in each segment's target, each scored by the model of its own pair,
     * in the order given; empty for a segment without a target, or in a language no model reads.
     * Each score is saved with its segment, so a reopened document shows it without scoring again.
     * Loads the models if need be: call off the window's thread.
     */
    public List<Optional<TranslationConfidence>> confidence(OpenedDocument document, List<Segment> segments,
            Optional<Language> source, Language target) throws WorkflowException {
        return targetChecks.confidence(document, segments, source, target);
    }

    /**
     * The model's confidence in each segment's target, word by word, with each word's source
     * words; empty for a segment without a target. Loads the pair's model if need be: call off the
     * window's thread.
     */
    public List<Optional<TranslationConfidence>> confidence(List<Segment> segments, LanguagePair pair)
            throws WorkflowException {
        return targetChecks.confidence(segments, pair);
    }

    @Override
    public void close() {
        writer.close();
        engines.close();
        if (profile != null) {
            profile.close();
        }
    }
}
