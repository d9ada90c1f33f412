package nl.gemeente.kms.schema.notification;

/**
 * Where a weekly digest mail is. {@link #SENDING} is committed before the mail server is contacted,
 * with a claim that runs out long after any mail exchange could still be going on: a node that dies
 * while sending leaves the row there, and another attempt takes it once the claim has run out. A mail
 * server that is down puts it back to {@link #PENDING}; a rejected address makes it {@link #FAILED}.
 */
public enum DeliveryStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
