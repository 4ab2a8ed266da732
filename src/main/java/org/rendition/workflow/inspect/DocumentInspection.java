package org.rendition.workflow.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rendition.documents.Attachment;
import org.rendition.documents.DocumentBlock;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentReader;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.SourceDocument;
import org.rendition.text.Detection;
import org.rendition.text.Language;
import org.rendition.text.LanguageDetector;
import org.rendition.text.SentenceSegmenter;
import org.rendition.workflow.WorkflowException;

/**
 * Triage of files or folders: each file read once, in this process, and described (format,
 * languages, sentence count, scanned, encrypted or damaged, warnings). Nothing is translated and
 * no model is loaded. The first thing an analyst runs on a folder of seized material.
 */
public final class DocumentInspection {
    /** Blocks shorter than this say too little for a language of their own. */
    private static final int MIN_BLOCK_FOR_LANGUAGE = 40;
    /** Enough blocks to find a second language in a mixed document without reading all of a long one. */
    private static final int BLOCKS_FOR_LANGUAGES = 40;

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
            List<Language> languages = languages(document);
            int segments = document.segments(languages.isEmpty() ? Language.ENGLISH : languages.get(0), segmenter)
                .size();
            return new InspectedDocument(file, format, InspectedDocument.Status.READ, languages, segments,
                warnings(document));
        } catch (DocumentException e) {
            return new InspectedDocument(file, format, status(e.reason()), List.of(), 0, List.of(e.getMessage()));
        } catch (RuntimeException e) {
            // A reader's own bug must not stop the triage of the rest of the folder.
            return new InspectedDocument(file, format, InspectedDocument.Status.UNREADABLE, List.of(), 0,
                List.of("'" + file.getFileName() + "' could not be read: " + e + ". Report this file to the "
                    + "Rendition maintainers."));
        }
    }

    private List<Language> languages(SourceDocument document) {
        Set<Language> languages = new LinkedHashSet<>();
        detector.detect(document.plainText()).map(Detection::language).ifPresent(languages::add);
        document.blocks().stream()
            .map(DocumentBlock::text)
            .filter(text -> text.length() >= MIN_BLOCK_FOR_LANGUAGE)
            .limit(BLOCKS_FOR_LANGUAGES)
            .forEach(text -> detector.detect(text).map(Detection::language).ifPresent(languages::add));
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
