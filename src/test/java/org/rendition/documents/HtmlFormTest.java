package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

/** Web pages from the world: odd encodings read, lines and inline markup kept, attribute text translated. */
class HtmlFormTest {
    @TempDir
    Path folder;

    private final HtmlReader reader = new HtmlReader();

    @Test
    void utf32PageWithItsByteOrderMarkIsReadNotTakenForBinary() throws Exception {
        byte[] bom = {0, 0, (byte) 0xFE, (byte) 0xFF};
        byte[] page = "<html><body><p>Привет, мир.</p></body></html>".getBytes(Charset.forName("UTF-32BE"));
        byte[] bytes = new byte[bom.length + page.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(page, 0, bytes, bom.length, page.length);
        assertEquals("Привет, мир.", reader.read(write("utf32.html", bytes)).blocks().get(0).text());
    }

    @Test
    void pageWithAFewStrayNulBytesIsReadAsABrowserWould() throws Exception {
        byte[] bytes = ("<html><body><p>Текст страницы достаточно длинный, чтобы её прочитать.\0</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
        assertTrue(reader.read(write("stray.html", bytes)).plainText().startsWith("Текст страницы"));
    }

    @Test
    void preformattedLinesComeBackOnTheirOwnLines() throws Exception {
        SourceDocument document = reader.read(write("pre.html",
            "<html><body><pre>Строка один\nСтрока два</pre></body></html>".getBytes(StandardCharsets.UTF_8)));
        Path out = folder.resolve("out.html");
        new HtmlWriter().write(Fixtures.translate(document, Language.RUSSIAN, Language.ENGLISH), Marking.NONE, out);
        assertTrue(Files.readString(out).contains("<pre>Target 0.\nTarget 1.</pre>"), Files.readString(out));
    }

    @Test
    void altAndTitleTextIsTranslatedAndLinksKeepTheirWords() throws Exception {
        SourceDocument document = reader.read(write("page.html", ("<html><body><p>Подробности на "
            + "<a href=\"https://example.org/\" title=\"Сайт\">сайте министерства</a>.</p>"
            + "<img src=\"map.png\" alt=\"Карта района\"></body></html>").getBytes(StandardCharsets.UTF_8)));
        List<String> texts = document.blocks().stream().map(DocumentBlock::text).toList();
        assertEquals(List.of("Подробности на сайте министерства.", "Сайт", "Карта района"), texts);
        assertEquals(List.of(new InlineTag(InlineTag.Kind.LINK, 15, 33, "https://example.org/")),
            document.blocks().get(0).tags());

        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            segments.add(Segment.untranslated(i, i, texts.get(i)));
        }
        Path out = folder.resolve("out.html");
        new HtmlWriter().write(new TranslatedDocument(document, Language.RUSSIAN, Language.ENGLISH, segments,
            List.of("Details on the ministry's website.", "Website", "Map of the area")), Marking.NONE, out);
        String html = Files.readString(out);
        assertTrue(html.contains("<a href=\"https://example.org/\" title=\"Website\">ministry's website</a>"), html);
        assertTrue(html.contains("alt=\"Map of the area\""), html);
        assertEquals(List.of("Details on the ministry's website.", "Website", "Map of the area"),
            reader.read(out).blocks().stream().map(DocumentBlock::text).toList());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }
}
