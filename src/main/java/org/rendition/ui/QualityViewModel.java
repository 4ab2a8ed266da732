package org.rendition.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.confidence.ScoredWord;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;

/**
 * What the model and QA think of the open document's targets. Every target that changes (a
 * machine result, an edit, an inserted memory match) is scored by the model in the background:
 * at once when nothing else runs, else when the translation run ends, so scoring never slows it.
 * QA runs on demand and before export, with the checks the analyst left on.
 */
public final class QualityViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final LanguageSettings languages;
    private final ObservableList<SegmentRow> rows;
    private final ReadOnlyBooleanProperty busy;
    private final javafx.beans.value.ObservableObjectValue<Optional<OpenedDocument>> document;
    private final Consumer<String> status;
    private final ObservableList<QaIssue> issues = FXCollections.observableArrayList();
    private final Map<QaCheck, BooleanProperty> enabled = new EnumMap<>(QaCheck.class);
    private final Set<SegmentRow> unscored = new LinkedHashSet<>();

    QualityViewModel(DocumentTranslation workflow, TaskExecutor executor, LanguageSettings languages,
            ObservableList<SegmentRow> rows, javafx.beans.value.ObservableObjectValue<Optional<OpenedDocument>> document,
            ReadOnlyBooleanProperty busy, Consumer<String> status) {
        this.document = document;
        this.workflow = workflow;
        this.executor = executor;
        this.languages = languages;
        this.rows = rows;
        this.busy = busy;
        this.status = status;
        for (QaCheck check : QaCheck.values()) {
            enabled.put(check, new SimpleBooleanProperty(true));
        }
        rows.addListener((ListChangeListener<SegmentRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            issues.clear();
        });
        busy.addListener((o, was, now) -> {
            if (!now) {
                scoreWaiting();
            }
        });
    }

    private void watch(SegmentRow row) {
        row.targetProperty().addListener((o, was, now) -> needsScore(row));
        needsScore(row);
    }

    private void needsScore(SegmentRow row) {
        // A score already shown belongs to this target: a new target clears it (SegmentRow).
        if (row.target().isBlank() || row.confidence().isPresent()) {
            return;
        }
        unscored.add(row);
        if (!busy.get()) {
            scoreWaiting();
        }
    }

    /** Scores the rows whose targets changed since they were last scored. */
    private void scoreWaiting() {
        Optional<LanguagePair> pair = languages.currentPair();
        if (unscored.isEmpty() || pair.isEmpty() || document.get().isEmpty()) {
            return;
        }
        List<SegmentRow> batch = List.copyOf(unscored);
        unscored.clear();
        List<Segment> segments = batch.stream().map(SegmentRow::toSegment).toList();
        OpenedDocument opened = document.get().get();
        Optional<Language> source = languages.chosenSource();
        Language target = languages.target();
        Task<List<Optional<TranslationConfidence>>> score = new Task<>() {
            @Override
            protected List<Optional<TranslationConfidence>> call() {
                // Each by the model of its own language; saved with the segment for the next opening.
                return workflow.confidence(opened, segments, source, target);
            }
        };
        score.setOnSucceeded(e -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).showConfidence(segments.get(i).target(), score.getValue().get(i));
            }
        });
        score.setOnFailed(e -> status.accept(Errors.describe(score.getException())));
        executor.execute(score);
    }

    /** Whether {@code check} runs; every check starts on. */
    public BooleanProperty enabledProperty(QaCheck check) {
        return enabled.get(check);
    }

    /** What the last QA run found, in document order. */
    public ObservableList<QaIssue> issues() {
        return FXCollections.unmodifiableObservableList(issues);
    }

    /** The row an issue is about. */
    public SegmentRow rowOf(QaIssue issue) {
        return rows.get(issue.segment());
    }

    /** Runs QA over the whole document with the checks switched on, in the background. */
    public void runQa() {
        check(found -> status.accept(found.isEmpty() ? Messages.get("qa.none")
                : Messages.get("qa.found", found.size(), found.stream().mapToInt(QaIssue::segment).distinct().count())));
    }

    /** Runs QA, then hands {@code then} what it found (empty when all is well). */
    public void check(Consumer<List<QaIssue>> then) {
        Optional<LanguagePair> pair = languages.currentPair();
        if (rows.isEmpty() || pair.isEmpty() || document.get().isEmpty()) {
            then.accept(List.of());
            return;
        }
        OpenedDocument opened = document.get().get();
        Optional<Language> source = languages.chosenSource();
        Language target = languages.target();
        List<Segment> segments = rows.stream().map(SegmentRow::toSegment).toList();
        Set<QaCheck> checks = EnumSet.noneOf(QaCheck.class);
        enabled.forEach((check, on) -> {
            if (on.get()) {
                checks.add(check);
            }
        });
        Task<List<QaIssue>> run = new Task<>() {
            @Override
            protected List<QaIssue> call() {
                return workflow.check(opened, segments, source, target, checks);
            }
        };
        run.setOnSucceeded(e -> {
            List<QaIssue> found = run.getValue();
            issues.setAll(found);
            for (SegmentRow row : rows) {
                row.showIssues(found.stream().filter(i -> i.segment() == row.index()).toList());
            }
            then.accept(found);
        });
        run.setOnFailed(e -> status.accept(Errors.describe(run.getException())));
        executor.execute(run);
    }

    /** Marks, in the row's source, the words the clicked target word came from. */
    public void showOrigin(SegmentRow row, ScoredWord word) {
        row.confidence().ifPresent(c -> row.highlightSource(word.sourceWords().stream()
                .map(c.sourceWords()::get).toList()));
    }
}
