package org.rendition.documents.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The folder of Tesseract's trained language data ({@code *.traineddata}) that the operating
 * system's packages installed. Rendition never downloads language data: it uses what is here.
 */
public final class TessData {
    /** Where Debian 12 (Tesseract 5), older Debian and Ubuntu (4.00), Fedora and Homebrew put it. */
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata");

    private final Path folder;

    private TessData(Path folder) {
        this.folder = folder;
    }

    /**
     * The language data folder: {@code -Drendition.tessdata}, else {@code TESSDATA_PREFIX} (as the
     * {@code tesseract} command reads it), else the first system folder holding language data.
     *
     * @throws OcrException when no folder holds any language data
     */
    public static TessData locate() throws OcrException {
        for (String candidate : candidates()) {
            Path folder = Path.of(candidate);
            if (!new TessData(folder).languages().isEmpty()) {
                return new TessData(folder);
            }
        }
        throw new OcrException("No OCR language data was found (looked in " + String.join(", ", candidates())
            + "). Install the Debian packages tesseract-ocr-rus, tesseract-ocr-ara, tesseract-ocr-chi-sim and the "
            + "others you need, or reinstall Rendition.");
    }

    private static List<String> candidates() {
        Stream<String> configured = Stream.of(System.getProperty("rendition.tessdata"), System.getenv("TESSDATA_PREFIX"))
            .filter(value -> value != null && !value.isBlank());
        return Stream.concat(configured, SYSTEM_FOLDERS.stream()).distinct().toList();
    }

    public Path folder() {
        return folder;
    }

    /** The installed languages by Tesseract's names ({@code rus}, {@code chi_sim}, {@code osd}), sorted. */
    public SortedSet<String> languages() {
        SortedSet<String> languages = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString())
                .filter(name -> name.endsWith(".traineddata"))
                .forEach(name -> languages.add(name.substring(0, name.length() - ".traineddata".length())));
        } catch (IOException e) {
            return languages;
        }
        return languages;
    }

    public boolean has(String tesseractLanguage) {
        return Files.isRegularFile(folder.resolve(tesseractLanguage + ".traineddata"));
    }

    /** The orientation and script detector's data, when installed (Debian: tesseract-ocr-osd). */
    Optional<String> orientationData() {
        return has("osd") ? Optional.of("osd") : Optional.empty();
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
