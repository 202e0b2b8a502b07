// The announce channel: newly followed articles posted as they arrive, each at most once, grouped (an
// announcement packs as many articles as a message holds, three messages at most, the rest counted)
// and paced (at least `gapMs` between two messages), so a feed that dumps a hundred items sends three
// messages, not a hundred. The articles wait in the store's queue until their message is posted: a
// post Discord cannot take now (5xx, 429, network) is tried again later and later, a restart goes on
// with what was waiting, and a channel that refuses the bot (401, 403, 404) is logged once with what to
// fix and asked again only every `refusedRetryMs` (15 minutes), so an operator's fix in Discord is
// taken up without a restart. Nothing it does stops the bot.
import { REST, Routes } from "discord.js";
import { LRUCache } from "lru-cache";
import { answerAnnouncement } from "../../answer/announcement.ts";
import { announcementMessages } from "../../render/discord/announcement.ts";
import type { DiscordMessage } from "../../render/discord/message.ts";
import { announcementDocument } from "../../render/documents/announcement.ts";
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { Logger } from "../logger.ts";
import type { AnnounceConfig } from "./announceConfig.ts";
import { postFailure } from "./postFailure.ts";

/** The least time between two announcement messages by default. */
export const DEFAULT_GAP_MS = 10_000;
/** The first wait after a post Discord could not take, by default; each failure in a row doubles it. */
const DEFAULT_RETRY_MS = 5_000;
/** The longest wait between two tries. */
const MAX_RETRY_MS = 10 * 60_000;
/** The wait before asking again a channel that refused the bot, by default: long, as only the operator can fix it. */
export const DEFAULT_REFUSED_RETRY_MS = 15 * 60_000;
/** Article ids remembered as queued or posted by this process (an article is only ever announced when a poll first files it). */
const REMEMBERED = 100_000;
/** Queued articles read at a time: more than three messages show; the rest are counted in the last. */
const BATCH = 1_000;

export interface Announcer {
  /** Queues the articles a poll just filed; those already announced are passed over. */
  announce(articleIds: readonly string[]): void;
  /** Waits for the message being sent, then stops (articles still queued stay queued for the next start). */
  stop(): Promise<void>;
}

/** One message to post and the articles it announces. */
export interface Announcement {
  readonly message: DiscordMessage;
  readonly articles: readonly string[];
}

/** Where the articles wait until their message is posted. */
export type AnnouncementQueue = Pick<CoverageStore, "queueAnnouncements" | "pendingAnnouncements" | "dropAnnouncements">;

export interface AnnouncerDeps {
  /** The messages announcing these articles, in order. */
  readonly compose: (articleIds: readonly string[]) => Promise<Announcement[]>;
  readonly post: (message: DiscordMessage) => Promise<unknown>;
  readonly queue: AnnouncementQueue;
  readonly logger: Logger;
  readonly gapMs?: number;
  /** The first wait after a post Discord could not take. */
  readonly retryMs?: number;
  /** The wait before asking again a channel that refused the bot. */
  readonly refusedRetryMs?: number;
}

/**
 * Posts a message to the configured channel over Discord's REST API, with the bot token. It does not
 * retry or wait out a rate limit itself: it throws, and the announcer decides when to try again.
 */
