package org.rendition.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.glossary.GlossaryHit;
import org.rendition.memory.TmMatch;
import org.rendition.text.Language;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.ExportOption;
import org.rendition.workflow.translate.OpenedDocument;
import org.rendition.workflow.translate.SegmentAids;
import org.rendition.workflow.translate.XliffExchange;
import org.rendition.workflow.translate.XliffMerge;

/**
 * The open document: its segment rows, the translation run (progress, cancel), the translator's
 * edits and confirmations, export, and the aids shown for the current row.
 */
public final class DocumentViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final LanguageSettings languages;
    private final Consumer<String> status;
    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> aids = FXCollections.observableArrayList();
    private final ObservableList<AidLines> aidLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<OpenedDocument>> document =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper scan = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mixedLanguages = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final javafx.beans.property.ReadOnlyStringWrapper progressText =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /**
     * One read-only view kept here: an unmodifiable wrapper listens to its list only weakly, so a
     * wrapper made per call could be collected with the menu's listener on it.
     */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private Path openedFile;
    private final ReadOnlyObjectWrapper<Optional<String>> resumeOffer = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> returnNotice = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<XliffMerge>> lastMerge = new ReadOnlyObjectWrapper<>(Optional.empty());
    /** The matches the side pane shows, and the row they belong to (looked up in the background). */
    private List<TmMatch> shownMatches = List.of();
    private SegmentRow shownMatchesRow;
    private final QualityViewModel quality;
    private Task<?> running;
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    DocumentViewModel(DocumentTranslation workflow, TaskExecutor executor, LanguageSettings languages,
            Consumer<String> status) {
        this.workflow = workflow;
        this.executor = executor;
        this.languages = languages;
        this.status = status;
        this.quality = new QualityViewModel(workflow, executor, languages, rows, document.getReadOnlyProperty(),
                busy.getReadOnlyProperty(), status);
        languages.sourceProperty().addListener((o, was, now) -> refreshGlossaryHits());
        languages.targetProperty().addListener((o, was, now) -> refreshGlossaryHits());
        // Edits are saved behind the window's back; a save that fails must still be seen.
        workflow.onWriteFailure(failure -> Platform.runLater(() -> status.accept(Errors.describe(failure))));
        workflow.recentDocuments().ifPresent(recentDocuments -> {
            Task<List<Path>> read = new Task<>() {
                @Override
                protected List<Path> call() {
                    return recentDocuments.list();
                }
            };
            read.setOnSucceeded(e -> recent.setAll(read.getValue()));
            executor.execute(read);
        });
    }

    /** The documents opened last, newest first (kept in the user's profile). */
    public ObservableList<Path> recentDocuments() {
        return recentView;
    }

    /** "12 of 40 segments" while a translation runs, "Loading the model…" before the first; empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /**
     * Saves attachment {@code number} of the open e-mail as {@code target}, in the background, and
     * opens it as the document to translate: from then on it is a file like any other, with its own
     * saved work, review and history.
     */
    public void openAttachment(int number, Path target) {
        Optional<OpenedDocument> email = document.get();
        if (email.isEmpty() || busy.get()) {
            return;
        }
        Task<Path> save = new Task<>() {
            @Override
            protected Path call() {
                return email.get().saveAttachment(number, target);
            }
        };
        save.setOnSucceeded(e -> {
            busy.set(false);
            open(save.getValue());
        });
        run(save, Messages.get("status.savingAttachment", target.getFileName()));
    }

    /** The folder of the open document, where the export dialog opens. */
    public Optional<Path> documentFolder() {
        return Optional.ofNullable(openedFile).map(Path::getParent);
    }


    public ObservableList<SegmentRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The model's confidence in each target, and QA. */
    public QualityViewModel quality() {
        return quality;
    }

    /** TM matches and glossary hits of the current row, as lines to show. */
    public ObservableList<String> aids() {
        return FXCollections.unmodifiableObservableList(aids);
    }

    /** The same lines with what the side pane needs to mark a fuzzy match's differences. */
    ObservableList<AidLines> aidLines() {
        return FXCollections.unmodifiableObservableList(aidLines);
    }

    public ReadOnlyObjectProperty<Optional<OpenedDocument>> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** A question to put to the translator when saved work of the opened file was found; empty otherwise. */
    public ReadOnlyObjectProperty<Optional<String>> resumeOfferProperty() {
        return resumeOffer.getReadOnlyProperty();
    }

    /** What to tell the analyst when the opened document came back from a supervisor; empty otherwise. */
    public ReadOnlyObjectProperty<Optional<String>> returnNoticeProperty() {
        return returnNotice.getReadOnlyProperty();
    }

    /** Hands the open document to a supervisor for review, with an optional note. */
    public void submit(String comment) {
        Optional<OpenedDocument> opened = document.get();
        if (opened.isEmpty() || busy.get()) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                workflow.submit(opened.get(), comment);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            returnNotice.set(Optional.empty());
            status.accept(Messages.get("status.submitted", opened.get().name()));
        });
        run(task, Messages.get("status.submitting", opened.get().name()));
    }

    /** Takes up the saved work the resume offer was about. */
    public void resume() {
        document.get().flatMap(OpenedDocument::savedWork).ifPresent(saved -> {
            OpenedDocument opened = document.get().get();
            List<SegmentRow> restored = rowsOf(opened, saved);
            // Scores saved with the targets come back with them: no model runs to show them again.
            restored.forEach(row -> java.util.Optional.ofNullable(opened.savedConfidence().get(row.index()))
                    .ifPresent(c -> row.showConfidence(row.target(), java.util.Optional.of(c))));
            rows.setAll(restored);
            status.accept(Messages.get("status.resumed", document.get().get().name()));
            refreshGlossaryHits();
        });
        resumeOffer.set(Optional.empty());
    }

    /** Declines the resume offer: the saved work is forgotten and the document starts untranslated. */
    public void startOver() {
        document.get().ifPresent(workflow::startOver);
        resumeOffer.set(Optional.empty());
    }

    /** Whether the open document holds segments in another language than its own, so the grid marks them. */
    public ReadOnlyBooleanProperty mixedLanguagesProperty() {
        return mixedLanguages.getReadOnlyProperty();
    }

    /** Whether the open document was read by OCR (in part), so the grid shows OCR's confidence. */
    public ReadOnlyBooleanProperty scanProperty() {
        return scan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running task's progress (-1 while the model loads), bound to the task's own. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanBinding canTranslateProperty() {
        return Bindings.createBooleanBinding(() -> document.get().isPresent() && !busy.get(), document, busy);
    }

    /**
     * Reads a document in the background and shows its segments. An XLIFF file a colleague
     * returned is merged instead: into the open document when it was made from it, else into the
     * document it names, found beside it and opened.
     */
    public void open(Path file) {
        if (busy.get()) {
            return;
        }
        if (XliffExchange.isXliff(file)) {
            openXliff(file);
            return;
        }
        Task<OpenedDocument> task = new Task<>() {
            @Override
            protected OpenedDocument call() throws Exception {
                return workflow.open(file);
            }
        };
        task.setOnSucceeded(e -> {
            openedFile = file.toAbsolutePath();
            show(task.getValue());
            remember(openedFile);
        });
        run(task, Messages.get("status.opening", file.getFileName()));
    }

    /** Puts the opened file first in the recent list, in the background (a database write). */
    private void remember(Path file) {
        workflow.recentDocuments().ifPresent(recentDocuments -> {
            Task<List<Path>> add = new Task<>() {
                @Override
                protected List<Path> call() {
                    return recentDocuments.add(file);
                }
            };
            add.setOnSucceeded(e -> recent.setAll(add.getValue()));
            add.setOnFailed(e -> status.accept(Errors.describe(add.getException())));
            executor.execute(add);
        });
    }

    /**
     * Fills the open document's targets from {@code xliff}, an XLIFF file a colleague's CAT tool
     * returned, in the background; the same merge as {@code translate --merge}. The status line
     * says how many segments were filled, and how many were skipped and why.
     */
    public void mergeXliff(Path xliff) {
        Optional<OpenedDocument> opened = document.get();
        if (opened.isEmpty() || busy.get()) {
            return;
        }
        List<Segment> current = rows.stream().map(SegmentRow::toSegment).toList();
        Task<XliffMerge> task = new Task<>() {
            @Override
            protected XliffMerge call() {
                return workflow.mergeXliff(opened.get(), current, xliff);
            }
        };
        task.setOnSucceeded(e -> showMerge(task.getValue()));
        run(task, Messages.get("status.merging", xliff.getFileName(), opened.get().name()));
    }

    /** The merged segments in their rows, each a change that can be undone, and what was done in the status line. */
    private void showMerge(XliffMerge merge) {
        for (int i = 0; i < merge.segments().size() && i < rows.size(); i++) {
            if (merge.wasFilled(i)) {
                rows.get(i).change(merge.segments().get(i));
            }
        }
        lastMerge.set(Optional.of(merge));
        status.accept(merge.summary());
    }

    /** An .xlf chosen with Open: merged into the document it was made from, opened first unless it is open. */
    private void openXliff(Path xliff) {
        Optional<OpenedDocument> open = document.get();
        List<Segment> current = rows.stream().map(SegmentRow::toSegment).toList();
        Task<OpenedAndMerged> task = new Task<>() {
            @Override
            protected OpenedAndMerged call() {
                String original = DocumentTranslation.originalNameOf(xliff);
                String name = original.isBlank() ? "" : Path.of(original).getFileName().toString();
                if (open.isPresent() && open.get().name().equals(name)) {
                    return new OpenedAndMerged(Optional.empty(), workflow.mergeXliff(open.get(), current, xliff));
                }
                Path file = DocumentTranslation.originalOf(xliff).orElseThrow(() -> new org.rendition.workflow
                        .WorkflowException(Messages.get("status.xliffOriginalMissing", xliff.getFileName(), original)));
                OpenedDocument opened = workflow.open(file);
                // On top of the work saved on it (what was sent, as a rule), else of the document as read.
                List<Segment> start = opened.savedWork().orElse(opened.segments());
                return new OpenedAndMerged(Optional.of(opened), workflow.mergeXliff(opened, start, xliff));
            }
        };
        task.setOnSucceeded(e -> {
            OpenedAndMerged done = task.getValue();
            done.opened().ifPresent(opened -> {
                openedFile = opened.file().toAbsolutePath();
                show(opened, done.merge().segments(), false);
                remember(openedFile);
            });
            showMerge(done.merge());
        });
        run(task, Messages.get("status.opening", xliff.getFileName()));
    }

    /** What opening an XLIFF file did: the document it was made from when that had to be opened, and the merge. */
    private record OpenedAndMerged(Optional<OpenedDocument> opened, XliffMerge merge) {
    }

    /** The last XLIFF merge done in the window, for the status line and tests; empty before the first. */
    public ReadOnlyObjectProperty<Optional<XliffMerge>> lastMergeProperty() {
        return lastMerge.getReadOnlyProperty();
    }

    private void show(OpenedDocument opened) {
        show(opened, opened.segments(), true);
    }

    /** Shows {@code segments} of {@code opened}; {@code offerResume} asks about saved work, if there is some. */
    private void show(OpenedDocument opened, List<Segment> segments, boolean offerResume) {
        List<SegmentRow> read = rowsOf(opened, segments);
        rows.setAll(read);
        scan.set(read.stream().anyMatch(row -> row.ocr().isPresent()));
        mixedLanguages.set(opened.languages().mixed());
        document.set(Optional.of(opened));
        languages.setDetected(opened.detectedLanguage());
        refreshGlossaryHits();
        status.accept(opened.languages().mixed()
                ? Messages.get("status.openedMixed", opened.name(), read.size(), opened.languages().counts().entrySet()
                        .stream().map(e -> e.getKey().displayName() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", ")))
                : Messages.get("status.opened", opened.name(), read.size(),
                        opened.detectedLanguage().map(l -> l.displayName()).orElse(Messages.get("language.unknown"))));
        returnNotice.set(opened.returnNotice());
        opened.returnNotice().ifPresent(status);
        resumeOffer.set(!offerResume ? Optional.empty() : opened.savedWork().map(saved -> Messages.get("resume.offer",
                opened.name(),
                saved.stream().filter(s -> !s.target().isBlank()).count(),
                saved.stream().filter(s -> s.status() == org.rendition.documents.SegmentStatus.CONFIRMED).count())));
    }

    /** One row per segment, each with its paragraph mark, OCR evidence and language. */
    private static List<SegmentRow> rowsOf(OpenedDocument opened, List<Segment> segments) {
        return segments.stream().map(s -> new SegmentRow(s, s.index() == 0
                || segments.get(s.index() - 1).paragraph() != s.paragraph(), opened.ocrEvidence(s),
                opened.languages().of(s.index()), opened.languages().differsFromMain(s.index()),
                opened.sourceTags(s.index()))).toList();
    }

    /**
     * Finds the glossary terms of every row in the background, for the source cells to highlight:
     * once when a document opens, again when the pair or the glossaries in use change.
     */
    void refreshGlossaryHits() {
        List<SegmentRow> shown = List.copyOf(rows);
        Optional<LanguagePair> pair = languages.currentPair();
        if (document.get().isEmpty() || pair.isEmpty()) {
            shown.forEach(row -> row.showGlossaryHits(List.of()));
            return;
        }
        List<Segment> segments = shown.stream().map(SegmentRow::toSegment).toList();
        OpenedDocument opened = document.get().get();
        Optional<Language> source = languages.chosenSource();
        Language target = languages.target();
        Task<List<List<GlossaryHit>>> find = new Task<>() {
            @Override
            protected List<List<GlossaryHit>> call() {
                return workflow.glossaryHits(opened, segments, source, target);
            }
        };
        find.setOnSucceeded(e -> {
            for (int i = 0; i < shown.size(); i++) {
                shown.get(i).showGlossaryHits(find.getValue().get(i));
            }
        });
        find.setOnFailed(e -> status.accept(Errors.describe(find.getException())));
        executor.execute(find);
    }

    /** Machine-translates the rows no person has touched; rows fill in as segments finish. */
    public void translate() {
        Optional<OpenedDocument> opened = document.get();
        Optional<LanguagePair> pair = languages.pair();
        if (opened.isEmpty() || pair.isEmpty() || busy.get()) {
            return;
        }
        List<Segment> current = rows.stream().map(SegmentRow::toSegment).toList();
        AtomicBoolean cancelled = new AtomicBoolean();
        // From as chosen: Detect reads each segment in its own language, a named language is trusted for all.
        Optional<Language> source = languages.chosenSource();
        Language target = languages.target();
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        Task<List<Segment>> task = new Task<>() {
            @Override
            protected List<Segment> call() throws Exception {
                updateProgress(-1, 1);
                updateMessage(Messages.get("progress.loadingModel"));
                BatchedUpdates<Segment> finished = new BatchedUpdates<>(batch -> batch.forEach(
                        DocumentViewModel.this::applyMachineResult));
                try {
                    return workflow.translate(opened.get(), current, source, target, CancelSignal.of(cancelled::get),
                            new org.rendition.workflow.translate.SegmentListener() {
                                @Override
                                public void translated(Segment segment, int done, int total) {
                                    updateProgress(done, total);
                                    updateMessage(Messages.get("progress.segments", done, total));
                                    finished.add(segment);
                                }

                                @Override
                                public void note(String note) {
                                    notes.add(note);
                                }
                            });
                } finally {
                    finished.flush();
                }
            }
        };
        task.setOnSucceeded(e -> status.accept(Messages.get("status.translated", current.size(), pair.get())
                + (notes.isEmpty() ? "" : " " + String.join(" ", notes))));
        cancelRequested = cancelled;
        run(task, Messages.get("status.translating", pair.get()));
    }

    /** A person's edit made while the run was going wins over the machine's late result. */
    private void applyMachineResult(Segment segment) {
        SegmentRow row = rows.get(segment.index());
        if (row.status().isReplaceableByMachine()) {
            row.apply(segment);
        }
    }

    /** Stops the running task; the model stops at its next decoding step. */
    public void cancel() {
        if (running != null && busy.get()) {
            // Not interrupting: an interrupt could close a file channel the model is reading. The task
            // is marked cancelled before the model is told, so the model's stop cannot fail it first.
            running.cancel(false);
            cancelRequested.set(true);
        }
    }

    public void editTarget(SegmentRow row, String target) {
        if (!target.equals(row.target())) {
            document.get().ifPresent(d -> row.change(workflow.edit(d, row.toSegment(), target)));
        }
    }

    /**
     * The analyst's target with the tags she kept, moved or inserted in the editor: stored with the
     * segment and exported as they are. Nothing changes when neither the text nor a tag moved.
     */
    public void editTarget(SegmentRow row, String target, List<org.rendition.documents.InlineTag> tags) {
        if (target.equals(row.target()) && row.targetTags().equals(Optional.of(tags))) {
            return;
        }
        document.get().ifPresent(d -> row.change(workflow.edit(d, row.toSegment(), target, Optional.of(tags))));
    }

    /** The tags the editor shows in the row's target: those placed in it, else the source's by position. */
    public List<org.rendition.documents.InlineTag> tagsToEdit(SegmentRow row) {
        return document.get().map(d -> d.tagsToEdit(row.toSegment())).orElse(row.targetTags().orElse(List.of()));
    }

    public void copySourceToTarget(SegmentRow row) {
        document.get().ifPresent(d -> row.change(workflow.copySourceToTarget(d, row.toSegment())));
    }

    /**
     * Takes back the last change a person made to the row (Ctrl+Z); saved like an edit. Taking back
     * a confirmation also takes its translation-memory entry back out.
     */
    public void undo(SegmentRow row) {
        if (row == null || document.get().isEmpty()) {
            return;
        }
        Segment undone = row.toSegment();
        row.undo().ifPresentOrElse(restored -> workflow.undo(document.get().get(), undone, restored),
                () -> status.accept(Messages.get("status.nothingToUndo", row.number())));
    }

    /** Makes the change undone last again (Ctrl+Y); a confirmation made again is stored in the memory again. */
    public void redo(SegmentRow row) {
        if (row == null || document.get().isEmpty()) {
            return;
        }
        row.redo().ifPresentOrElse(redone -> workflow.redo(document.get().get(), redone, languages.chosenSource(),
                languages.target()), () -> status.accept(Messages.get("status.nothingToRedo", row.number())));
    }

    /** Puts the model's own output back in the target (Ctrl+Shift+M), as an undoable change. */
    public void backToMachineOutput(SegmentRow row) {
        if (row == null || document.get().isEmpty()) {
            return;
        }
        row.machineOutput().ifPresentOrElse(
                machine -> row.change(workflow.restore(document.get().get(), machine)),
                () -> status.accept(Messages.get("status.noMachineOutput", row.number())));
    }

    /**
     * Confirms the row. The row changes at once; the workflow saves the segment, its history row
     * and the memory entry on its writer thread, so the window never waits for the disk nor
     * behind a translation run.
     */
    public void confirm(SegmentRow row) {
        Optional<LanguagePair> pair = languages.pair();
        if (document.get().isEmpty() || pair.isEmpty()) {
            return;
        }
        if (row.target().isBlank()) {
            status.accept(Messages.get("status.nothingToConfirm", row.number()));
            return;
        }
        // Stored in the memory in the row's own pair: an Arabic paragraph of a Russian report as Arabic.
        row.change(workflow.confirm(document.get().get(), row.toSegment(), languages.chosenSource(),
                languages.target()));
    }

    /** Shows the aids for the row the translator is on. */
    public void select(SegmentRow row) {
        aids.clear();
        aidLines.clear();
        shownMatches = List.of();
        shownMatchesRow = null;
        Optional<LanguagePair> pair = languages.currentPair();
        if (row == null || pair.isEmpty() || document.get().isEmpty()) {
            return;
        }
        Segment segment = row.toSegment();
        OpenedDocument opened = document.get().get();
        Optional<Language> source = languages.chosenSource();
        Language target = languages.target();
        Task<SegmentAids> lookup = new Task<>() {
            @Override
            protected SegmentAids call() {
                return workflow.aidsFor(opened, segment, source, target);
            }
        };
        lookup.setOnSucceeded(e -> {
            List<AidLines> lines = AidLines.of(lookup.getValue());
            aidLines.setAll(lines);
            aids.setAll(lines.stream().map(AidLines::text).toList());
            shownMatches = lookup.getValue().matches();
            shownMatchesRow = row;
        });
        executor.execute(lookup);
    }

    /**
     * Puts the {@code number}th translation-memory match of the side pane (from 1) in the row's
     * target; the row shows the match's score, and a later run leaves it alone.
     */
    public void insertMatch(SegmentRow row, int number) {
        if (row != shownMatchesRow || number < 1 || number > shownMatches.size()) {
            status.accept(Messages.get("status.noMatch", number, row == null ? "" : row.number()));
            return;
        }
        TmMatch match = shownMatches.get(number - 1);
        document.get().ifPresent(d -> row.change(workflow.useMemoryMatch(d, row.toSegment(), match)));
    }

    /**
     * Gives rows new targets in the background (a replace over the whole document is one database
     * write per row, too many for the window's thread); each becomes an edit like one typed.
     */
    void replaceTargets(Map<SegmentRow, String> targets, Runnable done) {
        Optional<OpenedDocument> opened = document.get();
        if (opened.isEmpty() || busy.get() || targets.isEmpty()) {
            done.run();
            return;
        }
        Map<SegmentRow, Segment> before = new LinkedHashMap<>();
        targets.keySet().forEach(row -> before.put(row, row.toSegment()));
        Task<Map<SegmentRow, Segment>> task = new Task<>() {
            @Override
            protected Map<SegmentRow, Segment> call() {
                Map<SegmentRow, Segment> edited = new LinkedHashMap<>();
                before.forEach((row, segment) -> edited.put(row, workflow.edit(opened.get(), segment,
                        targets.get(row))));
                return edited;
            }
        };
        task.setOnSucceeded(e -> {
            task.getValue().forEach(SegmentRow::change);
            done.run();
        });
        run(task, Messages.get("status.replacing", targets.size()));
    }

    /** Writes the translation where and as the analyst chose. */
    public void export(ExportTarget chosen) {
        Optional<OpenedDocument> opened = document.get();
        if (opened.isEmpty() || busy.get()) {
            return;
        }
        List<Segment> segments = rows.stream().map(SegmentRow::toSegment).toList();
        Language target = languages.targetProperty().get();
        // The pair on screen, so an XLIFF file names the source language the analyst sees.
        Optional<LanguagePair> pair = languages.currentPair();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                if (pair.isPresent()) {
                    workflow.export(opened.get(), segments, pair.get(), chosen.option(), chosen.file());
                } else {
                    workflow.export(opened.get(), segments, target, chosen.option(), chosen.file());
                }
                return null;
            }
        };
        task.setOnSucceeded(e -> status.accept(Messages.get("status.exported", chosen.file())));
        run(task, Messages.get("status.exporting", chosen.file().getFileName()));
    }

    /** What the open document can be exported as, its own format first. */
    public List<ExportOption> exportOptions() {
        return document.get().map(OpenedDocument::exportOptions).orElse(List.of());
    }

    /** The file name (without extension) an export is offered under: {@code report.ru} gives {@code report.ru.en}. */
    public String suggestedExportStem() {
        return document.get().map(d -> d.suggestedExportStem(languages.targetProperty().get())).orElse("");
    }

    private void run(Task<?> task, String startMessage) {
        status.accept(startMessage);
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        busy.set(true);
        running = task;
        // The state, not "running": a task cancelled while still queued never runs at all.
        task.stateProperty().addListener((o, was, now) -> {
            if (running == task && (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED
                    || now == Worker.State.CANCELLED)) {
                busy.set(false);
                progress.unbind();
                progress.set(now == Worker.State.SUCCEEDED ? 1 : 0);
                progressText.unbind();
                progressText.set("");
            }
        });
        task.setOnFailed(e -> status.accept(Errors.describe(task.getException())));
        task.setOnCancelled(e -> status.accept(Messages.get("status.cancelled")));
        executor.execute(task);
    }
}
