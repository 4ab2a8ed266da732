package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.text.Language;

/**
 * Every reader and writer against documents made by other people's tools
 * ({@code ../shared/corpora/documents}): each file is either read or refused with a
 * {@link DocumentException}; nothing else escapes, nothing hangs, and a Word file or web page
 * written back with its own text reads again as the same text with the same inline tags. Prints a
 * table per format.
 */
class CorpusConformanceTest {
    private static final Path CORPUS = Path.of("../shared/corpora/documents");

    /** Far above what any corpus file needs on a slow 2-core machine; a reader past it hangs. */
    private static final long SECONDS_PER_FILE = 60;

    /** The share of readable Word files and web pages, together, that must come back with identical text. */
    private static final double MIN_IDENTICAL_SHARE = 0.98;

    @TempDir
    Path folder;

    private enum Outcome { READ, CLEAR_ERROR, UNCAUGHT, HANG }

    private record Result(String format, Path file, Outcome outcome, String detail, Optional<Boolean> identical) {
    }

    @Test
    void everyCorpusFileIsReadOrClearlyRefusedAndWordAndWebPagesRoundTrip() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), () -> {
            String reason = "Skipped: " + CORPUS.toAbsolutePath().normalize() + " is missing (the shared corpora "
                + "are not beside this checkout).";
            System.err.println(reason);
            return reason;
        });
        List<Result> results = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor(daemon());
        try {
            for (Path file : corpusFiles()) {
                results.add(check(executor, file));
                if (results.get(results.size() - 1).outcome() == Outcome.HANG) {
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor(daemon());
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.err.println(table(results));
        List<String> failures = new ArrayList<>();
        for (Result result : results) {
            if (result.outcome() == Outcome.UNCAUGHT || result.outcome() == Outcome.HANG) {
                failures.add(result.file().getFileName() + ": " + result.outcome() + " " + result.detail());
            }
        }
        assertTrue(failures.isEmpty(), "Readers let these through:\n" + String.join("\n", failures));
        // The measure: Word files and web pages together (a fuzzed page jsoup cannot write
        // so that it parses the same way again counts against it, as it should).
        long readable = results.stream().filter(r -> r.identical().isPresent()).count();
        long identical = results.stream().filter(r -> r.identical().orElse(false)).count();
        assertTrue(readable == 0 || identical >= MIN_IDENTICAL_SHARE * readable,
            "Only " + identical + " of " + readable + " readable Word files and web pages round-trip identical");
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                .sorted().toList();
        }
    }

    private Result check(ExecutorService executor, Path file) throws InterruptedException {
        String format = file.getParent().getFileName().toString();
        Future<Result> future = executor.submit(() -> readAndRoundTrip(format, file));
        try {
            return future.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Result(format, file, Outcome.HANG, "no answer in " + SECONDS_PER_FILE + " s", Optional.empty());
        } catch (java.util.concurrent.ExecutionException e) {
            return new Result(format, file, Outcome.UNCAUGHT, String.valueOf(e.getCause()), Optional.empty());
        }
    }

    private Result readAndRoundTrip(String format, Path file) {
        SourceDocument document;
        try {
            document = DocumentReaders.read(file);
        } catch (DocumentException e) {
            return new Result(format, file, Outcome.CLEAR_ERROR, e.getMessage(), Optional.empty());
        }
        Optional<DocumentWriter> writer = switch (document.format()) {
            case DOCX -> Optional.of(new DocxWriter());
            case HTML -> Optional.of(new HtmlWriter());
            default -> Optional.empty();
        };
        if (writer.isEmpty()) {
            return new Result(format, file, Outcome.READ, "", Optional.empty());
        }
        try {
            Path copy = folder.resolve("copy-" + file.getFileName());
            writer.get().write(sameText(document), Marking.NONE, copy);
            SourceDocument again = DocumentReaders.read(copy);
            // Same text and same inline formatting: the blocks are equal as values, tags included.
            boolean identical = texts(document).equals(texts(again))
                && document.blocks().stream().map(DocumentBlock::tags).toList()
                    .equals(again.blocks().stream().map(DocumentBlock::tags).toList());
            return new Result(format, file, Outcome.READ, identical ? "" : firstDifference(document, again),
                Optional.of(identical));
        } catch (DocumentException e) {
            return new Result(format, file, Outcome.READ, "write-back refused: " + e.getMessage(), Optional.of(false));
        }
    }

    /** A "translation" that is the source itself, block by block, so the copy must read the same. */
    private static TranslatedDocument sameText(SourceDocument document) {
        List<Segment> segments = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < document.blocks().size(); i++) {
            segments.add(Segment.untranslated(i, i, document.blocks().get(i).text()));
            targets.add(document.blocks().get(i).text());
        }
        return new TranslatedDocument(document, Language.RUSSIAN, Language.ENGLISH, segments, targets);
    }

    private static List<String> texts(SourceDocument document) {
        return document.blocks().stream().map(DocumentBlock::text).toList();
    }

    private static String firstDifference(SourceDocument before, SourceDocument after) {
        List<String> a = texts(before);
        List<String> b = texts(after);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "block " + i + ": '" + shorten(a.get(i)) + "' became '" + shorten(b.get(i)) + "'";
            }
        }
        return a.size() + " blocks became " + b.size();
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String table(List<Result> results) {
        Map<String, int[]> counts = new TreeMap<>();
        StringBuilder details = new StringBuilder();
        for (Result result : results) {
            int[] row = counts.computeIfAbsent(result.format(), f -> new int[6]);
            row[0]++;
            row[1 + result.outcome().ordinal()]++;
            if (result.identical().isPresent()) {
                row[5] += result.identical().get() ? 1 : 0;
            }
            if (result.outcome() != Outcome.READ || result.identical().map(same -> !same).orElse(false)) {
                details.append(String.format(Locale.ROOT, "  %-6s %-9s %s: %s%n", result.format(),
                    result.outcome(), result.file().getFileName(), shorten(String.valueOf(result.detail()))));
            }
        }
        StringBuilder table = new StringBuilder("\nCorpus conformance (" + CORPUS + ")\n");
        table.append(String.format(Locale.ROOT, "%-6s %6s %6s %12s %9s %5s %22s%n", "format", "files", "read",
            "clear error", "uncaught", "hang", "round-trip identical"));
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] row = entry.getValue();
            String identical = entry.getKey().equals("docx") || entry.getKey().equals("html")
                ? row[5] + " of " + row[1] : "n/a";
            table.append(String.format(Locale.ROOT, "%-6s %6d %6d %12d %9d %5d %22s%n", entry.getKey(), row[0],
                row[1], row[2], row[3], row[4], identical));
        }
        return table.append("Refused, failed or changed:\n").append(details).toString();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "corpus-conformance");
            thread.setDaemon(true);
            return thread;
        };
    }
}
