/**
 * Comparison of two versions of an article for a side-by-side view: the Markdown body block by
 * block, with word-level marks inside changed blocks, and a field-level overview of what else
 * changed ({@link nl.gemeente.kms.workflow.diff.VersionDiff}). Built on java-diff-utils.
 */
package nl.gemeente.kms.workflow.diff;
