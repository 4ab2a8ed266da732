package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.List;
import org.rendition.store.ServerAddress;
import org.rendition.store.StoreException;
import org.rendition.store.UnsentChanges;
import org.rendition.workflow.WorkflowException;

/**
 * The changes a workstation could not send to one team server yet, kept in a file of its own
 * (decision 0019) until the server has them: closing the window, a crash or a power cut while the
 * server is away loses nothing, and the next start with that server sends them, oldest first.
 */
final class ServerOutbox implements AutoCloseable {
    /** A kept change and its place in the file. */
    record Kept(long id, KeptChange change) {
    }

    private final UnsentChanges file;
    private final String server;

    private ServerOutbox(UnsentChanges file, String server) {
        this.file = file;
        this.server = server;
    }

    /**
     * The outbox for {@code address} in {@code file}. Changes are kept per server and login, so
     * another login on this workstation never sends them as its own.
     */
    static ServerOutbox open(Path file, String address) {
        String key;
        try {
            // Without the query, which may carry connection options or a password.
            ServerAddress parsed = ServerAddress.parse(address);
            key = "postgresql://" + parsed.user() + "@" + parsed.host() + ":" + parsed.port() + "/" + parsed.database();
        } catch (StoreException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
        try {
            return new ServerOutbox(UnsentChanges.open(file), key);
        } catch (StoreException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /** The file beside the workstation's profile database {@code profile}. */
    static Path besideProfile(Path profile) {
        Path absolute = profile.toAbsolutePath();
        return absolute.resolveSibling("unsent-changes.db");
    }

    /** Keeps {@code change} on disk; its id, to {@link #sent} it once the server has it. */
    long keep(KeptChange change) {
        return file.keep(change.unsent(server)).id();
    }

    void sent(long id) {
        file.sent(id);
    }

    /** What earlier sessions could not send to this server, oldest first. */
    List<Kept> waiting() {
        return file.forServer(server).stream().map(u -> new Kept(u.id(), KeptChange.of(u))).toList();
    }

    @Override
    public void close() {
        file.close();
    }
}
