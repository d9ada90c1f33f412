package nl.gemeente.kms.article.application;

/** The client edited an older state of a version than the one stored (its ETag is stale). */
public class StaleVersion extends RuntimeException {

  private final long currentLockVersion;

  public StaleVersion(int versionNumber, long currentLockVersion) {
    super(
        "Version "
            + versionNumber
            + " was changed by someone else since you loaded it. Reload it, then apply your change again.");
    this.currentLockVersion = currentLockVersion;
  }

  public long currentLockVersion() {
    return currentLockVersion;
  }
}
