package nl.gemeente.kms.bench.search;

import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time a process on this machine has used so far, found by a word in its command line: the
 * benchmark's KMS server and its Elasticsearch node run here, so a row can say how much CPU one
 * search cost each of them. On two shared cores that, not the waiting, decides the latency.
 */
final class ProcessCpu {

  private final Optional<ProcessHandle> process;

  private ProcessCpu(Optional<ProcessHandle> process) {
    this.process = process;
  }

  static ProcessCpu find(String commandLineWord) {
    return new ProcessCpu(ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(commandLineWord)).orElse(false))
        .findFirst());
  }

  /** Milliseconds of CPU so far, or NaN when the process was not found or does not tell. */
  double millis() {
    return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).map(n -> n / 1e6).orElse(Double.NaN);
  }
}
