package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
    @TempDir
    Path folder;

    @Test
    void readerIsChosenByExtension() throws Exception {
        assertInstanceOf(DocxReader.class, DocumentReaders.forFile(Files.writeString(folder.resolve("a.DOCX"), "x")));
        assertInstanceOf(PdfReader.class, DocumentReaders.forFile(Files.writeString(folder.resolve("a.pdf"), "x")));
        assertInstanceOf(HtmlReader.class, DocumentReaders.forFile(Files.writeString(folder.resolve("a.htm"), "x")));
        assertInstanceOf(EmlReader.class, DocumentReaders.forFile(Files.writeString(folder.resolve("a.eml"), "x")));
        assertInstanceOf(PlainTextReader.class, DocumentReaders.forFile(Files.writeString(folder.resolve("a.txt"), "x")));
    }

    @Test
    void fileWithoutKnownExtensionIsRecognisedByItsFirstBytes() throws Exception {
        assertInstanceOf(PdfReader.class, DocumentReaders.forFile(Files.writeString(folder.resolve("download"), "%PDF-1.7")));
        assertInstanceOf(HtmlReader.class,
            DocumentReaders.forFile(Files.writeString(folder.resolve("saved.asp"), "  <!DOCTYPE html><html>")));
        assertInstanceOf(EmlReader.class,
            DocumentReaders.forFile(Files.writeString(folder.resolve("message.msg2"), "Received: from x\r\n")));
    }

    @Test
    void unsupportedTypeIsRefusedNamingWhatIsRead() throws Exception {
        Path file = Files.writeString(folder.resolve("archive.xyz"), "nothing known");
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentReaders.forFile(file));
        assertEquals("Rendition cannot open '.xyz' files; it reads .txt, .docx, .pdf, .html, .eml and scanned .png, "
            + ".jpg and .tif.", e.getMessage());
    }

    @Test
    void oldWordDocumentIsRefusedWithAdviceToSaveAsDocx() throws Exception {
        Path file = Files.write(folder.resolve("memo.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentReaders.forFile(file));
        assertEquals("Rendition cannot open '.doc' files (Word 97-2003); save 'memo.doc' as .docx in Word and open "
            + "that. It reads .txt, .docx, .pdf, .html, .eml and scanned .png, .jpg and .tif.", e.getMessage());
    }

    @Test
    void missingFileIsNamedInPlainWords() {
        DocumentException e = assertThrows(DocumentException.class,
            () -> DocumentReaders.read(folder.resolve("gone.docx")));
        assertEquals("'gone.docx' does not exist (any more). Check the folder and choose it again.", e.getMessage());
    }
}
