/**
 * The exchange formats: readers that turn files into {@link nl.gemeente.kms.exchange.format.ArticleRecord}s
 * with the file and line of every field, and writers for the export. Readers never stop at the
 * first problem; they report it on the record and go on, so a dry run can list them all.
 */
package nl.gemeente.kms.exchange.format;
