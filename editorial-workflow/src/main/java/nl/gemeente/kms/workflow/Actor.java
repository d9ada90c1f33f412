package nl.gemeente.kms.workflow;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: a signed-in user with roles and department memberships, or the scheduler.
 *
 * <p>{@link #SYSTEM} is the scheduler that activates scheduled versions, supersedes the previous
 * publication and expires versions. Only that very constant counts as the system
 * ({@link #isSystem()} compares identity), so a user account that happens to be called
 * {@code "system"} never gains the scheduler's rights.
 *
 * @param username    the login name; never blank
 * @param roles       the roles granted to the user (copied, unmodifiable)
 * @param departments the codes of the departments the user belongs to (copied, unmodifiable)
 */
public record Actor(String username, Set<Role> roles, Set<String> departments) {

    /** The scheduler: username {@code "system"}, no roles, no departments. */
    public static final Actor SYSTEM = new Actor("system", Set.of(), Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        departments = Set.copyOf(Objects.requireNonNull(departments, "departments"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(String departmentCode) {
        return departments.contains(departmentCode);
    }

    /** True only for the {@link #SYSTEM} constant itself. */
    public boolean isSystem() {
        return this == SYSTEM;
    }
}
