package org.rendition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rendition.documents.SegmentStatus;
import org.rendition.documents.XliffVersion;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.model.Precision;
import org.rendition.engine.shortlist.ShortlistSetting;
import org.rendition.text.Language;
import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Roles;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.translate.FileTranslation;
import org.rendition.workflow.translate.ProfileLocation;
import org.rendition.workflow.translate.RunChoice;
import org.rendition.workflow.translate.ScannedDocument;
import org.rendition.workflow.translate.TextTranslation;
import org.rendition.workflow.translate.TranslatedSegment;
import org.rendition.workflow.translate.TranslatedText;
import org.rendition.workflow.translate.FolderTranslation;
import org.rendition.workflow.translate.XliffExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rendition translate}: text from standard input or a file, translation to standard output or a file. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate UTF-8 text, or a scan or photograph of pages (.png, .jpg, .tif, or a .pdf with "
                + "scanned pages) read by OCR. Paragraphs and line breaks are kept.")
final class TranslateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--from"}, paramLabel = "LANG",
            description = "Source language (ru, ar, zh, fa, uk, ... or a name). Detected when left out.")
    String from;

    @Option(names = {"-t", "--to"}, paramLabel = "LANG", defaultValue = "en",
            description = "Target language (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME",
            description = "Model pack to use (default: the best installed pack for the pair).")
    String model;

    @Option(names = {"-i", "--in"}, paramLabel = "FILE", description = "Read this file instead of standard input. "
            + "A Word file, PDF, web page or e-mail is translated as a document and needs --out; a folder has every "
            + "document in it translated into the --out folder, and a rerun skips what was finished.")
    Path in;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output. "
            + "For a document, the extension chooses the format: its own (.docx, .html), .txt, or a bilingual table;"
            + " for text, a .xlf or .xliff file is written as XLIFF.")
    Path out;

    @Option(names = "--merge", paramLabel = "XLIFF", description = "Fill the document given with --in from this "
            + "XLIFF file, translated in another CAT tool (made with --out x.xlf), and write it to --out; no model runs.")
    Path merge;

    @Option(names = "--attachment", paramLabel = "N", description = "With an e-mail as --in: translate its N-th "
            + "attachment (numbered as inspect lists them) into --out, in the attachment's own format.")
    Integer attachment;

    @Option(names = "--xliff-version", paramLabel = "V", defaultValue = "V2_1", converter = XliffVersionOption.class,
            description = "XLIFF version of a .xlf output: 2.1 (default) or 1.2.")
    XliffVersion xliffVersion;

    /** Sixteen megabytes of text is some 8,000 pages, far beyond a document translated in one go. */
    private static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;
    private static final String MAX_INPUT_PROPERTY = "rendition.translate.maxBytes";

    /** Fewer sentences than this translate in seconds and need no progress lines. */
    private static final int QUIET_BELOW = 20;
    /** The longest a long run stays silent. */
    private static final long PROGRESS_SECONDS = 15;

    /** Beyond 16 beams translation quality stops improving; 64 leaves room without risking memory. */
    private static final int MAX_BEAMS = 64;
    /** Sentences decoded together; more only costs memory on a workstation's cores. */
    private static final int MAX_BATCH = 256;

    @Option(names = "--beams", paramLabel = "N",
            description = "Beam size; 1 is greedy search (default: the model's own setting).")
    int beams;

    @Option(names = "--precision", paramLabel = "P",
            description = "Matrix products in fp32 (exact) or bf16 (bfloat16: faster where the processor has AMX or "
                    + "AVX-512 BF16; some outputs change, docs/benchmarks.md); default: the model pack's own "
                    + "('rendition models precision').")
    String precision;

    @Option(names = "--shortlist", description = "Choose each output word among the model pack's shortlist (built with "
            + "'rendition models shortlist'): less work per word; some outputs change, docs/benchmarks.md.")
    boolean shortlist;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "16",
            description = "Sentences decoded together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    DatabaseOption database;

    @Option(names = "--marking", paramLabel = "LABEL",
            description = "Classification marking written as the first and last line of --out, and recorded in the "
                    + "history (default: the scheme's lowest, e.g. OFFICIAL).")
    String marking;

    @Option(names = "--no-memory", description = "Use the model alone: no memory, glossary or history.")
    boolean noMemory;

    @Option(names = "--json", description = "Write the translation segment by segment as JSON: source, target, the "
            + "model's confidence per segment and per word with the word alignment, QA issues, and for scanned pages "
            + "the page, box and OCR confidence.")
    boolean json;

    @Mixin
    ModelsDirectoryOption models;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Optional<Language> source = from == null ? Optional.empty() : Optional.of(Language.require(from));
        Language target = Language.require(to);
        // A scan or PDF printed (or given as JSON) goes through OCR as text; written to a file, as a document.
        boolean printedScan = in != null && ScannedDocument.reads(in) && (json || out == null);
        if (merge != null) {
            return mergeDocument();
        }
        if (attachment != null) {
            return translateAttachment(source, target);
        }
        if (in != null && Files.isDirectory(in)) {
            return translateFolder(source, target);
        }
        if (in != null && FileTranslation.isDocument(in) && !printedScan) {
            return translateDocument(source, target);
        }
        String sourceName = in == null ? "standard input" : in.getFileName().toString();
        // Scans and photographs (and PDFs, which may hold scanned pages) are read by OCR first.
        Optional<ScannedDocument> scan = in != null && ScannedDocument.reads(in)
                ? Optional.of(ScannedDocument.read(in, source)) : Optional.empty();
        String text = scan.isPresent() ? scan.get().text() : TextTranslation.readText(readInput(), sourceName);
        long started = System.nanoTime();
        TranslatedText result;
        Classification classification;
        try (UserProfile profile = noMemory ? null
                : database.open();
                TextTranslation translation = new TextTranslation(models.resolve(), profile)) {
            ClassificationScheme scheme = profile != null ? profile.classificationScheme()
                    : ClassificationScheme.load(Roles.load());
            classification = marking == null ? scheme.lowest() : scheme.parse(marking);
            result = translation.translate(sourceName, text, source, target, Optional.ofNullable(model),
                    new DecodingOptions(beams, batch, 0), CancelSignal.NEVER, progressLines());
            if (profile != null && !classification.equals(scheme.lowest())) {
                result.historyJob().ifPresent(job -> ReviewService.of(profile).classify(job, classification.label()));
            }
        }
        // A file is an export and carries its marking like every other; standard output stays bare for pipes.
        if (json) {
            List<Optional<OcrEvidence>> evidence = scan.map(read -> read.evidenceFor(result.segments())).orElse(List.of());
            writeOutput(TranslationJson.of(sourceName, result, target, evidence,
                    out == null ? Optional.empty() : Optional.of(classification.label())));
        } else if (out != null && XliffExchange.isXliff(out)) {
            XliffExchange.export(out, xliffVersion, sourceName, result.source().iso1(), target.iso1(),
                    classification.label(), result.segments().stream().map(TranslatedSegment::segment).toList());
        } else {
            writeOutput(out == null ? result.text() : marked(result.text(), classification.label()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var err = spec.commandLine().getErr();
        scan.ifPresent(read -> read.notes().forEach(err::println));
        result.notes().forEach(err::println);
        err.printf("Translated %d sentence%s from %s%s to %s with %s in %.1f s", result.sentences(),
                result.sentences() == 1 ? "" : "s", result.source().displayName(),
                result.sourceDetected() ? " (detected)" : "", target.displayName(), result.modelName(), seconds);
        long fromMemory = result.count(SegmentStatus.TM_EXACT);
        long repaired = result.count(SegmentStatus.MACHINE_REPAIRED);
        if (fromMemory > 0) {
            err.printf("; %d from translation memory", fromMemory);
        }
        if (repaired > 0) {
            err.printf("; %d repaired to keep glossary terms, names or numbers", repaired);
        }
        result.historyJob().ifPresent(job -> err.printf("; history job %s", job));
        err.println(".");
        // Fuzzy matches are offered beside the machine output, never silently used.
        for (int i = 0; i < result.segments().size(); i++) {
            TranslatedSegment segment = result.segments().get(i);
            if (segment.segment().status() != SegmentStatus.TM_EXACT && segment.aids().bestFuzzy().isPresent()) {
                var match = segment.aids().bestFuzzy().get();
                err.printf("Sentence %d has a %d%% memory match: %s%n    differences: %s%n", i + 1, match.score(),
                        match.entry().target(), match.renderedDifferences());
            }
        }
        return 0;
    }

    /** A Word file, PDF, web page or e-mail: translated sentence by sentence and written in a format of its own. */
    /**
     * Refuses absurd option values in one sentence before anything is read: a beam of 100,000
     * would try to allocate that many hypotheses per sentence, a batch of 0 translates nothing.
     */
    private void checkOptions() throws UserInputException {
        if (beams != 0 && (beams < 1 || beams > MAX_BEAMS)) {
            throw new UserInputException("--beams must be between 1 and " + MAX_BEAMS + " (1 is greedy search); "
                    + "leave it out for the model's own setting.");
        }
        if (batch < 1 || batch > MAX_BATCH) {
            throw new UserInputException("--batch must be between 1 and " + MAX_BATCH + " sentences.");
        }
        if (precision != null) {
            // Read when the model is loaded, which happens after this.
            System.setProperty(Precision.PROPERTY, PrecisionOption.parse("--precision", precision).label());
        }
        if (shortlist) {
            // Read when the model is loaded, which happens after this.
            System.setProperty(ShortlistSetting.PROPERTY, ShortlistSetting.ON.label());
        }
        if (out != null && Files.isDirectory(out) && (in == null || !Files.isDirectory(in))) {
            throw new UserInputException("--out '" + out + "' is a folder; give a file name inside it.");
        }
    }

    private int translateDocument(Optional<Language> source, Language target) throws UserInputException {
        requireOut();
        long started = System.nanoTime();
        return report(FileTranslation.translate(models.resolve(),
                noMemory ? ProfileLocation.none() : database.forDocuments(),
                in, out, source, target, Optional.ofNullable(marking), xliffVersion,
                new RunChoice(Optional.ofNullable(model), beams), progressLines()), target, in.getFileName(), started);
    }

    private int translateAttachment(Optional<Language> source, Language target) throws UserInputException {
        if (in == null || Files.isDirectory(in)) {
            throw new UserInputException("--attachment needs the e-mail it belongs to, given with --in.");
        }
        requireOut();
        long started = System.nanoTime();
        return report(FileTranslation.translateAttachment(models.resolve(),
                noMemory ? ProfileLocation.none() : database.forDocuments(), in, attachment, out, source, target,
                Optional.ofNullable(marking), xliffVersion, new RunChoice(Optional.ofNullable(model), beams),
                progressLines()), target, Path.of("attachment " + attachment + " of " + in.getFileName()), started);
    }

    private void requireOut() throws UserInputException {
        if (out == null) {
            throw new UserInputException("'" + in.getFileName() + "' is a document; give --out FILE for its "
                    + "translation (.docx keeps a Word file's layout, .txt gives plain text).");
        }
    }

    private int report(FileTranslation.Outcome outcome, Language target, Path what, long started) {
        var err = spec.commandLine().getErr();
        if (outcome.mixed()) {
            err.printf("Languages found: %s.%n", outcome.languageSummary());
        }
        outcome.notes().forEach(err::println);
        err.printf("Translated %d sentence%s of '%s' from %s%s to %s with %s in %.1f s; written as %s to %s.%n",
                outcome.sentences(), outcome.sentences() == 1 ? "" : "s", what,
                outcome.source().displayName(), outcome.sourceDetected() ? " (detected)" : "", target.displayName(),
                outcome.model(), (System.nanoTime() - started) / 1e9, outcome.exportedAs(), out);
        return 0;
    }

    /**
     * Progress on standard error for a long input: a line at each tenth of the way and at least
     * every {@link #PROGRESS_SECONDS} seconds, with the time left at the pace so far, so a run of
     * minutes is never silent; inputs of fewer than {@link #QUIET_BELOW} sentences stay quiet.
     */
    private FileTranslation.ProgressListener progressLines() {
        var err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long[] lastLine = {started};
        int[] lastTenth = {0};
        return (done, total) -> {
            if (total < QUIET_BELOW || done >= total) {
                return;
            }
            if (done <= 0) {
                err.printf("Translating %d sentences; a line follows each tenth of the way.%n", total);
                err.flush();
                return;
            }
            long now = System.nanoTime();
            int tenth = (int) ((long) done * 10 / total);
            if (tenth > lastTenth[0] || now - lastLine[0] >= PROGRESS_SECONDS * 1_000_000_000L) {
                lastTenth[0] = tenth;
                lastLine[0] = now;
                long secondsLeft = Math.round((now - started) / 1e9 * (total - done) / done);
                err.printf("Translated %d of %d sentences (%d%%), about %s left%n", done, total,
                        (int) ((long) done * 100 / total), duration(secondsLeft));
                err.flush();
            }
        };
    }

    private static String duration(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min";
        }
        return seconds / 3600 + " h " + Math.round((seconds % 3600) / 60.0) + " min";
    }

    /**
     * {@code --in FOLDER --out FOLDER}: every document, one line each as it finishes; a rerun after
     * an interruption skips what was finished.
     */
    private int translateFolder(Optional<Language> source, Language target) throws UserInputException {
        if (out == null) {
            throw new UserInputException("'" + in + "' is a folder; give --out FOLDER for the translations.");
        }
        var err = spec.commandLine().getErr();
        long started = System.nanoTime();
        FolderTranslation.Summary summary = FolderTranslation.translate(models.resolve(),
                noMemory ? ProfileLocation.none() : database.forDocuments(), in, out, source, target,
                Optional.ofNullable(marking), new RunChoice(Optional.ofNullable(model), beams),
                (number, total, file, result, detail) -> {
                    err.printf("[%d/%d] %s: %s%n", number, total, file,
                            result == FolderTranslation.Result.FAILED ? "not translated. " + detail : detail);
                    err.flush();
                });
        err.printf("%d translated, %d already done, %d not translated, in %.1f s; written to %s.%n",
                summary.translated(), summary.alreadyDone(), summary.failed(), (System.nanoTime() - started) / 1e9,
                out);
        return summary.failed() > 0 ? 1 : 0;
    }

    /** {@code --in report.docx --merge report.en.xlf --out report.en.docx}: a colleague's XLIFF back into the document. */
    private int mergeDocument() throws UserInputException {
        if (in == null || out == null) {
            throw new UserInputException("--merge needs the document the XLIFF file was made from (--in FILE) and "
                    + "where to write the translated document (--out FILE).");
        }
        FileTranslation.Merged merged = FileTranslation.mergeWithDetail(models.resolve(),
                noMemory ? ProfileLocation.none() : database.forDocuments(),
                in, merge, out, Optional.ofNullable(marking));
        FileTranslation.Outcome outcome = merged.outcome();
        // The same account of what was skipped and why as the window gives.
        int same = merged.merge().count(org.rendition.documents.XliffDocument.MergeOutcome.UNCHANGED);
        String skipped = (same == 0 ? "" : ", " + same + " already there")
                + (merged.merge().skipped() == 0 ? "" : " (" + merged.merge().skipped() + " skipped: "
                        + String.join("; ", merged.merge().skipReasons()) + ")");
        spec.commandLine().getErr().printf("Merged %d translated segment%s from '%s' into '%s'%s; written as %s to %s.%n",
                outcome.sentences(), outcome.sentences() == 1 ? "" : "s", merge.getFileName(), in.getFileName(),
                skipped, outcome.exportedAs(), out);
        return 0;
    }

    private static String marked(String text, String label) {
        String body = text.endsWith("\n") ? text : text + "\n";
        return label + "\n\n" + body + "\n" + label + "\n";
    }

    private byte[] readInput() throws IOException, UserInputException {
        if (in == null) {
            return bounded(System.in, "standard input");
        }
        try {
            if (Files.isDirectory(in)) {
                throw new UserInputException("'" + in + "' is a folder; give a text file.");
            }
            try (InputStream input = Files.newInputStream(in)) {
                return bounded(input, "'" + in.getFileName() + "'");
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException("Cannot read '" + in + "': there is no such file.");
        } catch (AccessDeniedException e) {
            throw new UserInputException("Cannot read '" + in + "': permission denied.");
        }
    }

    /**
     * Reads at most {@link #maxInputBytes()}: a device like {@code /dev/zero} or a runaway pipe
     * never ends, and its size cannot be asked beforehand, so the limit is counted while reading.
     */
    private static byte[] bounded(InputStream input, String name) throws IOException, UserInputException {
        long limit = maxInputBytes();
        byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new UserInputException(name + " is larger than the " + limit / (1024 * 1024) + " MB of text "
                    + "translate reads at once. Split it, or raise the limit with -D" + MAX_INPUT_PROPERTY + "=BYTES.");
        }
        return bytes;
    }

    private static long maxInputBytes() {
        return Long.getLong(MAX_INPUT_PROPERTY, DEFAULT_MAX_INPUT_BYTES);
    }

    private void writeOutput(String text) throws IOException, UserInputException {
        if (out == null) {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(text.endsWith("\n") ? text : text + "\n");
            writer.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new UserInputException("Cannot write '" + out + "': its folder does not exist.");
        }
        // Written beside the target and renamed, so a failure never leaves half a translation.
        Path temporary = Files.createTempFile(target.getParent(), ".rendition-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
