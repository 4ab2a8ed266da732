package org.rendition.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rendition.workflow.packs.SelfCheck;
import org.rendition.workflow.profile.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rendition doctor}: the post-install self-check, one line per check and a verdict. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the runtime, the native library, every model pack, the profile database and fonts.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Profile database to check (default as for translate).")
    Path database;

    @Mixin
    ModelsDirectoryOption models;

    @Override
    public Integer call() {
        List<SelfCheck.Result> results = new SelfCheck(models.resolve(),
                database != null ? database : DatabaseLocation.defaultPath()).run();
        var out = spec.commandLine().getOut();
        long failed = 0;
        for (SelfCheck.Result result : results) {
            out.printf("[%s] %-28s %s%n", result.passed() ? " ok " : "FAIL", result.name(), result.detail());
            failed += result.passed() ? 0 : 1;
        }
        out.println(failed == 0 ? "Verdict: Rendition is ready to use."
                : "Verdict: " + failed + " check" + (failed == 1 ? "" : "s") + " failed; see above.");
        return failed == 0 ? 0 : PlainErrorHandler.USER_ERROR;
    }
}
