/**
 * The dry run: checking every record of an input against the content rules, the known departments
 * and the rest of the input (duplicate slugs and ids), and the report of every problem by file,
 * line and field, before anything is written.
 */
package nl.gemeente.kms.exchange.report;
