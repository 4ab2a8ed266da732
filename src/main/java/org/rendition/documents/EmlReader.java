package org.rendition.documents;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads e-mail messages (.eml) through Jakarta Mail: From, To, Cc, Date and Subject as notes,
 * the subject and the text body (its inline text parts, plain text preferred over HTML) as
 * blocks, and every attachment listed; attachments in a format Rendition reads (text, Word,
 * PDF, HTML, e-mail) are read as documents of their own, to be translated separately. Nothing
 * is fetched.
 */
public final class EmlReader extends ByteReader {
    /** Messages attached to messages attached to messages: deeper than this is not opened. */
    private static final int MAX_NESTED_MESSAGES = 3;
    /** Multipart nesting a real mail client produces stays in single digits. */
    private static final int MAX_PART_DEPTH = 20;

    private static final List<String> HEADERS = List.of("From", "To", "Cc", "Date", "Subject");
    private static final List<String> TYPICAL_FIRST_HEADERS = List.of("received:", "return-path:", "from:",
        "mime-version:", "message-id:", "date:", "subject:", "delivered-to:", "to:", "x-");

    static {
        // Jakarta Mail reads these once, from system properties; lenient as mail clients are,
        // unless whoever runs Rendition set them otherwise.
        if (System.getProperty("mail.mime.parameters.strict") == null) {
            System.setProperty("mail.mime.parameters.strict", "false");
        }
        if (System.getProperty("mail.mime.ignoreunknownencoding") == null) {
            System.setProperty("mail.mime.ignoreunknownencoding", "true");
        }
        // A part's headers are read with this system property, not the session's: without it a
        // UTF-8 attachment name (RFC 6532, what mail clients write now) came out as "ciÃ«le.txt".
        if (System.getProperty("mail.mime.allowutf8") == null) {
            System.setProperty("mail.mime.allowutf8", "true");
        }
    }

    private final int nesting;

    public EmlReader() {
        this(0);
    }

    private EmlReader(int nesting) {
        this.nesting = nesting;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.EML;
    }

    @Override
    boolean recognises(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return TYPICAL_FIRST_HEADERS.stream().anyMatch(start::startsWith);
    }

