package org.rendition.workflow.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rendition.documents.DocumentFormat;
import org.rendition.documents.Segment;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.documents.XliffVersion;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * Translates one document file into another from the command line: the same use case as the
 * window's open, translate and export ({@link DocumentTranslation}), in one call. The output's
 * extension chooses the export: the source's own format with its layout (Word stays Word), plain
 * text, or a bilingual table.
 */
public final class FileTranslation {
    /**
     * What was done, for the lines the command prints.
     *
     * @param languages the languages found in the document's segments, with how many segments each
     *     holds, the main one first; only the named one when the source was given
     * @param notes one sentence for each language other than the main one: translated from its own
     *     language, left as written, or left untranslated and why
     */
    public record Outcome(int sentences, Language source, boolean sourceDetected, String model, String exportedAs,
            java.util.Map<Language, Integer> languages, List<String> notes) {
        public Outcome {
            languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
            notes = List.copyOf(notes);
        }

        /** Whether segments were found in more than one language. */
        public boolean mixed() {
            return languages.size() > 1;
        }

        /** The languages found, one line for a person: {@code Russian (5 segments), Arabic (3 segments)}. */
        public String languageSummary() {
            return SegmentLanguages.summary(languages);
        }
    }

    private FileTranslation() {
    }

    /**
     * Whether {@code file} is a document to translate in its own format (Word, PDF, web page,
     * e-mail) rather than text to translate line by line.
     */
    public static boolean isDocument(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DocumentFormat.byExtension(name.substring(dot + 1))
            .filter(format -> format != DocumentFormat.TXT).isPresent();
    }

    /**
     * Reads {@code in}, translates every sentence and writes {@code out}.
     *
     * @param database the profile (memory, glossaries, history), or empty for the model alone
     * @param marking the classification marking for the export, or empty for the scheme's lowest
     * @param progress told after each sentence: sentences done, sentences in all
     * @throws WorkflowException in one sentence when the file cannot be read, no model serves the
     *     pair, or the output's extension names no export of this document
     */
    public static Outcome translate(Path modelsDirectory, Optional<Path> database, Path in, Path out,
            Optional<Language> from, Language to, Optional<String> marking, ProgressListener progress) {
        return translate(modelsDirectory, ProfileLocation.fileOrNone(database), in, out, from, to, marking,
            XliffVersion.V2_1, progress);
    }

    /**
     * As above, with the profile on this workstation or on the team server; an output named
     * {@code .xlf} or {@code .xliff} is written as XLIFF {@code xliffVersion}, for a colleague's CAT
     * tool, to be merged back with {@link #merge}.
     */
    public static Outcome translate(Path modelsDirectory, ProfileLocation profile, Path in, Path out,
            Optional<Language> from, Language to, Optional<String> marking, XliffVersion xliffVersion,
            ProgressListener progress) {
        return translate(modelsDirectory, profile, in, out, from, to, marking, xliffVersion, RunChoice.SETTINGS,
            progress);
    }

    /** As above, with the model and beam size {@code choice} names instead of the Settings'. */
    public static Outcome translate(Path modelsDirectory, ProfileLocation profile, Path in, Path out,
            Optional<Language> from, Language to, Optional<String> marking, XliffVersion xliffVersion,
            RunChoice choice, ProgressListener progress) {
        if (Files.isDirectory(out)) {
            throw new WorkflowException("'" + out + "' is a folder; give a file name for the translation, such as "
                + out.resolve("translated." + extensionOf(in)) + ".");
        }
        try (DocumentTranslation translation = profile.open(modelsDirectory)) {
            translation.chooseForThisRun(choice);
            return translate(translation, in, out, from, to, marking, xliffVersion, progress);
        }
    }

    /**
     * Translates attachment {@code number} (from 1) of the e-mail {@code email} into {@code out}, in the
     * attachment's own format as {@code out}'s extension names: the attachment is saved to a private
     * temporary folder, translated like any file, and the copy removed.
     */
    public static Outcome translateAttachment(Path modelsDirectory, ProfileLocation profile, Path email, int number,
            Path out, Optional<Language> from, Language to, Optional<String> marking, XliffVersion xliffVersion,
            RunChoice choice, ProgressListener progress) {
        Path folder = AttachmentFiles.temporaryFolder();
        try {
            Path attachment = AttachmentFiles.extract(email, number, folder);
            return translate(modelsDirectory, profile, attachment, out, from, to, marking, xliffVersion, choice,
                progress);
        } finally {
            AttachmentFiles.deleteQuietly(folder);
        }
    }

