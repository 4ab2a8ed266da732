package org.rendition.engine.shortlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.rendition.engine.tokenize.Piece;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.Language;

/**
 * Reads a parallel text an analyst or administrator has — a source file and a target file, line N
 * of one translating line N of the other — into a {@link ShortlistBuilder}, within budgets on size
 * and time. Every problem is one sentence that names the file.
 */
public final class ParallelText {
    /** Larger files are refused: a shortlist needs tens of thousands of lines, not millions. */
    public static final long MOST_FILE_BYTES = 512L << 20;
    public static final int MOST_SENTENCE_PAIRS = 1_000_000;
    /** Longer lines are skipped: not sentences, and slow to tokenize. */
    static final int LONGEST_LINE = 2_000;

    private final SubwordTokenizer tokenizer;
    private final Language from;
    private final Language to;
    private final Duration budget;

    public ParallelText(SubwordTokenizer tokenizer, Language from, Language to, Duration budget) {
        this.tokenizer = tokenizer;
        this.from = from;
        this.to = to;
        this.budget = budget;
    }

    /** What was read: pairs counted and lines skipped (blank or overlong on either side). */
    public record Reading(int counted, int skipped) {
    }

    /** Tokenizes every line pair of the two files and counts it into {@code builder}. */
    public Reading countInto(ShortlistBuilder builder, Path sourceFile, Path targetFile) throws ShortlistException {
        checkFile(sourceFile);
        checkFile(targetFile);
        long deadline = System.nanoTime() + budget.toNanos();
        int line = 0;
        int skipped = 0;
        try (BufferedReader sources = reader(sourceFile); BufferedReader targets = reader(targetFile)) {
            while (true) {
                String source = read(sources, sourceFile);
                String target = read(targets, targetFile);
                if (source == null || target == null) {
                    if (source != null || target != null) {
                        throw new ShortlistException(String.format("%s and %s do not have the same number of lines "
                                + "(one ends at line %,d): give one translation per line.", sourceFile.getFileName(),
                                targetFile.getFileName(), line + 1));
                    }
                    break;
                }
                line++;
                if (line > MOST_SENTENCE_PAIRS) {
                    throw new ShortlistException(String.format("The parallel text has more than %,d lines: give "
                            + "fewer (tens of thousands are enough for a shortlist).", MOST_SENTENCE_PAIRS));
                }
                if (source.isBlank() || target.isBlank() || source.length() > LONGEST_LINE
                        || target.length() > LONGEST_LINE) {
                    skipped++;
                    continue;
                }
                builder.add(ids(tokenizer.sourcePieces(source, from).stream()),
                        ids(tokenizer.targetPieces(target, to).stream()));
                if (System.nanoTime() > deadline) {
                    throw new ShortlistException(String.format("Building the shortlist took longer than %d minutes "
                            + "(stopped at line %,d): give fewer lines.", budget.toMinutes(), line));
                }
            }
        } catch (ShortlistException e) {
            throw e;
        } catch (IOException e) {
            throw new ShortlistException("The parallel text could not be read (" + e.getMessage() + ").");
        } catch (OutOfMemoryError e) {
            throw new ShortlistException("The parallel text does not fit in memory (a line of a binary file, or too "
                    + "many lines): give a text file with one sentence per line, and fewer lines.");
        }
        if (builder.sentencePairs() == 0) {
            throw new ShortlistException(sourceFile.getFileName() + " and " + targetFile.getFileName()
                    + " hold no sentence pairs: give one sentence per line in each.");
        }
        return new Reading(builder.sentencePairs(), skipped);
    }

    private static int[] ids(java.util.stream.Stream<Piece> pieces) {
        return pieces.mapToInt(Piece::id).toArray();
    }

    private static void checkFile(Path file) throws ShortlistException {
        if (!Files.isRegularFile(file)) {
            throw new ShortlistException(file + " is not a file: give a text file with one sentence per line.");
        }
        try {
            if (Files.size(file) > MOST_FILE_BYTES) {
                throw new ShortlistException(String.format("%s is larger than %,d MB: give fewer lines.",
                        file.getFileName(), MOST_FILE_BYTES >> 20));
            }
        } catch (IOException e) {
            throw new ShortlistException(file + " cannot be read.");
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        // Strict decoding: a binary or wrongly encoded file is refused instead of counted as noise.
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static String read(BufferedReader reader, Path file) throws ShortlistException, IOException {
        try {
            String line = reader.readLine();
            if (line != null && line.indexOf('\0') >= 0) {
                throw new ShortlistException(file.getFileName() + " is not plain text (it holds NUL bytes): give a "
                        + "UTF-8 text file with one sentence per line.");
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new ShortlistException(file.getFileName() + " is not UTF-8 text: give a UTF-8 text file with one "
                    + "sentence per line.");
        }
    }
}
