package org.rendition.workflow.packs;

import org.rendition.workflow.packs.ModelPacks;
import org.rendition.workflow.profile.UserProfile;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rendition.documents.ocr.OcrException;
import org.rendition.documents.ocr.OcrInstallation;
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
        results.add(windowLibraries());
        results.add(nativeLibrary());
        results.addAll(modelPacks());
        results.add(profileDatabase());
        results.add(font("Arabic script", "\u0628\u0633\u0645", "fonts-noto-core or fonts-dejavu-core"));
        results.add(font("Chinese script", "\u4E2D\u6587", "fonts-noto-cjk or fonts-wqy-zenhei"));
        results.add(font("Cyrillic script", "\u0416\u044F", "fonts-noto-core or fonts-dejavu-core"));
        results.add(ocr("OCR engine", OcrInstallation::checkEngine));
        results.add(ocr("OCR language data", OcrInstallation::checkLanguageData));
        return results;
    }

    /** One of {@link OcrInstallation}'s checks, which throw with what to install. */
    private interface OcrCheck {
        String run() throws OcrException;
    }

    private static Result ocr(String name, OcrCheck check) {
        try {
            return new Result(name, true, check.run());
        } catch (OcrException e) {
            return new Result(name, false, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return new Result(name, false, "OCR could not be started (" + e.getMessage() + "); reinstall Rendition.");
        }
    }

    private static Result runtime() {
        int feature = Runtime.version().feature();
        String javaFx = javaFxVersion();
        boolean passed = feature >= 17 && javaFx != null;
        return new Result("Java runtime", passed, "Java " + Runtime.version() + " in " + System.getProperty("java.home")
                + (javaFx != null ? ", JavaFX " + javaFx : ", JavaFX missing: the window cannot open; reinstall Rendition.")
                + (feature >= 17 ? "" : "; Rendition needs Java 17 or later."));
    }

    /** JavaFX's version without starting it (the workflow layer must not depend on JavaFX). */
    private static String javaFxVersion() {
        try {
            return (String) Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion").invoke(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** The window's system libraries (GTK 3 and the rest), which a server install of Debian lacks. */
    private static Result windowLibraries() {
        if (!DesktopLibraries.needed()) {
            return new Result("Window libraries", true, "provided with JavaFX on this system");
        }
        String advice = DesktopLibraries.ofThisMachine().advice();
        return new Result("Window libraries", advice.isEmpty(), advice.isEmpty()
                ? "GTK 3, OpenGL, FreeType, Fontconfig and Pango found" : advice);
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
            if (!Files.isWritable(database)) {
                return new Result("Profile database", false, database + " is read-only; run 'chmod 600 " + database + "'.");
            }
            // The profile holds translated documents: other users must not even read it.
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(database);
            boolean shared = permissions.stream().anyMatch(p -> !p.name().startsWith("OWNER_"));
            return new Result("Profile database", !shared, database + ", schema version "
                    + profile.schemaVersion() + (shared ? "; other users can open it ("
                    + PosixFilePermissions.toString(permissions) + "): run 'chmod 600 " + database + "'."
                    : ", writable, owner only (" + PosixFilePermissions.toString(permissions) + "), integrity ok"));
        } catch (RuntimeException | IOException e) {
            return new Result("Profile database", false, e.getMessage());
        }
    }

    /** Java's logical fonts borrow glyphs from real ones; name the real font that has the script. */
    private static final Set<String> LOGICAL_FONTS = Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced");

    private static Result font(String script, String sample, String packages) {
        try {
            for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
                if (!LOGICAL_FONTS.contains(font.getFamily(java.util.Locale.ROOT)) && font.canDisplayUpTo(sample) == -1) {
                    return new Result("Font for " + script, true, font.getFontName());
                }
            }
        } catch (RuntimeException | Error e) {
            return new Result("Font for " + script, false, "fonts could not be listed: " + e.getMessage());
        }
        return new Result("Font for " + script, false, "no installed font shows " + script
                + "; install the Debian package " + packages + ".");
    }
}
