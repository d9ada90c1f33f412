package nl.gemeente.kms.bench.search;

import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time a process on this machine has used so far, found by a word in its command line: the
 * benchmark's KMS server and its Elasticsearch node run here, so a row can say how much CPU one
 * search cost each of them. On two shared cores that, not the waiting, decides the latency.
 */
final class ProcessCpu {

  private final String name;
  private final Optional<ProcessHandle> process;

  private ProcessCpu(String name, Optional<ProcessHandle> process) {
    this.name = name;
    this.process = process;
  }

  static ProcessCpu find(String name, String commandLineWord) {
    return new ProcessCpu(name, ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(commandLineWord)).orElse(false))
        .findFirst());
  }

  String name() {
    return name;
  }

  /** Milliseconds of CPU so far, or NaN when the process was not found or does not tell. */
  double millis() {
    return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).map(n -> n / 1e6).orElse(Double.NaN);
  }
}
