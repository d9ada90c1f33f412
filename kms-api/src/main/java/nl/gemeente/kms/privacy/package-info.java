/**
 * The AVG duties towards employees: search logs are deleted after their retention period, and an
 * administrator can export everything the KMS holds about one employee, or remove it on request
 * (records that must stay for accountability keep a pseudonym instead of the name).
 */
package nl.gemeente.kms.privacy;
