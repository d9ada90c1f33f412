/**
 * Procedure articles and their versions: authoring, the editorial workflow (applied through {@link
 * nl.gemeente.kms.workflow.EditorialWorkflow}), history, diff, and the Markdown rendering agents
 * read.
 */
package nl.gemeente.kms.article;
