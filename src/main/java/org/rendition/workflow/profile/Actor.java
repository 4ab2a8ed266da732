package org.rendition.workflow.profile;

import org.rendition.history.HistoryEvent;

import org.rendition.workflow.profile.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person using Rendition: their operating-system user name and the roles the roles file
 * gives them. Every history row they cause carries both.
 */
public record Actor(String user, Set<Role> roles) {
    public Actor {
        Objects.requireNonNull(user, "user");
        EnumSet<Role> all = EnumSet.of(Role.ANALYST);
        all.addAll(roles);
        roles = Set.copyOf(all);
    }

    /** An analyst and nothing more. */
    public static Actor analyst(String user) {
        return new Actor(user, Set.of(Role.ANALYST));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** The roles as the history records them, highest first, e.g. {@code "supervisor, analyst"}. */
    public String rolesLabel() {
        return roles.stream().sorted((a, b) -> b.compareTo(a)).map(Role::label).collect(Collectors.joining(", "));
    }

    /** How a history row names this actor: the user and the roles acted in. */
    public HistoryEvent.By by() {
        return new HistoryEvent.By(user(), rolesLabel());
    }
}
