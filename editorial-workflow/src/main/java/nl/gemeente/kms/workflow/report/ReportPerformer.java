package nl.gemeente.kms.workflow.report;

import java.util.Optional;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.DepartmentScope;
import nl.gemeente.kms.workflow.Role;

/**
 * Who may take a {@link ReportTransition}: the column "who" of the table.
 *
 * <ul>
 *   <li>{@link #DEPARTMENT_EDITOR}: an editor of the department whose queue holds the report, or a
 *       knowledge manager (who acts as an editor of every department).</li>
 *   <li>{@link #KNOWLEDGE_MANAGER}: knowledge managers only; they oversee all queues.</li>
 *   <li>{@link #REPORTER}: only the employee who filed the report, whatever their role.</li>
 * </ul>
 */
public enum ReportPerformer {
    DEPARTMENT_EDITOR,
    KNOWLEDGE_MANAGER,
    REPORTER;

    /** Whether the actor is one of the people this performer stands for, for this report. */
    public boolean includes(Actor actor, ReportSubject report) {
        return refusal(actor, report).isEmpty();
    }

    /** Why the actor may not act as this performer on this report; empty when they may. */
    Optional<String> refusal(Actor actor, ReportSubject report) {
        return switch (this) {
            case DEPARTMENT_EDITOR -> DepartmentScope.canAuthor(actor, report.department())
                    ? Optional.empty()
                    : Optional.of("requires EDITOR of department " + report.department() + " or KNOWLEDGE_MANAGER");
            case KNOWLEDGE_MANAGER -> actor.has(Role.KNOWLEDGE_MANAGER)
                    ? Optional.empty()
                    : Optional.of("requires KNOWLEDGE_MANAGER");
            case REPORTER -> !actor.isSystem() && actor.username().equals(report.reporter())
                    ? Optional.empty()
                    : Optional.of("only the reporter may do this");
        };
    }
}
