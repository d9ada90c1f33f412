/** Administrator endpoints for personal data requests and for running the retention job now. */
package nl.gemeente.kms.privacy.interfaces.rest;
