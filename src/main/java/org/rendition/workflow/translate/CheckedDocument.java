package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rendition.documents.Segment;
import org.rendition.documents.XliffDocument;
import org.rendition.engine.LanguagePair;
import org.rendition.qa.QaCheck;
import org.rendition.qa.QaIssue;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * {@code rendition qa}: QA of a saved document, either a document with work saved in the
 * workstation (the segments as the analyst left them) or an XLIFF file, checked with the profile's
 * glossaries when there is a profile.
 *
 * @param name the file's name
 * @param segments its segments, in document order
 * @param issues what the checks found
 */
public record CheckedDocument(String name, List<Segment> segments, List<QaIssue> issues) {
    public CheckedDocument {
        segments = List.copyOf(segments);
        issues = List.copyOf(issues);
    }

    /**
     * Checks {@code file}.
     *
     * @param profile the profile whose glossaries and saved work to use, or none
     * @param source the source language, or empty for the XLIFF file's or the detected one
     * @param target the target language, or empty for the XLIFF file's (English otherwise)
     * @throws WorkflowException when the file cannot be read, or a document has no saved work
     */
    public static CheckedDocument check(Path models, ProfileLocation profile, Path file, Optional<Language> source,
            Optional<Language> target, Set<QaCheck> checks) throws WorkflowException {
        try (DocumentTranslation workflow = profile.open(models)) {
            String name = file.getFileName().toString();
            List<Segment> segments;
            LanguagePair pair;
            if (XliffExchange.isXliff(file)) {
                XliffDocument xliff = XliffExchange.read(file);
                segments = xliff.segments();
                pair = new LanguagePair(source.orElseGet(() -> language(xliff.sourceLang(), name)),
                        target.orElseGet(() -> language(xliff.targetLang(), name)));
            } else {
                OpenedDocument opened = workflow.open(file);
                segments = opened.savedWork().orElseThrow(() -> new WorkflowException("'" + name + "' has no work "
                        + "saved in this profile; translate it in the workstation first, or check its XLIFF export."));
                pair = new LanguagePair(source.or(opened::detectedLanguage).orElseThrow(() -> new WorkflowException(
                        "Could not tell which language '" + name + "' is in; give it with --from.",
                        WorkflowException.Hint.SOURCE_LANGUAGE)), target.orElse(Language.ENGLISH));
            }
            return new CheckedDocument(name, segments, workflow.check(segments, pair, checks));
        }
    }

    private static Language language(String tag, String file) {
        return Language.parse(tag).orElseThrow(() -> new WorkflowException("'" + file + "' is in '" + tag
                + "', which is not a language Rendition lists; give the languages with --from and --to."));
    }
}
