package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

class HtmlDocumentTest {
    private static final String ARABIC_PAGE = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير</title>
        <style>p { color: red }</style><script>var x = "لا تترجم";</script></head>
        <body><h1>اجتماع أمس</h1>
        <p dir="rtl">عقد <b>رؤساء</b> الشركات اجتماعا. <img src="map.png">واتفقوا على اللقاء.</p>
        <ul><li>الوقود</li><li>المعدات<br>الإصلاح</li></ul>
        <table><tr><td>المكان</td><td>المدينة</td></tr></table>
        </body></html>
        """;

    @TempDir
    Path folder;

    private final HtmlReader reader = new HtmlReader();

    @Test
    void htmlBlocksAreTitleHeadingsParagraphsListItemsAndCellsWithoutScripts() throws Exception {
        SourceDocument document = reader.read(Files.writeString(folder.resolve("page.html"), ARABIC_PAGE));
        assertEquals(List.of("تقرير", "اجتماع أمس", "عقد رؤساء الشركات اجتماعا. واتفقوا على اللقاء.", "الوقود",
                "المعدات", "الإصلاح", "المكان", "المدينة"),
            document.blocks().stream().map(DocumentBlock::text).toList());
    }

    @Test
    void htmlExportSetsLangAndDirection() throws Exception {
        SourceDocument document = reader.read(Files.writeString(folder.resolve("page.html"), ARABIC_PAGE));
        Path out = folder.resolve("page.en.html");
        new HtmlWriter().write(Fixtures.translate(document, Language.ARABIC, Language.ENGLISH), Marking.NONE, out);

        Document written = Jsoup.parse(out.toFile(), "UTF-8");
        assertEquals("en", written.selectFirst("html").attr("lang"));
        assertEquals("ltr", written.selectFirst("html").attr("dir"));
        assertEquals("ltr", written.selectFirst("p").attr("dir"));
        assertEquals("Target 0.", written.title());
        assertEquals("Target 2. Target 3.", written.selectFirst("p").text());
        assertEquals(1, written.select("p img").size());
        assertTrue(written.selectFirst("script").data().contains("لا تترجم"));
        assertEquals(List.of("Target 4.", "Target 5. Target 6."), written.select("li").eachText());
    }

    @Test
    void windows1251PageIsDecodedByItsMetaCharsetAndWrittenAsUtf8() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            + "</head><body><p>" + Fixtures.RUSSIAN_TEXT + "</p></body></html>";
        Path file = Files.write(folder.resolve("old.htm"), page.getBytes(Charset.forName("windows-1251")));
        SourceDocument document = reader.read(file);
        assertEquals(Fixtures.RUSSIAN_TEXT, document.blocks().get(0).text());

        Path out = folder.resolve("old.en.html");
        new HtmlWriter().write(Fixtures.translate(document, Language.RUSSIAN, Language.ENGLISH), Marking.NONE, out);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("<meta charset=\"UTF-8\">"), written);
        assertTrue(!written.toLowerCase().contains("windows-1251"), written);
    }

    @Test
    void binaryFileNamedHtmlIsRefusedInPlainWords() throws Exception {
        Path file = Files.write(folder.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'image.html' looks like a binary file, not a web page. Check that it is the file you meant "
            + "to open.", e.getMessage());
    }

    @Test
    void htmlMarkingOpensAndClosesTheBody() throws Exception {
        SourceDocument document = reader.read(Files.writeString(folder.resolve("page.html"), ARABIC_PAGE));
        Path out = folder.resolve("page.en.html");
        new HtmlWriter().write(Fixtures.translate(document, Language.ARABIC, Language.ENGLISH),
            new Marking("TOP SECRET", "END"), out);
        Document written = Jsoup.parse(out.toFile(), "UTF-8");
        assertEquals("TOP SECRET", written.body().child(0).text());
        assertEquals("END", written.body().child(written.body().childrenSize() - 1).text());
    }
}
