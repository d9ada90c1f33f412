package nl.gemeente.kms.workflow;

/** Whether a transition must be explained in a comment (the "comment" column of the table). */
enum CommentRule {
    OPTIONAL,
    REQUIRED
}
