package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.workflow.profile.Role;

/**
 * A fresh database on the test PostgreSQL that installer/lib/test-postgres.sh starts and names in
 * {@code RENDITION_TEST_SERVER}, with logins of its own; dropped with them on close. Without the
 * variable a test using it is skipped, saying why.
 */
public final class TestServer implements AutoCloseable {
    static final String VARIABLE = "RENDITION_TEST_SERVER";
    private static final Pattern ADDRESS = Pattern.compile("postgres(?:ql)?://([^@/]+)@([^/]+)/([^?]+)");

    private final String superuser;
    private final String hostPort;
    private final String database;
    private final String suffix;
    private final List<String> logins = new ArrayList<>();

    private TestServer(String superuser, String hostPort, String database, String suffix) {
        this.superuser = superuser;
        this.hostPort = hostPort;
        this.database = database;
        this.suffix = suffix;
    }

    /** A new, empty database; skips the calling test when no test server is running. */
    static TestServer fresh() throws SQLException {
        String base = System.getenv(VARIABLE);
        if (base == null || base.isBlank()) {
            String reason = "No test PostgreSQL (" + VARIABLE + " is not set; installer/run-tests.sh starts one"
                    + " when run as root): skipping the team-server test.";
            System.err.println(reason);
            assumeTrue(false, reason);
        }
        Matcher m = ADDRESS.matcher(base);
        if (!m.matches()) {
            throw new IllegalStateException(VARIABLE + " is not postgresql://user@host:port/database: " + base);
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestServer server = new TestServer(m.group(1), m.group(2), "rendition_" + suffix, suffix);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + m.group(2) + "/" + m.group(3),
                properties(m.group(1))); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + server.database);
        }
        return server;
    }

    /** A new database set up with 'team init' by the superuser, its first administrator. */
    public static TestServer initialized() throws SQLException {
        TestServer server = fresh();
        TeamServer.initialize(server.administratorAddress());
        return server;
    }

    /** Adds a login of this test ({@link #login}) to the team with {@code role}; returns its name. */
    public String member(String name, Role role) {
        String login = login(name);
        TeamServer.addUser(administratorAddress(), login, role);
        return login;
    }

    /** The address the superuser who sets the server up uses. */
    String administratorAddress() {
        return address(superuser);
    }

    /** The host and port the server listens on, e.g. {@code 127.0.0.1:5432}. */
    String hostPort() {
        return hostPort;
    }

    /** The address of {@code login} on this database. */
    public String address(String login) {
        return "postgresql://" + login + "@" + hostPort + "/" + database;
    }

    /** A login name of this test alone (logins are shared by every database on a server). */
    String login(String name) {
        String login = name + "_" + suffix;
        logins.add(login);
        return login;
    }

    /** A plain JDBC connection as {@code login}, for what a person could type into psql. */
    Connection connect(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + database, properties(login));
    }

    private static Properties properties(String user) {
        Properties p = new Properties();
        p.setProperty("user", user);
        return p;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres",
                properties(superuser)); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            for (String login : logins) {
                s.execute("DROP ROLE IF EXISTS \"" + login + "\"");
            }
        }
    }
}
