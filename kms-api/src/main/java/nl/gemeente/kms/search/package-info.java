/**
 * Agent search: the Elasticsearch index of the currently valid published version of every article,
 * kept in step with the database, and the query that finds the right short answer.
 */
package nl.gemeente.kms.search;
