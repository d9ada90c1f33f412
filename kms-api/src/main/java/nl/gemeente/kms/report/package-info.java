/**
 * Inconsistency reports: any employee reports that a published text is wrong, outdated, unclear or
 * contradicts a source or another article; the owning department triages, works and answers it
 * (through {@link nl.gemeente.kms.workflow.report.ReportWorkflow}), the reporter hears back and may
 * reopen once, and knowledge managers route, merge duplicates and watch the dashboard.
 */
package nl.gemeente.kms.report;
