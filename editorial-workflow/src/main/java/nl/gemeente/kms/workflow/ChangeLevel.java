package nl.gemeente.kms.workflow;

/**
 * How much a new version changes the answer an agent gives. A {@link #MAJOR} change is announced
 * to agents (they must re-read the article); a {@link #MINOR} one (typo, wording) is not.
 */
public enum ChangeLevel {
    MINOR,
    MAJOR
}
