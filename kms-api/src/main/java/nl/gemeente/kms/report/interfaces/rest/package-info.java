/**
 * The report API under {@code /api/reports}: filing, queues, the reporter's own reports, each step
 * of the life cycle, and the knowledge manager's dashboard. Reports an employee may not see answer
 * 404, as if they did not exist.
 */
package nl.gemeente.kms.report.interfaces.rest;
