package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

class PlainTextReaderTest {
    private static final String ARABIC_TEXT = "عقد رؤساء الشركات اجتماعا في المدينة مساء أمس. "
        + "وناقش المشاركون مسائل إمدادات الوقود ومواعيد إصلاح المعدات. "
        + "واتفقوا على الاجتماع مرة أخرى بعد أسبوع لتقييم نتائج العمل.";
    private static final String CHINESE_TEXT = "昨天晚上，城市里召开了企业负责人会议。"
        + "会议讨论了燃料供应问题和设备维修的期限。与会者同意一周后再次开会，总结工作成果。";

    @TempDir
    Path folder;

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void windows1251TextIsDetectedAndDecoded() throws Exception {
        assertDecodedAs(Fixtures.RUSSIAN_TEXT, Charset.forName("windows-1251"));
    }

    @Test
    void windows1251MixedWithMuchEnglishIsNotReadAsLatin1() throws Exception {
        // ICU ranks ISO-8859-1 first here; its reading "øòàá îêðóãà" has words no Latin language writes.
        assertDecodedAs("ru;en;штаб округа;district headquarters;блокпост;checkpoint on the road;переправа;"
            + "river crossing", Charset.forName("windows-1251"));
    }

    @Test
    void koi8rTextIsToldApartFromWindows1251() throws Exception {
        assertDecodedAs(Fixtures.RUSSIAN_TEXT, Charset.forName("KOI8-R"));
    }

    @Test
    void windows1256ArabicIsDetectedAndDecoded() throws Exception {
        assertDecodedAs(ARABIC_TEXT, Charset.forName("windows-1256"));
    }

    @Test
    void gb18030ChineseIsDetectedAndDecoded() throws Exception {
        assertDecodedAs(CHINESE_TEXT, Charset.forName("GB18030"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsDecoded() throws Exception {
        assertDecodedAs(Fixtures.RUSSIAN_TEXT, StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        Path file = Files.write(folder.resolve("bom.txt"), ("\uFEFF" + Fixtures.RUSSIAN_TEXT).getBytes(StandardCharsets.UTF_16BE));
        SourceDocument document = reader.read(file);
        assertEquals(Fixtures.RUSSIAN_TEXT, document.blocks().get(0).text());
    }

    @Test
    void utf8IsReadWithoutANoteAboutEncoding() throws Exception {
        Path file = Files.writeString(folder.resolve("plain.txt"), Fixtures.RUSSIAN_TEXT);
        SourceDocument document = reader.read(file);
        assertEquals(StandardCharsets.UTF_8, document.encoding().orElseThrow());
        assertTrue(document.notes().isEmpty());
    }

    @Test
    void eachLineWithTextIsABlockAndBlankLinesAreNot() throws Exception {
        Path file = Files.writeString(folder.resolve("lines.txt"), "  Первая строка.\r\n\r\nВторая строка. Ещё.\n");
        SourceDocument document = reader.read(file);
        assertEquals(List.of(new DocumentBlock(0, "Первая строка."), new DocumentBlock(2, "Вторая строка. Ещё.")),
            document.blocks());
        List<Segment> segments = document.segments(Language.RUSSIAN, Fixtures.SEGMENTER);
        assertEquals(List.of(Segment.untranslated(0, 0, "Первая строка."), Segment.untranslated(1, 1, "Вторая строка."),
            Segment.untranslated(2, 1, "Ещё.")), segments);
    }

    @Test
    void binaryFileNamedTxtIsRefusedInPlainWords() throws Exception {
        Path file = Files.write(folder.resolve("data.txt"), new byte[] {1, 2, 0, 0, 5, 0, 7, 8, 0, 3, 0, 0});
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'data.txt' looks like a binary file, not text. Check that it is the file you meant to open.",
            e.getMessage());
    }

    @Test
    void emptyFileIsRefusedInPlainWords() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.txt"), " \n\n ");
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals("'empty.txt' is empty: there is nothing to translate.", e.getMessage());
    }

    @Test
    void userCanOverrideTheDetectedEncoding() throws Exception {
        Path file = Files.write(folder.resolve("short.txt"), "Привет".getBytes("KOI8-R"));
        SourceDocument document = reader.read(file, Charset.forName("KOI8-R"));
        assertEquals("Привет", document.blocks().get(0).text());
    }

    @Test
    void textExportKeepsLinesIndentationAndBlankLines() throws Exception {
        Path file = Files.writeString(folder.resolve("lines.txt"), "  Первая строка.\r\n\r\nВторая строка. Ещё.\r\n");
        TranslatedDocument translation = Fixtures.translate(reader.read(file), Language.RUSSIAN, Language.ENGLISH);
        Path out = folder.resolve("lines.en.txt");
        new TextWriter().write(translation, Marking.NONE, out);
        assertEquals("  Target 0.\r\n\r\nTarget 1. Target 2.\r\n", Files.readString(out));
    }

    private void assertDecodedAs(String text, Charset charset) throws Exception {
        Path file = Files.write(folder.resolve("sample.txt"), text.getBytes(charset));
        SourceDocument document = reader.read(file);
        assertEquals(text, document.blocks().get(0).text());
        assertEquals(charset, document.encoding().orElseThrow());
        assertEquals(List.of("Read as " + charset.name() + " (detected; the file is not UTF-8)."), document.notes());
    }
}
