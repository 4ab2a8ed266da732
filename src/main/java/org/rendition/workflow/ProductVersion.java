package org.rendition.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Rendition's version, as the Maven build wrote it into {@code org/rendition/version.properties}
 * (a filtered resource), so About, {@code --version} and {@code doctor} never disagree with the
 * pom. Read from the class path rather than the jar manifest: tests and {@code javafx:run} run
 * from {@code target/classes}, where there is no manifest.
 */
public final class ProductVersion {
    private static final String UNKNOWN = "unknown (built outside Maven)";

    private ProductVersion() {
    }

    /** The version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = ProductVersion.class.getResourceAsStream("/org/rendition/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // An unfiltered copy (an IDE build that skipped Maven's resource step) still says ${...}.
            return version.isBlank() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
