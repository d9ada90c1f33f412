/**
 * Per-employee rate limits on the calls a script could flood (search, report filing): generous
 * token buckets that a person at a keyboard never empties, answered with 429 and Retry-After.
 */
package nl.gemeente.kms.platform.ratelimit;
