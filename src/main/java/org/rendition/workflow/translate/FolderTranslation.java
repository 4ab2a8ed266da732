package org.rendition.workflow.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rendition.documents.DocumentFormat;
import org.rendition.documents.ExportFormat;
import org.rendition.documents.XliffVersion;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;

/**
 * Translates every document of a folder (and its sub-folders) into another folder, keeping the
 * relative paths: {@code translate --in seized/ --out english/}. One session loads each model once
 * for all files.
 *
 * <p>Resumable: each output is written whole or not at all (the writers write a temporary file and
 * rename it), and once written its source is recorded in {@value #RECORD} in the output folder with
 * its size and modification time. A rerun after the process was killed, even with {@code kill -9},
 * skips every recorded file whose source is unchanged and whose output is still there, and carries
 * on with the rest. A file that cannot be read (scanned, encrypted, damaged) is reported and
 * skipped; the others are still translated.
 */
public final class FolderTranslation {
    /** The record of finished files, kept in the output folder. */
    static final String RECORD = ".rendition-translated.tsv";

    /** What became of one file. */
    public enum Result { TRANSLATED, ALREADY_DONE, FAILED }

    /**
     * Told once per file, after it is done or skipped.
     *
     * @param number the file's place in the folder, from 1
     * @param total how many documents the folder holds
     * @param detail the outcome in a few words: sentences and languages, or why it failed
     */
    @FunctionalInterface
    public interface FileListener {
        void finished(int number, int total, Path file, Result result, String detail);
    }

    /** How the folder went. */
    public record Summary(int translated, int alreadyDone, int failed) {
    }

    private FolderTranslation() {
    }

    /**
     * Translates every document under {@code in} into {@code out}, which is created when missing.
     * Each output keeps the source's name and format when Rendition can write that format (Word,
     * web page, text), and is plain text otherwise (PDF, e-mail): {@code scan.pdf} becomes
     * {@code scan.pdf.txt}.
     *
     * @throws WorkflowException when {@code in} is not a folder or {@code out} lies inside it
     */
    public static Summary translate(Path modelsDirectory, ProfileLocation profile, Path in, Path out,
            Optional<Language> from, Language to, Optional<String> marking, FileListener listener) {
        return translate(modelsDirectory, profile, in, out, from, to, marking, RunChoice.SETTINGS, listener);
    }

