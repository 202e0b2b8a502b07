// Recognising a feed by its content (never by its address): a document whose root element is <rss>,
// <feed> or <rdf:RDF>, or a JSON object, is parsed with feedsmith (RSS 2.0, RSS 1.0, Atom, JSON Feed);
// anything else, and what feedsmith does not recognise as a feed, is left to the page parser.
import { DetectError, parseFeed } from "feedsmith";
import type { Feed } from "./feed.ts";
import { feedOf } from "./feedOf.ts";

export type FeedReading = { kind: "feed"; feed: Feed } | { kind: "not a feed" } | { kind: "malformed"; reason: string };

/** A feed this long is cut: the newest items come first in every format. */
const MAX_FEED_ITEMS = 200;

/** XML prolog (declaration, processing instructions, comments, doctype) then a feed's root element; or a JSON object. */
const FEED_ROOT = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]|^\s*\{/iu;

export function readFeed(text: string, base: string): FeedReading {
  if (!FEED_ROOT.test(text)) return { kind: "not a feed" };
  try {
    return { kind: "feed", feed: feedOf(parseFeed(text, { maxItems: MAX_FEED_ITEMS }), base) };
  } catch (error) {
    if (error instanceof DetectError) return { kind: "not a feed" };
    return { kind: "malformed", reason: `malformed feed (${(error as Error).message})` };
  }
}
