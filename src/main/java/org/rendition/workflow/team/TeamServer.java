package org.rendition.workflow.team;

import java.util.EnumSet;
import java.util.Set;
import org.rendition.store.Database;
import org.rendition.store.ServerAddress;
import org.rendition.store.TeamStore;
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.ClassificationScheme;
import org.rendition.workflow.profile.Guard;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.Roles;
import org.rendition.workflow.profile.UserProfile;

/**
 * The team's profile on a PostgreSQL server: the same memory, glossaries, history, review and
 * saved documents as a workstation's file, shared by the team. The account is the server login
 * and the roles are its database roles; nothing the client sets can change either.
 *
 * <pre>{@code
 * TeamServer.initialize("postgresql://admin@team-db/rendition");
 * TeamServer.addUser("postgresql://admin@team-db/rendition", "ana", Role.ANALYST);
 * try (UserProfile profile = TeamServer.openProfile("postgresql://ana@team-db/rendition")) { ... }
 * }</pre>
 */
public final class TeamServer {
    private TeamServer() {
    }

    /**
     * Creates or upgrades the schema, the roles and their privileges, and makes the connecting
     * login the team's first administrator.
     *
     * @return the administrator's login
     */
    public static String initialize(String address) {
        ServerAddress server = address(address);
        Guard.run(() -> Database.initializeServer(server));
        try (Database database = Guard.call(() -> Database.connect(server))) {
            TeamStore team = new TeamStore(database);
            String login = Guard.call(team::login);
            Guard.run(() -> team.grantRole(login, Role.ADMINISTRATOR.label()));
            return login;
        }
    }

    /**
     * Adds {@code name} as a login with {@code role}, or gives an existing login that role. Only
     * an administrator may; the server refuses anyone else too.
     *
     * @return true if a new login was created (it has no password yet: see docs/team-server.md)
     * @throws RoleRefusedException if the connecting login is not an administrator
     */
    public static boolean addUser(String address, String name, Role role) {
        try (UserProfile profile = openProfile(address)) {
            if (!profile.actor().is(Role.ADMINISTRATOR)) {
                profile.history().requireAdministrator("add " + name + " to the team as " + role.label());
            }
            TeamStore team = new TeamStore(profile.database());
            return Guard.call(() -> team.addLogin(name, role.label()));
        }
    }

    /**
     * Opens the team's profile as the address's login, with the roles the server gives it.
     *
     * @throws WorkflowException if the server cannot be reached, is not set up, or the login is
     *                           not on the team
     */
    public static UserProfile openProfile(String address) {
        ServerAddress server = address(address);
        Database database = Guard.call(() -> Database.connect(server));
        try {
            Actor actor = actor(new TeamStore(database), server);
            ClassificationScheme scheme = ClassificationScheme.load(Roles.load());
            return UserProfile.open(database, actor, scheme);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Actor actor(TeamStore team, ServerAddress server) {
        String login = Guard.call(team::login);
        Set<String> labels = Guard.call(() -> team.roleLabels(login));
        if (labels.isEmpty()) {
            throw new WorkflowException("The login " + login + " is not on the team at " + server
                    + ". Ask an administrator to run 'rendition team add-user " + login + " --role analyst'.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (labels.contains(role.label())) {
                roles.add(role);
            }
        }
        return new Actor(login, roles);
    }

    private static ServerAddress address(String address) {
        return Guard.call(() -> ServerAddress.parse(address));
    }
}
