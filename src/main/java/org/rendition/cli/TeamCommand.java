package org.rendition.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.team.TeamServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rendition team}: the team server on PostgreSQL (docs/team-server.md). */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "The team server: set it up and add people with their roles.",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddUser.class})
public final class TeamCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The server option of the team commands, which cannot fall back to a local file. */
    static final class ServerOption {
        @Option(names = "--server", paramLabel = "URL", required = true, defaultValue = "${env:RENDITION_SERVER}",
                description = "The team server, as postgresql://login@host:port/database (default: $RENDITION_SERVER).")
        String server;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create or upgrade the team's schema, roles and privileges on the server; the login"
                    + " you connect as becomes the first administrator.")
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        ServerOption server;

        @Override
        public Integer call() throws Exception {
            return CommandErrors.run(spec, () -> {
                String administrator = TeamServer.initialize(server.server);
                spec.commandLine().getOut().printf("The team server %s is ready; %s is its administrator.%n",
                        server.server, administrator);
                return 0;
            });
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Add a login to the team with a role (administrators only).")
    static final class AddUser implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        ServerOption server;
        @Parameters(paramLabel = "NAME", description = "The login, e.g. ana.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "analyst, supervisor or administrator.")
        String role;

        @Override
        public Integer call() throws Exception {
            Role chosen = parse(role);
            return CommandErrors.run(spec, () -> {
                boolean created = TeamServer.addUser(server.server, name, chosen);
                spec.commandLine().getOut().printf(created
                        ? "%s is on the team as %s; give the login a password or a certificate (docs/team-server.md).%n"
                        : "%s now also has the role %s.%n", name, chosen.label());
                return 0;
            });
        }

        private static Role parse(String label) throws UserInputException {
            try {
                return Role.valueOf(label.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("'" + label + "' is not a role; give --role analyst, supervisor or"
                        + " administrator.");
            }
        }
    }
}
