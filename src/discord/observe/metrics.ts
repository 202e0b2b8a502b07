// The bot's Prometheus metrics (prom-client), one registry per process: interactions by command, kind
// and outcome, how long answers take, feed polls and failures by feed, the articles stored (read from
// the store at each scrape) and Node's own process metrics.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { InteractionRecord } from "./interactionRecord.ts";

/** What a feed poll tells the metrics (the following loop's poll event has these fields). */
export interface PollCount {
  readonly feed: string;
  readonly added: number;
  readonly error?: string;
}

export interface Metrics {
  readonly registry: Registry;
  countInteraction(record: InteractionRecord): void;
  countPoll(poll: PollCount): void;
}

const PREFIX = "coverage_bot_";
/** Answers take milliseconds on the seed and tens of them on a large store; Discord's window is 3 s. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The number of stored articles, or null when the store cannot be read. */
export async function storedCount(store: CoverageStore): Promise<number | null> {
  try {
    return await store.articleCount();
  } catch {
    return null;
  }
}

export function createMetrics(store: CoverageStore): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const interactions = new Counter({
    name: `${PREFIX}interactions_total`,
    help: "Interactions handled, by command, kind (command, autocomplete, button) and outcome (answered, notice, failed, dropped).",
    labelNames: ["command", "kind", "outcome"] as const,
    registers,
  });
  const latency = new Histogram({
    name: `${PREFIX}answer_seconds`,
    help: "Time from receiving an interaction to answering it, by command and kind.",
    labelNames: ["command", "kind"] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const polls = new Counter({ name: `${PREFIX}feed_polls_total`, help: "Polls of each followed feed.", labelNames: ["feed"] as const, registers });
  const failures = new Counter({ name: `${PREFIX}feed_poll_failures_total`, help: "Polls of each followed feed that could not read it.", labelNames: ["feed"] as const, registers });
  const added = new Counter({ name: `${PREFIX}feed_articles_added_total`, help: "Articles filed from each followed feed.", labelNames: ["feed"] as const, registers });
  new Gauge({
    name: `${PREFIX}articles_stored`,
    help: "Articles in the store, read at each scrape (the last value read while the store cannot be read: see store_readable).",
    registers,
    async collect() {
      const count = await storedCount(store);
      if (count !== null) this.set(count);
    },
  });
  new Gauge({
    name: `${PREFIX}store_readable`,
    help: "1 when the store could be read at this scrape, 0 when not.",
    registers,
    async collect() {
      this.set((await storedCount(store)) === null ? 0 : 1);
    },
  });
  return {
    registry,
    countInteraction(record) {
      const command = record.command || "none";
      interactions.inc({ command, kind: record.kind, outcome: record.outcome });
      latency.observe({ command, kind: record.kind }, record.latencyMs / 1000);
    },
    countPoll(poll) {
      polls.inc({ feed: poll.feed });
      if (poll.error) failures.inc({ feed: poll.feed });
      else added.inc({ feed: poll.feed }, poll.added);
    },
  };
}
