package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The team's logins and their Rendition roles on the server. A role is the database role
 * {@code rendition_<label>}; who someone is comes from the server ({@code session_user}), never
 * from anything the client says.
 */
public final class TeamStore {
    private static final String ROLE_PREFIX = "rendition_";
    /** Login names are written into SQL as quoted identifiers, so only plain names are taken. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,62}");

    private final Database database;

    public TeamStore(Database database) {
        if (!database.onServer()) {
            throw new IllegalArgumentException("Team logins live on a server, not in " + database.location());
        }
        this.database = database;
    }

    /** The login this connection was made with: the person acting. */
    public String login() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT session_user")) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    /**
     * The Rendition role labels ({@code analyst}, {@code supervisor}, {@code administrator}) the
     * login holds through role membership, directly or inherited. Membership is read rather than
     * {@code pg_has_role}, which says yes to everything for a superuser: a superuser who set the
     * server up is its administrator, not also a supervisor.
     */
    public Set<String> roleLabels(String login) {
        return database.read(c -> {
            Set<String> labels = new TreeSet<>();
            try (PreparedStatement q = c.prepareStatement("WITH RECURSIVE held(roleid) AS ("
                    + " SELECT m.roleid FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = ?"
                    + " UNION SELECT m.roleid FROM pg_auth_members m JOIN held h ON m.member = h.roleid)"
                    + " SELECT r.rolname FROM pg_roles r JOIN held h ON r.oid = h.roleid WHERE r.rolname LIKE ?")) {
                q.setString(1, login);
                q.setString(2, ROLE_PREFIX + "%");
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        labels.add(rows.getString(1).substring(ROLE_PREFIX.length()));
                    }
                }
            }
            return labels;
        });
    }

    /**
     * Creates the login {@code name} if the server has none of that name, and gives it the role
     * {@code label}. An administrator may create logins (CREATEROLE).
     *
     * @return true if the login was created, false if it existed and only gained the role
     */
    public boolean addLogin(String name, String label) {
        requirePlainName(name);
        return database.inTransaction(c -> {
            boolean created = !exists(c, name);
            try (Statement s = c.createStatement()) {
                if (created) {
                    s.execute("CREATE ROLE " + quoted(name) + " LOGIN");
                }
                grant(s, name, label);
            } catch (SQLException e) {
                throw new ServerException("The server refused to add " + name + " as " + label + ": "
                        + ServerConnections.firstLine(e) + ". Only an administrator of the team can add people.", e);
            }
            return created;
        });
    }

    /** Gives the login {@code name} the role {@code label}; the first administrator is made this way. */
    public void grantRole(String name, String label) {
        requirePlainName(name);
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                grant(s, name, label);
            }
            return null;
        });
    }

    private static void grant(Statement s, String name, String label) throws SQLException {
        s.execute("GRANT " + ROLE_PREFIX + requireLabel(label) + " TO " + quoted(name));
        if (label.equals("administrator")) {
            // Administrators add the team's people, which takes the right to create logins.
            s.execute("ALTER ROLE " + quoted(name) + " CREATEROLE");
        }
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            q.setString(1, name);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String requireLabel(String label) {
        if (!Set.of("analyst", "supervisor", "administrator").contains(label)) {
            throw new IllegalArgumentException("Unknown Rendition role " + label);
        }
        return label;
    }

    private static void requirePlainName(String name) {
        if (!LOGIN.matcher(name).matches()) {
            throw new ServerException("'" + name + "' cannot be a login name: use letters, digits, '_', '.' or '-',"
                    + " starting with a letter, at most 63 characters.");
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
