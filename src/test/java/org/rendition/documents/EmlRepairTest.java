package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages that bend MIME the way real mail programs do are read, and the repair is named in the notes. */
class EmlRepairTest {
    @TempDir
    Path folder;

    @Test
    void outlooksUnquotedBoundaryAndAHyphenatedSevenBitAreReadAndNamed() throws Exception {
        String message = "From: sender@example.org\r\nSubject: Отчёт\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=----=_NextPart_000_0001_01D0\r\n\r\n"
            + "------=_NextPart_000_0001_01D0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 7-bit\r\n\r\nКолонна прибыла утром.\r\n"
            + "------=_NextPart_000_0001_01D0--\r\n";
        Path file = Files.write(folder.resolve("outlook.eml"), message.getBytes(StandardCharsets.UTF_8));
        SourceDocument document = new EmlReader().read(file);
        assertEquals("Колонна прибыла утром.", document.blocks().get(1).text());
        assertTrue(document.notes().contains("Repaired: an unquoted header value (----=_NextPart_000_0001_01D0) was "
            + "read as if quoted."), document.notes().toString());
        assertTrue(document.notes().contains("Repaired: the transfer encoding '7-bit' was read as '7bit'."),
            document.notes().toString());
    }

    @Test
    void aWellFormedMessageHasNothingRepaired() throws Exception {
        String message = "From: sender@example.org\r\nSubject: Test\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nКолонна прибыла утром.\r\n";
        Path file = Files.write(folder.resolve("plain.eml"), message.getBytes(StandardCharsets.UTF_8));
        assertTrue(new EmlReader().read(file).notes().stream().noneMatch(note -> note.startsWith("Repaired")));
    }

    private SourceDocument read(String name, String message, java.nio.charset.Charset charset) throws Exception {
        return new EmlReader().read(Files.write(folder.resolve(name), message.getBytes(charset)));
    }

    /** A message whose plain-text body is {@code text}, with one attachment of {@code headers} and {@code body}. */
    private static String withAttachment(String text, String headers, String body) {
        return "From: sender@example.org\r\nSubject: Report\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n"
            + "--b1\r\n" + headers + "\r\n\r\n" + body + "\r\n--b1--\r\n";
    }

    /** A message of {@code multipart/<type>} whose body is {@code parts}. */
    private static String multipart(String type, String parts) {
        return "From: sender@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/" + type + "\r\n\r\n" + parts;
    }

    private static java.util.List<String> texts(SourceDocument document) {
        return document.blocks().stream().map(DocumentBlock::text).toList();
    }

    private static boolean noted(SourceDocument document, String start) {
        return document.notes().stream().anyMatch(note -> note.startsWith(start));
    }

    @Test
    void aCutShortBase64AttachmentCostsOnlyThatAttachment() throws Exception {
        String attachment = java.util.Base64.getMimeEncoder().encodeToString(
            "Приказ № 12 о передислокации.".getBytes(StandardCharsets.UTF_8));
        SourceDocument document = read("cut.eml", withAttachment("The order is attached.",
            "Content-Type: text/plain; charset=utf-8; name=\"order.txt\"\r\nContent-Disposition: attachment; "
                + "filename=\"order.txt\"\r\nContent-Transfer-Encoding: base64",
            attachment.substring(0, attachment.length() - 3)), StandardCharsets.US_ASCII);
        assertEquals("The order is attached.", document.blocks().get(1).text());
        Attachment order = document.attachments().get(0);
        assertTrue(order.document().orElseThrow().plainText().startsWith("Приказ № 12"), order.toString());
        assertTrue(noted(document, "Repaired: the base64 encoding of the attachment order.txt is damaged or cut short; "
            + "what could be decoded was kept."), document.notes().toString());
    }

    @Test
    void aUuencodedAttachmentWithoutItsBeginLineIsLeftEmptyAndTheMessageStillOpens() throws Exception {
        SourceDocument document = read("uu.eml", withAttachment("Attached are the comments.",
            "Content-Type: application/msword; name=\"cmts.doc\"\r\nContent-Transfer-Encoding: x-uuencode", ""),
            StandardCharsets.US_ASCII);
        assertEquals("Attached are the comments.", document.blocks().get(1).text());
        assertEquals(0, document.attachments().get(0).size());
        assertTrue(noted(document, "Repaired: the x-uuencode encoding of the attachment cmts.doc is damaged"),
            document.notes().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text; charset=utf-8 | UTF-8 | Repaired: the content type 'text' was read as 'text/plain'.",
        "text/plain charset=koi8-r | KOI8-R | Repaired: the content type 'text/plain charset=koi8-r' was read as "
            + "'text/plain'.",
        "text/plain Content-Transfer-Encoding: 8bit | UTF-8 | Repaired: the content type 'text/plain "
            + "Content-Transfer-Encoding: 8bit' was read as 'text/plain'."})
    void aBentContentTypeStillGivesTheTextInItsCharset(String contentType, String charset, String repair)
            throws Exception {
        String message = "From: sender@example.org\r\nSubject: Test\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: " + contentType + "\r\n\r\nКолонна прибыла утром.\r\n";
        SourceDocument document = read("typed.eml", message, java.nio.charset.Charset.forName(charset));
        assertEquals("Колонна прибыла утром.", document.blocks().get(1).text());
        assertTrue(document.notes().contains(repair), document.notes().toString());
    }

