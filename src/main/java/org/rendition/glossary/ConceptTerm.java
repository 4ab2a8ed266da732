package org.rendition.glossary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.arch.ValueType;

/**
 * One term of a concept in one language.
 *
 * @param lang           its language as the file gave it ({@code en-US})
 * @param fields         its context, source, notes, term type, history and the term notes that gave
 *                       its status and part of speech, in file order
 * @param caseSensitive  whether it matches only in the case written
 * @param doNotTranslate a name or codeword that stays as it is
 * @param tag            the start tag of its section as the file wrote it ({@code <termSec id="t1">},
 *                       {@code <tig>}, {@code <ntig>}), or null for a term Rendition made
 * @param termMarkup     its {@code <term>} element as written (with its id and inline markup), or for
 *                       an {@code ntig} the whole {@code <termGrp>}; null for a term Rendition made
 */
@ValueType
public record ConceptTerm(String lang, String text, TermStatus status, PartOfSpeech partOfSpeech,
                          List<TermField> fields, boolean caseSensitive, boolean doNotTranslate, String tag,
                          String termMarkup) {
    public ConceptTerm {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(partOfSpeech, "partOfSpeech");
        fields = List.copyOf(fields);
    }

    /** A term Rendition made (from a CSV row), written from its parts. */
    public ConceptTerm(String lang, String text, TermStatus status, PartOfSpeech partOfSpeech, List<TermField> fields,
                       boolean caseSensitive, boolean doNotTranslate) {
        this(lang, text, status, partOfSpeech, fields, caseSensitive, doNotTranslate, null, null);
    }

    public static ConceptTerm of(String lang, String text, TermStatus status) {
        return new ConceptTerm(lang, text, status, PartOfSpeech.UNSPECIFIED, List.of(), false, false);
    }

    /** The sentence showing the term in use, if the termbase gives one. */
    public Optional<String> context() {
        return fields.stream().filter(f -> f.is(TermField.Kind.DESCRIP, "context")).map(TermField::value).findFirst();
    }

    /** Where the term comes from, if the termbase says. */
    public Optional<String> source() {
        return fields.stream().filter(f -> f.is(TermField.Kind.ADMIN, "source")).map(TermField::value).findFirst()
                .or(() -> fields.stream().filter(f -> f.source() != null).map(TermField::source).findFirst());
    }

    /** Collects a term's parts as they are read back from storage. */
    public static final class Builder {
        private final String lang;
        private final String text;
        private final TermStatus status;
        private final PartOfSpeech partOfSpeech;
        private final boolean caseSensitive;
        private final boolean doNotTranslate;
        private final String tag;
        private final String termMarkup;
        private final List<TermField> fields = new java.util.ArrayList<>();

        public Builder(String lang, String text, TermStatus status, PartOfSpeech partOfSpeech, boolean caseSensitive,
                       boolean doNotTranslate, String tag, String termMarkup) {
            this.lang = lang;
            this.text = text;
            this.status = status;
            this.partOfSpeech = partOfSpeech;
            this.caseSensitive = caseSensitive;
            this.doNotTranslate = doNotTranslate;
            this.tag = tag;
            this.termMarkup = termMarkup;
        }

        /** The term's fields so far; add to it. */
        public List<TermField> fields() {
            return fields;
        }

        public ConceptTerm build() {
            return new ConceptTerm(lang, text, status, partOfSpeech, fields, caseSensitive, doNotTranslate, tag,
                    termMarkup);
        }
    }

    public List<String> notes() {
        return fields.stream().filter(f -> f.kind() == TermField.Kind.NOTE).map(TermField::value).toList();
    }
}
