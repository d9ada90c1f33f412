package nl.gemeente.kms.workflow.report;

import static nl.gemeente.kms.workflow.report.ReportTransition.MARK_DUPLICATE;
import static nl.gemeente.kms.workflow.report.ReportTransition.REJECT;
import static nl.gemeente.kms.workflow.report.ReportTransition.REOPEN;
import static nl.gemeente.kms.workflow.report.ReportTransition.RESOLVE;
import static nl.gemeente.kms.workflow.report.ReportTransition.ROUTE;
import static nl.gemeente.kms.workflow.report.ReportTransition.START;
import static nl.gemeente.kms.workflow.report.ReportTransition.TRIAGE;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.workflow.Actor;
import nl.gemeente.kms.workflow.NotPermitted;
import nl.gemeente.kms.workflow.ReportTransitionNotAllowed;
import nl.gemeente.kms.workflow.Role;
import nl.gemeente.kms.workflow.RuleViolation;

/**
 * Enforces the {@link ReportTransition} table on one report, one method per step.
 *
 * <p>Like the editorial workflow it checks in a fixed order, so clients get the most fundamental
 * complaint first: the state ({@link ReportTransitionNotAllowed}), then the actor
 * ({@link NotPermitted}), then the rules on the step's input ({@link RuleViolation}).
 */
public final class ReportWorkflow {

    private final Clock clock;

    public ReportWorkflow(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Gives the report to {@code assignee}, an editor of its department; null if no such person. */
    public ReportOutcome triage(ReportSubject report, Actor actor, Actor assignee, String comment) {
        String note = check(report, TRIAGE, actor, comment);
        if (assignee == null || !assignee.has(Role.EDITOR) || !assignee.isMemberOf(report.department())) {
            throw new RuleViolation("assignee", "not-in-department",
                    "Assign the report to an editor of department " + report.department() + ".");
        }
        return outcome(report, TRIAGE, actor, note);
    }

    public ReportOutcome start(ReportSubject report, Actor actor) {
        return outcome(report, START, actor, check(report, START, actor, null));
    }

    /**
     * Resolves the report. A fix must be a publication of the same article that went live after the
     * report was filed: an older text cannot have answered it.
     */
    public ReportOutcome resolve(ReportSubject report, Actor actor, Resolution resolution) {
        check(report, RESOLVE, actor, null);
        Objects.requireNonNull(resolution, "resolution");
        String note = switch (resolution) {
            case Resolution.FixedBy fix -> {
                requireFixOf(report, fix);
                yield "fixed in version " + fix.versionNumber();
            }
            case Resolution.NoChangeNeeded noChange -> normalize(noChange.explanation()).orElseThrow(() ->
                    new RuleViolation("explanation", "required", "Explain why no change is needed."));
        };
        return outcome(report, RESOLVE, actor, note);
    }

    public ReportOutcome reject(ReportSubject report, Actor actor, String reason) {
        return outcome(report, REJECT, actor, check(report, REJECT, actor, reason));
    }

    /** Closes the report in favour of {@code original}; null if there is no such report. */
    public ReportOutcome markDuplicate(ReportSubject report, Actor actor, ReportSubject original) {
        String note = check(report, MARK_DUPLICATE, actor, null);
        if (original == null) {
            throw new RuleViolation("originalReportId", "unknown-report", "There is no such report.");
        }
        if (Objects.equals(original.id(), report.id())) {
            throw new RuleViolation("originalReportId", "not-itself", "A report cannot duplicate itself.");
        }
        if (original.state() == ReportState.DUPLICATE) {
            // chains of duplicates would hide the report that is actually being worked on
            throw new RuleViolation("originalReportId", "original-is-duplicate",
                    "Report " + original.id() + " is itself a duplicate; link to its original instead.");
        }
        return outcome(report, MARK_DUPLICATE, actor, note);
    }

    /** Moves the report to the queue of {@code department}, one of {@code departments}. */
    public ReportOutcome route(ReportSubject report, Actor actor, String department, Set<String> departments,
                               String comment) {
        String note = check(report, ROUTE, actor, comment);
        if (department == null || !departments.contains(department)) {
            throw new RuleViolation("department", "unknown-department", "Unknown department: " + department);
        }
        if (department.equals(report.department())) {
            throw new RuleViolation("department", "same-department",
                    "The report is already in the queue of " + department + ".");
        }
        return outcome(report, ROUTE, actor, note);
    }

    public ReportOutcome reopen(ReportSubject report, Actor actor, String comment) {
        return outcome(report, REOPEN, actor, check(report, REOPEN, actor, comment));
    }

    /** The steps this actor may take on the report now; a required comment is input still to give. */
    public Set<ReportTransition> allowedTransitions(ReportSubject report, Actor actor) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(actor, "actor");
        EnumSet<ReportTransition> allowed = EnumSet.noneOf(ReportTransition.class);
        for (ReportTransition transition : ReportTransition.values()) {
            if (transition.from().contains(report.state())
                    && transition.performer().includes(actor, report)
                    && !exhausted(report, transition)) {
                allowed.add(transition);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** State, actor, reopen limit and required comment; returns the stripped comment. */
    private String check(ReportSubject report, ReportTransition transition, Actor actor, String comment) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(actor, "actor");
        ReportState state = Objects.requireNonNull(report.state(), "report.state");
        if (!transition.from().contains(state)) {
            throw new ReportTransitionNotAllowed(state, transition, allowedTransitions(report, actor), null);
        }
        Optional<String> refusal = transition.performer().refusal(actor, report);
        if (refusal.isPresent()) {
            throw new NotPermitted(actor.username(), transition.name(), refusal.get());
        }
        if (exhausted(report, transition)) {
            throw new ReportTransitionNotAllowed(state, transition, allowedTransitions(report, actor),
                    "a report can be reopened only once");
        }
        Optional<String> normalized = normalize(comment);
        if (transition.requiresComment() && normalized.isEmpty()) {
            throw new RuleViolation("comment", "required", transition + " requires a comment");
        }
        return normalized.orElse(null);
    }

    /** The reporter gets one second opinion; after that the department's answer stands. */
    private static boolean exhausted(ReportSubject report, ReportTransition transition) {
        return transition == REOPEN && report.reopenCount() > 0;
    }

    private static void requireFixOf(ReportSubject report, Resolution.FixedBy fix) {
        if (fix.articleId() != report.articleId()) {
            throw new RuleViolation("fixArticleId", "same-article",
                    "The fixing version must be a version of article " + report.articleId() + ".");
        }
        if (fix.liveFrom() == null) {
            throw new RuleViolation("fixVersion", "published",
                    "Version " + fix.versionNumber() + " has not been published; resolve the report when the fix is live.");
        }
        if (!fix.liveFrom().isAfter(report.filedAt())) {
            throw new RuleViolation("fixVersion", "published-after-report",
                    "Version " + fix.versionNumber() + " went live before the report was filed, so it cannot fix it.");
        }
    }

    private static Optional<String> normalize(String comment) {
        return comment == null || comment.isBlank() ? Optional.empty() : Optional.of(comment.strip());
    }

    private ReportOutcome outcome(ReportSubject report, ReportTransition transition, Actor actor, String note) {
        return new ReportOutcome(transition, report.state(), transition.to(), actor.username(), clock.instant(), note);
    }
}
