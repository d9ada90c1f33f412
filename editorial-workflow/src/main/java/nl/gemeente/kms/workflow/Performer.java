package nl.gemeente.kms.workflow;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may take a {@link Transition}: the column "who" of the transition table.
 *
 * <ul>
 *   <li>{@link #DEPARTMENT_EDITOR}: an editor of the owning department, or a knowledge manager.</li>
 *   <li>{@link #REVIEWER}: the same people, except the author of the version (four eyes).</li>
 *   <li>{@link #SYSTEM}: only the scheduler, and the scheduler does nothing else.</li>
 * </ul>
 */
public enum Performer {
    DEPARTMENT_EDITOR,
    REVIEWER,
    SYSTEM;

    /** Whether the actor is one of the people this performer stands for, for this version. */
    public boolean includes(Actor actor, WorkflowSubject version) {
        return refusal(actor, version).isEmpty();
    }

    /** Why the actor may not act as this performer on this version; empty when they may. */
    Optional<String> refusal(Actor actor, WorkflowSubject version) {
        String department = version.department();
        boolean editor = DepartmentScope.canAuthor(actor, department);
        return switch (this) {
            case SYSTEM -> actor.isSystem()
                    ? Optional.empty()
                    : Optional.of("only the scheduler may do this");
            case DEPARTMENT_EDITOR -> editor
                    ? Optional.empty()
                    : Optional.of(notAnEditor(department));
            case REVIEWER -> editor
                    ? fourEyes(actor, version)
                    : Optional.of(notAnEditor(department));
        };
    }

    private static Optional<String> fourEyes(Actor actor, WorkflowSubject version) {
        return DepartmentScope.isAuthor(actor, Objects.requireNonNull(version.author(), "version.author"))
                ? Optional.of("four-eyes: the author may not review their own version")
                : Optional.empty();
    }

    private static String notAnEditor(String department) {
        return "requires EDITOR of department " + department + " or KNOWLEDGE_MANAGER";
    }
}
