/**
 * The notification benchmark: a program, run on demand with {@code ./kms bench notifications}, that
 * starts the real WAR on a Liberty server of its own, connects 1,000 agents over Server-Sent Events,
 * publishes major changes through the API and measures how long each agent waits for the event, and
 * how much heap the server keeps. See bench/README.md.
 */
package nl.gemeente.kms.bench.notifications;
