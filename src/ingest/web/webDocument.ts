// What a URL holds, told by its content: a feed (of any format, whatever the address or the type the
// server states), an HTML page, "not modified" since the validators given, or something else,
// refused with the reason.
import { readFeed } from "../feeds/readFeed.ts";
import type { Feed } from "../feeds/feed.ts";
import { isHtmlType } from "./contentType.ts";
import { fetchUrl, type Validators } from "./fetchUrl.ts";
import type { FetchLimits } from "./fetchLimits.ts";
import { webText } from "./webText.ts";

export type WebDocument =
  | { kind: "page"; url: string; bytes: Uint8Array; text: string; validators: Validators }
  | { kind: "feed"; url: string; feed: Feed; validators: Validators }
  | { kind: "not modified"; url: string }
  | { kind: "refused"; url: string; reason: string };

const LOOKS_LIKE_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/iu;

/** Fetches `url` (following redirects: `url` in the answer is where it ended). */
export async function fetchDocument(url: string, limits: Partial<FetchLimits> = {}, known: Validators = {}): Promise<WebDocument> {
  const fetched = await fetchUrl(url, limits, known);
  if (fetched.status === "failed") return { kind: "refused", url, reason: fetched.reason };
  if (fetched.status === "not modified") return { kind: "not modified", url: fetched.url };
  const { validators } = fetched;
  const read = webText(fetched.bytes, fetched.type);
  if (!read.ok) return { kind: "refused", url: fetched.url, reason: read.reason };
  const text = read.text.replace(/^\uFEFF/u, "");
  const feed = readFeed(text, fetched.url);
  if (feed.kind === "feed") return { kind: "feed", url: fetched.url, feed: feed.feed, validators };
  if (feed.kind === "malformed") return { kind: "refused", url: fetched.url, reason: feed.reason };
  if (isHtmlType(fetched.type) || LOOKS_LIKE_HTML.test(text)) return { kind: "page", url: fetched.url, bytes: fetched.bytes, text, validators };
  return { kind: "refused", url: fetched.url, reason: `not a web page or a feed (Content-Type ${fetched.type.mediaType || "not stated"})` };
}