    @Override
    SourceDocument read(String name, byte[] bytes) throws DocumentException {
        try {
            Properties properties = new Properties();
            properties.setProperty("mail.mime.decodefilename", "true");
            // Raw UTF-8 in headers (a file name, a sender's name) is what most mail programs now send.
            properties.setProperty("mail.mime.allowutf8", "true");
            MimeRepair.Repaired repaired = MimeRepair.repair(bytes);
            MimeMessage message = new MimeMessage(Session.getInstance(properties),
                new ByteArrayInputStream(repaired.bytes()));
            List<String> notes = new ArrayList<>();
            for (String header : HEADERS) {
                String value = header(message, header);
                if (!value.isEmpty()) {
                    notes.add(header + ": " + value);
                }
            }
            Parts parts = new Parts();
            parts.walk(message, 0);
            List<DocumentBlock> blocks = new ArrayList<>();
            String subject = header(message, "Subject");
            if (!subject.isEmpty()) {
                blocks.add(new DocumentBlock(0, subject));
            }
            for (Part part : parts.bodies) {
                for (DocumentBlock block : body(name, part, parts.repairs)) {
                    blocks.add(new DocumentBlock(blocks.size(), block.text()));
                }
            }
            List<Attachment> attachments = new ArrayList<>();
            for (Part part : parts.attachments) {
                attachments.add(attachment(part, attachments.size() + 1, parts.repairs));
            }
            notes.addAll(repaired.repairs());
            notes.addAll(parts.repairs);
            for (Attachment attachment : attachments) {
                notes.add("Attachment: " + attachment.name() + " (" + attachment.mimeType() + ", "
                    + readableSize(attachment.size()) + ")");
            }
            if (blocks.isEmpty() && attachments.isEmpty()) {
                throw new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' has no subject, text or attachments: there is nothing "
                    + "to translate.");
            }
            return new SourceDocument(name, DocumentFormat.EML, blocks, notes, attachments, null, null);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new DocumentException(DocumentException.Reason.DAMAGED, "'" + name + "' is damaged or not an e-mail message: " + e.getMessage()
                + ". Save the message again from the mail program and open that.", e);
        }
    }

    /**
     * The parts that matter: the text body, and everything attached. The body is every inline
     * text part in order, as mail clients show it: Apple Mail splits a text around an inline
     * image into two parts, and list servers add their footer as a part of its own.
     */
    private static final class Parts {
        final List<Part> bodies = new ArrayList<>();
        final List<Part> attachments = new ArrayList<>();
        final List<String> repairs = new ArrayList<>();

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (depth > MAX_PART_DEPTH) {
                throw new MessagingException("its parts are nested " + depth + " deep");
            }
            Object content;
            try {
                content = part.isMimeType("multipart/*") ? part.getContent() : null;
            } catch (MessagingException e) {
                // A multipart whose boundary never appears: mail clients show its body as text.
                repairs.add("Repaired: a multipart body without its boundary lines was read as plain text.");
                if (bodies.isEmpty()) {
                    bodies.add(part);
                }
                return;
            }
            if (content instanceof Multipart multipart) {
                if (part.isMimeType("multipart/alternative")) {
                    walk(preferredAlternative(multipart), depth + 1);
                } else {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        walk(multipart.getBodyPart(i), depth + 1);
                    }
                }
                return;
            }
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (!attached && (part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
                bodies.add(part);
            } else {
                attachments.add(part);
            }
        }

        /** Plain text over HTML: it is what the sender wrote, without layout to lose. */
        private static Part preferredAlternative(Multipart alternatives) throws MessagingException {
            BodyPart html = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart candidate = alternatives.getBodyPart(i);
                if (candidate.isMimeType("text/plain")) {
                    return candidate;
                }
                if (html == null && (candidate.isMimeType("text/html") || candidate.isMimeType("multipart/*"))) {
                    html = candidate;
                }
            }
            return html != null ? html : alternatives.getBodyPart(alternatives.getCount() - 1);
        }
    }

    private static List<DocumentBlock> body(String name, Part part, List<String> repairs) throws MessagingException,
            IOException, DocumentException {
        if (part == null) {
            return List.of();
        }
        byte[] bytes = decoded(part, "the message text", repairs);
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return List.of();
        }
        String charset = charset(part);
        String text = PlainTextReader.decode(bytes, charset, name).text();
        if (part.isMimeType("text/plain") && "flowed".equalsIgnoreCase(parameter(part, "format"))) {
            text = FlowedText.unflow(text, "yes".equalsIgnoreCase(parameter(part, "delsp")));
        }
        if (part.isMimeType("text/html")) {
            return HtmlPages.runs(HtmlPages.parse(text)).stream()
                .map(run -> new DocumentBlock(0, run.text()))
                .toList();
        }
        return TextLines.blocks(text);
    }

    private Attachment attachment(Part part, int number, List<String> repairs) throws MessagingException,
            IOException {
        String mimeType = mimeType(part);
        String fileName = fileName(part, mimeType, number);
        byte[] bytes = decoded(part, "the attachment " + fileName, repairs);
        if (mimeType.equals("message/external-body")) {
            // Its body is only the headers of a file kept elsewhere (an FTP site, a mail server).
            return new Attachment(fileName, mimeType, bytes.length, Optional.of("'" + fileName
                + "' is not in the message: the sender only pointed to where it is kept."));
        }
        Optional<ByteReader> reader = readerFor(fileName, mimeType, bytes);
        if (reader.isEmpty()) {
            return new Attachment(fileName, mimeType, bytes.length, Optional.empty());
        }
        try {
            SourceDocument document = reader.get() instanceof PlainTextReader text
                ? text.read(fileName, bytes, charset(part))
                : reader.get().readSafely(fileName, bytes);
            return new Attachment(fileName, mimeType, bytes.length, Optional.of(document), Optional.empty(), bytes);
        } catch (DocumentException e) {
            return new Attachment(fileName, mimeType, bytes.length, Optional.of(e.getMessage()));
        }
    }

    private Optional<ByteReader> readerFor(String fileName, String mimeType, byte[] bytes) {
        List<ByteReader> readers = new ArrayList<>(List.of(new PlainTextReader(), new DocxReader(), new PdfReader(),
            new HtmlReader()));
        if (nesting < MAX_NESTED_MESSAGES) {
            readers.add(new EmlReader(nesting + 1));
        }
        Optional<DocumentFormat> byType = switch (mimeType) {
            case "text/plain" -> Optional.of(DocumentFormat.TXT);
            case "text/html" -> Optional.of(DocumentFormat.HTML);
            case "application/pdf" -> Optional.of(DocumentFormat.PDF);
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                Optional.of(DocumentFormat.DOCX);
            case "message/rfc822" -> Optional.of(DocumentFormat.EML);
            default -> Optional.empty();
        };
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, SourceFiles.HEAD_LENGTH));
        Optional<ByteReader> found = readers.stream()
            .filter(reader -> byType.map(format -> format == reader.format())
                .orElseGet(() -> reader.accepts(fileName, head)))
            .findFirst();
        // Any other text/* (text/x-vcard, text/enriched, a sender's own subtype) is text a client shows.
        if (found.isPresent() || !mimeType.startsWith("text/")) {
            return found;
        }
        return readers.stream().filter(reader -> reader.format() == DocumentFormat.TXT).findFirst();
    }

    /**
     * The part's content, decoded. A damaged transfer encoding (base64 cut short, a uuencoded part
     * without its begin line) costs only that part, as in mail clients: base64 is decoded as far
     * as it goes, anything else is left empty, and the repair is named.
     */
    private static byte[] decoded(Part part, String what, List<String> repairs) throws MessagingException,
            IOException {
        try {
            return bytes(part.getInputStream());
        } catch (PartTooLarge e) {
            throw e;
        } catch (IOException e) {
            String encoding = part instanceof MimePart mime ? String.valueOf(mime.getEncoding()) : "transfer";
            byte[] salvaged = part instanceof MimePart mime && "base64".equalsIgnoreCase(encoding)
                ? Base64Salvage.decode(bytes(mime instanceof MimeBodyPart body ? body.getRawInputStream()
                    : ((MimeMessage) mime).getRawInputStream()))
                : new byte[0];
            repairs.add("Repaired: the " + encoding + " encoding of " + what + " is damaged or cut short; "
                + (salvaged.length > 0 ? "what could be decoded was kept." : "it was left empty."));
            return salvaged;
        }
    }

    private static byte[] bytes(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, SourceFiles.maxBytes() + 1));
            if (bytes.length > SourceFiles.maxBytes()) {
                throw new PartTooLarge();
            }
            return bytes;
        }
    }

    /** A part over the size budget: the whole message is refused, not repaired. */
    private static final class PartTooLarge extends IOException {
        PartTooLarge() {
            super("a part is larger than " + SourceFiles.maxBytes() / (1024 * 1024) + " MB");
        }
    }

    private static String mimeType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String charset(Part part) {
        return parameter(part, "charset");
    }

    private static String parameter(Part part, String name) {
        try {
            return new ContentType(part.getContentType()).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part, String mimeType, int number) throws MessagingException {
        String name = part.getFileName();
        if (name != null) {
            name = decode(name).strip();
            // A name is shown and used to choose a reader, never as a path: keep its last element.
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
        if (name == null || name.isBlank()) {
            String subtype = mimeType.substring(mimeType.indexOf('/') + 1);
            return "attachment-" + number + (mimeType.equals("message/rfc822") ? ".eml" : "." + subtype);
        }
        return name;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        // Unfolding keeps the tab or spaces that indented each folded line; a reader sees one space.
        return value == null ? "" : decode(MimeUtility.unfold(value)).strip().replaceAll("\\s+", " ");
    }

    private static String decode(String text) {
        try {
            return MimeUtility.decodeText(text);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return text;
        }
    }

    private static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
