package nl.gemeente.kms.schema.notification;

/**
 * Where a weekly digest mail is. {@link #SENDING} is committed before the mail server is contacted:
 * a node that dies at that moment leaves the row there, and it is never sent a second time. A mail
 * server that is down puts it back to {@link #PENDING}; a rejected address makes it {@link #FAILED}.
 */
public enum DeliveryStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
