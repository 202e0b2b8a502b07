// What the gateway bot and the HTTP interactions endpoint share about running: the flood guard's
// numbers, a start failure reported in one line, and a clean stop on SIGINT/SIGTERM.
import { createCooldown, type Cooldown } from "./cooldown.ts";
import type { Logger } from "./logger.ts";

/** Commands per user in any ten seconds before the bot asks them to slow down. */
const COOLDOWN_LIMIT = 5;
const COOLDOWN_WINDOW_MS = 10_000;

export function createFloodGuard(): Cooldown {
  return createCooldown(COOLDOWN_LIMIT, COOLDOWN_WINDOW_MS);
}

/** Prints why the start failed (one line per problem, no stack) and marks the process as failed. */
export function startFailed(message: string): { ok: false; message: string } {
  console.error(message);
  process.exitCode = 1;
  return { ok: false, message };
}

/** A `stop` that runs `stopNow` once, logs "stopped", and is also run on SIGINT or SIGTERM. */
export function stopOnSignals(stopNow: () => Promise<void>, logger: Logger): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    stopping ??= stopNow().then(() => logger.info("stopped"));
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    void stop();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return stop;
}
