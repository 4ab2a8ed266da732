package org.rendition.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rendition.arch.ValueType;
import org.rendition.text.LanguageTag;

/**
 * A termbase concept: one meaning, with its terms in several languages (several per language:
 * a preferred term, admitted synonyms, deprecated or superseded ones), its definitions,
 * subject field, notes and history. This is how TBX and the CAT tools organise terminology;
 * a CSV row is a concept of two terms.
 *
 * @param id        the stored row id, or 0 for a concept not yet stored
 * @param conceptId the termbase's own id ({@code c1}, {@code eid-Oracle-67}), or null
 * @param fields    fields of the concept and of its language sections ({@link TermField#lang}), each
 *                  language section opened by its {@link TermField.Kind#SECTION} field, in file order
 * @param terms     its terms, in file order
 * @param tag       the start tag of its entry as the file wrote it ({@code <conceptEntry id="c1">}),
 *                  or null for a concept Rendition made
 */
@ValueType
public record Concept(long id, String conceptId, List<TermField> fields, List<ConceptTerm> terms, String tag) {
    public Concept {
        fields = List.copyOf(fields);
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a concept needs at least one term");
        }
    }

    /** A concept Rendition made (from a CSV row), written from its parts. */
    public Concept(long id, String conceptId, List<TermField> fields, List<ConceptTerm> terms) {
        this(id, conceptId, fields, terms, null);
    }

    public Concept withId(long newId) {
        return new Concept(newId, conceptId, fields, terms, tag);
    }

    /** The definition for {@code lang} (its language section's, else the concept's), if any. */
    public Optional<String> definition(String lang) {
        String key = lang == null ? null : LanguageTag.matchKey(lang);
        return fields.stream().filter(f -> f.is(TermField.Kind.DESCRIP, "definition"))
                .filter(f -> f.lang() != null && key != null && LanguageTag.matchKey(f.lang()).equals(key))
                .map(TermField::value).findFirst()
                .or(() -> fields.stream().filter(f -> f.is(TermField.Kind.DESCRIP, "definition") && f.lang() == null)
                        .map(TermField::value).findFirst());
    }

    public Optional<String> subjectField() {
        return fields.stream().filter(f -> f.is(TermField.Kind.DESCRIP, "subjectField")).map(TermField::value)
                .findFirst();
    }

    /** Notes of the concept itself (not of its terms). */
    public List<String> notes() {
        return fields.stream().filter(f -> f.kind() == TermField.Kind.NOTE && f.lang() == null)
                .map(TermField::value).toList();
    }

    /** The languages of its terms, in file order, as written. */
    public List<String> languages() {
        Set<String> langs = new LinkedHashSet<>();
        terms.forEach(t -> langs.add(t.lang()));
        return List.copyOf(langs);
    }

    /** Its terms in {@code lang}, matched on language and script, best first (preferred, admitted …). */
    public List<ConceptTerm> termsIn(String lang) {
        String key = LanguageTag.matchKey(lang);
        return terms.stream().filter(t -> LanguageTag.matchKey(t.lang()).equals(key))
                .sorted(Comparator.comparingInt(t -> rank(t.status()))).toList();
    }

    private static int rank(TermStatus status) {
        return switch (status) {
            case PREFERRED -> 0;
            case ADMITTED -> 1;
            case UNSPECIFIED -> 2;
            case DEPRECATED -> 3;
            case SUPERSEDED -> 4;
        };
    }

    /**
     * The concept as the glossary matcher sees it for one language pair: each usable source term
     * leads to the best usable target term, and the deprecated or superseded target terms are its
     * forbidden translations. Empty when the concept lacks either language, or has no usable
     * target term (a concept whose targets are all forbidden enforces nothing).
     */
    public List<GlossaryTerm> toTerms(String glossary, String sourceLang, String targetLang) {
        List<ConceptTerm> sources = termsIn(sourceLang).stream().filter(t -> !t.status().isForbidden()).toList();
        List<ConceptTerm> targets = termsIn(targetLang);
        List<ConceptTerm> usable = targets.stream().filter(t -> !t.status().isForbidden()).toList();
        List<String> forbidden = targets.stream().filter(t -> t.status().isForbidden()).map(ConceptTerm::text).toList();
        List<GlossaryTerm> result = new ArrayList<>();
        for (ConceptTerm s : sources) {
            if (usable.isEmpty() && !s.doNotTranslate()) {
                continue;
            }
            ConceptTerm t = usable.isEmpty() ? s : usable.get(0);
            PartOfSpeech pos = s.partOfSpeech() != PartOfSpeech.UNSPECIFIED ? s.partOfSpeech() : t.partOfSpeech();
            result.add(new GlossaryTerm(id, glossary, s.lang(), t == s ? targetLang : t.lang(), s.text(), t.text(), pos,
                    definition(sourceLang).or(() -> notes().stream().findFirst()).orElse(null), forbidden,
                    s.caseSensitive(), s.doNotTranslate()));
        }
        return result;
    }

    /** A two-language concept for a flat term (a CSV row): its target preferred, its forbidden ones deprecated. */
    public static Concept of(GlossaryTerm term) {
        List<ConceptTerm> terms = new ArrayList<>();
        terms.add(new ConceptTerm(term.sourceLang(), term.source(), TermStatus.UNSPECIFIED, term.partOfSpeech(),
                List.of(), term.caseSensitive(), term.doNotTranslate()));
        if (!term.doNotTranslate() || !term.target().equals(term.source())
                || !Objects.equals(term.sourceLang(), term.targetLang())) {
            terms.add(new ConceptTerm(term.targetLang(), term.target(), TermStatus.PREFERRED, PartOfSpeech.UNSPECIFIED,
                    List.of(), false, false));
        }
        term.forbidden().forEach(f -> terms.add(ConceptTerm.of(term.targetLang(), f, TermStatus.DEPRECATED)));
        List<TermField> fields = term.note() == null ? List.of() : List.of(TermField.note(null, term.note()));
        return new Concept(0, null, fields, terms);
    }

    /**
     * The concept as flat terms from its first language to each other one, as a CSV export or a
     * listing shows it.
     */
    public List<GlossaryTerm> toTerms(String glossary) {
        List<String> langs = languages();
        List<GlossaryTerm> result = new ArrayList<>();
        String first = langs.get(0);
        for (String other : langs.subList(1, langs.size())) {
            if (!LanguageTag.matchKey(other).equals(LanguageTag.matchKey(first))) {
                result.addAll(toTerms(glossary, first, other));
            }
        }
        if (langs.size() == 1) {
            result.addAll(toTerms(glossary, first, first).stream().filter(GlossaryTerm::doNotTranslate).toList());
        }
        return result;
    }
}
