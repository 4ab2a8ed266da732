package org.rendition.workflow;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rendition.engine.NativeRuntime;

/**
 * The post-install self-check ({@code rendition doctor}): everything Rendition needs on this
 * machine, one result per check, each with what to do when it fails.
 */
public final class SelfCheck {
    private final Path modelsDirectory;
    private final Path database;

    public SelfCheck(Path modelsDirectory, Path database) {
        this.modelsDirectory = modelsDirectory;
        this.database = database;
    }

    /**
     * One check's outcome.
     *
     * @param name what was checked
     * @param passed whether it passed
     * @param detail what was found, or what to do
     */
    public record Result(String name, boolean passed, String detail) {
    }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        results.add(runtime());
        results.add(nativeLibrary());
        results.addAll(modelPacks());
        results.add(profileDatabase());
        results.add(font("Arabic script", "\u0628\u0633\u0645"));
        results.add(font("Chinese script", "\u4E2D\u6587"));
        results.add(font("Cyrillic script", "\u0416\u044F"));
        return results;
    }

    private static Result runtime() {
        int feature = Runtime.version().feature();
        return new Result("Java runtime", feature >= 17, "Java " + Runtime.version()
                + (feature >= 17 ? "" : "; Rendition needs Java 17 or later."));
    }

    private static Result nativeLibrary() {
        try {
            return new Result("Native library", true, NativeRuntime.check());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return new Result("Native library", false, "PyTorch could not be loaded (" + e.getMessage()
                    + "); reinstall Rendition.");
        }
    }

    private List<Result> modelPacks() {
        List<ModelPacks.VerifyResult> verified;
        try {
            verified = new ModelPacks(modelsDirectory).verify(List.of());
        } catch (RuntimeException e) {
            return List.of(new Result("Model packs", false, e.getMessage()));
        }
        if (verified.isEmpty()) {
            return List.of(new Result("Model packs", false, "No model packs in " + modelsDirectory
                    + "; import one with 'rendition models import <folder>'."));
        }
        return verified.stream().map(v -> new Result("Model pack " + v.name(), v.intact(), v.detail())).toList();
    }

    private Result profileDatabase() {
        try (UserProfile profile = UserProfile.open(database)) {
            String integrity = profile.integrityCheck();
            if (!integrity.equals("ok")) {
                return new Result("Profile database", false, database + " is damaged (" + integrity
                        + "); restore it from a backup.");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(database);
            boolean shared = permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
            return new Result("Profile database", !shared, database + ", schema version "
                    + profile.schemaVersion() + (shared ? "; other users can write it: run 'chmod 600 "
                    + database + "'." : ", writable, integrity ok"));
        } catch (RuntimeException | IOException e) {
            return new Result("Profile database", false, e.getMessage());
        }
    }

    private static Result font(String script, String sample) {
        try {
            for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
                if (font.canDisplayUpTo(sample) == -1) {
                    return new Result("Font for " + script, true, font.getFontName());
                }
            }
        } catch (RuntimeException | Error e) {
            return new Result("Font for " + script, false, "fonts could not be listed: " + e.getMessage());
        }
        return new Result("Font for " + script, false, "no installed font shows " + script
                + "; install fonts-noto-core (Arabic, Cyrillic) and fonts-noto-cjk (Chinese).");
    }
}