    @Test
    void textRunningStraightOnFromTheHeadersIsReadAsTheBody() throws Exception {
        String message = "From: sender@example.org\r\nSubject: Convoy\r\n"
            + "The convoy left at dawn, contrary to the plan.\r\n";
        SourceDocument document = read("run-on.eml", message, StandardCharsets.US_ASCII);
        assertEquals("The convoy left at dawn, contrary to the plan.", document.blocks().get(1).text());
        assertTrue(noted(document, "Repaired: a header block had no empty line after it"), document.notes().toString());
    }

    @Test
    void aPartWhoseHeadersRunStraightIntoItsTextKeepsTheText() throws Exception {
        SourceDocument document = read("parts.eml", multipart("mixed; boundary=foo",
            "--foo\r\nContent-Type: text/plain\r\nFirst part.\r\n\r\n"
                + "--foo\r\nContent-Type: text/plain\r\nSecond part.\r\n\r\n--foo--\r\n"), StandardCharsets.US_ASCII);
        assertEquals(java.util.List.of("First part.", "Second part."), texts(document));
    }

    @Test
    void aFoldedHeaderLineThatLostItsIndentationStaysInItsHeader() throws Exception {
        String message = "Subject: Report on the\r\nconvoy movement\r\nFrom: sender@example.org\r\n"
            + "To: a@example.org,\r\n\t b@example.org\r\n"
            + "Content-Type: text/plain\r\n\r\nText.\r\n";
        SourceDocument document = read("folded.eml", message, StandardCharsets.US_ASCII);
        assertEquals(java.util.List.of("Report on the convoy movement", "Text."),
            texts(document));
        assertTrue(document.notes().contains("From: sender@example.org"), document.notes().toString());
        assertTrue(document.notes().contains("To: a@example.org, b@example.org"), document.notes().toString());
    }

    @Test
    void anAttachmentOfAnUnknownTextSubtypeIsReadAsText() throws Exception {
        SourceDocument document = read("log.eml", withAttachment("See the log.",
            "Content-Type: text/x-radio-log\r\nContent-Disposition: attachment", "Station two reports contact."),
            StandardCharsets.US_ASCII);
        assertEquals("Station two reports contact.",
            document.attachments().get(0).document().orElseThrow().plainText().strip());
    }

    @Test
    void inlineTextPartsAroundAnInlineImageAreOneBodyInOrder() throws Exception {
        // Apple Mail sends a text with a picture in it as text, image, text; clients show it as one body.
        String message = "From: sender@example.org\r\nSubject: Photo\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
            + "--m\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThe checkpoint before:\r\n"
            + "--m\r\nContent-Type: image/png; name=\"cp.png\"\r\nContent-Disposition: inline; filename=\"cp.png\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
            + "--m\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nand after the strike.\r\n--m--\r\n";
        SourceDocument document = read("inline.eml", message, StandardCharsets.US_ASCII);
        assertEquals(java.util.List.of("Photo", "The checkpoint before:", "and after the strike."),
            texts(document));
        assertEquals(java.util.List.of("cp.png"), document.attachments().stream().map(Attachment::name).toList());
    }

    @Test
    void aFileTheSenderOnlyPointedToIsListedButNotReadAsText() throws Exception {
        SourceDocument document = read("external.eml", withAttachment("The draft is on the server.",
            "Content-Type: message/external-body; name=\"draft.txt\"; site=\"ftp.example.org\"; "
                + "access-type=\"anon-ftp\"", "Content-Type: text/plain\r\nContent-ID: <1@example.org>"),
            StandardCharsets.US_ASCII);
        Attachment draft = document.attachments().get(0);
        assertEquals("draft.txt", draft.name());
        assertTrue(draft.document().isEmpty(), draft.toString());
        assertTrue(draft.problem().orElseThrow().contains("only pointed to where it is kept"), draft.toString());
    }

    @Test
    void aBoundaryWithCharactersBeyondAsciiStillSplitsTheParts() throws Exception {
        SourceDocument document = read("utf8-boundary.eml", multipart("alternative; boundary=\"граница-µ\"",
            "--граница-µ\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Колонна прибыла утром.\r\n--граница-µ--\r\n"),
            StandardCharsets.UTF_8);
        assertEquals(java.util.List.of("Колонна прибыла утром."), texts(document));
        assertTrue(document.notes().contains("Repaired: the boundary 'граница-µ' has characters beyond ASCII; it was "
            + "read as if it had none."), document.notes().toString());
    }
}
