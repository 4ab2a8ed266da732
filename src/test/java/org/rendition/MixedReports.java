package org.rendition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rendition.text.Language;

/**
 * A short report mixing Russian and Arabic paragraphs, each under a two-word heading, written for
 * these tests (not taken from any test set), as a Word file and as a web page. Its seven segments
 * are, in order: a Russian heading, two Russian sentences, an Arabic heading, two Arabic sentences
 * and a closing Russian sentence.
 */
public final class MixedReports {
    public static final String RUSSIAN_HEADING = "Итоги недели";
    public static final String RUSSIAN_PARAGRAPH = "Министр иностранных дел провёл переговоры с делегацией "
            + "соседней страны. Стороны обсудили торговлю и безопасность на границе.";
    public static final String ARABIC_HEADING = "ملخص الاجتماع";
    public static final String ARABIC_PARAGRAPH = "التقى وزير الخارجية بالوفد الزائر في العاصمة صباح اليوم. "
            + "وناقش الجانبان التعاون في مجال الطاقة والنقل.";
    public static final String RUSSIAN_CLOSING = "Следующая встреча запланирована на конец месяца в столице.";

    /** The language of each of the seven segments, in order. */
    public static final List<Language> LANGUAGES = List.of(Language.RUSSIAN, Language.RUSSIAN, Language.RUSSIAN,
            Language.ARABIC, Language.ARABIC, Language.ARABIC, Language.RUSSIAN);

    private MixedReports() {
    }

    /** The report as a Word file, one paragraph per heading and paragraph. */
    public static Path docx(Path file) throws IOException {
        return TestDocuments.docx(file, RUSSIAN_HEADING, RUSSIAN_PARAGRAPH, ARABIC_HEADING, ARABIC_PARAGRAPH,
                RUSSIAN_CLOSING);
    }

    /** The report as a web page: headings as h2, paragraphs as p, the Arabic part marked right to left. */
    public static Path html(Path file) throws IOException {
        Files.writeString(file, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"></head>
                <body>
                <h2>%s</h2>
                <p>%s</p>
                <h2 dir="rtl">%s</h2>
                <p dir="rtl">%s</p>
                <p>%s</p>
                </body></html>
                """.formatted(RUSSIAN_HEADING, RUSSIAN_PARAGRAPH, ARABIC_HEADING, ARABIC_PARAGRAPH,
                RUSSIAN_CLOSING), StandardCharsets.UTF_8);
        return file;
    }
}
