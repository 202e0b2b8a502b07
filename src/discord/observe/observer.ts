// Where a process's interaction records go: its log (one line each) and its metrics. A shard process
// has no metrics endpoint of its own (the launcher serves one for all shards), so it sends each record
// to the launcher over the shard's IPC channel, and the launcher counts it.
import type { Logger } from "../logger.ts";
import { logInteraction, type InteractionRecord } from "./interactionRecord.ts";
import type { Metrics } from "./metrics.ts";

export type Observe = (record: InteractionRecord) => void;

interface ForwardedRecord {
  readonly coverageBotInteraction: InteractionRecord;
}

export const isForwardedRecord = (message: unknown): message is ForwardedRecord =>
  typeof message === "object" && message !== null && "coverageBotInteraction" in message;

/** Logs each record and counts it in `metrics`; in a shard process (`toLauncher`), sends it to the launcher instead. */
export function interactionObserver(logger: Logger, metrics: Metrics | undefined, toLauncher?: (message: ForwardedRecord) => void): Observe {
  return (record) => {
    logInteraction(logger, record);
    metrics?.countInteraction(record);
    toLauncher?.({ coverageBotInteraction: record });
  };
}
