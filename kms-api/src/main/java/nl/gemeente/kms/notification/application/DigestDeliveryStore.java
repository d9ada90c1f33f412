package nl.gemeente.kms.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.schema.notification.DigestDelivery;

/**
 * The digest deliveries. Every method is a transaction of its own: a claim is committed before
 * the mail server is contacted, and the outcome after.
 */
public interface DigestDeliveryStore {

  Set<String> usernamesFor(String isoWeek);

  /** Fails on the unique (username, week) constraint if another node queued it first. */
  void add(DigestDelivery delivery);

  /** Ids of pending deliveries whose next attempt has come, and of claims that ran out; oldest first. */
  List<Long> due(Instant now, int limit);

  /**
   * Takes a due delivery for one attempt until {@code until}; empty if another node holds it or it
   * is not due. The claimed row's attempt count identifies this claim in the calls below.
   */
  Optional<DigestDelivery> claim(long id, Instant now, Instant until);

  /** False, and nothing changes, when the claim of {@code attempt} no longer holds the row. */
  boolean recordSent(long id, int attempt, Instant now);

  boolean recordRetry(long id, int attempt, String error, Instant retryAt);

  boolean recordFailed(long id, int attempt, String error);

  /** How many deliveries of the week still wait for a (next) attempt. */
  long waiting(String isoWeek);

  /** True for the one caller that marks the week as queued first. */
  boolean startRun(String isoWeek, Instant now);
}
