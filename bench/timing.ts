/**
 * Wall time and CPU time of this process for a piece of work. On a machine shared with other
 * work the CPU time is the fairer measure of per-core speed (it includes the garbage
 * collector's helper threads, so it slightly understates one core's speed).
 */
export interface Timing {
  seconds: number;
  cpuSeconds: number;
}

export function timed<T>(run: () => T): Timing & { result: T } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpuStarted);
  return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export function speed(megabytes: number, timing: Timing): string {
  return `${(megabytes / timing.seconds).toFixed(2)} MB/s (${(megabytes / timing.cpuSeconds).toFixed(2)} MB per CPU second)`;
}

/** The value below which `share` of the sorted samples lie. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}
