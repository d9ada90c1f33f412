package nl.gemeente.kms.notification.application;

/** Sends one digest mail. */
public interface DigestMailer {

  void send(OutgoingMail mail) throws MailUnavailable, MailRejected;

  /** @param messageId the same for every attempt at one digest, so mail systems can spot a repeat */
  record OutgoingMail(String to, String subject, String text, String messageId) {}

  /** The mail server cannot be reached or refused for now: try again later. */
  final class MailUnavailable extends Exception {
    public MailUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The mail server refused the address itself: trying again would fail the same way. */
  final class MailRejected extends Exception {
    public MailRejected(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
