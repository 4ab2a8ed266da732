package org.rendition.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.rendition.store.ProjectStore;
import org.rendition.store.SavedSegment;

/** Saves an open document's segments as they change, and finds them again after a crash. */
final class SavedProjects {
    private final ProjectStore store;

    SavedProjects(ProjectStore store) {
        this.store = store;
    }

    /** The project of this file at its current content. */
    long projectFor(Path file) {
        return Guard.call(() -> store.project(file.toAbsolutePath().normalize().toString(), sha256(file)));
    }

    /** The saved segments of a project, or an empty list when they do not fit the document as read. */
    List<Segment> saved(long project, List<Segment> asRead) {
        List<SavedSegment> saved = Guard.call(() -> store.segments(project));
        if (saved.size() != asRead.size()) {
            return List.of();
        }
        for (int i = 0; i < saved.size(); i++) {
            if (!saved.get(i).source().equals(asRead.get(i).source()) || saved.get(i).index() != i) {
                return List.of();
            }
        }
        return saved.stream().map(s -> new Segment(s.index(), s.paragraph(), s.source(), s.target(),
                SegmentStatus.valueOf(s.status()))).toList();
    }

    void save(long project, Segment segment) {
        Guard.run(() -> store.save(project, new SavedSegment(segment.index(), segment.paragraph(), segment.source(),
                segment.target(), segment.status().name())));
    }

    void clear(long project) {
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