    /** As above, with the model and beam size {@code choice} names instead of the Settings'. */
    public static Summary translate(Path modelsDirectory, ProfileLocation profile, Path in, Path out,
            Optional<Language> from, Language to, Optional<String> marking, RunChoice choice, FileListener listener) {
        Path source = in.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new WorkflowException("'" + in + "' is not a folder.");
        }
        if (target.equals(source)) {
            throw new WorkflowException("Give --out another folder than --in, so no document is overwritten by its "
                + "translation.");
        }
        List<Path> documents = documentsUnder(source, target);
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new WorkflowException("The folder '" + out + "' cannot be created: " + e.getMessage() + ".", e);
        }
        Set<String> done = finished(target);
        int translated = 0;
        int skipped = 0;
        int failed = 0;
        try (DocumentTranslation translation = profile.open(modelsDirectory)) {
            translation.chooseForThisRun(choice);
            for (int i = 0; i < documents.size(); i++) {
                Path file = documents.get(i);
                Path relative = source.relativize(file);
                Path output = target.resolve(outputName(relative));
                if (done.contains(fingerprint(relative, file)) && Files.exists(output)) {
                    skipped++;
                    listener.finished(i + 1, documents.size(), relative, Result.ALREADY_DONE, "already translated");
                    continue;
                }
                try {
                    Files.createDirectories(output.getParent());
                    FileTranslation.Outcome outcome = FileTranslation.translate(translation, file, output, from, to,
                        marking, XliffVersion.V2_1, (d, t) -> { });
                    listener.finished(i + 1, documents.size(), relative, Result.TRANSLATED, described(outcome));
                    if (DocumentFormat.EML.extensions().contains(extensionOf(file))) {
                        failed += translateAttachments(translation, file, target.resolve(relative + ".attachments"), i + 1,
                            documents.size(), relative, from, to, marking, listener);
                    }
                    // Recorded once its attachments are done too: a kill in between does the e-mail again.
                    record(target, fingerprint(relative, file));
                    translated++;
                } catch (WorkflowException | IOException e) {
                    failed++;
                    listener.finished(i + 1, documents.size(), relative, Result.FAILED, e.getMessage());
                }
            }
        }
        return new Summary(translated, skipped, failed);
    }

    /**
     * Translates each attachment of the e-mail {@code email} that Rendition reads into
     * {@code folder}, named as a document of the folder would be; each is reported on a line of its
     * own ({@code orders.eml › report.docx}). One that fails is reported and the others go on.
     *
     * @return how many attachments failed
     */
    private static int translateAttachments(DocumentTranslation translation, Path email, Path folder, int number,
            int total, Path relative, Optional<Language> from, Language to, Optional<String> marking,
            FileListener listener) throws IOException {
        Path extracted = AttachmentFiles.temporaryFolder();
        int failed = 0;
        try {
            for (Path attachment : AttachmentFiles.extractAll(email, extracted)) {
                Path shown = Path.of(relative + " \u203a " + attachment.getFileName());
                try {
                    Files.createDirectories(folder);
                    FileTranslation.Outcome outcome = FileTranslation.translate(translation, attachment,
                        folder.resolve(outputName(attachment.getFileName())), from, to, marking, XliffVersion.V2_1,
                        (d, t) -> { });
                    listener.finished(number, total, shown, Result.TRANSLATED, described(outcome));
                } catch (WorkflowException e) {
                    failed++;
                    listener.finished(number, total, shown, Result.FAILED, e.getMessage());
                }
            }
        } finally {
            AttachmentFiles.deleteQuietly(extracted);
        }
        return failed;
    }

    private static String described(FileTranslation.Outcome outcome) {
        return outcome.sentences() + " sentences from " + (outcome.mixed() ? outcome.languageSummary()
            : outcome.source().displayName()) + ", written as " + outcome.exportedAs();
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The output's path: the source's own when its format can be written back, else with
     * {@code .txt} added. Decided by name alone, so a rerun finds the output before opening the source.
     */
    static Path outputName(Path relative) {
        String name = relative.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean writable = DocumentFormat.byExtension(extension)
            .map(format -> ExportFormat.availableFor(format).stream().anyMatch(e -> e.extension().equals(extension)))
            .orElse(false);
        return writable ? relative : relative.resolveSibling(name + ".txt");
    }

    /** Files whose extension names a format Rendition reads, sorted by path; the output folder left out. */
    private static List<Path> documentsUnder(Path folder, Path skip) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                .filter(file -> !file.startsWith(skip))
                .filter(FolderTranslation::isDocument)
                .sorted(Comparator.comparing(Path::toString))
                .toList();
        } catch (IOException e) {
            throw new WorkflowException("The folder '" + folder + "' cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && DocumentFormat.byExtension(name.substring(dot + 1)).isPresent();
    }

    /** The relative path, size and modification time: a changed source is translated again. */
    private static String fingerprint(Path relative, Path file) {
        try {
            return relative.toString().replace('\t', ' ') + "\t" + Files.size(file) + "\t"
                + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> finished(Path target) {
        Path record = target.resolve(RECORD);
        if (!Files.exists(record)) {
            return Set.of();
        }
        try {
            // A line cut short by a kill matches no fingerprint, so its file is simply done again.
            return new HashSet<>(Files.readAllLines(record, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WorkflowException("The record of finished files '" + record + "' cannot be read: "
                + e.getMessage() + ". Delete it to translate the folder again.", e);
        }
    }

    private static void record(Path target, String fingerprint) throws IOException {
        Files.writeString(target.resolve(RECORD), fingerprint + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }
}
