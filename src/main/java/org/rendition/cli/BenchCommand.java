package org.rendition.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.engine.pack.ModelPack;
import org.rendition.text.Language;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.bench.DecodingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rendition bench}: prints measured decoding speed and memory for one installed pack. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model load time, sentences/s and tokens/s (greedy and beam 4, batch 1 and 16) "
                + "and peak memory on this machine.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "NAME", description = "Installed pack to measure.")
    String model;

    @Option(names = {"-f", "--from"}, required = true, paramLabel = "LANG", description = "Source language.")
    String from;

    @Option(names = {"-t", "--to"}, defaultValue = "en", paramLabel = "LANG", description = "Target language.")
    String to;

    @Option(names = "--sentences", required = true, paramLabel = "FILE",
            description = "One sentence per line, e.g. ../shared/testsets/tatoeba-rus-eng.rus.")
    Path sentences;

    @Option(names = "--count", defaultValue = "64", description = "Sentences per configuration (default: ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    ModelsDirectoryOption models;

    @Override
    public Integer call() throws Exception {
        ModelPack pack = new ModelLibrary(models.resolve()).find(model)
                .orElseThrow(() -> new WorkflowException("No model pack named '" + model + "' is installed."));
        LanguagePair pair = new LanguagePair(Language.require(from), Language.require(to));
        List<String> inputs = DecodingBenchmark.readSentences(sentences, count);
        var out = spec.commandLine().getOut();
        out.printf("Rendition decoding benchmark: pack %s, %s, %d sentences from %s, %d cores%n", pack.name(), pair,
                inputs.size(), sentences.getFileName(), Runtime.getRuntime().availableProcessors());
        new DecodingBenchmark(pack, pair, inputs).run(figure -> {
            out.printf("  %-42s %10.2f %s%n", figure.name(), figure.value(), figure.unit());
            out.flush();
        });
        return 0;
    }
}
