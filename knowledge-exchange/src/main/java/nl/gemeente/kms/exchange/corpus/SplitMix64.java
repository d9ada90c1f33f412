package nl.gemeente.kms.exchange.corpus;

/**
 * SplitMix64, written out rather than borrowed from the JDK: the corpus for a seed must stay the
 * same across JDK versions, and this is the whole algorithm.
 */
final class SplitMix64 {

  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /** A generator for article {@code n} of corpus {@code seed}, independent of every other article. */
  static SplitMix64 forArticle(long seed, long n) {
    SplitMix64 mixer = new SplitMix64(seed);
    return new SplitMix64(mixer.nextLong() ^ (n * 0x9E3779B97F4A7C15L));
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  <T> T pick(T[] options) {
    return options[nextInt(options.length)];
  }

  boolean chance(int percent) {
    return nextInt(100) < percent;
  }
}
