package nl.gemeente.kms.bench.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks of the expected answer, per query, summed up as success@1, success@3 and mean reciprocal
 * rank, overall and per query kind. Rank 0 means the expected article was not among the results.
 */
final class Scores {

  record Ranked(DevQuery query, int rank) {}

  private final List<Ranked> ranked = new ArrayList<>();

  void add(DevQuery query, int rank) {
    ranked.add(new Ranked(query, rank));
  }

  List<Ranked> ranked() {
    return ranked;
  }

  record Summary(int queries, double successAt1, double successAt3, double mrr) {
    String row(String label) {
      return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", label, queries, successAt1, successAt3, mrr);
    }
  }

  Summary overall() {
    return summary(ranked);
  }

  Map<String, Summary> byKind() {
    Map<String, List<Ranked>> groups = new LinkedHashMap<>();
    ranked.forEach(r -> groups.computeIfAbsent(r.query().kind(), k -> new ArrayList<>()).add(r));
    Map<String, Summary> result = new LinkedHashMap<>();
    groups.forEach((kind, list) -> result.put(kind, summary(list)));
    return result;
  }

  private static Summary summary(List<Ranked> list) {
    double n = Math.max(1, list.size());
    long at1 = list.stream().filter(r -> r.rank() == 1).count();
    long at3 = list.stream().filter(r -> r.rank() >= 1 && r.rank() <= 3).count();
    double mrr = list.stream().mapToDouble(r -> r.rank() == 0 ? 0 : 1.0 / r.rank()).sum();
    return new Summary(list.size(), at1 / n, at3 / n, mrr / n);
  }
}
