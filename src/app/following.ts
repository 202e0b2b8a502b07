// Following feeds: each feed polled every FEED_POLL_SECONDS, its new items fetched and filed in the
// live store (so every bot process answers from them at once), items already stored passed over
// without a fetch. A feed that fails is retried later and later (doubling, up to an hour) while the
// others go on; nothing a feed does stops the bot. Each poll is reported as one structured event.
import type { CoverageStore } from "../store/coverageStore.ts";
import type { FollowConfig } from "./followConfig.ts";
import { ingestSources, type FileReport } from "./ingestSources.ts";

/** What one poll of one feed did. */
export interface PollEvent {
  feed: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Why the feed itself could not be read, when it could not. */
  error?: string;
  /** The ids of the articles added. */
  addedArticles: string[];
  nextPollSeconds: number;
}

export interface Following {
  /** Waits for a poll in progress, then stops. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_SECONDS = 3600;

const count = (reports: readonly FileReport[], status: FileReport["status"]): number => reports.filter((r) => r.status === status).length;

/** The feed's own failure: a poll whose one report is a skip (a feed that was read reports each of its items). */
const feedError = (reports: readonly FileReport[]): string | undefined => (reports.length === 1 && reports[0]?.status === "skipped" ? reports[0].reason : undefined);

export function followFeeds(store: CoverageStore, config: FollowConfig, report: (event: PollEvent) => void): Following {
  if (config.feeds.length === 0) return { stop: () => Promise.resolve() };
  const failures = new Map<string, number>();
  const due = new Map<string, number>(config.feeds.map((feed) => [feed, 0]));
  let stopped = false;
  let polling: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function poll(feed: string): Promise<void> {
    let reports: FileReport[];
    try {
      reports = await ingestSources(store, [feed], { newItemsOnly: true });
    } catch (error) {
      reports = [{ path: feed, status: "skipped", reason: (error as Error).message }];
    }
    const error = feedError(reports);
    const failed = error ? (failures.get(feed) ?? 0) + 1 : 0;
    failures.set(feed, failed);
    const nextPollSeconds = Math.min(MAX_BACKOFF_SECONDS, config.pollSeconds * 2 ** failed);
    due.set(feed, Date.now() + nextPollSeconds * 1000);
    report({
      feed,
      added: count(reports, "added"),
      updated: count(reports, "updated"),
      unchanged: count(reports, "unchanged"),
      skipped: error ? 0 : count(reports, "skipped"),
      ...(error ? { error } : {}),
      addedArticles: reports.filter((r) => r.status === "added" && r.article).map((r) => r.article ?? ""),
      nextPollSeconds,
    });
  }

  async function round(): Promise<void> {
    for (const [feed, at] of due) if (!stopped && at <= Date.now()) await poll(feed);
  }

  function schedule(): void {
    if (stopped) return;
    const next = Math.min(...due.values());
    timer = setTimeout(() => {
      polling = round().finally(schedule);
    }, Math.max(0, next - Date.now()));
    timer.unref();
  }

  polling = round().finally(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await polling;
    },
  };
}
