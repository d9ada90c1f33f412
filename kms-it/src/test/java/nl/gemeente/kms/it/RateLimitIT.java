package nl.gemeente.kms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-employee rate limits on search and report filing: the limit is reached only by flooding,
 * answered with a 429 problem and Retry-After, refills with time and never touches colleagues.
 * The limits are those the test deployment gets from the kms-it pom. Only this test uses
 * {@code sara.sociaal}, so no other test meets her empty buckets.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

  private static final int SEARCHES_PER_MINUTE = Integer.getInteger("it.rate.search.per.minute", 300);
  private static final int REPORTS_PER_HOUR = Integer.getInteger("it.rate.reports.per.hour", 200);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KmsDeployment.war();
  }

  @AfterEach
  void resetClock() {
    Articles.expect(Api.as("adam.admin").put("/api/admin/clock", Api.object().putNull("now"), null), 200);
  }

  @Test
  void floodingSearchIsRefusedWithRetryAfterAndRefillsWithTime() {
    Api sara = Api.as("sara.sociaal");
    // blank autocompletes cost the server nothing beyond the limit itself; the bucket refills while
    // we call, so the first refusal comes after at least the capacity
    int allowed = 0;
    Api.Response refused = sara.get("/api/search/autocomplete?q=");
    while (refused.status() == 200 && allowed < 2 * SEARCHES_PER_MINUTE) {
      allowed++;
      refused = sara.get("/api/search/autocomplete?q=");
    }
    assertThat(refused.status()).isEqualTo(429);
    assertThat(allowed).isGreaterThanOrEqualTo(SEARCHES_PER_MINUTE);
    // the full search shares the bucket, and is refused before it reaches Elasticsearch
    refused = sara.get("/api/search?q=paspoort");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().path("detail").asText()).contains("try again in");
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);

    assertThat(Api.as("sam.sociaal").get("/api/search/autocomplete?q=pas").status())
        .as("a colleague has a bucket of her own").isEqualTo(200);

    moveClock(retryAfter + 1);
    assertThat(sara.get("/api/search/autocomplete?q=").status()).as("refilled after Retry-After").isEqualTo(200);
  }

  @Test
  void floodingReportsIsRefusedWithRetryAfter() {
    long article = Articles.publish(Api.as("bert.burgerzaken"), Api.as("bea.burgerzaken"), "burgerzaken",
        "Rate limit " + System.nanoTime(), "Tekst.");
    Api sara = Api.as("sara.sociaal");
    assertThat(sara.post("/api/reports", Reports.filing(article, 1, "INCORRECT", "")).status())
        .as("a refused form does not count").isIn(400, 422);
    int filed = 0;
    Api.Response refused = sara.post("/api/reports", Reports.filing(article, 1, "INCORRECT", "Melding 0 over dit artikel."));
    while (refused.status() == 201 && filed < 2 * REPORTS_PER_HOUR) {
      filed++;
      refused = sara.post("/api/reports", Reports.filing(article, 1, "INCORRECT", "Melding " + filed + " over dit artikel."));
    }
    assertThat(refused.status()).isEqualTo(429);
    // the bucket refills by one report every 3600/limit seconds while the test files
    assertThat(filed).isBetween(REPORTS_PER_HOUR, REPORTS_PER_HOUR + 10);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    assertThat(Reports.ids(sara.get("/api/reports/mine"))).hasSizeGreaterThanOrEqualTo(filed);
  }

  private static void moveClock(long seconds) {
    Api admin = Api.as("adam.admin");
    Instant target = Instant.parse(Articles.expect(admin.put("/api/admin/clock", Api.object().putNull("now"), null), 200)
        .body().get("now").asText()).plus(seconds, ChronoUnit.SECONDS);
    Articles.expect(admin.put("/api/admin/clock", Api.object().put("now", target.toString()), null), 200);
  }
}
