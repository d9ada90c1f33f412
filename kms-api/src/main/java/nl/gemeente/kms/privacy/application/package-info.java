/** Retention of search logs, and export and removal of one employee's personal data. */
package nl.gemeente.kms.privacy.application;