export function channelPoster(config: AnnounceConfig): (message: DiscordMessage) => Promise<unknown> {
  const rest = new REST({ retries: 0, rejectOnRateLimit: () => true, ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  return (message) => rest.post(Routes.channelMessages(config.channelId), { body: message });
}

/** The articles as the store has them now (those removed meanwhile left out), packed into messages. */
export function announcementsFrom(store: CoverageStore): AnnouncerDeps["compose"] {
  return async (articleIds) => {
    const result = await answerAnnouncement(store, articleIds);
    let at = 0;
    return announcementMessages(announcementDocument(result)).map((part) => {
      const articles = result.articles.slice(at, at + part.items).map((a) => a.id);
      at += part.items;
      return { message: part.message, articles };
    });
  };
}

export function createAnnouncer(deps: AnnouncerDeps): Announcer {
  const gapMs = deps.gapMs ?? DEFAULT_GAP_MS;
  const retryMs = deps.retryMs ?? DEFAULT_RETRY_MS;
  const refusedRetryMs = deps.refusedRetryMs ?? DEFAULT_REFUSED_RETRY_MS;
  const { queue, logger } = deps;
  /** Queued by this process: a poll reporting an article again queues it no second time. */
  const queued = new LRUCache<string, true>({ max: REMEMBERED });
  /** Posted by this process: never posted again, even if the store could not take it off the queue. */
  const posted = new LRUCache<string, true>({ max: REMEMBERED });
  let queueing: Promise<void> = Promise.resolve();
  let sending: Promise<void> | null = null;
  /** Articles were queued since the queue was last read. */
  let dirty = true;
  let lastSentAt = -Infinity;
  let retryAt = -Infinity;
  let failures = 0;
  /** The channel refused the bot at the last try (the error is logged once, when it starts). */
  let refused = false;
  let stopped = false;
  let wake: (() => void) | undefined;

  /** Waits until `at` (Date.now() time), or until stopped. */
  const until = (at: number): Promise<void> =>
    new Promise((resolve) => {
      const wait = at - Date.now();
      if (wait <= 0 || stopped) return resolve();
      const timer = setTimeout(resolve, wait);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const drop = async (ids: readonly string[]): Promise<void> => {
    for (const id of ids) posted.set(id, true);
    await queue.dropAnnouncements(ids);
  };

  /** Posts one message; whether to go on with the next. */
  async function send(message: DiscordMessage, articles: readonly string[], covers: readonly string[]): Promise<boolean> {
    await until(lastSentAt + gapMs);
    if (stopped) return false;
    try {
      await deps.post(message);
      lastSentAt = Date.now();
      failures = 0;
      if (refused) logger.info("announcements resumed: the announce channel takes the bot's messages again");
      refused = false;
      logger.info({ articles }, "announced");
      await drop(covers);
      return true;
    } catch (error) {
      lastSentAt = Date.now();
      const failure = postFailure(error);
      if (failure.kind === "rejected") {
        logger.warn({ articles, reason: failure.reason }, "announcement rejected by Discord: its articles are not announced");
        await drop(covers);
        return true;
      }
      if (failure.kind === "refused") {
        const minutes = Math.max(1, Math.round(refusedRetryMs / 60_000));
        if (refused) logger.warn({ reason: failure.reason, retryInMinutes: minutes }, "the announce channel still refuses the bot: articles stay queued");
        else logger.error({ reason: failure.reason }, `announcements paused: ${failure.reason}. To fix: ${failure.fix}. The bot asks again every ${minutes} minute${minutes === 1 ? "" : "s"} (or restart it) and then posts the waiting articles.`);
        refused = true;
        retryAt = Date.now() + refusedRetryMs;
        return false;
      }
      failures += 1;
      const wait = Math.max(failure.retryAfterMs ?? 0, Math.min(MAX_RETRY_MS, retryMs * 2 ** (failures - 1)));
      retryAt = Date.now() + wait;
      logger.warn({ articles, reason: failure.reason, retryInSeconds: Math.ceil(wait / 1000) }, "announcement failed: will try again");
      return false;
    }
  }

  async function flush(): Promise<void> {
    while (!stopped) {
      await until(retryAt);
      dirty = false;
      const waiting = await queue.pendingAnnouncements(BATCH);
      const done = waiting.filter((id) => posted.has(id));
      if (done.length > 0) await queue.dropAnnouncements(done);
      const batch = waiting.filter((id) => !posted.has(id));
      if (batch.length === 0 || stopped) return;
      const announcements = await deps.compose(batch);
      const shown = new Set(announcements.flatMap((a) => a.articles));
      const rest = batch.filter((id) => !shown.has(id));
      if (rest.length > 0) logger.info({ articles: rest }, "not announced one by one (too many at once: counted in the announcement; or removed meanwhile)");
      if (announcements.length === 0) await drop(rest);
      for (const [i, announcement] of announcements.entries()) {
        // The articles counted in the last message (or removed meanwhile) leave the queue with it.
        const covers = i === announcements.length - 1 ? [...announcement.articles, ...rest] : announcement.articles;
        if (!(await send(announcement.message, announcement.articles, covers))) break;
      }
    }
  }

  function start(): void {
    sending ??= flush()
      .catch((error: unknown) => {
        failures += 1;
        retryAt = Date.now() + Math.min(MAX_RETRY_MS, retryMs * 2 ** (failures - 1));
        dirty = true;
        logger.error({ err: error }, "announcing failed: will try again");
      })
      .finally(() => {
        sending = null;
        if (dirty && !stopped) start();
      });
  }

  start();
  return {
    announce(articleIds) {
      const fresh = articleIds.filter((id) => !queued.has(id));
      for (const id of fresh) queued.set(id, true);
      if (fresh.length === 0 || stopped) return;
      queueing = queueing
        .then(() => queue.queueAnnouncements(fresh))
        .then(
          () => {
            dirty = true;
            start();
          },
          (error: unknown) => logger.error({ err: error, articles: fresh }, "announcement could not be queued"),
        );
    },
    async stop() {
      stopped = true;
      wake?.();
      await queueing;
      await sending;
    },
  };
}
