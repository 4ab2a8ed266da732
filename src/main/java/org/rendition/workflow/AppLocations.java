package org.rendition.workflow;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Rendition keeps its model packs. An explicit setting wins ({@code RENDITION_MODELS} or
 * {@code -Drendition.models}); otherwise the {@code models} folder of the installation, i.e. beside
 * the folder holding {@code rendition.jar} ({@code target/../models} in a source checkout).
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
