// The announce channel: newly followed articles posted as they arrive, each at most once, grouped (an
// announcement packs as many articles as a message holds, three messages at most, the rest counted)
// and paced (at least `gapMs` between two messages), so a feed that dumps a hundred items sends three
// messages, not a hundred. A post that fails is logged with its articles and not retried; nothing it
// does stops the bot.
import { REST, Routes } from "discord.js";
import { LRUCache } from "lru-cache";
import { answerAnnouncement } from "../../answer/announcement.ts";
import { announcementMessages } from "../../render/discord/announcement.ts";
import type { DiscordMessage } from "../../render/discord/message.ts";
import { announcementDocument } from "../../render/documents/announcement.ts";
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { Logger } from "../logger.ts";
import type { AnnounceConfig } from "./announceConfig.ts";

/** The least time between two announcement messages by default. */
export const DEFAULT_GAP_MS = 10_000;
/** Article ids remembered as announced (an article is only ever announced when a poll first files it). */
const REMEMBERED = 100_000;

export interface Announcer {
  /** Queues the articles a poll just filed; those already announced are passed over. */
  announce(articleIds: readonly string[]): void;
  /** Waits for the message being sent, then stops (articles still queued are not announced). */
  stop(): Promise<void>;
}

/** One message to post and the articles it announces. */
export interface Announcement {
  readonly message: DiscordMessage;
  readonly articles: readonly string[];
}

export interface AnnouncerDeps {
  /** The messages announcing these articles, in order. */
  readonly compose: (articleIds: readonly string[]) => Promise<Announcement[]>;
  readonly post: (message: DiscordMessage) => Promise<unknown>;
  readonly logger: Logger;
  readonly gapMs?: number;
}

/** Posts a message to the configured channel over Discord's REST API, with the bot token. */
export function channelPoster(config: AnnounceConfig): (message: DiscordMessage) => Promise<unknown> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
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
  const announced = new LRUCache<string, true>({ max: REMEMBERED });
  let queue: string[] = [];
  let sending: Promise<void> | null = null;
  let lastSentAt = -Infinity;
  let stopped = false;
  let wake: (() => void) | undefined;

  /** Waits until `gapMs` after the last message, or until stopped. */
  const paced = (): Promise<void> =>
    new Promise((resolve) => {
      const wait = lastSentAt + gapMs - Date.now();
      if (wait <= 0 || stopped) return resolve();
      const timer = setTimeout(resolve, wait);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function send(message: DiscordMessage, articles: readonly string[]): Promise<void> {
    await paced();
    if (stopped) return;
    try {
      await deps.post(message);
      deps.logger.info({ articles }, "announced");
    } catch (error) {
      deps.logger.warn({ err: error, articles }, "announcement failed");
    }
    lastSentAt = Date.now();
  }

  async function flush(): Promise<void> {
    while (queue.length > 0 && !stopped) {
      const batch = queue;
      queue = [];
      const announcements = await deps.compose(batch);
      const shown = new Set(announcements.flatMap((a) => a.articles));
      const notShown = batch.filter((id) => !shown.has(id));
      if (notShown.length > 0) deps.logger.info({ articles: notShown }, "not announced one by one (too many at once: counted in the announcement; or removed meanwhile)");
      for (const announcement of announcements) await send(announcement.message, announcement.articles);
    }
  }

  function start(): void {
    sending ??= flush()
      .catch((error: unknown) => deps.logger.error({ err: error }, "announcing failed"))
      .finally(() => {
        sending = null;
        if (queue.length > 0 && !stopped) start();
      });
  }

  return {
    announce(articleIds) {
      const fresh = articleIds.filter((id) => !announced.has(id));
      for (const id of fresh) announced.set(id, true);
      if (fresh.length === 0 || stopped) return;
      queue.push(...fresh);
      start();
    },
    async stop() {
      stopped = true;
      wake?.();
      await sending;
    },
  };
}
