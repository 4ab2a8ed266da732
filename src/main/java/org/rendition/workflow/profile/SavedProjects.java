package org.rendition.workflow.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rendition.documents.Segment;
import org.rendition.store.ProjectStore;

/** Saves an open document's segments as they change, and finds them again after a crash. */
public final class SavedProjects {
    private final ProjectStore store;

    SavedProjects(ProjectStore store) {
        this.store = store;
    }

    /** The project of {@code file} at the content whose SHA-256 is {@code contentHash}. */
    public long projectFor(Path file, String contentHash) {
        return Guard.call(() -> store.project(file.toAbsolutePath().normalize().toString(), contentHash));
    }

    /**
     * The document as it was left: the saved segments in place of those read, since only the
     * segments that changed were saved. Empty when nothing was saved or the saved segments do not
     * fit the document as read.
     */
    public List<Segment> saved(long project, List<Segment> asRead) {
        List<Segment> saved = Guard.call(() -> store.segments(project));
        if (saved.isEmpty()) {
            return List.of();
        }
        List<Segment> merged = new ArrayList<>(asRead);
        for (Segment s : saved) {
            if (s.index() < 0 || s.index() >= asRead.size() || !s.source().equals(asRead.get(s.index()).source())) {
                return List.of();
            }
            merged.set(s.index(), s);
        }
        return merged;
    }

    public void save(long project, Segment segment) {
        Guard.run(() -> store.save(project, segment));
    }

    public void clear(long project) {
        Guard.run(() -> store.clear(project));
    }
}
