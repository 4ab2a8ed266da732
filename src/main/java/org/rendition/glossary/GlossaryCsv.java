package org.rendition.glossary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rendition.text.LanguageTag;

/**
 * Glossaries as CSV or TSV with a header row. Columns (any order; only {@code source} is
 * required): source, target, source_lang, target_lang, part_of_speech, note, forbidden
 * (several separated by {@code |}), case_sensitive, do_not_translate (yes/no, true/false, 1/0).
 * Lines starting with {@code #} are comments.
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a carriage return is written with a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
 * ({@code =HYPERLINK(…)} in a term list is an attack on whoever opens it); reading strips that
 * apostrophe again, so a round trip is lossless. A language code that names no language
 * ({@code xx}) is refused with its line: its terms would never match anything.
 */
public final class GlossaryCsv {
    static final String[] HEADER = {"source", "target", "source_lang", "target_lang", "part_of_speech",
        "note", "forbidden", "case_sensitive", "do_not_translate"};
    private static final String FORBIDDEN_SEPARATOR = "|";

    private GlossaryCsv() {
    }

    /** Longer than any term or name; longer text in a term column is a file read with the wrong columns. */
    static final int MAX_TERM_CHARACTERS = 1_000;

    private static CSVFormat format(char delimiter) {
        CSVFormat.Builder builder = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true);
        if (delimiter == '\t') {
            // TSV from spreadsheets does not quote; a stray quote is text, not a field delimiter.
            builder.setQuote(null);
        }
        return builder.build();
    }

    /**
     * Reads terms; {@code defaultSourceLang}/{@code defaultTargetLang} fill rows without
     * language columns. Besides Rendition's own header, the forms other tools write are read:
     * a header of language codes ({@code ru,en}: Google's glossary CSV), {@code term} and
     * {@code translation} for source and target, or no header at all in a two-column file
     * (DeepL's glossary CSV).
     */
    public static List<GlossaryTerm> read(Reader in, char delimiter, String defaultSourceLang,
                                          String defaultTargetLang) throws IOException, GlossaryFormatException {
        List<GlossaryTerm> terms = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format(delimiter))) {
            List<String> names = null;
            String sourceLang = defaultSourceLang;
            String targetLang = defaultTargetLang;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (names == null) {
                    List<String> first = row.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
                    names = columns(first);
                    if (names == null && first.size() >= 2 && LanguageTag.isKnownLanguage(first.get(0))
                            && LanguageTag.isKnownLanguage(first.get(1))) {
                        names = List.of("source", "target");
                        sourceLang = row.get(0).strip();
                        targetLang = row.get(1).strip();
                        continue;
                    }
                    if (names == null && first.size() == 2) {
                        names = List.of("source", "target");
                    } else if (names == null) {
                        throw new GlossaryFormatException("the header row has no 'source' column (columns: "
                                + String.join(", ", HEADER) + ")", 1, null);
                    } else {
                        continue;
                    }
                }
                try {
                    terms.add(term(row, names, sourceLang, targetLang));
                } catch (IllegalArgumentException e) {
                    throw new GlossaryFormatException(e.getMessage(), line, e);
                }
            }
        } catch (UncheckedIOException e) {
            throw new GlossaryFormatException("malformed " + (delimiter == '\t' ? "TSV" : "CSV") + ": "
                    + e.getCause().getMessage(), -1, e);
        }
        return terms;
    }

    /** The column names a header row gives, with other tools' names for source and target; null if none. */
    private static List<String> columns(List<String> header) {
        List<String> names = header.stream().map(name -> switch (name) {
            case "term", "source term", "source_term" -> "source";
            case "translation", "target term", "target_term" -> "target";
            default -> name;
        }).toList();
        return names.contains("source") ? names : null;
    }

    /**
     * The delimiter a spreadsheet used: where the first line that is no comment holds more
     * semicolons (Excel in most European locales) or tabs than {@code expected}, that one.
     */
    public static char delimiter(String text, char expected) {
        String first = text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .findFirst().orElse("");
        char best = expected;
        long most = first.chars().filter(c -> c == expected).count();
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static GlossaryTerm term(CSVRecord row, List<String> names, String defaultSourceLang,
                                     String defaultTargetLang) {
        String sourceLang = orDefault(field(row, names, "source_lang"), defaultSourceLang);
        String targetLang = orDefault(field(row, names, "target_lang"), defaultTargetLang);
        if (sourceLang == null || targetLang == null) {
            throw new IllegalArgumentException("the row has no source_lang/target_lang and none was given");
        }
        for (String lang : List.of(sourceLang, targetLang)) {
            if (!LanguageTag.isKnownLanguage(lang)) {
                throw new IllegalArgumentException("'" + lang + "' is not a known language code; use one such as"
                        + " 'ru', 'en' or 'en-US'");
            }
        }
        for (String term : new String[] {field(row, names, "source"), field(row, names, "target")}) {
            if (term != null && term.length() > MAX_TERM_CHARACTERS) {
                throw new IllegalArgumentException("a term of " + term.length() + " characters: a glossary term is "
                        + "at most " + MAX_TERM_CHARACTERS + " (is this column a term?)");
            }
        }
        String forbidden = field(row, names, "forbidden");
        return new GlossaryTerm(0, null, sourceLang, targetLang, field(row, names, "source"),
                field(row, names, "target"), PartOfSpeech.parse(field(row, names, "part_of_speech")),
                emptyToNull(field(row, names, "note")),
                forbidden == null || forbidden.isBlank() ? List.of()
                        : Arrays.stream(forbidden.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                flag(field(row, names, "case_sensitive")), flag(field(row, names, "do_not_translate")));
    }

    private static String field(CSVRecord row, List<String> names, String name) {
        int index = names.indexOf(name);
        return index < 0 || index >= row.size() ? null : unescapeFormula(row.get(index));
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The cell as a spreadsheet will show it: text, never a formula. */
    static String escapeFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String unescapeFormula(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw new IllegalArgumentException("'" + value + "' is not yes or no");
        };
    }

    public static void write(Writer out, char delimiter, List<GlossaryTerm> terms) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, format(delimiter).builder().setHeader(HEADER)
                .setCommentMarker(null).build())) {
            for (GlossaryTerm t : terms) {
                printer.printRecord(Stream.of(t.source(), t.target(), t.sourceLang(), t.targetLang(),
                        t.partOfSpeech() == PartOfSpeech.UNSPECIFIED ? "" : t.partOfSpeech().tbxName(),
                        t.note() == null ? "" : t.note(), String.join(FORBIDDEN_SEPARATOR, t.forbidden()),
                        t.caseSensitive() ? "yes" : "no", t.doNotTranslate() ? "yes" : "no")
                        .map(GlossaryCsv::escapeFormula).toList());
            }
        }
    }
}
