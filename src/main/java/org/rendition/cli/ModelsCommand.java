package org.rendition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelManifest;
import org.rendition.engine.shortlist.PackShortlist;
import org.rendition.text.Language;
import org.rendition.workflow.packs.InstalledPack;
import org.rendition.workflow.packs.ModelPacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition models import|list|verify|precision|shortlist}: the administrator's model pack commands. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Manage model packs.",
        subcommands = {ModelsCommand.Import.class, ModelsCommand.ListPacks.class, ModelsCommand.Verify.class,
            ModelsCommand.SetPrecision.class, ModelsCommand.BuildShortlist.class})
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a HuggingFace checkpoint folder (config.json, model.safetensors, tokenizer files) "
                    + "as a model pack, writing a manifest with the SHA-256 of every file.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FOLDER", description = "The checkpoint folder, e.g. on removable media.")
        Path folder;

        @Option(names = "--name", description = "Pack name (default: the folder's name).")
        String name;

        @Option(names = "--license", description = "Licence to record (default: the model card's, if any).")
        String license;

        @Option(names = "--source-lang", paramLabel = "LANG", description = "Source language of a one-pair model.")
        String sourceLanguage;

        @Option(names = "--target-lang", paramLabel = "LANG", description = "Target language of a one-pair model.")
        String targetLanguage;

        @Option(names = "--replace", description = "Replace an installed pack of the same name.")
        boolean replace;

        @Option(names = "--precision", paramLabel = "P", description = "Precision its products run at unless a run "
                + "chooses another: fp32 (exact, the default) or bf16 (faster where the processor has bfloat16 "
                + "products; outputs may differ where two words score almost alike).")
        String precision;

        @Mixin
        ModelsDirectoryOption models;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() throws Exception {
            // Model packs are the administrators'.
            database.requireAdministrator("import a model pack");
            ModelPacks packs = new ModelPacks(models.resolve());
            ImportRequest request = new ImportRequest(name, license,
                    sourceLanguage == null ? null : Language.require(sourceLanguage),
                    targetLanguage == null ? null : Language.require(targetLanguage), replace,
                    precision == null ? null : PrecisionOption.parse("--precision", precision));
            InstalledPack pack = packs.importFolder(folder, request);
            ModelManifest manifest = pack.manifest().orElseThrow();
            spec.commandLine().getOut().printf("Imported '%s' (%s, %s, %s) into %s: %d files verified.%n",
                    manifest.name(), manifest.architecture(), languages(manifest),
                    manifest.declaredPrecision().label(), pack.folder(), manifest.files().size());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List installed model packs.")
    static final class ListPacks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ModelsDirectoryOption models;

        @Override
        public Integer call() throws Exception {
            ModelPacks packs = new ModelPacks(models.resolve());
            List<InstalledPack> listings = packs.list();
            PrintWriter out = spec.commandLine().getOut();
            if (listings.isEmpty()) {
                out.println("No model packs in " + packs.directory() + ". Import one with 'rendition models import "
                        + "<folder>'.");
                return 0;
            }
            out.printf("%-24s %-8s %-32s %-9s %s%n", "NAME", "TYPE", "LANGUAGES", "PRECISION", "LICENCE");
            for (InstalledPack listing : listings) {
                if (listing.manifest().isPresent()) {
                    ModelManifest m = listing.manifest().get();
                    out.printf("%-24s %-8s %-32s %-9s %s%n", m.name(), m.architecture(), languages(m),
                            m.declaredPrecision().label(), m.license());
                } else {
                    out.printf("%-24s %s%n", listing.folderName(), listing.problem().orElse("damaged"));
                }
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every file of the named packs (default: all) against its manifest.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "0..*", description = "Packs to verify.")
        List<String> names = new ArrayList<>();

        @Mixin
        ModelsDirectoryOption models;

        @Override
        public Integer call() throws Exception {
            ModelPacks packs = new ModelPacks(models.resolve());
            List<ModelPacks.VerifyResult> results = packs.verify(names);
            if (results.isEmpty()) {
                spec.commandLine().getOut().println("No model packs in " + packs.directory() + " to verify.");
                return 0;
            }
            boolean allIntact = true;
            for (ModelPacks.VerifyResult result : results) {
                if (result.intact()) {
                    spec.commandLine().getOut().println(result.name() + ": " + result.detail());
                } else {
                    spec.commandLine().getErr().println(result.detail());
                    allIntact = false;
                }
            }
            return allIntact ? 0 : PlainErrorHandler.USER_ERROR;
        }
    }

    @Command(name = "shortlist", mixinStandardHelpOptions = true,
            description = "Build a pack's vocabulary shortlist from a parallel text (line N of the target file "
                    + "translates line N of the source file) and store it in the pack folder; 'translate --shortlist' "
                    + "then chooses each output word among it.")
    static final class BuildShortlist implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The installed pack.")
        String name;

        @Option(names = "--source", required = true, paramLabel = "FILE",
                description = "Source sentences, one per line (UTF-8).")
        Path sourceFile;

        @Option(names = "--target", required = true, paramLabel = "FILE",
                description = "Their translations, one per line (UTF-8).")
        Path targetFile;

        @Option(names = "--from", paramLabel = "LANG", description = "Source language (default: the pack's only one).")
        String from;

        @Option(names = "--to", paramLabel = "LANG", description = "Target language (default: the pack's only one).")
        String to;

        @Option(names = "--per-word", defaultValue = "50", paramLabel = "N",
                description = "Candidates kept per source word (default: ${DEFAULT-VALUE}).")
        int perWord;

        @Option(names = "--frequent", defaultValue = "1000", paramLabel = "K",
                description = "Most frequent target words always kept (default: ${DEFAULT-VALUE}).")
        int frequent;

        @Mixin
        ModelsDirectoryOption models;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() throws Exception {
            database.requireAdministrator("build a model pack's shortlist");
            PackShortlist.Built built = new ModelPacks(models.resolve()).buildShortlist(name,
                    from == null ? null : Language.require(from), to == null ? null : Language.require(to),
                    sourceFile, targetFile, perWord, frequent);
            spec.commandLine().getOut().printf("Shortlist of '%s' built from %,d sentence pairs (%,d skipped): "
                    + "%,d source words with up to %d candidates each, %d frequent words; written to %s.%n", name,
                    built.sentencePairs(), built.skipped(), built.sourceWords(), perWord, frequent, built.file());
            return 0;
        }
    }

    @Command(name = "precision", mixinStandardHelpOptions = true,
            description = "Set the precision an installed pack's products run at unless a run chooses another "
                    + "('translate --precision', -Drendition.precision): fp32, exact, reproduces the reference "
                    + "outputs; bf16, bfloat16 products, faster where the processor has them (AMX or AVX-512 BF16), "
                    + "outputs may differ where two words score almost alike (docs/benchmarks.md).")
    static final class SetPrecision implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The installed pack.")
        String name;

        @Parameters(index = "1", paramLabel = "P", description = "fp32 or bf16.")
        String precision;

        @Mixin
        ModelsDirectoryOption models;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() throws Exception {
            database.requireAdministrator("change a model pack's precision");
            InstalledPack pack = new ModelPacks(models.resolve()).declarePrecision(name,
                    PrecisionOption.parse("P", precision));
            spec.commandLine().getOut().printf("'%s' now runs at %s unless a run chooses another.%n", name,
                    pack.manifest().orElseThrow().declaredPrecision().label());
            return 0;
        }
    }

    static String languages(ModelManifest manifest) {
        if (manifest.sourceLanguages().size() > 4) {
            return manifest.sourceLanguages().size() + " languages, any to any";
        }
        return String.join(",", manifest.sourceLanguages()) + " -> " + String.join(",", manifest.targetLanguages());
    }
}
