package nl.gemeente.kms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gemeente.kms.notification.application.DigestMailer.MailRejected;
import nl.gemeente.kms.notification.application.DigestMailer.MailUnavailable;
import nl.gemeente.kms.notification.application.DigestMailer.OutgoingMail;
import nl.gemeente.kms.schema.notification.DigestDelivery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weekly digest: assembled on request, and mailed at most once per employee and week. A week
 * is first queued (one delivery row per employee, unique), then each row is claimed, mailed and
 * marked sent; a mail server that is down leaves the rows waiting for the next attempt.
 */
@ApplicationScoped
public class DigestService {

  private static final Logger LOG = Logger.getLogger(DigestService.class.getName());
  private static final int BATCH = 200;

  @Inject NotificationStore notifications;
  @Inject DigestDeliveryStore deliveries;
  @Inject RecipientDirectory directory;
  @Inject DigestMailer mailer;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kms.public.url", defaultValue = "http://localhost:9080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "kms.digest.retry.seconds", defaultValue = "300")
  long retrySeconds;

  /**
   * How long a claim holds a digest. Far longer than a mail exchange can take (the mailer's
   * timeouts end it within about a minute), so a live sender is never overtaken; a dead one's
   * digest is taken up again after it.
   */
  @Inject
  @ConfigProperty(name = "kms.digest.claim.seconds", defaultValue = "900")
  long claimSeconds;

  /** What one sending run did for a week; {@code waiting} still waits for the mail server. */
  public record DeliveryReport(String week, int queued, int sent, int rejected, long waiting) {}

  record Attempts(int sent, int rejected) {}

  public Digest digestFor(String username, IsoWeek week) {
    var received = notifications.receivedBetween(username, week.monday(), week.sunday()).stream()
        .map(NotificationRecord::of)
        .toList();
    return DigestAssembler.assemble(username, week, received);
  }

  /** Queues the week's digest for everyone who had changes that week and has an address. */
  public int enqueue(IsoWeek week) {
    String key = week.toString();
    Set<String> recipients = notifications.recipientsBetween(week.monday(), week.sunday(), DigestAssembler.CHANGES);
    Map<String, String> addresses = new TreeMap<>(directory.emailAddresses(recipients));
    Set<String> queued = deliveries.usernamesFor(key);
    int added = 0;
    for (var address : addresses.entrySet()) {
      if (queued.contains(address.getKey())) {
        continue;
      }
      try {
        deliveries.add(new DigestDelivery(address.getKey(), key, address.getValue(), clock.instant()));
        added++;
      } catch (RuntimeException e) {
        // another node queued the same digest a moment earlier: the unique row did its job
        if (!deliveries.usernamesFor(key).contains(address.getKey())) {
          throw e;
        }
      }
    }
    return added;
  }

  public DeliveryReport send(IsoWeek week) {
    int queued = enqueue(week);
    Attempts attempts = deliverDue();
    return new DeliveryReport(week.toString(), queued, attempts.sent(), attempts.rejected(), deliveries.waiting(week.toString()));
  }

  /** Mails every digest that is due; stops at the first sign that the mail server is down. */
  public Attempts deliverDue() {
    int sent = 0;
    int rejected = 0;
    for (long id : deliveries.due(clock.instant(), BATCH)) {
      Instant now = clock.instant();
      Optional<DigestDelivery> claimed = deliveries.claim(id, now, now.plusSeconds(claimSeconds));
      if (claimed.isEmpty()) {
        continue;
      }
      int attempt = claimed.get().attempts();
      OutgoingMail mail;
      try {
        mail = mail(claimed.get());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Digest " + id + " could not be assembled; it is retried later", e);
        deliveries.recordRetry(id, attempt, e.toString(), clock.instant().plusSeconds(retrySeconds));
        continue;
      }
      try {
        mailer.send(mail);
        if (!deliveries.recordSent(id, attempt, clock.instant())) {
          LOG.warning("Digest " + id + " went out after its claim had run out; if another node sent it too, "
              + "the mails share Message-ID " + mail.messageId());
        }
        sent++;
      } catch (MailUnavailable e) {
        deliveries.recordRetry(id, attempt, e.getMessage(), clock.instant().plusSeconds(retrySeconds));
        LOG.warning("Mail server unavailable, digests wait for the next attempt: " + e.getMessage());
        break;
      } catch (MailRejected e) {
        deliveries.recordFailed(id, attempt, e.getMessage());
        LOG.warning("Digest " + id + " rejected by the mail server: " + e.getMessage());
        rejected++;
      }
    }
    return new Attempts(sent, rejected);
  }

  private OutgoingMail mail(DigestDelivery delivery) {
    Digest digest = digestFor(delivery.username(), IsoWeek.parse(delivery.isoWeek()));
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String messageId = "<digest." + delivery.isoWeek() + "." + delivery.username().replaceAll("[^A-Za-z0-9._-]", "_") + "@kms>";
    return new OutgoingMail(delivery.email(), DigestText.subject(digest), DigestText.body(digest, base), messageId);
  }
}
