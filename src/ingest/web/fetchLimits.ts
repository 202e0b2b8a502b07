// The limits every web fetch runs within, and the User-Agent it names itself with, so that a slow,
// huge or looping server costs a bounded time and memory, a site is asked one thing at a time with a
// pause between, and a site's operator can see who asked and where to write.
import { MAX_SOURCE_BYTES } from "../readSourceFile.ts";

export interface FetchLimits {
  /** Wall time for one URL: connecting, every redirect and the whole body. */
  readonly timeoutMs: number;
  /** Larger bodies (after decompression) are refused, as larger files are. */
  readonly maxBytes: number;
  /** Redirects followed before giving up. */
  readonly maxRedirects: number;
  /** The least time between the end of one request to a host and the start of the next (a robots.txt Crawl-delay may ask more). */
  readonly hostGapMs: number;
  readonly userAgent: string;
}

/** The product token robots.txt rules are matched against. */
export const ROBOT_NAME = "coverage-bot";

const ABOUT = "a Discord bot answering questions about news coverage; fetches pages and feeds it is given";

/** "coverage-bot/0.1 (+https://example.org/bot; …)": the contact URL first, as crawlers name theirs. */
export const userAgentFor = (contactUrl?: string): string => `${ROBOT_NAME}/0.1 (${contactUrl ? `+${contactUrl}; ` : ""}${ABOUT})`;

export const DEFAULT_HOST_GAP_MS = 1_000;

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: MAX_SOURCE_BYTES,
  maxRedirects: 5,
  hostGapMs: DEFAULT_HOST_GAP_MS,
  userAgent: userAgentFor(),
};
