package nl.gemeente.kms.exchange.application;

/** An import that is not started, with the reason; nothing was read or written. */
public class ImportRefused extends RuntimeException {

  public enum Reason {
    /** The upload is larger than the configured limit. */
    TOO_LARGE,
    /** Another import is writing; two at once would race for the same slugs and ids. */
    ALREADY_RUNNING,
    /** No such job (jobs are kept in memory, so also after a restart). */
    UNKNOWN_JOB
  }

  private final Reason reason;

  public ImportRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
