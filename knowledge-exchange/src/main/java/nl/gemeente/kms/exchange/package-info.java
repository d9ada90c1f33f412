/**
 * Moving knowledge in and out of the KMS without a container: the article file formats (Markdown
 * with YAML front matter, JSON Lines, the Rijksoverheid question-answer CSV), the validation report
 * of a dry run, the corpus generator for scale tests, and the import command line. Plain Java: the
 * server applies what is read here through its own services, so no rule can be bypassed.
 */
package nl.gemeente.kms.exchange;
