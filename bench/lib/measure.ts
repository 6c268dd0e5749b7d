// Timing and memory helpers shared by the benchmark steps. Each step runs in its own Node
// process (bench/run.mjs), so the peak RSS a step reports is the peak of that step alone.
import os from "node:os";
import { performance } from "node:perf_hooks";

export const MB = 1024 * 1024;

export interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
  /** Peak resident set size of this process so far (getrusage's ru_maxrss). */
  peakRssMb: number;
}

export function memory(): MemorySample {
  const m = process.memoryUsage();
  return {
    rssMb: round(m.rss / MB),
    heapUsedMb: round(m.heapUsed / MB),
    peakRssMb: round((process.resourceUsage().maxRSS * 1024) / MB),
  };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Wall-clock and CPU time (user + system, all threads of this process) of `fn`. */
export async function timed<T>(
  fn: () => T | Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms: round(ms), cpuMs: round((used.user + used.system) / 1000) };
}

/** Synchronous variant of timed(). */
export function timedSync<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms: round(ms), cpuMs: round((used.user + used.system) / 1000) };
}

/** 1-minute load average and core count: on a shared machine, wall-clock times need them. */
export function load(): { loadAvg1: number; cores: number } {
  return { loadAvg1: round(os.loadavg()[0] ?? 0, 2), cores: os.availableParallelism() };
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One result line for bench/run.mjs, which collects them: `BENCH_RESULT {json}`. */
export function report(result: Record<string, unknown>): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

/** `--name value` options of a step. */
export function option(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (value === undefined) {
    if (fallback === undefined) throw new Error(`Option --${name} manquante`);
    return fallback;
  }
  return value;
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
