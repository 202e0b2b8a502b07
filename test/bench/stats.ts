// Latency statistics for the benchmark: timing a function over a list of inputs and reading
// off the percentiles.
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Runs `fn` once per input (after one untimed warm-up pass) and returns latencies in ms. */
export function time<T>(inputs: readonly T[], fn: (input: T) => unknown): Latency {
  for (const input of inputs.slice(0, 20)) fn(input);
  const samples = inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(samples.at(-1) ?? 0),
  };
}
