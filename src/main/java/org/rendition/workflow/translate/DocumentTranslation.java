package org.rendition.workflow.translate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.SourceDocument;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ModelPack;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TmMatch;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.packs.EngineCache;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.ProfileSettings;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.team.TeamServer;
import org.rendition.workflow.review.OpenJob;
import org.rendition.workflow.review.ReviewService;

/**
 * The translator's use cases on a document: open a file into segments, machine-translate the
 * segments no person has touched (one by one, reporting each as it finishes, stoppable between
 * decoding steps), edit and confirm a segment, and export the translation in the source's format
 * and layout. Translation memory, glossary and history come through {@link TranslationAids}, the
 * same seam text translation uses, and every database write goes to a {@link ProfileWriter}.
 *
 * <p>Methods that read files or run the model are slow and belong on a background thread; a
 * session's engines are kept until {@link #close()}. Not for use by two threads at once.
 */
public final class DocumentTranslation implements AutoCloseable {
    /**
     * Smaller batches than the engine's default so rows fill in steadily and progress moves
     * often; on two cores the throughput lost is small.
     */
    private static final int BATCH_SIZE = 8;

    private final EngineCache engines;
    private final UserProfile profile;
    private RunChoice choice = RunChoice.SETTINGS;
    private final TranslationAids aids;
    private final SegmentTranslator translator;
    private final SegmentRecorder recorder;
    private final ProfileWriter writer;
    /** The saved project of each open document, when a profile is in use. */
    private final Map<OpenedDocument, Long> projects = new java.util.concurrent.ConcurrentHashMap<>();
    /** The pair each open document was last translated or confirmed in, for its history. */
    private final Map<OpenedDocument, LanguagePair> pairs = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The memory entries each segment's confirmations stored in this session, newest first, so
     * undoing a confirmation takes its entry back out. Touched only on the writer's thread.
     */
    private final Map<OpenedDocument, Map<Integer, java.util.Deque<TmEntry>>> confirmations =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The classification marking of each open document, printed on every export. */
    private final Map<OpenedDocument, Classification> markings = new java.util.concurrent.ConcurrentHashMap<>();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final TextTranslation textTranslation;

    /**
     * Leaves a CPU core to the window while the model works, so the interface keeps answering on a
     * two-core machine. Call once, from the program that shows a window.
     *
     * @return the threads the model now uses per operation
     */
    public static int shareProcessorsWithTheWindow() {
        return org.rendition.engine.ComputeThreads.leaveOneCoreFree();
    }

    /** Translation with the model alone: no memory, glossary, history or saved work. */
    public DocumentTranslation(Path modelsDirectory) {
        this(modelsDirectory, null, ProfileWriter.sameThread());
    }

