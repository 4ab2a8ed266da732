package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.Actor;
import org.rendition.workflow.profile.AdministeredFile;
import org.rendition.workflow.profile.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is a supervisor or an administrator, from a file only an administrator can write
 * ({@code /etc/rendition/roles.conf}, always: no property or environment variable can name
 * another, see {@link Installation}). One line per role, users separated by commas; anyone not named is an analyst:
 *
 * <pre>
 * supervisor = sue, tom
 * administrator = root, it-admin
 * </pre>
 *
 * A missing file makes everyone an analyst, and {@link #notice()} says so.
 */
public final class Roles {

    private final Map<String, Set<Role>> assigned;
    private final String notice;

    private Roles(Map<String, Set<Role>> assigned, String notice) {
        this.assigned = Map.copyOf(assigned);
        this.notice = notice;
    }

    /** The roles file this process uses. */
    public static Path location() {
        return Installation.current().rolesFile();
    }

    /**
     * Reads the roles file at {@link #location()}.
     *
     * @throws WorkflowException if it can be written by others, belongs to a non-administrator or
     *                           names an unknown role
     */
    public static Roles load() {
        return load(location());
    }

    public static Roles load(Path file) {
        if (!Files.exists(file)) {
            return new Roles(Map.of(), "There is no roles file at " + file + ", so everyone is an analyst: no one can"
                    + " approve or return documents. An administrator can create it (see docs/security.md).");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the roles file " + file + ": " + e.getMessage() + ".", e);
        }
        Map<String, Set<Role>> assigned = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            Role role = equals < 0 ? null : Role.parse(line.substring(0, equals));
            if (role == null) {
                throw new WorkflowException("Line " + (i + 1) + " of the roles file " + file + " is not"
                        + " 'analyst|supervisor|administrator = user, user': " + line);
            }
            for (String user : line.substring(equals + 1).split(",")) {
                if (!user.isBlank()) {
                    assigned.computeIfAbsent(user.strip(), u -> EnumSet.noneOf(Role.class)).add(role);
                }
            }
        }
        Roles roles = new Roles(assigned, null);
        AdministeredFile.check(file, roles.administrators());
        return roles;
    }

    /** The person {@code user} with the roles this file gives them. */
    public Actor actor(String user) {
        return new Actor(user, assigned.getOrDefault(user, Set.of()));
    }

    /** The administrators, who may own the configuration files. */
    Set<String> administrators() {
        Set<String> result = new HashSet<>();
        assigned.forEach((user, roles) -> {
            if (roles.contains(Role.ADMINISTRATOR)) {
                result.add(user);
            }
        });
        return result;
    }

    /** Something the user should know about the roles, such as that there is no roles file. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }
}