    /** Translates one file in a session that may translate others after it (its engines stay loaded). */
    static Outcome translate(DocumentTranslation translation, Path in, Path out, Optional<Language> from, Language to,
            Optional<String> marking, XliffVersion xliffVersion, ProgressListener progress) {
        OpenedDocument document = translation.open(in);
        Language source = from.or(document::detectedLanguage).orElseThrow(() -> new WorkflowException(
            "The language of '" + document.name() + "' could not be detected; give it with --from."));
        ExportOption option = XliffExchange.isXliff(out) ? ExportOption.xliff(xliffVersion) : exportFor(document, out);
        marking.ifPresent(label -> translation.classify(document, label));
        LanguagePair pair = new LanguagePair(source, to);
        String model = translation.modelFor(pair).name();
        progress.translated(0, document.segments().size());
        List<String> notes = new java.util.ArrayList<>();
        List<Segment> translated = translation.translate(document, document.segments(), from, to, CancelSignal.NEVER,
            new SegmentListener() {
                @Override
                public void translated(Segment segment, int done, int total) {
                    progress.translated(done, total);
                }

                @Override
                public void note(String note) {
                    notes.add(note);
                }
            });
        // XLIFF, for a colleague's CAT tool, goes the way the window's Export writes it.
        translation.export(document, translated, pair, option, out);
        SegmentLanguages languages = from.isPresent() ? SegmentLanguages.all(source, translated.size())
            : document.languages();
        return new Outcome(translated.size(), source, from.isEmpty(), model,
            option.xliffVersion().map(v -> "XLIFF " + v.number()).orElse(option.displayName()), languages.counts(),
            notes);
    }

    /**
     * Fills {@code in}'s targets from {@code xliff}, the XLIFF file a colleague's CAT tool returned
     * (made from {@code in} with {@code translate --out x.xlf}), and writes the translated document
     * to {@code out} in the format its extension names. No model runs; segments the colleague left
     * empty keep the source.
     *
     * @return how many segments the XLIFF file filled, and the export written
     * @throws WorkflowException in one sentence when a file cannot be read, the XLIFF was made from
     *     another document, or its target language is not one Rendition knows
     */
    public static Outcome merge(Path modelsDirectory, ProfileLocation profile, Path in, Path xliff, Path out,
            Optional<String> marking) {
        return mergeWithDetail(modelsDirectory, profile, in, xliff, out, marking).outcome();
    }

    /** A merge as {@link #merge} does it, with what became of each segment (as the window shows it). */
    public record Merged(Outcome outcome, XliffMerge merge) {
    }

    /**
     * As {@link #merge}: the same {@link DocumentTranslation#mergeXliff} the window's Merge XLIFF
     * calls, on the document as read, then the export {@code out}'s extension names.
     */
    public static Merged mergeWithDetail(Path modelsDirectory, ProfileLocation profile, Path in, Path xliff, Path out,
            Optional<String> marking) {
        // Read before the document, so a damaged XLIFF file is named before anything else is done.
        XliffExchange.read(xliff);
        try (DocumentTranslation translation = profile.open(modelsDirectory)) {
            OpenedDocument document = translation.open(in);
            ExportOption option = exportFor(document, out);
            marking.ifPresent(label -> translation.classify(document, label));
            // On top of the work saved on the document (what was sent, when it was translated here), else as read.
            XliffMerge merge = translation.mergeXliff(document, document.savedWork().orElse(document.segments()), xliff);
            translation.export(document, merge.segments(), new LanguagePair(merge.source(), merge.target()), option,
                out);
            return new Merged(new Outcome(merge.filled(), merge.source(), false, "XLIFF " + merge.version().number(),
                option.displayName(), java.util.Map.of(merge.source(), merge.segments().size()), List.of()), merge);
        }
    }

    /** Told as sentences are translated: first with none done, then after each sentence. */
    @FunctionalInterface
    public interface ProgressListener {
        void translated(int done, int total);
    }

    private static ExportOption exportFor(OpenedDocument document, Path out) {
        String extension = extensionOf(out);
        return document.exportOptions().stream()
            .filter(option -> option.extension().equalsIgnoreCase(extension))
            .findFirst()
            .orElseThrow(() -> new WorkflowException("A " + document.formatName() + " cannot be written as '."
                + extension + "'; name the output with one of: " + document.exportOptions().stream()
                    .map(option -> "." + option.extension() + " (" + option.displayName() + ")")
                    .collect(Collectors.joining(", ")) + "."));
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
