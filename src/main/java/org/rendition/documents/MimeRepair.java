package org.rendition.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the MIME headers real mail programs get wrong, before Jakarta Mail (which is strict)
 * parses them, the way mail clients and Python's {@code email} read them anyway: Outlook's
 * unquoted {@code boundary=----=_NextPart…}, {@code 7-bit} or {@code quoted printable} for a
 * transfer encoding, a transfer encoding that is a content type, an empty disposition. Each
 * repair is named once, for the document's notes, so the analyst knows the message was bent.
 * Bytes are handled as ISO-8859-1, which maps each byte to one char and back unchanged.
 */
final class MimeRepair {
    private static final Pattern HEADER = Pattern.compile(
        "(?im)^(content-transfer-encoding|content-disposition|content-type)[ \\t]*:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)");
    private static final Pattern PARAMETER = Pattern.compile("(?i)(;\\s*(?:boundary|name|filename)\\s*=\\s*)([^\"\\s;][^;\\r\\n]*?)(\\s*(?:;|$))");
    private static final Pattern NON_ASCII_BOUNDARY = Pattern.compile(
        "(?i)[;\\s]boundary\\s*=\\s*\"([^\"\\r\\n]*[\\x{80}-\\x{ff}][^\"\\r\\n]*)\"");
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern RUN_ON_MEDIA_TYPE = Pattern.compile("^(" + TOKEN + "/" + TOKEN + ")\\s");
    private static final String SPECIALS = "()<>@,;:\\\"/[]?=";
    private static final Set<String> ENCODINGS = Set.of("7bit", "8bit", "binary", "quoted-printable", "base64",
        "uuencode", "x-uuencode", "x-uue");
    private static final Map<String, String> MISSPELLINGS = Map.of("7-bit", "7bit", "8-bit", "8bit",
        "quoted printable", "quoted-printable", "quoted_printable", "quoted-printable", "base-64", "base64",
        "qp", "quoted-printable");

    /** The mended message and what was mended, in words. */
    record Repaired(byte[] bytes, List<String> repairs) {
    }

    private MimeRepair() {
    }

    static Repaired repair(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        Set<String> repairs = new LinkedHashSet<>();
        Matcher header = HEADER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (header.find()) {
            String name = header.group(1);
            String value = header.group(2);
            String mended = switch (name.toLowerCase(Locale.ROOT)) {
                case "content-transfer-encoding" -> encoding(value, repairs);
                case "content-disposition" -> disposition(value, repairs);
                default -> contentType(value, repairs);
            };
            header.appendReplacement(out, Matcher.quoteReplacement(name + ":" + mended));
        }
        header.appendTail(out);
        String mended = HeaderBlocks.ended(asciiBoundaries(out.toString(), repairs), repairs);
        return new Repaired(repairs.isEmpty() ? message : mended.getBytes(StandardCharsets.ISO_8859_1),
            new ArrayList<>(repairs));
    }

    /**
     * A boundary must be ASCII; one with other bytes (raw UTF-8 {@code bad-char-µ}) is read by
     * Jakarta Mail as UTF-8 in the header but as bytes in the body, so it never matches and the
     * parts' headers show up as text. It is renamed, in the header and its delimiter lines alike.
     */
    private static String asciiBoundaries(String text, Set<String> repairs) {
        Matcher boundary = NON_ASCII_BOUNDARY.matcher(text);
        Map<String, String> renamed = new LinkedHashMap<>();
        while (boundary.find()) {
            String raw = boundary.group(1);
            renamed.putIfAbsent(raw, "=_ascii_" + HexFormat.of().formatHex(raw.getBytes(StandardCharsets.ISO_8859_1)));
        }
        String mended = text;
        for (Map.Entry<String, String> entry : renamed.entrySet()) {
            mended = mended.replace(entry.getKey(), entry.getValue());
            repairs.add("Repaired: the boundary '" + new String(entry.getKey().getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8) + "' has characters beyond ASCII; it was read as if it had none.");
        }
        return mended;
    }

    /**
     * A media type that is not {@code type/subtype} is read as RFC 2045 says, as {@code text/plain}
     * (Python's {@code email} and mail clients do the same); words run on after a valid type
     * ({@code text/html Content-Transfer-Encoding: 8bit}) are dropped.
     */
    private static String contentType(String value, Set<String> repairs) {
        int semicolon = value.indexOf(';');
        String given = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
        if (MEDIA_TYPE.matcher(given).matches()) {
            return parameters(value, repairs);
        }
        Matcher runOn = RUN_ON_MEDIA_TYPE.matcher(given);
        boolean found = runOn.find();
        String media = found ? runOn.group(1) : "text/plain";
        String after = found ? given.substring(runOn.end()).strip() : "";
        // "text/plain charset=utf-8": a parameter that lost its semicolon is kept.
        String lostParameter = after.matches("(?s)[A-Za-z][A-Za-z0-9-]*\\s*=.*") ? "; " + after : "";
        repairs.add("Repaired: the content type '" + given + "' was read as '" + media + "'.");
        return " " + media + lostParameter + (semicolon < 0 ? "" : parameters(value.substring(semicolon), repairs));
    }

    private static String encoding(String value, Set<String> repairs) {
        String given = value.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (ENCODINGS.contains(given)) {
            return value;
        }
        String known = MISSPELLINGS.get(given.replaceAll("\\s+", " "));
        if (known != null) {
            repairs.add("Repaired: the transfer encoding '" + value.strip() + "' was read as '" + known + "'.");
            return " " + known;
        }
        repairs.add("Repaired: the unknown transfer encoding '" + value.strip() + "' was read as plain 8-bit text.");
        return " 8bit";
    }

    /** A disposition must start with a word (inline, attachment); an empty or garbled one says nothing. */
    private static String disposition(String value, Set<String> repairs) {
        String given = value.strip();
        if (given.matches("(?s)[A-Za-z][A-Za-z0-9_-]*\\s*(;.*)?")) {
            return parameters(value, repairs);
        }
        repairs.add("Repaired: an empty or unreadable content disposition ('" + given + "') was read as 'attachment'.");
        return " attachment" + (given.startsWith(";") ? parameters(given, repairs) : "");
    }

    /** Quotes parameter values holding characters that need quotes (Outlook's {@code boundary=----=_NextPart}). */
    private static String parameters(String value, Set<String> repairs) {
        Matcher parameter = PARAMETER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            String raw = parameter.group(2).strip();
            boolean needsQuotes = raw.chars().anyMatch(c -> SPECIALS.indexOf(c) >= 0 || c > 126);
            String replacement = parameter.group(1) + (needsQuotes ? "\"" + raw.replace("\"", "") + "\"" : raw)
                + parameter.group(3);
            if (needsQuotes) {
                repairs.add("Repaired: an unquoted header value (" + raw + ") was read as if quoted.");
            }
            parameter.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        parameter.appendTail(out);
        return out.toString();
    }
}
