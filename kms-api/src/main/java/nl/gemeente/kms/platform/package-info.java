/** What every subject shares: time, database migrations, configuration, health and problem responses. */
package nl.gemeente.kms.platform;
