/**
 * Inconsistency reports as plain Java rules: an employee reports that a version of an article is
 * wrong, outdated, unclear or contradicts something; the owning department works the report through
 * the life cycle of {@link nl.gemeente.kms.workflow.report.ReportState}, driven by one table of
 * {@link nl.gemeente.kms.workflow.report.ReportTransition}s that
 * {@link nl.gemeente.kms.workflow.report.ReportWorkflow} enforces. Also here: what may be reported
 * ({@link nl.gemeente.kms.workflow.report.ReportFilingRules}), who may see a report
 * ({@link nl.gemeente.kms.workflow.report.ReportAccess}) and the knowledge manager's figures in
 * working days ({@link nl.gemeente.kms.workflow.report.ReportStatistics}). Like the editorial
 * workflow, nothing here knows about persistence or HTTP.
 */
package nl.gemeente.kms.workflow.report;
