package nl.gemeente.kms.exchange.format;

/**
 * How to read an input.
 *
 * @param maxRecordBytes the largest Markdown file or JSON line accepted; larger ones are refused with a message
 * @param department the department that question-answer records (which have none) are filed under
 */
public record ReadOptions(long maxRecordBytes, String department) {

  /** 2 MiB: well above the largest valid article (a 200,000-character body plus 50 answers). */
  public static final long DEFAULT_MAX_RECORD_BYTES = 2L * 1024 * 1024;

  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_RECORD_BYTES, null);
  }

  public ReadOptions withDepartment(String code) {
    return new ReadOptions(maxRecordBytes, code);
  }

  static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
