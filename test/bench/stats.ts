// Latency statistics for the benchmark: timing a function over a list of inputs and reading
// off the percentiles.
export interface Latency {
  n: number;
  /** The very first call, before any warm-up: what the first user after a restart waits. */
  first: number;
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

/**
 * Times the first call cold, runs `fn` untimed over `warmUp` (different inputs of the same kind, so the
 * JIT has compiled the code paths but no timed answer is cached), then times one call per input (awaited: answers are async), in ms.
 */
export async function time<T>(inputs: readonly T[], fn: (input: T) => unknown, warmUp: readonly T[] = []): Promise<Latency> {
  const clock = async (input: T): Promise<number> => {
    const start = performance.now();
    await fn(input);
    return performance.now() - start;
  };
  const first = inputs[0] === undefined ? 0 : await clock(inputs[0]);
  for (const input of warmUp) await fn(input);
  const samples: number[] = [];
  for (const input of inputs.slice(1)) samples.push(await clock(input));
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    n: samples.length,
    first: round(first),
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    max: round(samples.at(-1) ?? 0),
  };
}
