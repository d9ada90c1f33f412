package nl.gemeente.kms.workflow;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the workflow needs to know about one version of an article. Persistence entities elsewhere
 * implement it; the workflow never changes the subject itself but returns a
 * {@link TransitionOutcome} that the caller applies.
 */
public interface WorkflowSubject {

    VersionState state();

    /** Code of the department that owns the article. */
    String department();

    /** Username of the person who wrote this version; the four-eyes rule keys on it. */
    String author();

    /** The date from which the version is valid; empty means "immediately". */
    Optional<LocalDate> validFrom();
}
