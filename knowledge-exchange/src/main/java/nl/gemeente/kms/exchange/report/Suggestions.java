package nl.gemeente.kms.exchange.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name by edit distance, when it is close enough to be a typo. */
public final class Suggestions {

  private Suggestions() {}

  public static Optional<String> closest(String name, Collection<String> known) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String typed = name.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(2, typed.length() / 3);
    return known.stream()
        .filter(k -> distance(typed, k.toLowerCase(Locale.ROOT)) <= tolerance)
        .min(Comparator.comparingInt((String k) -> distance(typed, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k));
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
