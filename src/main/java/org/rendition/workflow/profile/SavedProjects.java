package org.rendition.workflow.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rendition.documents.Segment;
import org.rendition.engine.confidence.TranslationConfidence;
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

    /**
     * Keeps the model's confidence in {@code segment}'s target with the saved segment, so a
     * reopened document shows it without scoring again; nothing is kept if the saved target differs.
     */
    public void saveConfidence(long project, Segment segment, TranslationConfidence confidence) {
        Guard.run(() -> store.saveConfidence(project, segment.index(), segment.target(),
                ConfidenceCodec.encode(confidence)));
    }

    /** The confidence saved with the project's segments, by segment index; only for targets unchanged since they were scored. */
    public Map<Integer, TranslationConfidence> savedConfidence(long project) {
        Map<Integer, TranslationConfidence> found = new HashMap<>();
        Guard.call(() -> store.confidences(project)).forEach((index, encoded) ->
                ConfidenceCodec.decode(encoded).ifPresent(c -> found.put(index, c)));
        return found;
    }

    public void clear(long project) {
        Guard.run(() -> store.clear(project));
    }
}
