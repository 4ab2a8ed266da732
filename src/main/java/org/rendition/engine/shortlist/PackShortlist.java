package org.rendition.engine.shortlist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.rendition.arch.ValueType;
import org.rendition.engine.model.ModelConfig;
import org.rendition.engine.pack.ModelPack;
import org.rendition.engine.tokenize.SubwordTokenizer;
import org.rendition.text.Language;

/** Builds and stores the shortlist of an installed pack from a parallel text. */
public final class PackShortlist {
    private PackShortlist() {
    }

    /**
     * What was built.
     *
     * @param sentencePairs line pairs counted
     * @param skipped line pairs left out (blank or overlong)
     * @param sourceWords source tokens that got candidates
     * @param file where the table was written
     */
    @ValueType
    public record Built(int sentencePairs, int skipped, int sourceWords, Path file) {
    }

    /**
     * Tokenizes the parallel text with the pack's own tokenizer, counts it and writes
     * {@value ShortlistFile#FILE_NAME} into the pack folder (replacing an earlier one).
     */
    public static Built build(ModelPack pack, Language from, Language to, Path sourceFile, Path targetFile,
            ShortlistBuilder.Limits limits, Duration budget) throws ShortlistException {
        ModelConfig config;
        try {
            config = ModelConfig.read(pack.folder().resolve("config.json"));
        } catch (IOException e) {
            throw new ShortlistException("Model pack '" + pack.name() + "' has no readable config.json: re-import it.");
        }
        try (SubwordTokenizer tokenizer = SubwordTokenizer.load(pack.folder(), config.architecture())) {
            ShortlistBuilder builder = new ShortlistBuilder(config.vocabSize(), limits);
            ParallelText.Reading reading = new ParallelText(tokenizer, from, to, budget)
                    .countInto(builder, sourceFile, targetFile);
            Shortlist shortlist = builder.build(String.format("%,d sentence pairs of %s / %s, %d candidates per "
                    + "source word, %d most frequent target words", reading.counted(), sourceFile.getFileName(),
                    targetFile.getFileName(), limits.perWord(), limits.frequent()));
            ShortlistFile.write(shortlist, pack.folder());
            return new Built(reading.counted(), reading.skipped(), shortlist.sourceWords(),
                    ShortlistFile.in(pack.folder()));
        } catch (ShortlistException e) {
            throw e;
        } catch (IOException e) {
            throw new ShortlistException("The shortlist could not be written into " + pack.folder() + " ("
                    + e.getMessage() + ").");
        }
    }
}
