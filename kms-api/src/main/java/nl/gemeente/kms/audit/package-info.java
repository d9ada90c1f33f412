/** The append-only audit trail: every change to knowledge, who made it and when. */
package nl.gemeente.kms.audit;
