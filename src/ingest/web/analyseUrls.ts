// Ingest's step for web sources: each URL fetched; a page analysed like a saved page (its final
// address is its source path, the same bytes as last time are "unchanged"); a feed's item pages each
// fetched and analysed with what the feed says of them. A URL that fails is skipped with the reason
// and the others go on.
import { pMapIterable } from "p-map";
import type { Analyse, SourceOutcome } from "../analyseSources.ts";
import { contentHash } from "../buildArticle.ts";
import type { Feed, FeedItem } from "../feeds/feed.ts";
import type { PageHints } from "../pageHints.ts";
import type { FetchLimits } from "./fetchLimits.ts";
import { fetchDocument, type WebDocument } from "./webDocument.ts";

export interface AnalyseUrlsOptions {
  /** The content hash stored for the article from this URL, if any: the same hash means "unchanged". */
  readonly known?: (url: string) => Promise<string | undefined> | string | undefined;
  /** Whether a feed item's link is already stored: such items are not fetched again (a followed feed, polled often). */
  readonly storedItem?: (url: string) => Promise<boolean>;
  readonly limits?: Partial<FetchLimits>;
}

/** A feed's item pages fetched (and analysed) at once: one analysing while the next is fetched. */
const ITEMS_AT_ONCE = 2;

type Page = Extract<WebDocument, { kind: "page" }>;

async function pageOutcome(page: Page, hints: PageHints, analyse: Analyse, options: AnalyseUrlsOptions): Promise<SourceOutcome> {
  const hash = contentHash(page.bytes);
  if ((await options.known?.(page.url)) === hash) return { path: page.url, status: "unchanged", hash };
  const analysed = await analyse({ path: page.url, storedPath: page.url, bytes: Buffer.from(page.text), hash, hints });
  return analysed.ok ? { path: page.url, status: "analysed", analysis: analysed.analysis, hash } : { path: page.url, status: "skipped", reason: analysed.reason };
}

function itemHints(item: FeedItem, feed: Feed, url: string): PageHints {
  return {
    url,
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { byline: item.author } : {}),
    ...(feed.title ? { outlet: feed.title } : {}),
  };
}

async function itemOutcome(item: FeedItem, feed: Feed, analyse: Analyse, options: AnalyseUrlsOptions): Promise<SourceOutcome> {
  if (await options.storedItem?.(item.link)) return { path: item.link, status: "unchanged", hash: "" };
  const document = await fetchDocument(item.link, options.limits);
  if (document.kind === "refused") return { path: document.url, status: "skipped", reason: document.reason };
  if (document.kind === "feed") return { path: document.url, status: "skipped", reason: "a feed item that is itself a feed: not followed" };
  return pageOutcome(document, itemHints(item, feed, document.url), analyse, options);
}

/** One outcome per page: the URL's own, or one per item of the feed it turned out to be. */
export async function* analyseUrls(urls: readonly string[], analyse: Analyse, options: AnalyseUrlsOptions = {}): AsyncGenerator<SourceOutcome> {
  for (const url of urls) {
    const document = await fetchDocument(url, options.limits);
    if (document.kind === "refused") yield { path: document.url, status: "skipped", reason: document.reason };
    else if (document.kind === "page") yield await pageOutcome(document, { url: document.url }, analyse, options);
    else if (document.feed.items.length === 0) yield { path: document.url, status: "skipped", reason: "a feed with no items linking to a web page" };
    else yield* pMapIterable(document.feed.items, (item) => itemOutcome(item, document.feed, analyse, options), { concurrency: ITEMS_AT_ONCE });
  }
}
