package org.rendition.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rendition.text.Language;

/**
 * A document with a translation for each of its segments: what every writer takes.
 *
 * @param source the document as read
 * @param sourceLanguage the language the segments were cut in
 * @param targetLanguage the language of the translations
 * @param segments the segments, as {@link SourceDocument#segments} gave them
 * @param targets one translation per segment, in the same order
 */
public record TranslatedDocument(SourceDocument source, Language sourceLanguage, Language targetLanguage,
                                 List<Segment> segments, List<String> targets) {
    public TranslatedDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        segments = List.copyOf(segments);
        targets = List.copyOf(targets);
        if (segments.size() != targets.size()) {
            throw new IllegalArgumentException("Expected " + segments.size() + " translations, got " + targets.size());
        }
        for (Segment segment : segments) {
            if (segment.paragraph() < 0 || segment.paragraph() >= source.blocks().size()) {
                throw new IllegalArgumentException("Segment " + segment.index() + " names paragraph "
                    + segment.paragraph() + ", which the document does not have");
            }
        }
    }

    /**
     * The translation of each block, in block order: its sentences' translations joined with a
     * space, or with nothing for Chinese and Japanese, which put no space between sentences; where
     * the source had line breaks or tabs between two sentences, the translations have them too.
     * A block without segments keeps its source text.
     */
    public List<String> targetParagraphs() {
        String separator = usesSpacesBetweenSentences(targetLanguage) ? " " : "";
        List<StringBuilder> paragraphs = new ArrayList<>();
        int[] cursors = new int[source.blocks().size()];
        for (int i = 0; i < source.blocks().size(); i++) {
            paragraphs.add(new StringBuilder());
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String blockText = source.blocks().get(segment.paragraph()).text();
            int at = blockText.indexOf(segment.source(), cursors[segment.paragraph()]);
            String gap = at < 0 ? "" : blockText.substring(cursors[segment.paragraph()], at);
            if (at >= 0) {
                cursors[segment.paragraph()] = at + segment.source().length();
            }
            StringBuilder paragraph = paragraphs.get(segment.paragraph());
            String target = targets.get(i).strip();
            String layout = gap.replaceAll("[^\\n\\t]", "");
            if (paragraph.length() > 0 && !target.isEmpty()) {
                paragraph.append(layout.isEmpty() ? separator : layout);
            }
            paragraph.append(target);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean translated = paragraphs.get(i).length() > 0;
            texts.add(translated ? paragraphs.get(i).toString() : source.blocks().get(i).text());
        }
        return texts;
    }

    private static boolean usesSpacesBetweenSentences(Language language) {
        return language != Language.CHINESE && language != Language.JAPANESE;
    }
}
