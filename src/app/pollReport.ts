// How a poll of a followed feed is told: in the console, one line when it brought something new or
// failed (quiet otherwise); in the bot's modes, one structured log event per poll.
import type { Logger } from "../discord/logger.ts";
import type { PollEvent } from "./following.ts";

export function consolePollLine(event: PollEvent): string | null {
  if (event.error) return `[feeds] ${event.feed} could not be read (${event.error}); next try in ${event.nextPollSeconds} s.`;
  if (event.added + event.updated === 0) return null;
  return `[feeds] ${event.feed}: ${event.added} new and ${event.updated} updated article(s), answerable now.`;
}

export function logPoll(logger: Logger, event: PollEvent): void {
  const { addedArticles, ...fields } = event;
  if (event.error) logger.warn({ poll: fields }, "feed poll failed");
  else logger.info({ poll: { ...fields, articles: addedArticles } }, "feed polled");
}
