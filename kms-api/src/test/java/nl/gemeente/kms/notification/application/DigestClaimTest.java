package nl.gemeente.kms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.gemeente.kms.notification.application.DigestMailer.OutgoingMail;
import nl.gemeente.kms.schema.notification.DeliveryStatus;
import nl.gemeente.kms.schema.notification.DigestDelivery;
import org.junit.jupiter.api.Test;

/**
 * A digest claimed by a node that then dies is not lost: the claim runs out and another run sends
 * it. A claim that still holds is never taken over, so a live sender is never joined by a second.
 */
class DigestClaimTest {

  private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");
  private static final Duration CLAIM = Duration.ofMinutes(15);

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T07:00:00Z"));
  private final MemoryDeliveries deliveries = new MemoryDeliveries();
  private final List<OutgoingMail> sent = new ArrayList<>();
  private final DigestService service = service();

  private DigestService service() {
    DigestService s = new DigestService();
    s.deliveries = deliveries;
    s.clock = clock;
    s.mailer = sent::add;
    s.publicUrl = "https://kms.gemeente.example";
    s.retrySeconds = 300;
    s.claimSeconds = CLAIM.toSeconds();
    s.directory = new RecipientDirectory() {
      @Override
      public List<RecipientRules.Member> activeMembers() {
        return List.of();
      }

      @Override
      public Map<String, String> displayNames(Collection<String> usernames) {
        return Map.of();
      }

      @Override
      public Map<String, String> emailAddresses(Collection<String> usernames) {
        return usernames.stream().collect(Collectors.toMap(u -> u, u -> u + "@gemeente.example"));
      }
    };
    // anna had changes that week; the digest's content is DigestAssemblerTest's business
    s.notifications = (NotificationStore) Proxy.newProxyInstance(NotificationStore.class.getClassLoader(),
        new Class<?>[] {NotificationStore.class}, (self, method, args) -> switch (method.getName()) {
          case "recipientsBetween" -> Set.of("anna.agent");
          case "receivedBetween" -> List.of();
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return s;
  }

  @Test
  void aDigestWhoseSenderDiedAfterClaimingItGoesOutOnceTheClaimRunsOutAndOnlyOnce() {
    service.enqueue(WEEK);
    long id = deliveries.only();
    // the node that died: it claimed the digest and never came back
    assertThat(deliveries.claim(id, clock.instant(), clock.instant().plus(CLAIM))).isPresent();

    clock.advance(CLAIM.minusSeconds(1));
    service.deliverDue();
    assertThat(sent).as("while the claim holds, its holder may still be sending").isEmpty();

    clock.advance(Duration.ofSeconds(2));
    service.deliverDue();
    service.deliverDue();
    clock.advance(CLAIM.multipliedBy(2));
    service.deliverDue();

    assertThat(sent).extracting(OutgoingMail::to).containsExactly("anna.agent@gemeente.example");
    assertThat(deliveries.row(id).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(deliveries.row(id).attempts()).isEqualTo(2);
  }

  @Test
  void aSenderWhoseClaimRanOutCannotOverwriteTheClaimThatReplacedIt() {
    service.enqueue(WEEK);
    long id = deliveries.only();
    int slow = deliveries.claim(id, clock.instant(), clock.instant().plus(CLAIM)).orElseThrow().attempts();
    clock.advance(CLAIM.plusSeconds(1));
    int next = deliveries.claim(id, clock.instant(), clock.instant().plus(CLAIM)).orElseThrow().attempts();

    assertThat(deliveries.recordRetry(id, slow, "timeout", clock.instant())).isFalse();
    assertThat(deliveries.row(id).isClaimedBy(next)).isTrue();
    assertThat(deliveries.recordSent(id, next, clock.instant())).isTrue();
    Instant later = clock.instant().plus(CLAIM.multipliedBy(3));
    assertThat(deliveries.claim(id, later, later.plus(CLAIM))).as("a sent digest is never claimed again").isEmpty();
  }

  /** The store's contract in memory, on the real entity: each call is one "transaction". */
  static final class MemoryDeliveries implements DigestDeliveryStore {
    private final Map<Long, DigestDelivery> rows = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong();

    long only() {
      assertThat(rows).hasSize(1);
      return rows.keySet().iterator().next();
    }

    DigestDelivery row(long id) {
      return rows.get(id);
    }

    @Override
    public Set<String> usernamesFor(String isoWeek) {
      return rows.values().stream().filter(d -> d.isoWeek().equals(isoWeek)).map(DigestDelivery::username)
          .collect(Collectors.toSet());
    }

    @Override
    public void add(DigestDelivery delivery) {
      rows.put(ids.incrementAndGet(), delivery);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
      return rows.entrySet().stream()
          .filter(e -> Set.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING).contains(e.getValue().status()))
          .filter(e -> !e.getValue().nextAttemptAt().isAfter(now))
          .map(Map.Entry::getKey).limit(limit).toList();
    }

    @Override
    public Optional<DigestDelivery> claim(long id, Instant now, Instant until) {
      DigestDelivery d = rows.get(id);
      return d != null && d.claim(now, until) ? Optional.of(d) : Optional.empty();
    }

    @Override
    public boolean recordSent(long id, int attempt, Instant now) {
      return rows.get(id).isClaimedBy(attempt) && run(() -> rows.get(id).recordSent(now));
    }

    @Override
    public boolean recordRetry(long id, int attempt, String error, Instant retryAt) {
      return rows.get(id).isClaimedBy(attempt) && run(() -> rows.get(id).recordRetry(error, retryAt));
    }

    @Override
    public boolean recordFailed(long id, int attempt, String error) {
      return rows.get(id).isClaimedBy(attempt) && run(() -> rows.get(id).recordFailed(error));
    }

    @Override
    public long waiting(String isoWeek) {
      return rows.values().stream().filter(d -> d.status() == DeliveryStatus.PENDING).count();
    }

    @Override
    public boolean startRun(String isoWeek, Instant now) {
      return true;
    }

    private static boolean run(Runnable step) {
      step.run();
      return true;
    }
  }

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
