package nl.gemeente.kms.workflow;

/**
 * A frequently asked question with its answer, as agents hear it from citizens. Both parts are
 * required, which {@link ContentRules} checks rather than the constructor, so that a form can be
 * held and reported on while it is still incomplete.
 */
public record QuestionAnswer(String question, String answer) {
}
