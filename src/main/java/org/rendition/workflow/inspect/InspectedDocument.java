package org.rendition.workflow.inspect;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rendition.text.Language;
import org.rendition.workflow.translate.EmailAttachment;

/**
 * What triage needs to know of one file before anyone translates it.
 *
 * @param file the file as found
 * @param format the format it was read as or named for ({@code docx}, {@code pdf} …), or
 *     {@code unknown}
 * @param status whether it was read, and if not, why
 * @param languages the languages detected, the main one first; empty when none is clear
 * @param segments how many sentences there are to translate; 0 when it was not read
 * @param warnings what a person should know: the refusal in one sentence, pages left out,
 *     repairs made while reading, attachments that could not be read
 * @param segmentsByLanguage how many segments each language holds, segment by segment as
 *     translation reads them (short ones by their neighbours), the main language first; empty when
 *     the file was not read
 * @param attachments the files attached to an e-mail, each with whether it can be translated
 *     ({@code translate --attachment N}); empty for other documents
 */
public record InspectedDocument(Path file, String format, Status status, List<Language> languages, int segments,
                                List<String> warnings, Map<Language, Integer> segmentsByLanguage,
                                List<EmailAttachment> attachments) {
    /** The outcome of reading a file, for sorting a folder of them. */
    public enum Status {
        READ, SCANNED, ENCRYPTED, DAMAGED, NO_TEXT, UNSUPPORTED, TOO_LARGE, UNREADABLE;

        /** The status as written in reports: lower case, hyphens for spaces. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public InspectedDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
        attachments = List.copyOf(attachments);
        segmentsByLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(segmentsByLanguage));
    }

    /** A file that was not read: no languages, no segments. */
    InspectedDocument(Path file, String format, Status status, List<String> warnings) {
        this(file, format, status, List.of(), 0, warnings, Map.of(), List.of());
    }
}
