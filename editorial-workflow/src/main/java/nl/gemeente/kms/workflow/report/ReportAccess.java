package nl.gemeente.kms.workflow.report;

import java.util.Objects;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.DepartmentScope;

/**
 * Who may see a report: the reporter, the author of the reported version, the editors of the
 * department whose queue holds it, and knowledge managers. Everyone else must not learn that it
 * exists, so callers answer them as if there were no such report.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static boolean canSee(Actor actor, ReportSubject report) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(report, "report");
        if (actor.isSystem()) {
            return false;
        }
        return actor.username().equals(report.reporter())
                || actor.username().equals(report.versionAuthor())
                || DepartmentScope.canAuthor(actor, report.department());
    }
}
