package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** Connections to the team's PostgreSQL server, with the failures worded for the person at the keyboard. */
final class ServerConnections {
    /** How long to wait for an unreachable server before saying so: a person is waiting. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private ServerConnections() {
    }

    static PGSimpleDataSource dataSource(ServerAddress server) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName("Rendition");
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        return dataSource;
    }

    static Connection open(ServerAddress server) {
        try {
            return dataSource(server).getConnection();
        } catch (SQLException e) {
            if (lost(e)) {
                throw unreachable(server.toString(), e);
            }
            throw new ServerException("Cannot log in to the team server " + server + " as " + server.user() + ": "
                    + firstLine(e) + ". Check the address, that the server is running, and that the login exists"
                    + " ('rendition team add-user').", e);
        }
    }

    /**
     * Whether {@code e} says the server went away (SQL state class 08, a server shutting down or
     * refusing connections for now) rather than refused the statement: then the same work can
     * succeed once the server answers again.
     */
    static boolean lost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    static ServerUnreachableException unreachable(String server, SQLException e) {
        return new ServerUnreachableException("The team server " + server + " cannot be reached (" + firstLine(e)
                + "); work is kept and sent when it answers again.", e);
    }

    /** Refuses a database that 'team init' has not prepared, before anything else fails obscurely. */
    static void requireSchema(ServerAddress server, Connection connection) {
        try (PreparedStatement q = connection.prepareStatement("SELECT to_regclass('history_event') IS NOT NULL"
                + " AND to_regrole('rendition_analyst') IS NOT NULL");
             ResultSet rows = q.executeQuery()) {
            rows.next();
            if (!rows.getBoolean(1)) {
                throw new ServerException("The database " + server.database() + " on " + server.host()
                        + " holds no Rendition team schema yet. An administrator runs 'rendition team init --server "
                        + server + "' first.");
            }
        } catch (SQLException e) {
            throw new ServerException("Cannot read the team server " + server + ": " + firstLine(e) + ".", e);
        }
        requireMember(server, connection);
    }

    /** A login outside the team can read nothing; saying so beats the first "permission denied". */
    private static void requireMember(ServerAddress server, Connection connection) {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT pg_has_role(session_user, 'rendition_analyst', 'MEMBER')");
             ResultSet rows = q.executeQuery()) {
            rows.next();
            if (!rows.getBoolean(1)) {
                throw new ServerException("The login " + server.user() + " is not on the team at " + server
                        + ". Ask an administrator to run 'rendition team add-user " + server.user()
                        + " --role analyst'.");
            }
        } catch (SQLException e) {
            throw new ServerException("Cannot read the team server " + server + ": " + firstLine(e) + ".", e);
        }
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message).replaceFirst("^ERROR: ", "").replaceFirst("\\.$", "");
    }
}
