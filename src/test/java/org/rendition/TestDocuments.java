package org.rendition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Word documents built and read in tests, so no binary fixture has to be kept. */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** Writes a .docx with one paragraph per argument. */
    public static Path docx(Path file, String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
        }
        return file;
    }

    /** A run of a test paragraph: plain text, bold, or a link to {@code link}. */
    public record Run(String text, boolean bold, String link) {
        public static Run plain(String text) {
            return new Run(text, false, null);
        }

        public static Run bold(String text) {
            return new Run(text, true, null);
        }

        public static Run link(String text, String target) {
            return new Run(text, false, target);
        }
    }

    /** Writes a .docx with one paragraph of these runs. */
    public static Path docx(Path file, Run... runs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph paragraph = document.createParagraph();
            for (Run run : runs) {
                if (run.link() != null) {
                    paragraph.createHyperlinkRun(run.link()).setText(run.text());
                } else {
                    org.apache.poi.xwpf.usermodel.XWPFRun written = paragraph.createRun();
                    written.setBold(run.bold());
                    written.setText(run.text());
                }
            }
            document.write(out);
        }
        return file;
    }

    /** The bold words of the paragraph of {@code file} holding {@code text}, joined. */
    public static String boldIn(Path file, String text) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument written = new XWPFDocument(in)) {
            XWPFParagraph paragraph = written.getParagraphs().stream().filter(p -> p.getText().contains(text))
                    .findFirst().orElseThrow(() -> new AssertionError("no paragraph with " + text));
            return paragraph.getRuns().stream().filter(org.apache.poi.xwpf.usermodel.XWPFRun::isBold)
                    .map(org.apache.poi.xwpf.usermodel.XWPFRun::text)
                    .collect(java.util.stream.Collectors.joining()).strip();
        }
    }

    /** The text of each paragraph of a .docx body. */
    public static List<String> paragraphs(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    /**
     * Writes {@code email} as a mail client would: a subject and a line of Russian text, with
     * {@code attached} (a Word file) as an attachment.
     */
    public static Path emailWithAttachment(Path email, Path attached) throws Exception {
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()));
        message.setFrom("duty@example.org");
        message.setSubject("Приказ", "UTF-8");
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Документ во вложении.", "UTF-8");
        jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
        file.attachFile(attached.toFile(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "base64");
        message.setContent(new jakarta.mail.internet.MimeMultipart(text, file));
        message.saveChanges();
        try (OutputStream out = Files.newOutputStream(email)) {
            message.writeTo(out);
        }
        return email;
    }
}
