package nl.gemeente.kms.schema.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");
  private static final Duration CLAIM = Duration.ofMinutes(15);

  @Test
  void aPendingDeliveryIsClaimedOnceAndASentOneNeverAgain() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);

    assertThat(d.claim(NOW, NOW.plus(CLAIM))).isTrue();
    assertThat(d.claim(NOW.plus(CLAIM).minusSeconds(1), NOW.plus(CLAIM.multipliedBy(2))))
        .as("a second node finds it taken while the claim holds").isFalse();
    d.recordSent(NOW);
    assertThat(d.claim(NOW.plusSeconds(3600), NOW.plusSeconds(3600).plus(CLAIM))).isFalse();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(d.attempts()).isEqualTo(1);
  }

  @Test
  void aRetryWaitsForItsMomentAndKeepsTheError() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);
    d.claim(NOW, NOW.plus(CLAIM));

    d.recordRetry("connection refused", NOW.plusSeconds(300));

    assertThat(d.claim(NOW.plusSeconds(299), NOW.plusSeconds(299).plus(CLAIM))).isFalse();
    assertThat(d.lastError()).contains("connection refused");
    assertThat(d.claim(NOW.plusSeconds(300), NOW.plusSeconds(300).plus(CLAIM))).isTrue();
    assertThat(d.attempts()).isEqualTo(2);
  }

  @Test
  void aRejectedAddressIsNotTriedAgain() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);
    d.claim(NOW, NOW.plus(CLAIM));

    d.recordFailed("550 no such user");

    assertThat(d.claim(NOW.plusSeconds(86_400), NOW.plusSeconds(86_400).plus(CLAIM))).isFalse();
    assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void aClaimThatRanOutIsTakenAgainAndOnlyTheNewClaimHoldsTheRow() {
    DigestDelivery d = new DigestDelivery("anna.agent", "2026-W48", "anna@gemeente.example", NOW);
    d.claim(NOW, NOW.plus(CLAIM));
    int dead = d.attempts();

    assertThat(d.claim(NOW.plus(CLAIM), NOW.plus(CLAIM.multipliedBy(2)))).isTrue();

    assertThat(d.isClaimedBy(dead)).isFalse();
    assertThat(d.isClaimedBy(d.attempts())).isTrue();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENDING);
  }
}
