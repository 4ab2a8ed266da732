package org.rendition.workflow.translate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.rendition.engine.LanguagePair;
import org.rendition.text.Language;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.ClassificationScheme;

/**
 * What a session knows of each document it opened, beside its segments: where its work is saved,
 * the pair its history is kept in, and its classification marking. Read from the window's thread
 * and the writer's, so kept in concurrent maps.
 */
final class OpenDocuments {
    /** The saved project of each open document, when a profile is in use. */
    private final Map<OpenedDocument, Long> projects = new ConcurrentHashMap<>();
    /** The pair each open document was last translated or confirmed in, for its history. */
    private final Map<OpenedDocument, LanguagePair> pairs = new ConcurrentHashMap<>();
    /** The classification marking of each open document, printed on every export. */
    private final Map<OpenedDocument, Classification> markings = new ConcurrentHashMap<>();
    private final Supplier<ClassificationScheme> scheme;

    OpenDocuments(Supplier<ClassificationScheme> scheme) {
        this.scheme = scheme;
    }

    /** A document just opened, with its saved project when its work is kept, and its marking. */
    void opened(OpenedDocument document, Optional<Long> project, Classification marking) {
        project.ifPresent(id -> projects.put(document, id));
        markings.put(document, marking);
    }

    /** The document's saved project; empty without a profile. */
    Optional<Long> project(OpenedDocument document) {
        return Optional.ofNullable(projects.get(document));
    }

    /** The markings a document can carry. */
    ClassificationScheme scheme() {
        return scheme.get();
    }

    Classification marking(OpenedDocument document) {
        return markings.getOrDefault(document, scheme().lowest());
    }

    void mark(OpenedDocument document, Classification marking) {
        markings.put(document, marking);
    }

    /** The document's pair for its history: the one last translated or confirmed in, else its language into English. */
    LanguagePair pair(OpenedDocument document) {
        return pairs.getOrDefault(document,
                new LanguagePair(document.detectedLanguage().orElse(Language.ENGLISH), Language.ENGLISH));
    }

    /** The document's pair for its history: the one last translated in, else the one the languages give. */
    LanguagePair pair(OpenedDocument document, Optional<Language> source, Language target) {
        return pairs.computeIfAbsent(document, d -> d.mainPair(source, target)
                .orElse(new LanguagePair(source.or(d::detectedLanguage).orElse(Language.ENGLISH), target)));
    }

    /** The document is now translated in {@code pair}: its history continues there. */
    void translatedIn(OpenedDocument document, LanguagePair pair) {
        pairs.put(document, pair);
    }

    /** The document's history is kept in {@code pair}, unless it has a pair already. */
    void startHistoryIn(OpenedDocument document, LanguagePair pair) {
        pairs.putIfAbsent(document, pair);
    }
}
