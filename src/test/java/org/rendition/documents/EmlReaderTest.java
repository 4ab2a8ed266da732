package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlReaderTest {
    @TempDir
    Path folder;

    private final EmlReader reader = new EmlReader();

    @Test
    void emlListsHeadersAndAttachmentsAndReadsTextAttachment() throws Exception {
        MimeMessage message = newMessage();
        message.setFrom(new InternetAddress("ivan@example.org", "Иван Петров", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("desk@example.org"));
        message.setSubject("Отчёт о встрече", "KOI8-R");
        message.setHeader("Date", "Tue, 4 Mar 2025 10:15:00 +0300");
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Добрый день.\n\nВстреча прошла спокойно. Подробности во вложении.", "KOI8-R");
        MimeBodyPart notes = attachment("заметки.txt", "text/plain; charset=windows-1251",
            Fixtures.RUSSIAN_TEXT.getBytes(Charset.forName("windows-1251")));
        MimeBodyPart photo = attachment("photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        message.setContent(new MimeMultipart(body, notes, photo));
        SourceDocument document = reader.read(save(message, "meeting.eml"));

        assertEquals(List.of(
            "From: Иван Петров <ivan@example.org>",
            "To: desk@example.org",
            "Date: Tue, 4 Mar 2025 10:15:00 +0300",
            "Subject: Отчёт о встрече",
            "Attachment: заметки.txt (text/plain, " + Fixtures.RUSSIAN_TEXT.length() + " bytes)",
            "Attachment: photo.jpg (image/jpeg, 5 bytes)"), document.notes());
        assertEquals(List.of("Отчёт о встрече", "Добрый день.", "Встреча прошла спокойно. Подробности во вложении."),
            document.blocks().stream().map(DocumentBlock::text).toList());
        Attachment text = document.attachments().get(0);
        assertTrue(text.isTranslatable());
        assertEquals(Fixtures.RUSSIAN_TEXT, text.document().orElseThrow().blocks().get(0).text());
        Attachment image = document.attachments().get(1);
        assertFalse(image.isTranslatable());
        assertEquals(5, image.size());
    }

    @Test
    void htmlOnlyMessageBodyIsReadAsText() throws Exception {
        MimeMessage message = newMessage();
        message.setSubject("Сводка", "UTF-8");
        message.setContent("<html><body><p>Первый абзац.</p><p>Второй абзац.</p><script>x()</script></body></html>",
            "text/html; charset=UTF-8");
        SourceDocument document = reader.read(save(message, "summary.eml"));
        assertEquals(List.of("Сводка", "Первый абзац.", "Второй абзац."),
            document.blocks().stream().map(DocumentBlock::text).toList());
    }

    @Test
    void anAttachmentNamedInRawUtf8KeepsItsName() throws Exception {
        String raw = "From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nТекст.\r\n"
            + "--b\r\nContent-Type: text/plain; name=ciële.txt\r\nContent-Disposition: attachment;\r\n"
            + "\tfilename=ciële.txt\r\n\r\nHallo.\r\n--b--\r\n";
        SourceDocument document = reader.read("names.eml", raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("ciële.txt", document.attachments().get(0).name());
    }

    @Test
    void formatFlowedSoftBreaksAreJoinedSoEachSentenceIsOneLine() throws Exception {
        MimeMessage message = newMessage();
        message.setSubject("Сводка", "UTF-8");
        // RFC 3676: a trailing space is a soft break; the signature separator "-- " and quotes stay apart.
        message.setContent("Колонна прибыла утром и \r\nзаняла позиции у моста.\r\n"
                + "> Где штаб \r\n> округа?\r\n-- \r\nДежурный\r\n",
            "text/plain; charset=UTF-8; format=flowed");
        SourceDocument document = reader.read(save(message, "flowed.eml"));
        assertEquals(List.of("Сводка", "Колонна прибыла утром и заняла позиции у моста.", "> Где штаб округа?", "--",
                "Дежурный"),
            document.blocks().stream().map(DocumentBlock::text).toList());
    }

    @Test
    void damagedAttachmentIsListedWithItsProblemAndTheMessageStillOpens() throws Exception {
        MimeMessage message = newMessage();
        message.setSubject("Файл", "UTF-8");
        MimeBodyPart body = new MimeBodyPart();
        body.setText("См. вложение.", "UTF-8");
        message.setContent(new MimeMultipart(body, attachment("report.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4, 9})));
        SourceDocument document = reader.read(save(message, "file.eml"));
        Attachment report = document.attachments().get(0);
        assertFalse(report.isTranslatable());
        assertTrue(report.problem().orElseThrow().startsWith("'report.docx' is damaged or not a Word document"));
    }

    private static MimeMessage newMessage() {
        return new MimeMessage(Session.getInstance(new Properties()));
    }

    private static MimeBodyPart attachment(String name, String type, byte[] bytes) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private Path save(MimeMessage message, String name) throws Exception {
        message.saveChanges();
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        return file;
    }
}
