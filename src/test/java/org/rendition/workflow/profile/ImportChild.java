package org.rendition.workflow.profile;

import org.rendition.workflow.profile.UserProfile;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KilledImportTest}: imports a TMX file and reports each committed
 * batch on stdout, pausing after each so the parent can kill it mid-import.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (UserProfile profile = UserProfile.open(Path.of(args[0]))) {
            profile.memory().importTmx(Path.of(args[1]), committed -> {
                System.out.println("committed " + committed);
                System.out.flush();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        System.out.println("finished");
    }
}
