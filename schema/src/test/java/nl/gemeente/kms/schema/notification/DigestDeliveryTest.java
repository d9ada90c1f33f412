package nl.gemeente.kms.schema.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

  @Test
  void aPendingDeliveryIsClaimedOnceAndASentOneNeverAgain() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);

    assertThat(d.claim(NOW)).isTrue();
    assertThat(d.claim(NOW)).as("a second node finds it taken").isFalse();
    d.recordSent(NOW);
    assertThat(d.claim(NOW.plusSeconds(3600))).isFalse();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(d.attempts()).isEqualTo(1);
  }

  @Test
  void aRetryWaitsForItsMomentAndKeepsTheError() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);
    d.claim(NOW);

    d.recordRetry("connection refused", NOW.plusSeconds(300));

    assertThat(d.claim(NOW.plusSeconds(299))).isFalse();
    assertThat(d.lastError()).contains("connection refused");
    assertThat(d.claim(NOW.plusSeconds(300))).isTrue();
    assertThat(d.attempts()).isEqualTo(2);
  }

  @Test
  void aRejectedAddressIsNotTriedAgain() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);
    d.claim(NOW);

    d.recordFailed("550 no such user");

    assertThat(d.claim(NOW.plusSeconds(86_400))).isFalse();
    assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
  }
}
