package nl.gemeente.kms.notification.application;

import java.util.Objects;

/**
 * A refused notification request. The kinds say why; the REST layer maps them to problem responses
 * and nothing has been stored when one is thrown.
 */
public abstract sealed class NotificationException extends RuntimeException {

  protected NotificationException(String message) {
    super(message);
  }

  /** Not there, or not this employee's: the answer is the same, so nothing is revealed. */
  public static final class NotFound extends NotificationException {
    public NotFound(String message) {
      super(message);
    }

    public static NotFound notYours(String what) {
      return new NotFound(what + " does not exist or is not yours.");
    }
  }

  public static final class AlreadyConfirmed extends NotificationException {
    public AlreadyConfirmed(long id) {
      super("Notification " + id + " was already confirmed as read and understood.");
    }
  }

  /** Only major changes that were published ask for "read and understood". */
  public static final class ConfirmationNotAsked extends NotificationException {
    public ConfirmationNotAsked(long id) {
      super("Notification " + id + " does not ask for a confirmation: only published major changes do.");
    }
  }

  /** A subscription request names no valid department, topic or article. */
  public static final class InvalidSubscription extends NotificationException {
    private final String field;
    private final String rule;

    public InvalidSubscription(String field, String rule, String message) {
      super(message);
      this.field = Objects.requireNonNull(field);
      this.rule = Objects.requireNonNull(rule);
    }

    public String field() {
      return field;
    }

    public String rule() {
      return rule;
    }
  }
}
