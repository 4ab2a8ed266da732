package org.rendition.workflow.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rendition.documents.Attachment;
import org.rendition.documents.Segment;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentReader;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.SourceDocument;
import org.rendition.text.Detection;
import org.rendition.text.Language;
import org.rendition.text.LanguageDetector;
import org.rendition.text.SentenceSegmenter;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.translate.EmailAttachment;
import org.rendition.workflow.translate.SegmentLanguages;

/**
 * Triage of files or folders: each file read once, in this process, and described (format,
 * languages, sentence count, scanned, encrypted or damaged, warnings). Nothing is translated and
 * no model is loaded. The first thing an analyst runs on a folder of seized material.
 */
public final class DocumentInspection {
    /** A language with fewer letters than this in a document is a quoted name, not a language of its own. */
    private static final int MIN_LETTERS_FOR_LANGUAGE = 40;
    /** Enough sentences to find a second language in a mixed document without reading all of a long one. */
    private static final int SEGMENTS_FOR_LANGUAGES = 400;

    private final LanguageDetector detector = new LanguageDetector();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    /**
     * Inspects every file named, and every file under every folder named (sorted by path), telling
     * {@code each} as each is done.
     *
     * @throws WorkflowException when a path does not exist
     */
    public void inspect(List<Path> paths, Consumer<InspectedDocument> each) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new WorkflowException("'" + path + "' does not exist. Check the path and try again.");
            }
        }
        for (Path path : paths) {
            for (Path file : filesUnder(path)) {
                each.accept(inspect(file));
            }
        }
    }

    /** Inspects one file; never throws for what the file holds. */
    public InspectedDocument inspect(Path file) {
        String format = extensionOf(file);
        try {
            DocumentReader reader = DocumentReaders.forFile(file);
            format = reader.format().extensions().get(0);
            SourceDocument document = reader.read(file);
            Optional<Language> main = detector.detect(document.plainText()).map(Detection::language);
            List<Segment> cut = document.segments(main.orElse(Language.ENGLISH), segmenter);
            // The same reading of each segment's language as translation's (window and command line).
            List<String> texts = cut.stream().limit(SEGMENTS_FOR_LANGUAGES).map(Segment::source).toList();
            SegmentLanguages each = SegmentLanguages.detect(detector, texts, main);
            return new InspectedDocument(file, format, InspectedDocument.Status.READ, languages(main, texts, each),
                cut.size(), warnings(document), each.counts(), EmailAttachment.of(document.attachments()));
        } catch (DocumentException e) {
            return new InspectedDocument(file, format, status(e.reason()), List.of(e.getMessage()));
        } catch (RuntimeException e) {
            // A reader's own bug must not stop the triage of the rest of the folder.
            return new InspectedDocument(file, format, InspectedDocument.Status.UNREADABLE,
                List.of("'" + file.getFileName() + "' could not be read: " + e + ". Report this file to the "
                    + "Rendition maintainers."));
        }
    }

    /**
     * The main language first, then the others found sentence by sentence (Russian quoted in an
     * Arabic report), most letters first.
     */
    private static List<Language> languages(Optional<Language> main, List<String> texts, SegmentLanguages each) {
        Map<Language, Integer> letters = new EnumMap<>(Language.class);
        for (int i = 0; i < texts.size(); i++) {
            int count = (int) texts.get(i).codePoints().filter(Character::isLetter).count();
            each.of(i).ifPresent(language -> letters.merge(language, count, Integer::sum));
        }
        Set<Language> languages = new LinkedHashSet<>();
        main.ifPresent(languages::add);
        letters.entrySet().stream()
            .filter(e -> e.getValue() >= MIN_LETTERS_FOR_LANGUAGE)
            .sorted(Map.Entry.<Language, Integer>comparingByValue().reversed())
            .forEach(e -> languages.add(e.getKey()));
        return List.copyOf(languages);
    }

    private static List<String> warnings(SourceDocument document) {
        List<String> warnings = new ArrayList<>();
        for (String note : document.notes()) {
            String lower = note.toLowerCase(Locale.ROOT);
            if (lower.contains("no text layer") || lower.startsWith("repaired") || lower.startsWith("read as")) {
                warnings.add(note);
            }
        }
        for (Attachment attachment : document.attachments()) {
            attachment.problem().ifPresent(problem -> warnings.add("Attachment " + attachment.name() + ": " + problem));
        }
        return warnings;
    }

    private static InspectedDocument.Status status(DocumentException.Reason reason) {
        return switch (reason) {
            case SCANNED -> InspectedDocument.Status.SCANNED;
            case ENCRYPTED -> InspectedDocument.Status.ENCRYPTED;
            case DAMAGED -> InspectedDocument.Status.DAMAGED;
            case NO_TEXT -> InspectedDocument.Status.NO_TEXT;
            case UNSUPPORTED -> InspectedDocument.Status.UNSUPPORTED;
            case TOO_LARGE -> InspectedDocument.Status.TOO_LARGE;
            case UNREADABLE -> InspectedDocument.Status.UNREADABLE;
        };
    }

    private static List<Path> filesUnder(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "unknown" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
