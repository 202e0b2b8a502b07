// Following feeds: each feed polled every FEED_POLL_SECONDS, its new items fetched and filed in the
// live store (so every bot process answers from them at once), items already stored passed over
// without a fetch. A feed that fails is retried later and later (doubling, up to an hour) while the
// others go on; nothing a feed does stops the bot. Each feed's state (validators for a conditional GET,
// last success and error, failures in a row, next poll) is kept in the store after every poll, so a
// restart keeps the backoff and asks "changed since?". Each poll is reported as one structured event.
// Several processes may follow the same feeds on one store: a feed is polled only under its lease in the
// store, renewed while the poll lasts, so one process at a time polls it, from the state the last poller
// left; a process that dies holding a lease keeps the feed from the others until the lease runs out.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { UrlFetch } from "../ingest/web/analyseUrls.ts";
import type { FetchLimits } from "../ingest/web/fetchLimits.ts";
import type { FeedState } from "../model/feedState.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import { DEFAULT_LEASE_SECONDS, type FollowConfig } from "./followConfig.ts";
import { ingestSources, type FileReport } from "./ingestSources.ts";

/** What one poll of one feed did. */
export interface PollEvent {
  feed: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** The server answered 304: the feed has not changed since the last poll, nothing was read. */
  notModified: boolean;
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

/** Who holds a lease: this machine and process, and this follower within it. */
const leaseHolder = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

const count = (reports: readonly FileReport[], status: FileReport["status"]): number => reports.filter((r) => r.status === status).length;

/** The feed's own failure: a poll whose one report is a skip (a feed that was read reports each of its items). */
const feedError = (reports: readonly FileReport[]): string | undefined => (reports.length === 1 && reports[0]?.status === "skipped" ? reports[0].reason : undefined);

/** The state after a poll: what the feed's answer said of it (kept as it was when it answered 304 or failed), and when to poll next. */
function nextState(state: FeedState, fetched: UrlFetch | undefined, error: string | undefined, nextPollSeconds: number, now: number): FeedState {
  const at = new Date(now).toISOString();
  const { url, title, etag, lastModified, lastSuccess, lastError, lastErrorAt, items } = state;
  const answer =
    fetched && !fetched.notModified
      ? { title: fetched.feed?.title ?? title, etag: fetched.validators.etag, lastModified: fetched.validators.lastModified, items: fetched.feed?.items ?? 0 }
      : { title, etag, lastModified, items };
  const outcome = error ? { lastSuccess, lastError: error, lastErrorAt: at } : { lastSuccess: at, lastError, lastErrorAt };
  const merged = { url, ...answer, ...outcome, failures: error ? state.failures + 1 : 0, nextPoll: new Date(now + nextPollSeconds * 1000).toISOString() };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as FeedState;
}

export function followFeeds(store: CoverageStore, config: FollowConfig, report: (event: PollEvent) => void, limits: Partial<FetchLimits> = {}): Following {
  if (config.feeds.length === 0) return { stop: () => Promise.resolve() };
  const states = new Map<string, FeedState>(config.feeds.map((url) => [url, { url, failures: 0, items: 0 }]));
  const holder = leaseHolder();
  const leaseSeconds = config.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  let stopped = false;
  let polling: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const due = (feed: string): number => Date.parse(states.get(feed)?.nextPoll ?? "") || 0;

  /** The state the store kept from earlier runs; a store that cannot say leaves every feed due at once. */
  async function restore(): Promise<void> {
    try {
      await store.keepFeeds(config.feeds);
      for (const state of await store.feedStates()) if (states.has(state.url)) states.set(state.url, state);
    } catch {
      // Polling goes on from a fresh state: the store's own failure shows in the polls' filing.
    }
  }

  /** Polls the feed if this follower gets its lease and the feed is still due by the state stored with it; otherwise looks again later. */
  async function takeTurn(feed: string): Promise<void> {
    let claimed: FeedState | null;
    try {
      claimed = await store.claimFeed(feed, holder, leaseSeconds);
    } catch (error) {
      await settle(feed, undefined, [{ path: feed, status: "skipped", reason: `its lease could not be taken: ${(error as Error).message}` }]);
      return;
    }
    const state = states.get(feed) ?? { url: feed, failures: 0, items: 0 };
    if (claimed === null) {
      // Another process is polling it: look again once its lease could have run out.
      states.set(feed, { ...state, nextPoll: new Date(Date.now() + leaseSeconds * 1000).toISOString() });
      return;
    }
    states.set(feed, claimed);
    const renewing = setInterval(() => void store.claimFeed(feed, holder, leaseSeconds).catch(() => null), (leaseSeconds * 1000) / 3);
    renewing.unref();
    try {
      if (due(feed) <= Date.now()) await poll(feed);
    } finally {
      clearInterval(renewing);
      await store.releaseFeed(feed, holder).catch(() => undefined);
    }
  }

  async function poll(feed: string): Promise<void> {
    const state = states.get(feed) ?? { url: feed, failures: 0, items: 0 };
    let fetched: UrlFetch | undefined;
    let reports: FileReport[];
    try {
      reports = await ingestSources(store, [feed], {
        newItemsOnly: true,
        feedsOnly: true,
        fetch: limits,
        urlValidators: () => ({ ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) }),
        onUrlFetched: (found) => {
          fetched = found;
        },
      });
    } catch (error) {
      reports = [{ path: feed, status: "skipped", reason: (error as Error).message }];
    }
    await settle(feed, fetched, reports);
  }

  /** Keeps and reports what a poll did, and when the feed is due next. */
  async function settle(feed: string, fetched: UrlFetch | undefined, reports: FileReport[]): Promise<void> {
    const state = states.get(feed) ?? { url: feed, failures: 0, items: 0 };
    const error = feedError(reports);
    const nextPollSeconds = Math.min(MAX_BACKOFF_SECONDS, config.pollSeconds * 2 ** (error ? state.failures + 1 : 0));
    const next = nextState(state, fetched, error, nextPollSeconds, Date.now());
    states.set(feed, next);
    // Kept in memory whatever happens: a store that cannot be written to shows in the filing of the next items.
    await store.saveFeedState(next).catch(() => undefined);
    report({
      feed,
      added: count(reports, "added"),
      updated: count(reports, "updated"),
      unchanged: fetched?.notModified ? 0 : count(reports, "unchanged"),
      skipped: error ? 0 : count(reports, "skipped"),
      notModified: fetched?.notModified === true,
      ...(error ? { error } : {}),
      addedArticles: reports.filter((r) => r.status === "added" && r.article).map((r) => r.article ?? ""),
      nextPollSeconds,
    });
  }

  async function round(): Promise<void> {
    for (const feed of config.feeds) if (!stopped && due(feed) <= Date.now()) await takeTurn(feed);
  }

  function schedule(): void {
    if (stopped) return;
    const next = Math.min(...config.feeds.map(due));
    timer = setTimeout(() => {
      polling = round().finally(schedule);
    }, Math.max(0, next - Date.now()));
    timer.unref();
  }

  polling = restore().then(round).finally(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await polling;
    },
  };
}
