// Ingest's step for web sources: each URL fetched (conditionally, when its last validators are known);
// a page analysed like a saved page, kept under its canonical address (tracking parameters off, its own
// canonical link when on the same site; the same bytes as last time are "unchanged"); a feed's item pages
// each fetched and analysed with what the feed says of them, those already stored passed over when asked
// (unless the feed says the item changed since it was filed: a correction then updates it in place).
// A URL that fails is skipped with the reason and the others go on.
import { pMapIterable } from "p-map";
import type { Analyse, SourceOutcome } from "../analyseSources.ts";
import { contentHash } from "../buildArticle.ts";
import type { Feed, FeedItem } from "../feeds/feed.ts";
import type { PageHints } from "../pageHints.ts";
import { articleAddress, canonicalUrl } from "./canonicalUrl.ts";
import type { FetchLimits } from "./fetchLimits.ts";
import type { Validators } from "./fetchUrl.ts";
import { fetchDocument, type WebDocument } from "./webDocument.ts";

/** What fetching a URL given to ingest found of the URL itself: unchanged since the validators given, or read (a feed with its title and items, or a page). */
export type UrlFetch =
  | { url: string; notModified: true }
  | { url: string; notModified: false; validators: Validators; feed?: { title?: string; items: number } };

export interface AnalyseUrlsOptions {
  /** The content hash stored for the article from this URL, if any: the same hash means "unchanged". */
  readonly known?: (url: string) => Promise<string | undefined> | string | undefined;
  /** When a feed item's page was last filed or found unchanged, if it is stored: it is fetched again only if the feed says it changed since (a followed feed, polled often). */
  readonly storedItem?: (url: string) => Promise<{ checkedAt: string } | undefined>;
  /** The validators of a URL's last fetch: it is then asked for only if changed. */
  readonly validators?: (url: string) => Validators | undefined;
  readonly onFetched?: (fetch: UrlFetch) => void;
  /** The URLs given must be feeds (followed ones): a web page there is refused, not filed. */
  readonly feedsOnly?: boolean;
  readonly limits?: Partial<FetchLimits>;
}

/** A feed's item pages fetched (and analysed) at once: one analysing while the next is fetched. */
const ITEMS_AT_ONCE = 2;

type Page = Extract<WebDocument, { kind: "page" }>;

/** The page analysed and kept under its canonical address; `linkedAs` is the address that led to it (a feed's link). */
async function pageOutcome(page: Page, hints: PageHints, analyse: Analyse, options: AnalyseUrlsOptions, linkedAs = page.url): Promise<SourceOutcome> {
  const hash = contentHash(page.bytes);
  const fetched = canonicalUrl(page.url);
  if ((await options.known?.(fetched)) === hash) return { path: fetched, status: "unchanged", hash };
  const analysed = await analyse({ path: page.url, storedPath: fetched, bytes: Buffer.from(page.text), hash, hints: { ...hints, url: fetched } });
  if (!analysed.ok) return { path: fetched, status: "skipped", reason: analysed.reason };
  const address = articleAddress(page.url, analysed.analysis.article.url);
  if (address !== fetched && (await options.known?.(address)) === hash) return { path: address, status: "unchanged", hash };
  const article = { ...analysed.analysis.article, sourcePath: address, url: canonicalUrl(analysed.analysis.article.url ?? address) };
  const alsoAt = [...new Set([canonicalUrl(linkedAs), fetched])].filter((url) => url !== address);
  return { path: address, status: "analysed", analysis: { ...analysed.analysis, article }, hash, ...(alsoAt.length ? { alsoAt } : {}) };
}

function itemHints(item: FeedItem, feed: Feed): PageHints {
  return {
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { byline: item.author } : {}),
    ...(feed.title ? { outlet: feed.title } : {}),
  };
}

async function itemOutcome(item: FeedItem, feed: Feed, analyse: Analyse, options: AnalyseUrlsOptions): Promise<SourceOutcome> {
  const link = canonicalUrl(item.link);
  const stored = await options.storedItem?.(link);
  if (stored && !(item.updated && Date.parse(item.updated) > Date.parse(stored.checkedAt))) return { path: link, status: "unchanged", hash: "" };
  const document = await fetchDocument(item.link, options.limits);
  if (document.kind === "refused") return { path: canonicalUrl(document.url), status: "skipped", reason: document.reason };
  if (document.kind !== "page") return { path: canonicalUrl(document.url), status: "skipped", reason: "a feed item that is itself a feed: not followed" };
  return pageOutcome(document, itemHints(item, feed), analyse, options, item.link);
}

/** One outcome per page: the URL's own, or one per item of the feed it turned out to be. */
export async function* analyseUrls(urls: readonly string[], analyse: Analyse, options: AnalyseUrlsOptions = {}): AsyncGenerator<SourceOutcome> {
  for (const url of urls) {
    const document = await fetchDocument(url, options.limits, options.validators?.(url));
    if (document.kind === "not modified") options.onFetched?.({ url, notModified: true });
    else if (document.kind === "feed" || (document.kind === "page" && !options.feedsOnly)) {
      const feed = document.kind === "feed" ? { feed: { ...(document.feed.title ? { title: document.feed.title } : {}), items: document.feed.items.length } } : {};
      options.onFetched?.({ url, notModified: false, validators: document.validators, ...feed });
    }
    if (document.kind === "refused") yield { path: canonicalUrl(document.url), status: "skipped", reason: document.reason };
    else if (document.kind === "not modified") yield { path: url, status: "unchanged", hash: "" };
    else if (document.kind === "page" && options.feedsOnly) yield { path: url, status: "skipped", reason: "a web page, not a feed (HTML where a feed was expected)" };
    else if (document.kind === "page") yield await pageOutcome(document, {}, analyse, options);
    else if (document.feed.items.length === 0) yield { path: document.url, status: "skipped", reason: "a feed with no items linking to a web page" };
    else yield* pMapIterable(document.feed.items, (item) => itemOutcome(item, document.feed, analyse, options), { concurrency: ITEMS_AT_ONCE });
  }
}
