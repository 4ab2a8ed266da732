package org.rendition.store;

import java.net.URI;
import java.net.URISyntaxException;
import org.rendition.arch.ValueType;

/**
 * Where the team server is and who logs in: {@code postgresql://user@host:port/database}, as
 * PostgreSQL's own tools write it. A query such as {@code ?sslmode=verify-full} is passed to the
 * driver unchanged. The password, if any, comes from {@code PGPASSWORD} or {@code ~/.pgpass}
 * rather than the address, so it never shows in a process list or a history row.
 *
 * @param user     the login, which is the account the history records
 * @param host     the server's host name or address
 * @param port     the server's port, 5432 by default
 * @param database the database holding the team's profile
 * @param query    driver options, e.g. {@code sslmode=verify-full}, or empty
 */
@ValueType
public record ServerAddress(String user, String host, int port, String database, String query) {
    private static final int DEFAULT_PORT = 5432;

    /**
     * Reads an address such as {@code postgresql://ana@10.0.0.5:5432/rendition}.
     *
     * @throws StoreException if it is not one
     */
    public static ServerAddress parse(String address) {
        String text = address.strip();
        String usage = "The server address '" + address + "' is not of the form"
                + " postgresql://user@host:port/database; write it that way, e.g. postgresql://ana@team-db:5432/rendition.";
        if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
            throw new ServerException(usage);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ServerException(usage, e);
        }
        String userInfo = uri.getUserInfo();
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (userInfo == null || userInfo.isBlank() || uri.getHost() == null || database.isBlank()) {
            throw new ServerException(usage);
        }
        if (userInfo.contains(":")) {
            throw new ServerException("The server address '" + address.replaceAll(":[^:@/]*@", ":***@")
                    + "' carries a password; leave it out and put it in ~/.pgpass or PGPASSWORD instead.");
        }
        return new ServerAddress(userInfo, uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                uri.getQuery() == null ? "" : uri.getQuery());
    }

    /** The JDBC URL of the PostgreSQL driver for this address (without the user). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address as the user wrote it, for messages. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }
}
