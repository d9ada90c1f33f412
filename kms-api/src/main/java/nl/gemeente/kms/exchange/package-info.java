/**
 * Bulk import and export of the knowledge base: import jobs that validate a whole upload first and
 * then write each article in its own transaction through the article service (so the workflow
 * rules, the audit trail and the search index apply as for an editor), and exports as JSON Lines
 * or a zip of Markdown files. The formats themselves live in the knowledge-exchange module.
 */
package nl.gemeente.kms.exchange;
