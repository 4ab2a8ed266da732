package org.rendition.workflow.profile;

import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;
import org.rendition.workflow.profile.Guard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.rendition.store.ProjectStore;
import org.rendition.store.SavedSegment;

/** Saves an open document's segments as they change, and finds them again after a crash. */
public final class SavedProjects {
    private final ProjectStore store;

    SavedProjects(ProjectStore store) {
        this.store = store;
    }

    /** The project of this file at its current content. */
    public long projectFor(Path file) {
        return Guard.call(() -> store.project(file.toAbsolutePath().normalize().toString(), sha256(file)));
    }

    /**
     * The document as it was left: the saved segments in place of those read, since only the
     * segments that changed were saved. Empty when nothing was saved or the saved segments do not
     * fit the document as read.
     */
    public List<Segment> saved(long project, List<Segment> asRead) {
        List<SavedSegment> saved = Guard.call(() -> store.segments(project));
        if (saved.isEmpty()) {
            return List.of();
        }
        List<Segment> merged = new ArrayList<>(asRead);
        for (SavedSegment s : saved) {
            if (s.index() < 0 || s.index() >= asRead.size() || !s.source().equals(asRead.get(s.index()).source())) {
                return List.of();
            }
            SegmentStatus status = SegmentStatus.valueOf(s.status());
            merged.set(s.index(), s.tmScore() > 0
                    ? new Segment(s.index(), s.paragraph(), s.source(), s.target(), status, s.tmScore())
                    : new Segment(s.index(), s.paragraph(), s.source(), s.target(), status));
        }
        return merged;
    }

    public void save(long project, Segment segment) {
        Guard.run(() -> store.save(project, new SavedSegment(segment.index(), segment.paragraph(), segment.source(),
                segment.target(), segment.status().name(), segment.tmScore())));
    }

    public void clear(long project) {
        Guard.run(() -> store.clear(project));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
