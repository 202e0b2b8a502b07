// One request at a time per host, with a pause between: work for a host waits for the work before it
// to finish and for the gap to pass, while other hosts go on. Shared by every fetch in the process.
const queues = new Map<string, Promise<void>>();
const lastEnded = new Map<string, number>();

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` when the host is free and `gapMs` has passed since its last request ended. */
export async function pacedByHost<T>(host: string, gapMs: number, work: () => Promise<T>): Promise<T> {
  const before = queues.get(host) ?? Promise.resolve();
  let done: () => void = () => undefined;
  const mine = new Promise<void>((resolve) => {
    done = resolve;
  });
  queues.set(host, mine);
  await before;
  try {
    const wait = (lastEnded.get(host) ?? 0) + gapMs - Date.now();
    if (wait > 0) await pause(wait);
    return await work();
  } finally {
    lastEnded.set(host, Date.now());
    if (queues.get(host) === mine) queues.delete(host);
    done();
  }
}
