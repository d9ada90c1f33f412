package nl.gemeente.kms.notification.application;

import java.time.format.DateTimeFormatter;

/** The weekly digest as a plain-text e-mail: readable in any mail client, with absolute links. */
public final class DigestText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

  private DigestText() {}

  public static String subject(Digest digest) {
    int n = digest.items().size();
    return "Weekoverzicht kennisbank " + digest.week() + ": " + n + (n == 1 ? " wijziging" : " wijzigingen");
  }

  /** @param baseUrl where the KMS is reached, without a trailing slash */
  public static String body(Digest digest, String baseUrl) {
    StringBuilder text = new StringBuilder();
    text.append("Weekoverzicht van de kennisbank, week ").append(digest.week())
        .append(" (").append(DAY.format(digest.from())).append(" t/m ").append(DAY.format(digest.to())).append(")\n\n");
    if (digest.awaitingConfirmation() > 0) {
      text.append("U heeft ").append(digest.awaitingConfirmation())
          .append(" belangrijke wijziging(en) nog niet bevestigd als gelezen en begrepen.\n\n");
    }
    for (Digest.Item item : digest.items()) {
      text.append("* ").append(item.title());
      if (item.version() != null) {
        text.append(" (versie ").append(item.version()).append(')');
      }
      text.append('\n');
      if (item.body() != null) {
        item.body().lines().forEach(line -> text.append("  ").append(line).append('\n'));
      }
      if (item.link() != null) {
        text.append("  ").append(baseUrl).append(item.link()).append('\n');
      }
      text.append('\n');
    }
    text.append("U ontvangt dit overzicht voor de onderwerpen die u volgt (").append(baseUrl)
        .append("/api/subscriptions).\n");
    return text.toString();
  }
}
