// The limits every web fetch runs within, and the User-Agent it names itself with, so that a slow,
// huge or looping server costs a bounded time and memory and a site's operator can see who asked.
import { MAX_SOURCE_BYTES } from "../readSourceFile.ts";

export interface FetchLimits {
  /** Wall time for one URL: connecting, every redirect and the whole body. */
  readonly timeoutMs: number;
  /** Larger bodies (after decompression) are refused, as larger files are. */
  readonly maxBytes: number;
  /** Redirects followed before giving up. */
  readonly maxRedirects: number;
  readonly userAgent: string;
}

export const USER_AGENT = "coverage-bot/0.1 (a Discord bot answering questions about news coverage; fetches pages and feeds it is given)";

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: MAX_SOURCE_BYTES, maxRedirects: 5, userAgent: USER_AGENT };
