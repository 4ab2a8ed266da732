package org.rendition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rendition.engine.LanguagePair;
import org.rendition.memory.TmEntry;
import org.rendition.workflow.translate.DocumentTranslation;

/**
 * Concordance (Ctrl+K): where a word or phrase occurs in the translation memory, on the source or
 * the target side, through the same {@code MemoryService} as {@code rendition tm}, and in the open
 * document's sources and targets, with the translation each time, so the analyst sees how it was
 * rendered before, or what was rendered so.
 */
public final class ConcordanceViewModel {
    /** Memory entries shown at most; a concordance is read, not scrolled for minutes. */
    static final int MAX_MEMORY_HITS = 50;

    /**
     * One place the phrase occurs.
     *
     * @param source the sentence holding it
     * @param target its translation
     * @param origin where it is: the memory (with the document it came from) or this document
     * @param row the document row, from 0; -1 for a memory entry
     */
    public record Hit(String source, String target, String origin, int row) {
    }

    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final DocumentViewModel document;
    private final LanguageSettings languages;
    private final Consumer<String> status;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final SimpleStringProperty summary = new SimpleStringProperty("");

    ConcordanceViewModel(DocumentTranslation workflow, TaskExecutor executor, DocumentViewModel document,
            LanguageSettings languages, Consumer<String> status) {
        this.workflow = workflow;
        this.executor = executor;
        this.document = document;
        this.languages = languages;
        this.status = status;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Hit> hits() {
        return FXCollections.unmodifiableObservableList(hits);
    }

    /** How many places were found, and where. */
    public javafx.beans.value.ObservableStringValue summaryProperty() {
        return summary;
    }

    /** Looks the phrase up in the background: the memory's word index, then the document's rows. */
    public void search() {
        String phrase = query.get().strip();
        hits.clear();
        if (phrase.isEmpty()) {
            summary.set("");
            return;
        }
        List<LanguagePair> pairs = pairs();
        List<Hit> inDocument = inDocument(phrase);
        summary.set(Messages.get("concordance.searching"));
        Task<List<TmEntry>> lookup = new Task<>() {
            @Override
            protected List<TmEntry> call() {
                List<TmEntry> found = new ArrayList<>();
                workflow.profile().ifPresent(profile -> {
                    for (LanguagePair p : pairs) {
                        found.addAll(profile.memory().concordance(p.source().iso1(), p.target().iso1(), phrase,
                                MAX_MEMORY_HITS - found.size()));
                    }
                });
                return found;
            }
        };
        lookup.setOnSucceeded(e -> {
            List<Hit> found = new ArrayList<>();
            for (TmEntry entry : lookup.getValue()) {
                found.add(new Hit(entry.source(), entry.target(), entry.document() == null
                        ? Messages.get("concordance.memory") : Messages.get("concordance.memoryFrom", entry.document()),
                        -1));
            }
            found.addAll(inDocument);
            hits.setAll(found);
            summary.set(Messages.get("concordance.found", lookup.getValue().size(), inDocument.size()));
        });
        lookup.setOnFailed(e -> {
            hits.setAll(inDocument);
            summary.set(Errors.describe(lookup.getException()));
            status.accept(Errors.describe(lookup.getException()));
        });
        executor.execute(lookup);
    }

    /**
     * The pairs whose memory is searched: the current one, and with Detect that of every other
     * language the document's segments are in (a Russian report quoting Arabic searches both).
     */
    private List<LanguagePair> pairs() {
        java.util.Set<LanguagePair> pairs = new java.util.LinkedHashSet<>();
        languages.currentPair().ifPresent(pairs::add);
        if (languages.chosenSource().isEmpty()) {
            for (SegmentRow row : document.rows()) {
                row.language().filter(l -> l != languages.target())
                        .ifPresent(l -> pairs.add(new LanguagePair(l, languages.target())));
            }
        }
        return List.copyOf(pairs);
    }

    /** The open document's rows whose source or target holds the phrase, whatever its case. */
    private List<Hit> inDocument(String phrase) {
        Pattern pattern = TextSearch.pattern(phrase, false, false).orElseThrow();
        List<Hit> found = new ArrayList<>();
        for (SegmentRow row : document.rows()) {
            if (TextSearch.contains(row.source(), pattern) || TextSearch.contains(row.target(), pattern)) {
                found.add(new Hit(row.source(), row.target(), Messages.get("concordance.row", row.number()),
                        row.index()));
            }
        }
        return found;
    }
}
