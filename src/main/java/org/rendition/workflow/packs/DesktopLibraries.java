package org.rendition.workflow.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The system libraries JavaFX's window needs on Linux, found the way the dynamic linker finds
 * them: a fresh Debian without a desktop lacks GTK 3, and JavaFX then fails as if there were no
 * display. {@code doctor} and the window's start both ask here, so they name the same packages
 * that {@code installer/lib/ensure-tools.sh} installs.
 */
public final class DesktopLibraries {
    /**
     * Each library JavaFX 21's Linux natives load (readelf -d of libglassgtk3, libprism_es2 and
     * libjavafx_font_*), with the Debian package that brings it.
     */
    private static final Map<String, String> NEEDED = new LinkedHashMap<>();

    static {
        NEEDED.put("libgtk-3.so.0", "libgtk-3-0");
        NEEDED.put("libXtst.so.6", "libxtst6");
        NEEDED.put("libGL.so.1", "libgl1");
        NEEDED.put("libXxf86vm.so.1", "libxxf86vm1");
        NEEDED.put("libfreetype.so.6", "libfreetype6");
        NEEDED.put("libfontconfig.so.1", "libfontconfig1");
        NEEDED.put("libpangoft2-1.0.so.0", "libpango-1.0-0");
    }

    private static final List<String> DEFAULT_DIRECTORIES = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64",
            "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/usr/local/lib");

    private final List<Path> directories;

    private DesktopLibraries(List<Path> directories) {
        this.directories = directories;
    }

    /** The libraries as this machine's dynamic linker would look for them. */
    public static DesktopLibraries ofThisMachine() {
        Set<Path> dirs = new LinkedHashSet<>();
        String extra = System.getenv("LD_LIBRARY_PATH");
        if (extra != null) {
            for (String dir : extra.split(":")) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        dirs.addAll(configuredDirectories(Path.of("/etc/ld.so.conf.d")));
        DEFAULT_DIRECTORIES.forEach(dir -> dirs.add(Path.of(dir)));
        return new DesktopLibraries(List.copyOf(dirs));
    }

    /** Libraries looked for in {@code directories} only (tests). */
    static DesktopLibraries in(List<Path> directories) {
        return new DesktopLibraries(List.copyOf(directories));
    }

    /** Whether this system is one where JavaFX loads these libraries (Linux); elsewhere it brings its own. */
    public static boolean needed() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    /** The Debian packages whose libraries are missing, in a stable order; empty when all are found. */
    public List<String> missingPackages() {
        List<String> missing = new ArrayList<>();
        NEEDED.forEach((library, pack) -> {
            if (directories.stream().noneMatch(dir -> Files.exists(dir.resolve(library))) && !missing.contains(pack)) {
                missing.add(pack);
            }
        });
        return missing;
    }

    /** The one sentence that says what to install, or empty when nothing is missing. */
    public String advice() {
        List<String> missing = missingPackages();
        return missing.isEmpty() ? "" : "The window needs the desktop libraries of " + String.join(", ", missing)
                + ", which are not installed; run 'bash installer/setup-and-run.sh' from the source folder, or "
                + "'sudo apt-get install " + String.join(" ", missing) + "'.";
    }

    private static List<Path> configuredDirectories(Path confDir) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(confDir)) {
            for (Path conf : files.filter(f -> f.toString().endsWith(".conf")).sorted().toList()) {
                for (String line : Files.readAllLines(conf)) {
                    String dir = line.strip();
                    if (dir.startsWith("/")) {
                        found.add(Path.of(dir));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // No configuration (not Debian, or unreadable): the default directories still count.
        }
        return found;
    }
}
