package nl.gemeente.kms.bench.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds, with nearest-rank percentiles. */
final class Latencies {

  private final List<Double> samples = new ArrayList<>();

  void add(double millis) {
    samples.add(millis);
  }

  int count() {
    return samples.size();
  }

  /** The nearest-rank percentile: the smallest sample with at least {@code p} of all at or below it. */
  double percentile(double p) {
    if (samples.isEmpty()) {
      throw new IllegalStateException("no samples");
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  double max() {
    return percentile(100);
  }
}
