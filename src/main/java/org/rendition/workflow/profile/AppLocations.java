package org.rendition.workflow.profile;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Rendition keeps its model packs. An explicit setting wins ({@code RENDITION_MODELS} or
 * {@code -Drendition.models}); otherwise the {@code models} folder of the installation: the folder
 * the packaged launcher names with {@code -Drendition.home} (the app image's {@code lib/app}), else
 * the one beside the folder holding {@code rendition.jar} ({@code target/../models} in a source
 * checkout).
 */
public final class AppLocations {
    private AppLocations() {
    }

    public static Path modelsDirectory() {
        String configured = System.getProperty("rendition.models", System.getenv("RENDITION_MODELS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return installationHome().resolve("models");
    }

    static Path installationHome() {
        // Set by the installer's launcher: there rendition.jar sits in lib/app, beside models/.
        String home = System.getProperty("rendition.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(AppLocations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.getParent() != null && code.getParent().getParent() != null) {
                return code.getParent().getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
