package nl.gemeente.kms.platform.ratelimit;

/** An employee used up a rate limit; {@code retryAfterSeconds} until the next call is allowed. */
public class RateLimited extends RuntimeException {

  private final String limit;
  private final long retryAfterSeconds;

  public RateLimited(String limit, long retryAfterSeconds) {
    super("Too many " + limit + " calls; try again in " + retryAfterSeconds + " seconds.");
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public String limit() {
    return limit;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
