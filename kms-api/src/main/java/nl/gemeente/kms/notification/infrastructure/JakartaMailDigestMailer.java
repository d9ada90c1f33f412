package nl.gemeente.kms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import nl.gemeente.kms.notification.application.DigestMailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends digests through the SMTP server of {@code KMS_SMTP_HOST}/{@code KMS_SMTP_PORT} (an internal
 * relay: no authentication), from {@code KMS_MAIL_FROM}. Short timeouts, so that a mail server that
 * is down delays the digest job by seconds, not minutes.
 */
@ApplicationScoped
public class JakartaMailDigestMailer implements DigestMailer {

  @Inject
  @ConfigProperty(name = "kms.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "kms.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "kms.mail.from", defaultValue = "kennisbank@gemeente.example")
  String from;

  @Override
  public void send(OutgoingMail mail) throws MailUnavailable, MailRejected {
    InternetAddress to;
    try {
      to = new InternetAddress(mail.to(), true);
    } catch (AddressException e) {
      throw new MailRejected(mail.to() + " is not a valid address", e);
    }
    Session session = Session.getInstance(properties());
    try {
      MimeMessage message = new FixedIdMessage(session, mail.messageId());
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, to);
      message.setSubject(mail.subject(), "UTF-8");
      message.setText(mail.text(), "UTF-8");
      Transport.send(message);
    } catch (SendFailedException e) {
      // only a refused address is final; a refusal without invalid addresses is temporary
      if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
        throw new MailRejected(mail.to() + " was refused: " + e.getMessage(), e);
      }
      throw new MailUnavailable("SMTP " + host + ":" + port + " did not accept the mail: " + e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailUnavailable("SMTP " + host + ":" + port + " is unavailable: " + e.getMessage(), e);
    }
  }

  private Properties properties() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    return p;
  }

  /** Keeps the Message-ID we chose instead of a random one, so a repeat is recognizable. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
