/**
 * {@code ./kms import}: the dry run offline (read, validate, report; no server, no database), and
 * the real run through the running application's admin API, with a progress bar on the terminal.
 * The real run goes through the server so that the workflow rules, the audit trail and the search
 * index cannot be bypassed (docs/adr/0005-import-export.md).
 */
package nl.gemeente.kms.exchange.cli;
