/**
 * Domain events of the editorial workflow: one immutable record per kind of step a version takes,
 * all under the sealed {@link nl.gemeente.kms.workflow.event.ArticleEvent}, so that consumers can
 * switch over them exhaustively. {@link nl.gemeente.kms.workflow.event.ArticleEvent#of} derives the
 * event from a {@link nl.gemeente.kms.workflow.TransitionOutcome}.
 */
package nl.gemeente.kms.workflow.event;
