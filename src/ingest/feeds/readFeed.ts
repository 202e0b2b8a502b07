// Recognising a feed by its content (never by its address): RSS 2.0, RSS 1.0, Atom and JSON Feed
// are parsed with feedsmith; anything it does not recognise as a feed is left to the page parser.
import { DetectError, parseFeed } from "feedsmith";
import type { Feed } from "./feed.ts";
import { feedOf } from "./feedOf.ts";

export type FeedReading = { kind: "feed"; feed: Feed } | { kind: "not a feed" } | { kind: "malformed"; reason: string };

/** A feed this long is cut: the newest items come first in every format. */
const MAX_FEED_ITEMS = 200;

export function readFeed(text: string, base: string): FeedReading {
  try {
    return { kind: "feed", feed: feedOf(parseFeed(text, { maxItems: MAX_FEED_ITEMS }), base) };
  } catch (error) {
    if (error instanceof DetectError) return { kind: "not a feed" };
    return { kind: "malformed", reason: `malformed feed (${(error as Error).message})` };
  }
}
