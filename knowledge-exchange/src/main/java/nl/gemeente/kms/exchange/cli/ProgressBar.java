package nl.gemeente.kms.exchange.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar, {@code [#####-----] 4,213/10,000 42% 312/s ETA 0:18}, redrawn in place on
 * a terminal; elsewhere (a CI log) a plain line every few seconds so the log does not fill up.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private long lastPrinted;

  ProgressBar(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void show(String phase, long done, long total, double ratePerSecond, Long etaSeconds) {
    String line = render(phase, done, total, ratePerSecond, etaSeconds);
    if (terminal) {
      out.print("\r" + line + "\u001b[K");
      out.flush();
    } else if (System.nanoTime() - lastPrinted > 5_000_000_000L) {
      out.println(line);
      lastPrinted = System.nanoTime();
    }
  }

  void finish() {
    if (terminal) {
      out.println();
    }
  }

  static String render(String phase, long done, long total, double ratePerSecond, Long etaSeconds) {
    int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    String counts = total > 0
        ? String.format(Locale.ROOT, "%,d/%,d %3d%%", done, total, done * 100 / total)
        : String.format(Locale.ROOT, "%,d", done);
    String eta = etaSeconds == null ? "" : String.format(Locale.ROOT, "  ETA %d:%02d", etaSeconds / 60, etaSeconds % 60);
    return String.format(Locale.ROOT, "%-10s [%s] %s  %,.0f/s%s", phase.toLowerCase(Locale.ROOT), bar, counts, ratePerSecond, eta);
  }
}
