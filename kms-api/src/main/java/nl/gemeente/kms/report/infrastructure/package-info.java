/** The JPA adapter that keeps reports and their history. */
package nl.gemeente.kms.report.infrastructure;