    private DocumentTranslation(Path modelsDirectory, UserProfile profile, ProfileWriter writer) {
        this.engines = new EngineCache(modelsDirectory);
        this.profile = profile;
        this.aids = profile == null ? TranslationAids.modelAlone() : TranslationAids.of(profile);
        this.translator = new SegmentTranslator(aids);
        this.recorder = profile == null ? new SegmentRecorder(Optional.empty())
                : SegmentRecorder.continuingOpenJobs(profile);
        this.writer = writer;
        this.textTranslation = new TextTranslation(engines, false, profile);
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
        return withTeamServer(modelsDirectory, server, ServerOutbox.besideProfile(
                org.rendition.workflow.profile.DatabaseLocation.defaultPath()));
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
        for (ServerOutbox.Kept kept : outbox.waiting()) {
            workflow.writer.resend(workflow.write(kept.change()), kept.change(), kept.id());
        }
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
        // Saved work is read below: what is still queued for the database must be in it first.
        writer.flush();
        try {
            SourceDocument source = DocumentReaders.read(file);
            Optional<Language> language = detect(source.plainText());
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
                markings.put(opened, classificationScheme().lowest());
                return opened;
            }
            long project = profile.projects().projectFor(file, source.contentHash().orElseThrow());
            ReviewService.Reopened reopened = ReviewService.of(profile).reopen(opened.name());
            Optional<OpenJob> job = reopened.job();
            List<Segment> saved = profile.projects().saved(project, opened.segments());
            OpenedDocument withSaved = new OpenedDocument(file, languages, content, saved,
                    saved.isEmpty() ? Map.of() : profile.projects().savedConfidence(project),
                    job.flatMap(OpenJob::returnNotice),
                    job.map(OpenJob::segmentNotes).orElse(java.util.Map.of()));
            projects.put(withSaved, project);
            // A reopened document keeps the marking it had: reopening must not lower it.
            markings.put(withSaved, reopened.marking().orElse(classificationScheme().lowest()));
            return withSaved;
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /** The language of {@code text}, or empty when no language is a clear answer. */
    public Optional<Language> detect(String text) {
        return textTranslation.detectLanguage(text);
    }

    /** The pack that would translate {@code pair}: the one chosen in Settings, else the best installed. */
    public ModelInfo modelFor(LanguagePair pair) throws WorkflowException {
        return info(packFor(pair));
    }

    /** Every installed pack that translates {@code pair}, the automatic choice first. */
    public List<ModelInfo> modelsFor(LanguagePair pair) throws WorkflowException {
        return engines.candidates(pair).stream().map(DocumentTranslation::info).toList();
    }

    /** The profile's settings; empty when the workstation runs without a profile database. */
    public Optional<ProfileSettings> settings() {
        return Optional.ofNullable(profile).map(UserProfile::settings);
    }

    private ModelPack packFor(LanguagePair pair) {
        if (choice.model().isPresent()) {
            return engines.choose(pair, choice.model());
        }
        return engines.choosePreferring(pair, settings().flatMap(s -> s.modelFor(pair)));
    }

    /**
     * Uses {@code choice}'s model and beam size, where it names them, instead of the Settings' for
     * what this object translates from now on: a command line's {@code --model} and {@code --beams}.
     */
    public void chooseForThisRun(RunChoice choice) {
        this.choice = java.util.Objects.requireNonNull(choice, "choice");
    }

    /** How the model decodes: the beam size chosen for the run or in Settings, batches small enough to show progress. */
    public DecodingOptions decodingOptions() {
        int beams = choice.beams() > 0 ? choice.beams()
                : settings().map(ProfileSettings::beamSize).orElse(ProfileSettings.MODEL_DEFAULT_BEAMS);
        return DecodingOptions.modelDefaults().withBatchSize(BATCH_SIZE).withBeams(beams);
    }

    /** Every intact model pack installed, by name (the About dialog lists them with their licences). */
    public List<ModelInfo> installedModels() throws WorkflowException {
        try {
            return engines.library().list().stream().flatMap(listing -> listing.pack().stream())
                    .map(DocumentTranslation::info).toList();
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the model folder " + engines.library().root() + ": "
                    + e.getMessage(), e);
        }
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
        LanguagePair pair = mainPair(document, source, target);
        ModelPack pack = packFor(pair);
        pairs.put(document, pair);
        List<Segment> result = new ArrayList<>(current);
        List<Integer> todo = current.stream().filter(s -> s.status().isReplaceableByMachine()).map(Segment::index)
                .toList();
        SegmentLanguages languages = source.isPresent() ? SegmentLanguages.all(source.get(), current.size())
                : document.languages();
        LanguageRoutes routes = LanguageRoutes.plan(languages.groups(todo), pair, pack, this::packFor,
                engines::engineFor, "Segment");
        routes.notes().forEach(listener::note);
        List<Integer> translatable = todo.stream().filter(i -> routes.of(i).isPresent()).toList();
        AtomicInteger done = new AtomicInteger();
        String marking = classification(document).label();
        List<List<org.rendition.documents.InlineTag>> sourceTags = document.content().sourceTags();
        // Top rows first, as the analyst reads: the engine sorts what it is given by length, so it is
        // given one batch of consecutive segments at a time (decision 0017), each language's to its model.
        for (Map.Entry<LanguageRoutes.Route, List<Integer>> batch : routes.batches(translatable, BATCH_SIZE)) {
            cancel.check();
            LanguageRoutes.Route route = batch.getKey();
            List<Segment> chunk = batch.getValue().stream().map(result::get).toList();
            Consumer<TranslatedSegment> deliver = translated -> {
                Segment segment = translated.segment();
                result.set(segment.index(), segment);
                // Saved before the listener hears of it: a crash right after loses nothing the analyst saw.
                // One history job per document, in its own pair, whichever model translated the segment.
                KeptChange change = new KeptChange(KeptChange.Kind.TRANSLATED, document.name(), pair, marking,
                        Optional.ofNullable(projects.get(document)), segment, Optional.of(route.pack().name()));
                writer.submit(() -> {
                    saveToProject(change);
                    recorder.translated(document.name(), pair, route.pack(), marking, translated);
                }, change);
                listener.translated(segment, done.incrementAndGet(), translatable.size());
            };
            // A segment with formatting is shown once its tags are placed: saved and shown once, with them.
            List<TranslatedSegment> waiting = new ArrayList<>();
            try {
                translator.translate(chunk, route.pair(), route.engine(), decodingOptions(), cancel, translated -> {
                    if (AlignedTags.carriesTags(translated.segment(), sourceTags)) {
                        waiting.add(translated);
                    } else {
                        deliver.accept(translated);
                    }
                });
            } catch (java.util.concurrent.CancellationException e) {
                waiting.forEach(deliver);
                throw e;
            }
            // Formatting inside a sentence follows the words the model aligned with it (decision 11).
            Map<Integer, List<org.rendition.documents.InlineTag>> placed = waiting.isEmpty() ? Map.of()
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

    /**
     * The analyst's own target, typed or replaced without touching its tags: tags placed in the old
     * target follow the text around the change ({@link org.rendition.documents.TargetTags#follow}).
     * An emptied target makes the segment untranslated again.
     */
    public Segment edit(OpenedDocument document, Segment segment, String target) {
        return edit(document, segment, target, segment.targetTags().map(
                tags -> org.rendition.documents.TargetTags.follow(segment.target(), tags, target)));
    }

    /**
     * The analyst's own target with the tags she kept, moved or inserted in it (the editor's tag
     * marks): stored with the segment, exported and checked as they are (decision 24).
     *
     * @param tags of the source's tags, those the target has, in the source's order, offsets into
     *     {@code target}; empty to leave their places to the writers
     */
    public Segment edit(OpenedDocument document, Segment segment, String target,
            Optional<List<org.rendition.documents.InlineTag>> tags) {
        Segment edited = segment.with(target, target.isBlank() ? SegmentStatus.UNTRANSLATED : SegmentStatus.EDITED)
                .withTargetTags(target.isBlank() ? Optional.empty() : tags);
        changed(document, edited);
        return edited;
    }

    /**
     * Puts a translation-memory match in the target: status TM 100% or TM fuzzy with its score.
     * A later run leaves it alone, as it does an edit.
     */
    public Segment useMemoryMatch(OpenedDocument document, Segment segment, TmMatch match) {
        List<org.rendition.documents.InlineTag> own = sourceTagsOf(document, segment);
        Segment reused = segment.fromMemory(match.entry().target(), match.score());
        if (match.score() >= 100 && !own.isEmpty()) {
            // An exact match stored with this sentence's tags brings their places along.
            reused = reused.withTargetTags(MemoryTags.targetTags(match.entry().taggedSource(),
                    match.entry().taggedTarget(), own));
        }
        changed(document, reused);
        return reused;
    }

    /**
     * A person took a change back (back to the machine's output, an undo or redo that involves no
     * confirmation): the segment as it was, saved and recorded in the history like an edit.
     */
    public Segment restore(OpenedDocument document, Segment segment) {
        changed(document, segment);
        return segment;
    }

    /**
     * A person took a change back (Ctrl+Z): {@code restored} is saved and recorded like an edit,
     * and when the change taken back ({@code undone}) was a confirmation made in this session, the
     * memory entry that confirmation stored is removed again, so the memory is as it was before.
     */
    public Segment undo(OpenedDocument document, Segment undone, Segment restored) {
        changed(document, restored);
        if (undone.status() == SegmentStatus.CONFIRMED && restored.status() != SegmentStatus.CONFIRMED) {
            writer.submit(() -> {
                TmEntry entry = confirmationsOf(document, undone).poll();
                if (entry != null && entry.source().equals(undone.source()) && entry.target().equals(undone.target())) {
                    aids.forget(entry);
                }
            });
        }
        return restored;
    }

    /**
     * Makes a change undone again (Ctrl+Y): saved like an edit; a confirmation made again stores
     * its memory entry again, in the segment's own pair.
     *
     * @param source the language the analyst named, or empty for the segment's detected one
     */
    public Segment redo(OpenedDocument document, Segment redone, Optional<Language> source, Language target) {
        if (redone.status() == SegmentStatus.CONFIRMED) {
            return confirmed(document, redone, pairOf(document, source, target), document.pairOf(redone.index(),
                    source, target));
        }
        return restore(document, redone);
    }

    /** Puts the source in the target, for names, numbers and text that needs no translation. */
    public Segment copySourceToTarget(OpenedDocument document, Segment segment) {
        List<org.rendition.documents.InlineTag> own = sourceTagsOf(document, segment);
        return edit(document, segment, segment.source(), own.isEmpty() ? Optional.empty() : Optional.of(own));
    }

    private static List<org.rendition.documents.InlineTag> sourceTagsOf(OpenedDocument document, Segment segment) {
        return document.sourceTags(segment.index());
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
        if (segment.target().isBlank() || segment.status() == SegmentStatus.CONFIRMED) {
            return segment;
        }
        return confirmed(document, segment.with(segment.target(), SegmentStatus.CONFIRMED),
                pairOf(document, source, target), document.pairOf(segment.index(), source, target));
    }

    /** Saves a confirmed segment in the document's history pair and, where it has one, its own pair's memory. */
    private Segment confirmed(OpenedDocument document, Segment confirmed, LanguagePair history,
            Optional<LanguagePair> memory) {
        pairs.putIfAbsent(document, history);
        changed(document, confirmed);
        memory.ifPresent(pair -> {
            KeptChange change = new KeptChange(KeptChange.Kind.REMEMBERED, document.name(), pair,
                    classification(document).label(), Optional.ofNullable(projects.get(document)), confirmed,
                    Optional.empty());
            // The tags placed in this target (by the model, the memory, the analyst) go into the memory with it.
            List<org.rendition.documents.InlineTag> sourceTags = sourceTagsOf(document, confirmed);
            Optional<List<org.rendition.documents.InlineTag>> targetTags = sourceTags.isEmpty() ? Optional.empty()
                    : AlignedTags.of(confirmed, sourceTags);
            writer.submit(() -> targetTags
                    .map(tags -> aids.remember(MemoryTags.toMemory(confirmed.source(), sourceTags),
                            MemoryTags.targetToMemory(confirmed.target(), sourceTags, tags), pair, document.name()))
                    .orElseGet(() -> aids.remember(confirmed.source(), confirmed.target(), pair, document.name()))
                    .ifPresent(entry -> confirmationsOf(document, confirmed).push(entry)), change);
        });
        return confirmed;
    }

    /** The document's pair for its history: the one last translated in, else the one the languages give. */
    private LanguagePair pairOf(OpenedDocument document, Optional<Language> source, Language target) {
        return pairs.computeIfAbsent(document, d -> d.mainPair(source, target)
                .orElse(new LanguagePair(source.or(d::detectedLanguage).orElse(Language.ENGLISH), target)));
    }

    /** The memory entries this session's confirmations of the segment stored, newest first. */
    private java.util.Deque<TmEntry> confirmationsOf(OpenedDocument document, Segment segment) {
        return confirmations.computeIfAbsent(document, d -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(segment.index(), i -> new java.util.concurrent.ConcurrentLinkedDeque<>());
    }

    /**
     * Hands the document's open job to a supervisor, with an optional note: the analyst's Submit.
     *
     * @throws WorkflowException if there is no profile database or nothing of the document was recorded
     */
    public void submit(OpenedDocument document, String comment) {
        if (profile == null) {
            throw new WorkflowException("Submitting for review needs the profile database, which could not be "
                    + "opened.", WorkflowException.Hint.DATABASE);
        }
        writer.flush();
        ReviewService review = ReviewService.of(profile);
        String job = review.openJob(document.name()).map(OpenJob::jobId).orElseThrow(() -> new WorkflowException(
                "Nothing of '" + document.name() + "' has been translated or edited since it was last approved, "
                        + "so there is nothing to submit."));
        review.submit(job, comment);
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
    public Optional<org.rendition.workflow.profile.RecentDocuments> recentDocuments() {
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(profile.database().onServer()
                ? org.rendition.workflow.profile.RecentDocuments.inFile(
                        org.rendition.workflow.profile.DatabaseLocation.defaultPath())
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
        if (profile == null) {
            return List.of();
        }
        ReviewService review = ReviewService.of(profile);
        return review.documents(org.rendition.workflow.review.ReviewFilter.ALL
                        .withAnalyst(profile.actor().user())
                        .withStatus(org.rendition.workflow.review.ReviewStatus.RETURNED)).stream()
                .map(s -> "'" + s.document() + "'" + (s.lastComment().isBlank() ? "" : ": \u201c" + s.lastComment()
                        + "\u201d"))
                .toList();
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
        return markings.getOrDefault(document, classificationScheme().lowest());
    }

    /**
     * Sets the document's marking. Raising it is anyone's right; lowering it takes a supervisor.
     *
     * @throws RoleRefusedException if someone other than a supervisor lowers the marking (recorded)
     * @throws WorkflowException    if {@code label} is not a marking of the scheme
     */
    public Classification classify(OpenedDocument document, String label) {
        // A refusal is written at once; the rows queued before it must come first in the history.
        writer.flush();
        Classification wanted = classificationScheme().parse(label);
        Classification current = classification(document);
        boolean allowed = !classificationScheme().lowers(current, wanted)
                || (profile != null && profile.actor().is(Role.SUPERVISOR));
        String rule = "Only a supervisor can lower a classification marking.";
        if (profile == null && !allowed) {
            throw new RoleRefusedException(rule);
        }
        if (profile != null) {
            profile.history().gate().require(allowed, null, "lower the marking of '" + document.name() + "' from "
                    + current + " to " + wanted, rule);
        }
        markings.put(document, wanted);
        send(kept(KeptChange.Kind.CLASSIFIED, document, null));
        return wanted;
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
        LanguagePair last = pairOf(document);
        export(document, segments, new LanguagePair(last.source(), target), option, out);
    }

    /**
     * As {@link #export(OpenedDocument, List, Language, ExportOption, Path)}, for {@code pair}: an
     * XLIFF option writes the segments with their statuses and inline tags, the source language
     * and the marking, for a colleague's CAT tool.
     */
    public void export(OpenedDocument document, List<Segment> segments, LanguagePair pair, ExportOption option,
            Path out) throws WorkflowException {
        if (segments.size() != document.segments().size()) {
            throw new IllegalArgumentException("Expected " + document.segments().size() + " segments, got "
                    + segments.size());
        }
        Language target = pair.target();
        if (option.xliffVersion().isPresent()) {
            XliffExchange.export(out, new org.rendition.documents.XliffDocument(option.xliffVersion().get(),
                    document.name(), pair.source().iso1(), target.iso1(), classification(document).label(), segments,
                    document.content().segmentTags(segments)));
            return;
        }
        try {
            document.content().write(segments.stream().map(Segment::exportText).toList(),
                    AlignedTags.forExport(segments, document.content().sourceTags()), target, option,
                    classification(document).label(), out);
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
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
        org.rendition.documents.XliffDocument returned = XliffExchange.read(xliff);
        Language target = Language.parse(returned.targetLang()).orElseThrow(() -> new WorkflowException(
                "'" + xliff.getFileName() + "' is translated into '" + returned.targetLang()
                        + "', which is not a language Rendition knows."));
        org.rendition.documents.XliffDocument.Merge merge;
        try {
            merge = returned.merge(current);
        } catch (IllegalArgumentException e) {
            throw new WorkflowException("'" + xliff.getFileName() + "' does not fit '" + document.name() + "': "
                    + e.getMessage(), e);
        }
        Language source = Language.parse(returned.sourceLang()).or(document::detectedLanguage)
                .orElse(pairOf(document).source());
        if (source != target) {
            pairs.put(document, new LanguagePair(source, target));
        }
        List<Segment> merged = new ArrayList<>(merge.segments());
        for (int i = 0; i < merged.size(); i++) {
            if (merge.outcomes().get(i) == org.rendition.documents.XliffDocument.MergeOutcome.FILLED) {
                // The colleague's tags, as the tags this document's reader gave the sentence.
                int index = i;
                Segment filled = merged.get(i).withTargetTags(merged.get(i).targetTags().map(tags ->
                        org.rendition.documents.TargetTags.renamed(returned.tagsOf(index),
                                document.sourceTags(index), tags)));
                merged.set(i, filled);
                changed(document, filled);
            }
        }
        return new XliffMerge(String.valueOf(xliff.getFileName()), returned.version(), source, target,
                merged, merge.outcomes());
    }

    /**
     * The document an XLIFF file was made from, when it lies beside the file under the name the
     * file gives it ({@code original}); empty otherwise.
     *
     * @throws WorkflowException in one sentence when the XLIFF file cannot be read
     */
    public static Optional<Path> originalOf(Path xliff) {
        String original = XliffExchange.read(xliff).original();
        if (original.isBlank()) {
            return Optional.empty();
        }
        Path folder = xliff.toAbsolutePath().getParent();
        try {
            Path beside = folder.resolve(Path.of(original).getFileName().toString());
            return java.nio.file.Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The name an XLIFF file gives the document it was made from ({@code original}). */
    public static String originalNameOf(Path xliff) {
        return XliffExchange.read(xliff).original();
    }

    /** Translates a pasted text (Quick translate), with the same engines as documents. */
    public TranslatedText translateText(String text, Language source, Language target, CancelSignal cancel)
            throws WorkflowException {
        String model = packFor(new LanguagePair(source, target)).name();
        return textTranslation.translate(text, Optional.of(source), target, Optional.of(model),
                decodingOptions().withBatchSize(DecodingOptions.DEFAULT_BATCH), cancel);
    }

    /** Forgets the saved work of a document, when the analyst chooses to start over. */
    public void startOver(OpenedDocument document) {
        if (projects.containsKey(document)) {
            send(kept(KeptChange.Kind.CLEARED, document, null));
        }
    }

    /** A person's change: saved, then recorded in the history. */
    private void changed(OpenedDocument document, Segment segment) {
        send(kept(KeptChange.Kind.CHANGED, document, segment));
    }

    /** {@code kind} of change to {@code document}, as it stands now; {@code segment} when it concerns one. */
    private KeptChange kept(KeptChange.Kind kind, OpenedDocument document, Segment segment) {
        return new KeptChange(kind, document.name(), pairOf(document), classification(document).label(),
                Optional.ofNullable(projects.get(document)),
                segment == null ? Segment.untranslated(0, 0, "") : segment, Optional.empty());
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
                recorder.translated(change.document(), change.pair(), packNamed(change.model()), change.marking(),
                        new TranslatedSegment(segment, SegmentAids.NONE));
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

    /** The installed pack called {@code name}, or null when it is gone (the history then names no model). */
    private ModelPack packNamed(Optional<String> name) {
        try {
            return name.isEmpty() ? null : engines.library().find(name.get()).orElse(null);
        } catch (org.rendition.engine.pack.PackDamagedException e) {
            return null;
        }
    }

    private LanguagePair pairOf(OpenedDocument document) {
        return pairs.getOrDefault(document,
                new LanguagePair(document.detectedLanguage().orElse(Language.ENGLISH), Language.ENGLISH));
    }

    private static ModelInfo info(ModelPack pack) {
        return new ModelInfo(pack.name(), pack.manifest().license(), pack.manifest().sourceLanguages(),
                pack.manifest().targetLanguages());
    }

    /**
     * What the {@code checks} find in each segment (numbers, names, glossary terms, tags, …), in
     * document order, after every change made so far is saved. Call off the window's thread.
     */
    public List<QaIssue> check(List<Segment> segments, LanguagePair pair, Set<QaCheck> checks) {
        writer.flush();
        return new QualityCheck(aids).check(segments, pair, checks);
    }

    /**
     * What the {@code checks} find in each segment, each in its own pair (glossary terms of an
     * Arabic paragraph are Arabic ones), in document order, after every change made so far is saved.
     */
    public List<QaIssue> check(OpenedDocument document, List<Segment> segments, Optional<Language> source,
            Language target, Set<QaCheck> checks) {
        writer.flush();
        QualityCheck quality = new QualityCheck(aids);
        // The tag check also finds formatting placed over no word of a target, or left out of it.
        List<List<org.rendition.documents.InlineTag>> sourceTags = document.content().sourceTags();
        LanguagePair own = pairOf(document, source, target);
        List<QaIssue> issues = new ArrayList<>();
        for (Map.Entry<LanguagePair, List<Segment>> group : byPair(document, segments, source, target, own).entrySet()) {
            issues.addAll(quality.check(group.getValue(), group.getKey(), checks,
                    segment -> AlignedTags.formatting(segment, sourceTags)));
        }
        issues.sort(java.util.Comparator.comparingInt(QaIssue::segment));
        return List.copyOf(issues);
    }

    /**
     * The model's confidence in each segment's target, each scored by the model of its own pair,
     * in the order given; empty for a segment without a target, or in a language no model reads.
     * Each score is saved with its segment, so a reopened document shows it without scoring again.
     * Loads the models if need be: call off the window's thread.
     */
    public List<Optional<TranslationConfidence>> confidence(OpenedDocument document, List<Segment> segments,
            Optional<Language> source, Language target) throws WorkflowException {
        Map<Segment, Optional<TranslationConfidence>> scored = new java.util.HashMap<>();
        LanguagePair own = pairOf(document, source, target);
        for (Map.Entry<LanguagePair, List<Segment>> group : byPair(document, segments, source, target, own).entrySet()) {
            List<Optional<TranslationConfidence>> scores;
            try {
                scores = confidence(group.getValue(), group.getKey());
            } catch (WorkflowException e) {
                if (group.getKey().equals(own)) {
                    throw e;
                }
                continue; // no model reads this language: its segments stay unscored
            }
            for (int i = 0; i < scores.size(); i++) {
                scored.put(group.getValue().get(i), scores.get(i));
            }
        }
        List<Optional<TranslationConfidence>> result = segments.stream()
                .map(s -> scored.getOrDefault(s, Optional.empty())).toList();
        Long project = projects.get(document);
        if (project != null) {
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                result.get(i).ifPresent(c -> writer.submit(() -> profile.projects().saveConfidence(project, segment, c)));
            }
        }
        return result;
    }

    /** {@code segments} by the pair each is in; a segment already in the target is in none. */
    private static Map<LanguagePair, List<Segment>> byPair(OpenedDocument document, List<Segment> segments,
            Optional<Language> source, Language target, LanguagePair own) {
        Map<LanguagePair, List<Segment>> groups = new java.util.LinkedHashMap<>();
        groups.put(own, new ArrayList<>());
        for (Segment segment : segments) {
            document.pairOf(segment.index(), source, target)
                    .ifPresent(pair -> groups.computeIfAbsent(pair, p -> new ArrayList<>()).add(segment));
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /**
     * The model's confidence in each segment's target, word by word, with each word's source
     * words; empty for a segment without a target. Loads the pair's model if need be: call off the
     * window's thread.
     */
    public List<Optional<TranslationConfidence>> confidence(List<Segment> segments, LanguagePair pair)
            throws WorkflowException {
        TranslationEngine engine = engines.engineFor(packFor(pair));
        return engine.score(segments.stream().map(Segment::source).toList(),
                segments.stream().map(Segment::target).toList(), pair);
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
