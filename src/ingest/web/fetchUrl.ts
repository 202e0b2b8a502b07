// Fetching one http(s) URL politely, within the fetch limits: robots.txt asked first, one request at a
// time per host with a pause between, a conditional GET when the caller knows the last ETag or
// Last-Modified (304: "not modified", nothing read), redirects followed by hand (to a limit, loops and
// non-web targets refused), a non-2xx status or a type that cannot be a page or a feed refused before
// its body is read, and the body read to the size limit. Every failure is a reason, never a throw.
import { mayBePageOrFeed, parseContentType, type ContentType } from "./contentType.ts";
import { fetchFailure } from "./fetchFailure.ts";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "./fetchLimits.ts";
import { pacedByHost } from "./hostPacing.ts";
import { readBody } from "./readBody.ts";
import { robotsVerdict } from "./robotsRules.ts";
import { isWebUrl } from "./webUrl.ts";

/** What a server said identifies this version of a resource: sent back to ask "changed since?". */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type Fetched =
  | { status: "fetched"; url: string; type: ContentType; bytes: Uint8Array; validators: Validators }
  | { status: "not modified"; url: string }
  | { status: "failed"; url: string; reason: string };

type Hop = Fetched | { status: "redirect"; next: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Pages and feeds asked for by name; brotli offered too (Node's fetch offers only gzip and deflate, and decodes all three). */
function headers(limits: FetchLimits, known: Validators): Record<string, string> {
  return {
    "user-agent": limits.userAgent,
    accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
    ...(known.etag ? { "if-none-match": known.etag } : {}),
    ...(known.lastModified ? { "if-modified-since": known.lastModified } : {}),
  };
}

async function refuse(response: Response, url: string, reason: string): Promise<Hop> {
  await response.body?.cancel();
  return { status: "failed", url, reason };
}

function validatorsOf(response: Response): Validators {
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

async function hop(url: string, limits: FetchLimits, known: Validators, signal: AbortSignal): Promise<Hop> {
  const response = await fetch(url, { redirect: "manual", signal, headers: headers(limits, known) });
  const location = response.headers.get("location");
  if (REDIRECTS.has(response.status) && location) {
    await response.body?.cancel();
    return { status: "redirect", next: new URL(location, url).href };
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: "not modified", url };
  }
  if (!response.ok) return refuse(response, url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  const type = parseContentType(response.headers.get("content-type"));
  if (!mayBePageOrFeed(type)) return refuse(response, url, `not a web page or a feed (Content-Type ${type.mediaType})`);
  const body = await readBody(response, limits.maxBytes);
  return body.ok ? { status: "fetched", url, type, bytes: body.bytes, validators: validatorsOf(response) } : { status: "failed", url, reason: body.reason };
}

async function follow(start: string, limits: FetchLimits, known: Validators, signal: AbortSignal): Promise<Fetched> {
  const visited = new Set<string>();
  let url = start;
  for (;;) {
    visited.add(url);
    const robots = await robotsVerdict(url, limits);
    if (!robots.allowed) return { status: "failed", url, reason: robots.reason };
    const answer = await pacedByHost(new URL(url).host, robots.gapMs, () => hop(url, limits, known, signal));
    if (answer.status !== "redirect") return answer;
    const next = answer.next;
    if (!isWebUrl(next)) return { status: "failed", url, reason: `redirected to ${next}, not a web page` };
    if (visited.has(next)) return { status: "failed", url, reason: `redirect loop (back to ${next})` };
    if (visited.size > limits.maxRedirects) return { status: "failed", url, reason: `too many redirects (more than ${limits.maxRedirects})` };
    url = next;
  }
}

/** Fetches `url`; with `known` validators, a 304 answer is "not modified". */
export async function fetchUrl(url: string, limits: Partial<FetchLimits> = {}, known: Validators = {}): Promise<Fetched> {
  const within = { ...DEFAULT_FETCH_LIMITS, ...limits };
  try {
    return await follow(url, within, known, AbortSignal.timeout(within.timeoutMs));
  } catch (error) {
    return { status: "failed", url, reason: fetchFailure(error, within.timeoutMs) };
  }
}
