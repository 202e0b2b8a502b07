// Fetching one http(s) URL within the fetch limits: redirects followed by hand (to a limit, loops and
// non-web targets refused), a non-2xx status or a type that cannot be a page or a feed refused before
// its body is read, and the body read to the size limit. Every failure is a reason, never a throw.
import { mayBePageOrFeed, parseContentType, type ContentType } from "./contentType.ts";
import { fetchFailure } from "./fetchFailure.ts";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "./fetchLimits.ts";
import { readBody } from "./readBody.ts";
import { isWebUrl } from "./webUrl.ts";

export type Fetched = { ok: true; url: string; type: ContentType; bytes: Uint8Array } | { ok: false; reason: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Pages and feeds asked for by name; brotli offered too (Node's fetch offers only gzip and deflate). */
const HEADERS = (userAgent: string): Record<string, string> => ({
  "user-agent": userAgent,
  accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
  "accept-encoding": "gzip, deflate, br",
});

async function refuse(response: Response, reason: string): Promise<Fetched> {
  await response.body?.cancel();
  return { ok: false, reason };
}

async function follow(start: string, limits: FetchLimits, signal: AbortSignal): Promise<Fetched> {
  const visited = new Set<string>();
  let url = start;
  for (;;) {
    visited.add(url);
    const response = await fetch(url, { redirect: "manual", signal, headers: HEADERS(limits.userAgent) });
    const location = response.headers.get("location");
    if (REDIRECTS.has(response.status) && location) {
      const next = new URL(location, url).href;
      if (!isWebUrl(next)) return refuse(response, `redirected to ${next}, not a web page`);
      if (visited.has(next)) return refuse(response, `redirect loop (back to ${next})`);
      if (visited.size > limits.maxRedirects) return refuse(response, `too many redirects (more than ${limits.maxRedirects})`);
      await response.body?.cancel();
      url = next;
      continue;
    }
    if (!response.ok) return refuse(response, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    const type = parseContentType(response.headers.get("content-type"));
    if (!mayBePageOrFeed(type)) return refuse(response, `not a web page or a feed (Content-Type ${type.mediaType})`);
    const body = await readBody(response, limits.maxBytes);
    return body.ok ? { ok: true, url, type, bytes: body.bytes } : body;
  }
}

export async function fetchUrl(url: string, limits: Partial<FetchLimits> = {}): Promise<Fetched> {
  const within = { ...DEFAULT_FETCH_LIMITS, ...limits };
  try {
    return await follow(url, within, AbortSignal.timeout(within.timeoutMs));
  } catch (error) {
    return { ok: false, reason: fetchFailure(error, within.timeoutMs) };
  }
}
