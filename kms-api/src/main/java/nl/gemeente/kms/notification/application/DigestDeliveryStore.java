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

  /** Ids of pending deliveries whose next attempt has come, oldest first. */
  List<Long> due(Instant now, int limit);

  /** Takes a pending delivery for one attempt; empty if another node took it or it is not due. */
  Optional<DigestDelivery> claim(long id, Instant now);

  void recordSent(long id, Instant now);

  void recordRetry(long id, String error, Instant retryAt);

  void recordFailed(long id, String error);

  /** How many deliveries of the week still wait for a (next) attempt. */
  long waiting(String isoWeek);

  /** True for the one caller that marks the week as queued first. */
  boolean startRun(String isoWeek, Instant now);
}
